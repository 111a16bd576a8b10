// The one function that decides a new comment's status. Pure: plain inputs in, a status and
// the reasons out. The spam classifier (src/spam) adds its verdict as one more input.
import type { CommentStatus, StatusReason } from './comment.ts';
import type { CommentSettings } from './comment-settings.ts';

/** The moderation settings the decision reads. */
export type DecisionSettings = Pick<
  CommentSettings,
  'holdAll' | 'holdFirstTime' | 'linkLimit' | 'holdWords' | 'blockWords'
>;

/** Everything known when a comment arrives. */
export interface StatusDecisionInput {
  settings: DecisionSettings;
  comment: { authorName: string; authorEmail: string; authorUrl: string | null; content: string };
  /** Earlier comments with the same email AND name, by status. */
  history: { approved: number; spam: number };
  /** Comments in the last hour from the same IP and the same email (any status). */
  recent: { sameIp: number; sameEmail: number };
  /** A signed-in moderator writing from the console: always approved. */
  trustedUser?: boolean;
  /** The spam classifier's verdict (src/spam); shadow verdicts are recorded but change nothing. */
  spam?: { verdict: 'ham' | 'hold' | 'spam' | 'discard'; score: number; shadow: boolean } | null;
}

/** The decided status and every reason that contributed. */
export interface StatusDecision {
  status: Extract<CommentStatus, 'pending' | 'approved' | 'spam'>;
  reasons: StatusReason[];
}

/** More comments than this from one IP or email within an hour are held. */
export const BURST_LIMIT = 10;

const URL_PATTERN = /\bhttps?:\/\/|\bwww\.[^\s.]+\.\S/gi;

/** How many links a text contains (http(s) URLs and bare www. addresses). */
export function countLinks(text: string): number {
  return text.match(URL_PATTERN)?.length ?? 0;
}

/** The first listed word found in `haystack` (case-insensitive substring, like WordPress). */
export function findListedWord(words: readonly string[], haystack: string): string | null {
  const text = haystack.toLocaleLowerCase();
  for (const raw of words) {
    const word = raw.trim().toLocaleLowerCase();
    if (word && text.includes(word)) return raw.trim();
  }
  return null;
}

/**
 * Decides the initial status. Block words make it spam; otherwise any hold rule (hold all,
 * first-time commenter, too many links, hold words, bursts, earlier spam) makes it pending.
 */
export function decideInitialStatus(input: StatusDecisionInput): StatusDecision {
  const { settings, comment } = input;
  if (input.trustedUser) return { status: 'approved', reasons: [{ code: 'trusted-user' }] };
  const haystack = [comment.content, comment.authorName, comment.authorEmail, comment.authorUrl ?? ''].join(
    '\n',
  );
  const blocked = findListedWord(settings.blockWords, haystack);
  if (blocked !== null) return { status: 'spam', reasons: [{ code: 'block-word', detail: blocked }] };
  const spam = input.spam;
  if (spam && !spam.shadow && (spam.verdict === 'spam' || spam.verdict === 'discard'))
    return { status: 'spam', reasons: [{ code: 'spam-filter', detail: String(spam.score) }] };

  const reasons: StatusReason[] = [];
  // Ambiguous for the filter: a moderator decides, the comment is not sent to spam.
  if (spam && !spam.shadow && spam.verdict === 'hold')
    reasons.push({ code: 'spam-hold', detail: String(spam.score) });
  if (settings.holdAll) reasons.push({ code: 'hold-all' });
  if (settings.holdFirstTime && input.history.approved === 0) reasons.push({ code: 'first-time' });
  const links = countLinks(comment.content);
  if (links > settings.linkLimit) reasons.push({ code: 'too-many-links', detail: String(links) });
  const held = findListedWord(settings.holdWords, haystack);
  if (held !== null) reasons.push({ code: 'hold-word', detail: held });
  if (input.recent.sameIp >= BURST_LIMIT || input.recent.sameEmail >= BURST_LIMIT) {
    reasons.push({ code: 'burst' });
  }
  if (input.history.spam > 0 && input.history.spam >= input.history.approved) {
    reasons.push({ code: 'earlier-spam', detail: String(input.history.spam) });
  }
  return reasons.length > 0 ? { status: 'pending', reasons } : { status: 'approved', reasons: [] };
}
