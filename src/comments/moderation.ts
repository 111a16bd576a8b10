// The moderation state machine: which action moves a comment from which status to which, and
// who may take it. See README.md in this folder for the table.
import { canOnArticle } from '../users/index.ts';
import { isRole } from '../users/index.ts';
import type { CommentStatus } from './comment.ts';

/** What a moderator can do to a comment. */
export type ModerationAction = 'approve' | 'unapprove' | 'spam' | 'notspam' | 'trash' | 'restore' | 'delete';

/** Every action, in the order the console offers them. */
export const MODERATION_ACTIONS: readonly ModerationAction[] = [
  'approve',
  'unapprove',
  'spam',
  'notspam',
  'trash',
  'restore',
  'delete',
];

const FROM: Record<ModerationAction, readonly CommentStatus[]> = {
  approve: ['pending', 'spam', 'trash'],
  unapprove: ['approved'],
  spam: ['pending', 'approved', 'trash'],
  notspam: ['spam'],
  trash: ['pending', 'approved', 'spam'],
  restore: ['trash'],
  delete: ['spam', 'trash'],
};

/** True for a known action name. */
export function isModerationAction(value: unknown): value is ModerationAction {
  return typeof value === 'string' && (MODERATION_ACTIONS as readonly string[]).includes(value);
}

/** Actions allowed on a comment in `status`. */
export function allowedActions(status: CommentStatus): ModerationAction[] {
  return MODERATION_ACTIONS.filter((a) => FROM[a].includes(status));
}

/**
 * The status after `action`, `'deleted'` for permanent deletion, or null when the action is not
 * allowed from `from`. `previous` is the status before the comment was trashed (restore returns
 * there; anything but spam or trash, else pending).
 */
export function nextStatus(
  from: CommentStatus,
  action: ModerationAction,
  previous: CommentStatus | null = null,
): CommentStatus | 'deleted' | null {
  if (!FROM[action].includes(from)) return null;
  switch (action) {
    case 'approve':
      return 'approved';
    case 'unapprove':
    case 'notspam':
      return 'pending';
    case 'spam':
      return 'spam';
    case 'trash':
      return 'trash';
    case 'restore':
      return previous === 'approved' || previous === 'pending' ? previous : 'pending';
    case 'delete':
      return 'deleted';
  }
}

/** The signed-in user asking to moderate. */
export interface Moderator {
  id: number;
  role: string;
}

/**
 * Editors and owners moderate every comment; authors moderate comments on their own posts;
 * contributors moderate nothing (the roles matrix in src/users/permissions.ts decides).
 */
export function canModerate(user: Moderator, article: { authorId: number }): boolean {
  if (!isRole(user.role)) return false;
  return canOnArticle({ id: user.id, role: user.role }, 'moderateComments', {
    kind: 'post',
    authorId: article.authorId,
    status: 'published',
  });
}

/** True when the change alters what readers see (so pages, counts and feeds must refresh). */
export function changesPublicView(from: CommentStatus, to: CommentStatus | 'deleted'): boolean {
  return from === 'approved' || to === 'approved';
}
