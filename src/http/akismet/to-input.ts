// Akismet request parameters → the CommentInput our scoring function reads. Unknown parameters
// are ignored; the test triggers documented by Akismet are recognised here.
import type { CommentInput } from '../../spam/analyze.ts';

/** Author name Akismet documents as always spam. */
export const SPAM_TEST_AUTHOR = 'viagra-test-123';
/** Author email Akismet documents as always spam. */
export const SPAM_TEST_EMAIL = 'akismet-guaranteed-spam@example.com';

/** What the request forces regardless of the score. */
export type Forced = 'spam' | 'ham' | null;

/** The comment, the forced outcome and the request flags. */
export interface AkismetRequest {
  input: CommentInput;
  forced: Forced;
  isTest: boolean;
  recheck: boolean;
  articleKey: string | null;
  guid: string | null;
}

const DAY = 86_400_000;

function ageDays(modified: string | undefined, now: Date): number | null {
  if (!modified) return null;
  // Akismet takes ISO 8601; WordPress sends `YYYY-MM-DD HH:MM:SS` (UTC).
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(modified) ? modified : `${modified.replace(' ', 'T')}Z`);
  if (Number.isNaN(t)) return null;
  return Math.max(0, (now.getTime() - t) / DAY);
}

const truthy = (v: string | undefined): boolean => v !== undefined && v !== '' && v !== '0' && v !== 'false';

/** Reads the documented parameters of comment-check, submit-spam and submit-ham. */
export function toAkismetRequest(p: Record<string, string>, now: Date): AkismetRequest {
  const honeypotName = p.honeypot_field_name;
  const input: CommentInput = {
    content: p.comment_content ?? '',
    author: p.comment_author ?? null,
    email: p.comment_author_email ?? null,
    url: p.comment_author_url ?? null,
    ip: p.user_ip ?? null,
    userAgent: p.user_agent ?? null,
    site: p.blog ?? null,
    article: { ageDays: ageDays(p.comment_post_modified_gmt, now) },
    honeypot: honeypotName ? (p[honeypotName] ?? '') : null,
  };
  const role = (p.user_role ?? '').toLowerCase();
  const forced: Forced =
    role === 'administrator'
      ? 'ham'
      : (p.comment_author ?? '').trim().toLowerCase() === SPAM_TEST_AUTHOR ||
          (p.comment_author_email ?? '').trim().toLowerCase() === SPAM_TEST_EMAIL
        ? 'spam'
        : null;
  return {
    input,
    forced,
    isTest: truthy(p.is_test),
    recheck: (p.recheck_reason ?? '') !== '',
    articleKey: p.permalink || null,
    guid: p.guid || null,
  };
}
