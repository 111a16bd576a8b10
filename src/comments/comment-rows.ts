// Comment rows and the domain objects made from them: the full comment for moderators, and the
// public fields only (never the email, IP or user agent) for everything readers see.
import type { Selectable } from 'kysely';
import type { CommentsTable } from '../db/schema.ts';
import type { Comment, CommentStatus, CommentType, PublicComment, StatusReason } from './comment.ts';

export type CommentRow = Selectable<CommentsTable>;

/** Domain object from a row. */
export function toComment(r: CommentRow): Comment {
  let reasons: StatusReason[] = [];
  try {
    reasons = JSON.parse(r.reasons) as StatusReason[];
  } catch {
    // unreadable reasons are just not shown
  }
  return {
    id: r.id,
    articleId: r.article_id,
    parentId: r.parent_id,
    type: r.type as CommentType,
    status: r.status as CommentStatus,
    authorName: r.author_name,
    authorEmail: r.author_email,
    authorUrl: r.author_url,
    authorUserId: r.author_user_id,
    ip: r.ip,
    userAgent: r.user_agent,
    content: r.content,
    reasons,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    approvedAt: r.approved_at,
  };
}

/** The columns of a comment anyone may see. */
export const publicColumns = [
  'id',
  'article_id',
  'parent_id',
  'status',
  'author_name',
  'author_url',
  'content',
  'created_at',
] as const;

type PublicRow = Pick<CommentRow, (typeof publicColumns)[number]>;

/**
 * The public columns of one article's approved comments, less the two the query fixes (article
 * and status): the thread under a popular article is hundreds of rows, read on every render.
 */
export const approvedThreadColumns = publicColumns.filter(
  (c): c is Exclude<(typeof publicColumns)[number], 'article_id' | 'status'> =>
    c !== 'article_id' && c !== 'status',
);

/** A row of an approved thread (approvedThreadColumns). */
export type ApprovedThreadRow = Pick<CommentRow, (typeof approvedThreadColumns)[number]>;

/**
 * The public fields of a row whose article and status are given. Built as one literal: copying
 * the row first (`{ ...row, article_id, status }`) made each of a 500-comment thread's objects
 * about a hundred times slower to build (0.8 ms per page).
 */
const publicFrom = (
  r: Pick<CommentRow, (typeof approvedThreadColumns)[number]>,
  articleId: number,
  status: CommentStatus,
): PublicComment => ({
  id: r.id,
  articleId,
  parentId: r.parent_id,
  status,
  authorName: r.author_name,
  authorUrl: r.author_url,
  content: r.content,
  createdAt: r.created_at,
});

/** An approved comment of `articleId` from a row of approvedThreadColumns. */
export const toApprovedPublic = (
  articleId: number,
  r: Pick<CommentRow, (typeof approvedThreadColumns)[number]>,
): PublicComment => publicFrom(r, articleId, 'approved');

/** Public fields only: the email, IP and user agent are never selected with publicColumns. */
export const toPublic = (r: PublicRow): PublicComment =>
  publicFrom(r, r.article_id, r.status as CommentStatus);
