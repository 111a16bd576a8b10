// Moderation: one action on one comment by one moderator. Checks the state machine and the
// moderator's rights, records the change, queues mail on first approval, and publishes change
// keys when readers' view changes (pages, counts and feeds refresh on every instance).
import { cleanText } from '../kernel/clean-text.ts';
import type { Article } from '../content/index.ts';
import { commentChangeKeys } from './change-keys.ts';
import type { Comment } from './comment.ts';
import type { CommentRepo } from './comment-repo.ts';
import type { CommentSettings } from './comment-settings.ts';
import { type EventDeps, mailsForApproved } from './comment-events.ts';
import type { ModerationRepo } from './moderation-repo.ts';
import {
  canModerate,
  changesPublicView,
  type ModerationAction,
  type Moderator,
  nextStatus,
} from './moderation.ts';
import type { OutboxRepo } from './outbox-repo.ts';
import type { Clock } from '../kernel/clock.ts';
import type { ArticleLookup, ChangePublisher } from './ports.ts';
import type { SpamCheckPort } from './post-comment.ts';

/** Moderator actions that teach the spam model, and what they say. */
const LEARNED = { approve: 'approve', spam: 'spam', notspam: 'not-spam' } as const;

/** Everything moderation needs. */
export interface ModerateDeps extends EventDeps {
  comments: CommentRepo;
  moderation: Pick<ModerationRepo, 'statusBeforeTrash'>;
  articles: ArticleLookup;
  outbox: Pick<OutboxRepo, 'enqueue'>;
  changes: ChangePublisher;
  clock: Clock;
  /** The spam defense learns from approve / spam / not spam. */
  spam?: Pick<SpamCheckPort, 'learn'>;
}

/** What became of the request. */
export type ModerateOutcome =
  | { kind: 'done'; comment: Comment; to: Comment['status'] | 'deleted' }
  | { kind: 'not-found' }
  | { kind: 'forbidden' }
  | { kind: 'not-allowed'; from: Comment['status'] }
  | { kind: 'conflict' };

/** Applies `action` to comment `id` as `moderator` (with their display name for the history). */
export async function moderateComment(
  deps: ModerateDeps,
  settings: CommentSettings,
  moderator: Moderator & { name: string },
  id: number,
  action: ModerationAction,
): Promise<ModerateOutcome> {
  const comment = await deps.comments.findById(id);
  if (!comment) return { kind: 'not-found' };
  const article = await deps.articles.findById(comment.articleId);
  if (!article) return { kind: 'not-found' };
  if (!canModerate(moderator, { authorId: article.author.id })) return { kind: 'forbidden' };
  const previous = action === 'restore' ? await deps.moderation.statusBeforeTrash(id) : null;
  const to = nextStatus(comment.status, action, previous);
  if (to === null) return { kind: 'not-allowed', from: comment.status };
  const now = deps.clock.now();

  if (to === 'deleted') {
    await deps.comments.deletePermanently(id);
  } else {
    const changed = await deps.comments.changeStatus(
      id,
      comment.status,
      to,
      { userId: moderator.id, name: moderator.name },
      now,
    );
    if (!changed) return { kind: 'conflict' };
    if (to === 'approved' && comment.approvedAt === null) {
      await deps.outbox.enqueue(
        await mailsForApproved(deps, settings, article, { ...comment, status: to }),
        now,
      );
    }
  }
  if (changesPublicView(comment.status, to)) await deps.changes.publish(commentChangeKeys(article.id));
  if (deps.spam && (action === 'approve' || action === 'spam' || action === 'notspam'))
    await deps.spam.learn(id, LEARNED[action]);
  return { kind: 'done', comment, to };
}

/** Edits a comment's text and author fields as a moderator; republishes when it is public. */
export async function editComment(
  deps: Pick<ModerateDeps, 'comments' | 'articles' | 'changes' | 'clock'>,
  moderator: Moderator,
  id: number,
  fields: { content: string; authorName: string; authorUrl: string | null },
): Promise<'done' | 'not-found' | 'forbidden'> {
  const comment = await deps.comments.findById(id);
  if (!comment) return 'not-found';
  const article: Article | null = await deps.articles.findById(comment.articleId);
  if (!article) return 'not-found';
  if (!canModerate(moderator, { authorId: article.author.id })) return 'forbidden';
  await deps.comments.updateContent(
    id,
    {
      content: cleanText(fields.content),
      authorName: cleanText(fields.authorName),
      authorUrl: fields.authorUrl === null ? null : cleanText(fields.authorUrl),
    },
    deps.clock.now(),
  );
  if (comment.status === 'approved') await deps.changes.publish(commentChangeKeys(article.id));
  return 'done';
}
