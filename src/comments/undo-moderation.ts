// Undo: a moderator takes back their last decision on a comment (a mis-tap in the console). The
// comment returns to the status it had, provided nothing else changed it since: its latest status
// change must be exactly the one being undone, and this moderator's. An undone approval withdraws the mail it queued
// if no sender has picked it up yet; an undone spam / approve forgets the correction recorded on
// the spam verdict, so the dashboard's false-positive figures count only decisions that stand.
//
// What the model learned from the decision stays: online learning is a small bounded step
// (learn.ts), and the decision the moderator takes next on the same comment is learned with a
// step large enough to put it on the right side with a margin.
import { commentChangeKeys } from './change-keys.ts';
import { isCommentStatus, type CommentStatus } from './comment.ts';
import type { CommentRepo } from './comment-repo.ts';
import type { ModerationRepo } from './moderation-repo.ts';
import { canModerate, changesPublicView, type Moderator } from './moderation.ts';
import type { OutboxRepo } from './outbox-repo.ts';
import type { Clock } from '../kernel/clock.ts';
import type { ArticleLookup, ChangePublisher } from './ports.ts';
import type { SpamCheckPort } from './post-comment.ts';

/** The mail a first approval queues (comment-events.ts, mailsForApproved). */
const APPROVAL_MAIL = ['comment-approved', 'comment-reply'] as const;

/** Everything undo needs. */
export interface UndoDeps {
  comments: Pick<CommentRepo, 'findById' | 'changeStatus' | 'clearApprovedAt'>;
  moderation: Pick<ModerationRepo, 'lastChange'>;
  articles: ArticleLookup;
  outbox: Pick<OutboxRepo, 'withdrawUnsent'>;
  changes: ChangePublisher;
  clock: Clock;
  spam?: Pick<SpamCheckPort, 'forgetDecision'>;
}

/** One decision to take back: the comment moved `from` → `to`. */
export interface DecisionToUndo {
  id: number;
  from: CommentStatus;
  to: CommentStatus;
}

/** What became of the undo. */
export type UndoOutcome =
  | { kind: 'undone'; status: CommentStatus; mailWithdrawn: boolean }
  | { kind: 'not-found' }
  | { kind: 'forbidden' }
  /** The comment changed since (another moderator, or another decision): nothing was done. */
  | { kind: 'conflict' };

/** Parses "id:from:to" (the token the console hands out with each decision). */
export function parseUndoToken(token: string): DecisionToUndo | null {
  const m = /^([1-9][0-9]{0,9}):([a-z]+):([a-z]+)$/.exec(token);
  if (!m || !isCommentStatus(m[2]) || !isCommentStatus(m[3])) return null;
  const id = Number(m[1]);
  return id <= 2_147_483_647 && m[2] !== m[3] ? { id, from: m[2], to: m[3] } : null;
}

/** The token for a decision, as parseUndoToken reads it. */
export function undoToken(d: DecisionToUndo): string {
  return `${d.id}:${d.from}:${d.to}`;
}

/** Returns the comment to the status it had before `decision`, as `moderator`. */
export async function undoModeration(
  deps: UndoDeps,
  moderator: Moderator & { name: string },
  decision: DecisionToUndo,
): Promise<UndoOutcome> {
  const comment = await deps.comments.findById(decision.id);
  if (!comment) return { kind: 'not-found' };
  const article = await deps.articles.findById(comment.articleId);
  if (!article) return { kind: 'not-found' };
  if (!canModerate(moderator, { authorId: article.author.id })) return { kind: 'forbidden' };
  const last = await deps.moderation.lastChange(comment.id);
  if (
    comment.status !== decision.to ||
    !last ||
    last.fromStatus !== decision.from ||
    last.toStatus !== decision.to ||
    last.actorUserId !== moderator.id
  )
    return { kind: 'conflict' };
  const now = deps.clock.now();
  const changed = await deps.comments.changeStatus(
    comment.id,
    decision.to,
    decision.from,
    { userId: moderator.id, name: moderator.name },
    now,
    { note: 'undo' },
  );
  if (!changed) return { kind: 'conflict' };
  let mailWithdrawn = false;
  // The approval being undone was the comment's first: its mail may not have left yet.
  if (decision.to === 'approved' && comment.approvedAt !== null && comment.approvedAt >= last.createdAt) {
    const { kept } = await deps.outbox.withdrawUnsent(comment.id, APPROVAL_MAIL, comment.approvedAt, now);
    if (kept === 0) {
      await deps.comments.clearApprovedAt(comment.id);
      mailWithdrawn = true;
    }
  }
  if (changesPublicView(decision.to, decision.from))
    await deps.changes.publish(commentChangeKeys(article.id));
  if (deps.spam && (decision.to === 'approved' || decision.to === 'spam' || decision.from === 'spam'))
    await deps.spam.forgetDecision(comment.id);
  return { kind: 'undone', status: decision.from, mailWithdrawn };
}
