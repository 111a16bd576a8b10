// What the comment templates receive: plain, already-public values (never emails or IPs).
import type { CommentFormValues, FieldErrors } from '../../comments/comment-input.ts';
import type { ThreadNode } from '../../comments/threading.ts';
import type { MessageKey } from '../../i18n/index.ts';

/** A comment ready to draw: public fields, rendered body, avatar URL. */
export interface CommentView {
  id: number;
  parentId: number | null;
  authorName: string;
  authorUrl: string | null;
  avatarUrl: string;
  /** Trusted HTML from the comment text renderer. */
  bodyHtml: string;
  createdAt: string;
  /** Shown only to its author, with "Your comment is awaiting moderation." */
  pending: boolean;
  /** Whom it answers, when the depth limit shows it under another comment than its parent. */
  inReplyTo?: { id: number; authorName: string } | undefined;
}

/** A message above the form (flood, duplicate, held, closed…): a catalog key and its values. */
export interface FormNotice {
  kind: 'error' | 'success' | 'info';
  message: MessageKey;
  values?: Record<string, string | number>;
}

/** The form's state: what the reader typed and what was wrong with it. */
export interface CommentFormState {
  values: CommentFormValues;
  errors: FieldErrors;
  notice?: FormNotice;
}

/** Everything the form needs. */
export interface CommentFormProps {
  /** Where the form posts. */
  action: string;
  /** The article's path (Cancel reply goes back to it). */
  articlePath: string;
  replyTo: { id: number; authorName: string } | null;
  state: CommentFormState;
  privacyUrl: string;
  replyNotifications: boolean;
  /** Signed render time for the spam defense (see src/http/comments/form-token.ts). */
  formToken?: string;
}

/** The whole section under an article. */
export interface CommentSectionProps {
  articleTitle: string;
  articlePath: string;
  /** The article's language: the section and its form speak it (its catalog, else the site's). */
  language: string;
  /** The site's language, for an article in a language without a catalog. */
  siteLanguage: string;
  /** The site's timezone: comment times are shown on its wall clock. */
  timeZone?: string;
  /** Approved comments in all. */
  count: number;
  threads: ThreadNode<CommentView>[];
  /** The thread depth setting: comments at this depth get no Reply link. */
  maxDepth: number;
  page: number;
  totalPages: number;
  pageUrl(page: number): string;
  open: boolean;
  form: CommentFormProps;
  feedUrl: string;
}
