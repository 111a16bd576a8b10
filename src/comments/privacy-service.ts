// Commenters' privacy requests: ask by email → confirm through the emailed link → receive a
// JSON export or have their comments anonymised. The request itself never reveals whether an
// email has comments here (the same answer and mail flow either way).
import { articlePath } from '../content/index.ts';
import { commentChangeKeys } from './change-keys.ts';
import type { OutboxRepo } from './outbox-repo.ts';
import { privacyConfirmMail, type ReaderMailWriter } from './notifications.ts';
import type { Clock } from '../kernel/clock.ts';
import type { ArticleLookup, ChangePublisher, SiteFacts } from './ports.ts';
import {
  buildPrivacyExport,
  normaliseEmail,
  PRIVACY_LINK_HOURS,
  type PrivacyExport,
  type PrivacyRequestKind,
} from './privacy.ts';
import type { PrivacyRepo } from './privacy-repo.ts';
import { hashToken, newToken } from './signing.ts';
import { FINGERPRINT_DECIDED } from '../spam/index.ts';

/** What privacy requests use. */
export interface PrivacyDeps {
  privacy: PrivacyRepo;
  outbox: Pick<OutboxRepo, 'enqueue'>;
  articles: ArticleLookup;
  changes: ChangePublisher;
  clock: Clock;
  site: SiteFacts;
  /** Words the confirmation mail in the site's language (the page the request was made on). */
  mailWriter: ReaderMailWriter;
}

/** Records a request and queues the confirmation mail. */
export async function requestPrivacyAction(
  deps: PrivacyDeps,
  email: string,
  kind: PrivacyRequestKind,
  options: { removeText: boolean },
): Promise<void> {
  const now = deps.clock.now();
  const normalised = normaliseEmail(email);
  const token = newToken();
  const expiresAt = new Date(now.getTime() + PRIVACY_LINK_HOURS * 3_600_000);
  await deps.privacy.deleteExpiredRequests(now);
  await deps.privacy.createRequest(
    {
      email: normalised,
      kind,
      removeText: kind === 'erase' && options.removeText,
      tokenHash: hashToken(token),
      expiresAt,
    },
    now,
  );
  const url = `${deps.site.siteUrl}/privacy/confirm?token=${encodeURIComponent(token)}`;
  const link = { url, validHours: PRIVACY_LINK_HOURS, expiresAt: expiresAt.toISOString() };
  await deps.outbox.enqueue([privacyConfirmMail(deps.site, normalised, kind, link, deps.mailWriter)], now);
}

/** The outcome of following a confirmation link. */
export type PrivacyOutcome =
  | { kind: 'invalid' }
  | { kind: 'export'; data: PrivacyExport }
  | { kind: 'erased'; count: number }
  /** An erase link used before: the data was erased then. */
  | { kind: 'done' };

/** Where a confirmation link stands, before its button is pressed. */
export async function privacyLinkState(
  deps: Pick<PrivacyDeps, 'privacy' | 'clock'>,
  token: string,
): Promise<'invalid' | 'ready' | 'done'> {
  const request = await deps.privacy.findRequest(hashToken(token));
  if (!request || request.expiresAt <= deps.clock.now().toISOString()) return 'invalid';
  return request.kind === 'erase' && request.completedAt !== null ? 'done' : 'ready';
}

/** Builds one email's export (also used by moderators from the console). */
export async function exportCommentData(
  deps: Pick<PrivacyDeps, 'privacy' | 'articles' | 'clock'> & {
    site: Pick<SiteFacts, 'siteUrl' | 'siteTitle'>;
  },
  email: string,
): Promise<PrivacyExport> {
  const normalised = normaliseEmail(email);
  const [comments, subscriptions] = await Promise.all([
    deps.privacy.commentsByEmail(normalised),
    deps.privacy.subscriptionsByEmail(normalised),
  ]);
  const articles = new Map<number, { title: string; url: string }>();
  for (const id of new Set(comments.map((c) => c.articleId))) {
    const a = await deps.articles.findById(id);
    if (a) articles.set(id, { title: a.title, url: `${deps.site.siteUrl}${articlePath(a)}` });
  }
  const spamChecks = await deps.privacy.spamChecksOf(comments.map((c) => c.id));
  return buildPrivacyExport(normalised, deps.clock.now(), comments, articles, subscriptions, spamChecks);
}

/** Anonymises one email's comments (also used by moderators) and refreshes affected pages. */
export async function eraseCommentData(
  deps: Pick<PrivacyDeps, 'privacy' | 'changes' | 'clock'>,
  email: string,
  options: { removeText: boolean },
): Promise<number> {
  const normalised = normaliseEmail(email);
  const before = await deps.privacy.commentsByEmail(normalised);
  const erased = await deps.privacy.anonymiseEmail(normalised, options, deps.clock.now());
  const articleIds = new Set(before.map((c) => c.articleId));
  // Every instance re-reads the blanked fingerprints, so its in-memory author history forgets them.
  const prints = erased.fingerprintIds.map((id) => `${FINGERPRINT_DECIDED}${id}`);
  const keys = [...[...articleIds].flatMap(commentChangeKeys), ...prints];
  if (keys.length > 0) await deps.changes.publish([...new Set(keys)]);
  return erased.commentIds.length;
}

/**
 * Carries out a confirmed request. An export link works until it expires (the reader may
 * download again); an erase link works once.
 */
export async function confirmPrivacyRequest(deps: PrivacyDeps, token: string): Promise<PrivacyOutcome> {
  const now = deps.clock.now();
  const request = await deps.privacy.findRequest(hashToken(token));
  if (!request || request.expiresAt <= now.toISOString()) return { kind: 'invalid' };
  if (request.kind === 'export') {
    return { kind: 'export', data: await exportCommentData(deps, request.email) };
  }
  if (!(await deps.privacy.completeRequest(request.id, now))) return { kind: 'done' };
  return {
    kind: 'erased',
    count: await eraseCommentData(deps, request.email, { removeText: request.removeText }),
  };
}
