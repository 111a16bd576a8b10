// Posting a comment: the one domain function behind the "Leave a Reply" form. It applies the
// rules in order (open? parent? flood? duplicate? status), stores the comment, queues mail and
// publishes change keys. It returns an outcome; the HTTP layer maps it to a page or an error.
import type { Article } from '../content/index.ts';
import { commentChangeKeys } from './change-keys.ts';
import type { Comment } from './comment.ts';
import { type CommentForm, prepareUntrusted } from './comment-input.ts';
import type { CommentRepo } from './comment-repo.ts';
import { DuplicateCommentError } from './comment-write-repo.ts';
import { type CommentSettings, commentsOpen } from './comment-settings.ts';
import { type EventDeps, mailContext, mailsForApproved, mailsForHeld } from './comment-events.ts';
import { checkFlood, duplicateKey } from './flood.ts';
import { confirmSubscriptionMail } from './notifications.ts';
import type { OutboxRepo } from './outbox-repo.ts';
import type { Clock } from '../kernel/clock.ts';
import type { ChangePublisher } from './ports.ts';
import { hashToken, newToken } from './signing.ts';
import { decideInitialStatus, type StatusDecision } from './status-decision.ts';
import type { SubscriptionRepo } from './subscription-repo.ts';
import type { CommentInput } from '../spam/index.ts';
import type { FormEvidence } from '../spam/index.ts';
import type { SpamVerdict } from '../spam/index.ts';

/** The spam defense as posting uses it (src/spam/service/spam-service.ts). */
export interface SpamCheckPort {
  check(
    input: CommentInput,
    meta: { origin: 'form'; articleKey: string },
  ): Promise<{ verdict: SpamVerdict; verdictId: number }>;
  /** Teaches the site model a moderator's decision about a stored comment. */
  learn(commentId: number, decision: 'approve' | 'spam' | 'not-spam'): Promise<void>;
  /** Forgets the moderator's decision recorded on a comment's verdict (the decision was undone). */
  forgetDecision(commentId: number): Promise<void>;
}

/** The comment storage posting uses (CommentRepo; an in-memory store in unit tests). */
export type PostingCommentStore = Pick<
  CommentRepo,
  'findById' | 'lastCommentTimes' | 'duplicateExists' | 'commenterHistory' | 'recentCounts' | 'insert'
>;

/** Everything posting needs. */
export interface PostCommentDeps extends EventDeps {
  comments: PostingCommentStore;
  subscriptions: Pick<SubscriptionRepo, 'create' | 'activeFor'>;
  outbox: Pick<OutboxRepo, 'enqueue'>;
  changes: ChangePublisher;
  clock: Clock;
  /** Builds the confirmation URL for a new subscription token. */
  confirmUrl(token: string): string;
  /** The spam classifier; without it only the rules decide. */
  spam?: SpamCheckPort;
}

/** Facts about the request, not typed by the reader. */
export interface RequestFacts {
  ip: string | null;
  userAgent: string | null;
  /** A signed-in moderator writing (replies from the console are approved). */
  user?: { id: number; name: string; email: string } | null;
  /** Honeypot and signed render-time evidence from our form. */
  form?: FormEvidence | null;
}

/** What happened to a posted comment. */
export type PostOutcome =
  | { kind: 'posted'; comment: Comment; decision: StatusDecision }
  | { kind: 'closed' }
  | { kind: 'bad-parent' }
  | { kind: 'flood'; retryAfterSeconds: number }
  | { kind: 'duplicate' }
  /** Blatant spam: not stored, only counted (the reader is told it awaits moderation). */
  | { kind: 'discarded' };

/** Posts a reader's (or moderator's) comment on a public article. */
export async function postComment(
  deps: PostCommentDeps,
  settings: CommentSettings,
  article: Article,
  form: CommentForm,
  facts: RequestFacts,
): Promise<PostOutcome> {
  const now = deps.clock.now();
  const trusted = Boolean(facts.user);
  if (!trusted && !commentsOpen(article, settings, now)) return { kind: 'closed' };

  const c = prepareUntrusted({
    articleId: article.id,
    parentId: form.parentId,
    authorName: facts.user?.name ?? form.author,
    authorEmail: facts.user?.email ?? form.email,
    authorUrl: form.url || null,
    content: form.comment,
    ip: facts.ip,
    userAgent: facts.userAgent,
  });

  if (c.parentId !== null) {
    const parent = await deps.comments.findById(c.parentId);
    if (!parent || parent.articleId !== article.id || parent.status !== 'approved')
      return { kind: 'bad-parent' };
  }

  if (!trusted) {
    const flood = checkFlood({
      floodSeconds: settings.floodSeconds,
      now,
      ...(await deps.comments.lastCommentTimes(c.ip, c.authorEmail)),
    });
    if (flood) return { kind: 'flood', retryAfterSeconds: flood.retryAfterSeconds };
  }

  const dedupeKey = duplicateKey(article.id, c.authorEmail, c.content);
  if (await deps.comments.duplicateExists(dedupeKey)) return { kind: 'duplicate' };

  const [history, recent] = await Promise.all([
    deps.comments.commenterHistory(c.authorEmail, c.authorName),
    deps.comments.recentCounts(c.ip, c.authorEmail, new Date(now.getTime() - 3_600_000)),
  ]);
  const checked =
    deps.spam && !trusted
      ? await deps.spam.check(
          {
            content: c.content,
            author: c.authorName,
            email: c.authorEmail,
            url: c.authorUrl,
            ip: c.ip,
            userAgent: c.userAgent,
            site: deps.site.siteUrl,
            article: {
              text: article.bodyText ?? article.excerpt,
              ageDays: article.publishedAt
                ? (now.getTime() - Date.parse(article.publishedAt)) / 86_400_000
                : null,
            },
            form: facts.form ?? { formAgeSeconds: null, tokenValid: false },
            context: { approvedByEmail: history.approved, spamByEmail: history.spam },
          },
          { origin: 'form', articleKey: String(article.id) },
        )
      : null;
  const verdict = checked?.verdict ?? null;
  if (verdict && verdict.verdict === 'discard' && !verdict.shadow) return { kind: 'discarded' };
  const decision = decideInitialStatus({
    settings,
    comment: c,
    history,
    recent,
    trustedUser: trusted,
    spam: verdict,
  });

  let id: number;
  try {
    id = await deps.comments.insert(
      {
        ...c,
        status: decision.status,
        dedupeKey,
        reasons: decision.reasons,
        authorUserId: facts.user?.id ?? null,
        spamVerdictId: checked?.verdictId ?? null,
      },
      facts.user ? { userId: facts.user.id, name: facts.user.name } : { userId: null, name: 'Comment rules' },
      now,
    );
  } catch (err) {
    if (err instanceof DuplicateCommentError) return { kind: 'duplicate' };
    throw err;
  }
  const comment = (await deps.comments.findById(id))!;

  const mails =
    decision.status === 'approved'
      ? await mailsForApproved(deps, settings, article, comment)
      : decision.status === 'pending'
        ? await mailsForHeld(deps, settings, article, comment)
        : [];
  if (form.notify && settings.replyNotifications && decision.status !== 'spam') {
    const token = newToken();
    await deps.subscriptions.create(id, c.authorEmail, hashToken(token), now);
    mails.push({
      ...confirmSubscriptionMail(
        mailContext(deps.site, article, id),
        { email: c.authorEmail, name: c.authorName },
        deps.confirmUrl(token),
        deps.mailWriter,
      ),
      commentId: id,
    });
  }
  await deps.outbox.enqueue(mails, now);
  if (decision.status === 'approved') await deps.changes.publish(commentChangeKeys(article.id));
  return { kind: 'posted', comment, decision };
}
