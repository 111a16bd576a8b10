// The Akismet protocol as a client speaks it, for an upstream service (another Silkpress acting as
// the hub of a group of sites, or any Akismet-compatible service): which form fields a check or a
// report sends, and how an answer reads. Pure: the HTTP call is upstream-client.ts's.

import type { CommentFields } from '../comment-fields.ts';

/** What the upstream said about a check, or why it said nothing. */
export type UpstreamOutcome =
  /** Spam, with Akismet's `X-akismet-pro-tip: discard` (blatant). */
  | 'discard'
  | 'spam'
  /** Not spam, but a Silkpress upstream asks for a moderator (`X-Silkpress-Verdict: hold`). */
  | 'hold'
  | 'ham'
  /** No answer within the timeout. */
  | 'timeout'
  /** Unreachable, an HTTP error, `invalid` key, or an answer that is not Akismet's. */
  | 'error'
  /** Not asked: the upstream failed several times in a row and is rested for a while. */
  | 'skipped';

/** Outcomes that are an answer (the upstream was reached and understood). */
export const ANSWERED: ReadonlySet<UpstreamOutcome> = new Set(['discard', 'spam', 'hold', 'ham']);

/** The upstream's answer to one check. */
export interface UpstreamAnswer {
  outcome: UpstreamOutcome;
  /** The upstream's `X-akismet-guid`, which joins a later report to this check. */
  guid: string | null;
  /** Milliseconds the call took (0 when not asked). */
  ms: number;
  /**
   * A Silkpress hub's `X-Silkpress-Network`: the log-odds its verdict drew from what it remembers
   * (other sites' reports, its campaign memory, its history and lists), as opposed to the comment's
   * own text, which this site scores itself. Absent (null) from other services and older hubs.
   */
  network?: number | null;
}

/** The header a Silkpress hub answers with: the part of its verdict that is network evidence. */
export const NETWORK_EVIDENCE_HEADER = 'X-Silkpress-Network';

/** At most this much network evidence counts, in units of the signal's weight (9 log-odds). */
const MAX_NETWORK_VALUE = 1.5;

/** What a check or a report sends besides the comment: the site and where the comment was posted. */
export interface UpstreamContext {
  /** This site's public URL (Akismet's `blog`). */
  blog: string;
  /** The article's URL or permalink, when known. */
  permalink?: string | null;
  isTest?: boolean;
}

/** The form fields of comment-check, submit-spam and submit-ham for a comment (the key apart). */
export function upstreamForm(
  input: CommentFields,
  ctx: UpstreamContext,
  guid: string | null = null,
): URLSearchParams {
  const form = new URLSearchParams({ blog: ctx.blog, comment_type: 'comment' });
  // Akismet requires user_ip; a comment without one (an import) is sent with an empty value,
  // which a strict service answers with an error: the local verdict stands.
  form.set('user_ip', input.ip ?? '');
  const fields: Array<[string, string | null | undefined]> = [
    ['user_agent', input.userAgent],
    ['comment_content', input.content],
    ['comment_author', input.author],
    ['comment_author_email', input.email],
    ['comment_author_url', input.url],
    ['permalink', ctx.permalink],
    ['guid', guid],
  ];
  for (const [name, value] of fields) if (value) form.set(name, value);
  if (ctx.isTest) form.set('is_test', '1');
  return form;
}

/** Reads a comment-check answer: `true`/`false` with its headers, anything else is an error. */
export function readCheckAnswer(
  status: number,
  body: string,
  header: (name: string) => string | null,
): Omit<UpstreamAnswer, 'ms'> {
  const guid = header('x-akismet-guid');
  if (status !== 200) return { outcome: 'error', guid: null };
  const text = body.trim();
  const raw = header(NETWORK_EVIDENCE_HEADER.toLowerCase());
  const parsed = raw !== null && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : null;
  const network = parsed !== null && Number.isFinite(parsed) ? { network: parsed } : {};
  if (text === 'true')
    return { outcome: header('x-akismet-pro-tip') === 'discard' ? 'discard' : 'spam', guid, ...network };
  if (text === 'false')
    return {
      outcome: (header('x-silkpress-verdict') ?? '') === 'hold' ? 'hold' : 'ham',
      guid,
      ...network,
    };
  return { outcome: 'error', guid: null };
}

/**
 * The value of the `upstream-verdict` signal (weight 6) for an answer (0: no evidence either way).
 *
 * Counted once: a Silkpress hub scores the same text with the same built-in model this site has
 * just used, so its verdict repeats this site's text evidence. When the hub says how much of its
 * verdict came from its memory (`network`, log-odds), a spam, discard or hold answer counts exactly
 * that (never below 0, at most 9 log-odds); a ham answer counts nothing. A hold from a hub that
 * does not say why rests on the same text and counts nothing. A service that is not Silkpress
 * (Akismet itself) has its own model and data: its spam counts 1 (6 log-odds), discard 1.5.
 */
export function upstreamSignalValue(
  outcome: UpstreamOutcome | null | undefined,
  network: number | null | undefined = null,
): number {
  const flagged = outcome === 'spam' || outcome === 'discard' || outcome === 'hold';
  if (!flagged) return 0;
  if (network !== null && network !== undefined && Number.isFinite(network))
    return Math.min(MAX_NETWORK_VALUE, Math.max(0, network) / UPSTREAM_WEIGHT);
  return outcome === 'discard' ? 1.5 : outcome === 'spam' ? 1 : 0;
}

/** The hand-set weight of the `upstream-verdict` signal (log-odds per unit). */
export const UPSTREAM_WEIGHT = 6;

/**
 * The count the `upstream-verdict` reason's message reads: the outcome's level (1.5 discard,
 * 1 spam, 0.25 hold), negative when only the hub's network evidence was counted.
 */
export function upstreamSignalCount(
  outcome: UpstreamOutcome | null | undefined,
  network: number | null | undefined = null,
): number {
  const level = outcome === 'discard' ? 1.5 : outcome === 'spam' ? 1 : outcome === 'hold' ? 0.25 : 0;
  return network !== null && network !== undefined && Number.isFinite(network) ? -level : level;
}

/**
 * Which report a moderator's decision sends upstream, if any. Akismet asks for missed spam
 * (submit-spam) and for false positives (submit-ham): a decision that agrees with what the
 * upstream said teaches it nothing, and approving what it called ham is the normal case.
 */
export function reportFor(
  decision: 'approve' | 'spam' | 'not-spam',
  upstream: UpstreamOutcome | null,
): 'submit-spam' | 'submit-ham' | null {
  const saidSpam = upstream === 'spam' || upstream === 'discard';
  if (decision === 'spam') return saidSpam ? null : 'submit-spam';
  return saidSpam || upstream === 'hold' ? 'submit-ham' : null;
}
