// A commenter's rights over their data: a JSON export of everything stored about their email,
// and erasure (anonymisation: name "Anonymous", email/IP/user agent removed, text kept unless
// they ask for its removal).
import { SHARED_ACTIVITY_SIGNALS } from '../spam/index.ts';
import type { Comment } from './comment.ts';

/** What a commenter can ask for. */
export type PrivacyRequestKind = 'export' | 'erase';

/** Name shown on anonymised comments. */
export const ANONYMOUS_NAME = 'Anonymous';

/** Text shown in place of a comment whose author asked for its removal. */
export const REMOVED_TEXT = '[This comment was removed at its author’s request.]';

/** How long a confirmation link stays valid. */
export const PRIVACY_LINK_HOURS = 24;

/** What the site's spam filter concluded about one comment (part of the commenter's data). */
export interface SpamCheckRecord {
  verdict: string;
  score: number;
  /** The reasons about this comment and its author (signals and words with their weights). */
  reasons: unknown;
  /**
   * The score's share (log-odds) from other people's comments: the same IP address or network,
   * similar texts, the same link elsewhere. Their counts are not this person's data.
   */
  otherActivityWeight: number;
  /** A moderator's correction of the verdict, if any ('spam' or 'ham'). */
  correction: string | null;
  checkedAt: string;
}

/** The export document for one email address. */
export interface PrivacyExport {
  email: string;
  exportedAt: string;
  comments: Array<{
    id: number;
    article: { title: string; url: string };
    status: string;
    name: string;
    email: string;
    website: string | null;
    ip: string | null;
    userAgent: string | null;
    text: string;
    createdAt: string;
    spamCheck: SpamCheckRecord | null;
  }>;
  subscriptions: Array<{ commentId: number; confirmed: boolean; unsubscribed: boolean; createdAt: string }>;
}

/**
 * A verdict's stored reasons split into those about the comment and its author, and the summed
 * weight of those counting other people's comments (listed only to moderators).
 */
export function personalReasons(stored: unknown): { reasons: unknown; otherActivityWeight: number } {
  if (!Array.isArray(stored)) return { reasons: stored, otherActivityWeight: 0 };
  const reasons: unknown[] = [];
  let other = 0;
  for (const r of stored) {
    const code = typeof r === 'object' && r !== null ? (r as { code?: unknown }).code : undefined;
    if (typeof code === 'string' && SHARED_ACTIVITY_SIGNALS.has(code)) {
      const weight = Number((r as { weight?: unknown }).weight);
      if (Number.isFinite(weight)) other += weight;
    } else reasons.push(r);
  }
  return { reasons, otherActivityWeight: Math.round(other * 1000) / 1000 };
}

/** Builds the export (articles looked up by the caller as id → title and URL). */
export function buildPrivacyExport(
  email: string,
  now: Date,
  comments: Comment[],
  articles: Map<number, { title: string; url: string }>,
  subscriptions: PrivacyExport['subscriptions'],
  spamChecks: ReadonlyMap<number, SpamCheckRecord> = new Map(),
): PrivacyExport {
  return {
    email,
    exportedAt: now.toISOString(),
    comments: comments.map((c) => ({
      id: c.id,
      article: articles.get(c.articleId) ?? { title: '', url: '' },
      status: c.status,
      name: c.authorName,
      email: c.authorEmail,
      website: c.authorUrl,
      ip: c.ip,
      userAgent: c.userAgent,
      text: c.content,
      createdAt: c.createdAt,
      spamCheck: spamChecks.get(c.id) ?? null,
    })),
    subscriptions,
  };
}

/** The stored values an erased comment keeps (email becomes an unroutable placeholder). */
export function anonymisedFields(
  commentId: number,
  options: { removeText: boolean },
): { authorName: string; authorEmail: string; authorUrl: null; ip: null; userAgent: null; content?: string } {
  return {
    authorName: ANONYMOUS_NAME,
    authorEmail: `anonymous-${commentId}@invalid`,
    authorUrl: null,
    ip: null,
    userAgent: null,
    ...(options.removeText ? { content: REMOVED_TEXT } : {}),
  };
}

/**
 * The spam filter's stored copy of a comment (the input it scored, kept so moderators' later
 * decisions can teach the model) without the network data: IP and user agent go after the
 * retention period like the comment's own.
 */
export function scoredInputWithoutNetworkData(input: Record<string, unknown>): Record<string, unknown> {
  const { ip: _ip, userAgent: _userAgent, ...rest } = input;
  return rest;
}

/** That copy of an erased comment: nothing that names or locates the commenter, nor the text if asked. */
export function scoredInputWithoutPersonalData(
  input: Record<string, unknown>,
  options: { removeText: boolean },
): Record<string, unknown> {
  const { author: _author, email: _email, url: _url, ...rest } = scoredInputWithoutNetworkData(input);
  return options.removeText ? { ...rest, content: '' } : rest;
}

/** The spam filter's stored context of an erased comment: counts only (its spam domains go). */
export function spamContextWithoutPersonalData(context: unknown): unknown {
  if (typeof context !== 'object' || context === null || Array.isArray(context)) return {};
  const { spamDomains: _domains, ...counts } = context as Record<string, unknown>;
  return counts;
}

/**
 * The spam filter's reasons for a comment whose text was erased: no words quoted from it (the
 * word reasons and the `learned` one list them, in `words` and at the end of the message).
 */
export function spamReasonsWithoutText(reasons: unknown): unknown[] {
  if (!Array.isArray(reasons)) return [];
  return reasons.map((r: unknown) => {
    if (typeof r !== 'object' || r === null || !('words' in r)) return r;
    const { words, ...rest } = r as Record<string, unknown>;
    const list = Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string') : [];
    let message = typeof rest.message === 'string' ? rest.message.replace(`: ${list.join(', ')}`, '') : '';
    if (list.some((w) => message.includes(w))) message = 'words';
    return { ...rest, message: `${message}: (removed with the text)` };
  });
}

/** What an outbox message quoting an erased commenter keeps instead of its subject and text. */
export const REDACTED_MAIL_SUBJECT = '[removed]';
export const REDACTED_MAIL_BODY = '[This message quoted a commenter who asked for their data to be erased.]';

/** A normalised email for matching requests to comments. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
