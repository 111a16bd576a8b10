// One comment to score, as the callers give it: the comment form, the Akismet API, the WXR import.
import type { CommentFields } from './comment-fields.ts';
import type { ContextEvidence, FormEvidence } from './signals/signals.ts';

/** One comment to score, as plain values. Everything but `content` is optional. */
export interface CommentInput extends CommentFields {
  /** This site's public address (Akismet's `blog`): links to its own pages are the publication's. */
  site?: string | null;
  /** The article the comment is posted on. */
  article?: { text?: string | null; ageDays?: number | null } | null;
  /** A honeypot field's value when only that is known (Akismet's honeypot_field_name). */
  honeypot?: string | null;
  /** Form integrity; omit for comments that did not come from our form (Akismet API, imports). */
  form?: FormEvidence | null;
  /** History and recent-activity counts the caller looked up. */
  context?: ContextEvidence | null;
}
