// Comments as the rest of the app sees them. Email, IP and user agent are moderation data:
// `PublicComment` (what readers, feeds and JSON-LD get) never carries them.

/** Moderation states; see moderation.ts for the transitions. */
export type CommentStatus = 'pending' | 'approved' | 'spam' | 'trash';

/** Every status, in the order the console lists them. */
export const COMMENT_STATUSES: readonly CommentStatus[] = ['pending', 'approved', 'spam', 'trash'];

/** A reader's comment, or a pingback/trackback from another site. */
export type CommentType = 'comment' | 'pingback' | 'trackback';

/** Why a comment got its initial status (shown to moderators). */
export interface StatusReason {
  code: string;
  detail?: string;
}

/** A stored comment with everything moderators may see. */
export interface Comment {
  id: number;
  articleId: number;
  parentId: number | null;
  type: CommentType;
  status: CommentStatus;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  authorUserId: number | null;
  ip: string | null;
  userAgent: string | null;
  content: string;
  reasons: StatusReason[];
  createdAt: string;
  updatedAt: string;
  approvedAt: string | null;
}

/** What public pages, feeds and JSON-LD may show of a comment. */
export interface PublicComment {
  id: number;
  articleId: number;
  parentId: number | null;
  status: CommentStatus;
  authorName: string;
  authorUrl: string | null;
  content: string;
  createdAt: string;
}

/** True when `value` names a status. */
export function isCommentStatus(value: unknown): value is CommentStatus {
  return typeof value === 'string' && (COMMENT_STATUSES as readonly string[]).includes(value);
}
