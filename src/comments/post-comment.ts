// Posting a comment: the one domain function behind the "Leave a Reply" form. It applies the
// rules in order (open? parent? flood? duplicate? status), stores the comment, queues mail and
// publishes change keys. It returns an outcome; the HTTP layer maps it to a page or an error.
import type { Article } from '../content/article.ts';
import { commentChangeKeys } from './change-keys.ts';
import type { Comment } from './comment.ts';
import { type CommentForm, prepareUntrusted } from './comment-input.ts';
import { type CommentRepo, DuplicateCommentError } from './comment-repo.ts';
import { type CommentSettings, commentsOpen } from './comment-settings.ts';
import { type EventDeps, mailContext, mailsForApproved, mailsForHeld } from './comment-events.ts';
import { checkFlood, duplicateKey } from './flood.ts';
import { confirmSubscriptionMail } from './notifications.ts';
import type { OutboxRepo } from './outbox-repo.ts';
import type { ChangePublisher, Now } from './ports.ts';
import { hashToken, newToken } from './signing.ts';
import { decideInitialStatus, type StatusDecision } from './status-decision.ts';
import type { SubscriptionRepo } from './subscription-repo.ts';

/** Everything posting needs. */
export interface PostCommentDeps extends EventDeps {
  comments: CommentRepo;
  subscriptions: SubscriptionRepo;
  outbox: Pick<OutboxRepo, 'enqueue'>;
  changes: ChangePublisher;
  clock: Now;
  /** Builds the confirmation URL for a new subscription token. */
  confirmUrl(token: string): string;
}

/** Facts about the request, not typed by the reader. */
export interface RequestFacts {
  ip: string | null;
  userAgent: string | null;
  /** A signed-in moderator writing (replies from the console are approved). */
  user?: { id: number; name: string; email: string } | null;
}

/** What happened to a posted comment. */
export type PostOutcome =
  | { kind: 'posted'; comment: Comment; decision: StatusDecision }
  | { kind: 'closed' }
  | { kind: 'bad-parent' }
  | { kind: 'flood'; retryAfterSeconds: number }
  | { kind: 'duplicate' };

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
  const decision = decideInitialStatus({ settings, comment: c, history, recent, trustedUser: trusted });

  let id: number;
  try {
    id = await deps.comments.insert(
      {
        ...c,
        status: decision.status,
        dedupeKey,
        reasons: decision.reasons,
        authorUserId: facts.user?.id ?? null,
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
    mails.push(
      confirmSubscriptionMail(
        mailContext(deps.site, article, id),
        { email: c.authorEmail, name: c.authorName },
        deps.confirmUrl(token),
      ),
    );
  }
  await deps.outbox.enqueue(mails, now);
  if (decision.status === 'approved') await deps.changes.publish(commentChangeKeys(article.id));
  return { kind: 'posted', comment, decision };
}
