// Writing comments (Kysely, both dialects): inserts with their first history entry and the link
// to their spam verdict, status changes that record who made them, moderators' edits, and deletes.
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../db/dialect.ts';
import type { Database } from '../db/schema.ts';
import type { Comment, CommentStatus, CommentType, StatusReason } from './comment.ts';
import { toComment } from './comment-rows.ts';

/** A new comment after the rules decided its status. */
export interface NewComment {
  articleId: number;
  parentId: number | null;
  type?: CommentType;
  status: CommentStatus;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  authorUserId?: number | null;
  ip: string | null;
  userAgent: string | null;
  content: string;
  dedupeKey: string | null;
  reasons: StatusReason[];
  /** The stored spam verdict of this comment, linked to it in the same transaction. */
  spamVerdictId?: number | null;
}

/** Who changed a status (a user, or the system's rules). */
export interface Actor {
  userId: number | null;
  name: string;
}

/** Thrown by insert when the same text by the same author is already on the article. */
export class DuplicateCommentError extends Error {
  constructor() {
    super('duplicate comment');
    this.name = 'DuplicateCommentError';
  }
}

/** The comment writes of CommentRepo, each in one transaction where it touches two tables. */
export class CommentWriteRepo {
  constructor(protected readonly db: Kysely<Database>) {}

  /** Stores a comment and its first history entry; throws DuplicateCommentError on a race. */
  async insert(c: NewComment, actor: Actor, now: Date): Promise<number> {
    const stamp = now.toISOString();
    try {
      return await this.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('comments')
          .values({
            article_id: c.articleId,
            parent_id: c.parentId,
            type: c.type ?? 'comment',
            status: c.status,
            author_name: c.authorName,
            author_email: c.authorEmail,
            author_url: c.authorUrl,
            author_user_id: c.authorUserId ?? null,
            ip: c.ip,
            user_agent: c.userAgent,
            content: c.content,
            dedupe_key: c.status === 'trash' ? null : c.dedupeKey,
            reasons: JSON.stringify(c.reasons),
            created_at: stamp,
            updated_at: stamp,
            approved_at: c.status === 'approved' ? stamp : null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('comment_status_history')
          .values({
            comment_id: row.id,
            from_status: null,
            to_status: c.status,
            actor_user_id: actor.userId,
            actor_name: actor.name,
            note: c.reasons.map((r) => (r.detail ? `${r.code}: ${r.detail}` : r.code)).join(', '),
            created_at: stamp,
          })
          .execute();
        // The verdict was stored before the comment; the link commits with the comment, so no
        // stored comment is ever without its verdict (issue 13).
        if (c.spamVerdictId != null)
          await trx
            .updateTable('spam_verdicts')
            .set({ comment_id: row.id })
            .where('id', '=', c.spamVerdictId)
            .execute();
        return row.id;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new DuplicateCommentError();
      throw err;
    }
  }

  /** Forgets a comment's first approval (an undone approval whose mail never left). */
  async clearApprovedAt(id: number): Promise<void> {
    await this.db.updateTable('comments').set({ approved_at: null }).where('id', '=', id).execute();
  }

  /**
   * Moves a comment from `from` to `to` if it is still in `from` (a concurrent moderator's
   * change wins otherwise); records who did it. Returns false when nothing changed.
   */
  async changeStatus(
    id: number,
    from: CommentStatus,
    to: CommentStatus,
    actor: Actor,
    now: Date,
    options: { note?: string } = {},
  ): Promise<boolean> {
    const stamp = now.toISOString();
    return this.db.transaction().execute(async (trx) => {
      const current = await trx
        .selectFrom('comments')
        .select(['article_id', 'author_email', 'content', 'approved_at'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!current) return false;
      const result = await trx
        .updateTable('comments')
        .set({
          status: to,
          updated_at: stamp,
          ...(to === 'approved' && !current.approved_at ? { approved_at: stamp } : {}),
          // Trashed comments free their duplicate key so the author may post the text again.
          ...(to === 'trash' ? { dedupe_key: null } : {}),
        })
        .where('id', '=', id)
        .where('status', '=', from)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await trx
        .insertInto('comment_status_history')
        .values({
          comment_id: id,
          from_status: from,
          to_status: to,
          actor_user_id: actor.userId,
          actor_name: actor.name,
          ...(options.note ? { note: options.note } : {}),
          created_at: stamp,
        })
        .execute();
      return true;
    });
  }

  /** Deletes a comment for good; its replies move up to its parent. */
  async deletePermanently(id: number): Promise<Comment | null> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      await trx
        .updateTable('comments')
        .set({ parent_id: row.parent_id })
        .where('parent_id', '=', id)
        .execute();
      await trx.deleteFrom('comments').where('id', '=', id).execute();
      return toComment(row);
    });
  }

  /** Replaces a comment's text and author fields (a moderator's edit). */
  async updateContent(
    id: number,
    fields: { content: string; authorName: string; authorUrl: string | null },
    now: Date,
  ): Promise<void> {
    await this.db
      .updateTable('comments')
      .set({
        content: fields.content,
        author_name: fields.authorName,
        author_url: fields.authorUrl,
        updated_at: now.toISOString(),
      })
      .where('id', '=', id)
      .execute();
  }
}
