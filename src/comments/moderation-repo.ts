// What the moderation console reads: comments filtered by status, article, author, email, IP
// or text; counts per status; each comment's status history; a commenter's record.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Comment, CommentStatus } from './comment.ts';
import { toComment } from './comment-rows.ts';

/** Filters of the console list. */
export interface ConsoleFilter {
  status?: CommentStatus;
  articleId?: number;
  /** Only comments on articles by this author (for authors moderating their own posts). */
  articleAuthorId?: number;
  author?: string;
  email?: string;
  ip?: string;
  search?: string;
  /** Only comments whose spam verdict gives this reason code (see src/spam/verdict.ts). */
  spamReason?: string;
  limit: number;
  offset: number;
}

/** A console row: the comment with its article's title and slug. */
export interface ConsoleComment extends Comment {
  articleTitle: string;
  articleSlug: string;
  articleAuthorId: number;
}

/** One entry of a comment's status history. */
export interface StatusChange {
  fromStatus: string | null;
  toStatus: string;
  actorName: string;
  actorUserId: number | null;
  note: string;
  createdAt: string;
}

/** What moderators see about a commenter (by email). */
export interface CommenterRecord {
  total: number;
  approved: number;
  firstSeen: string | null;
  approvalRate: number | null;
  recent: ConsoleComment[];
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Kysely implementation of the console's queries. */
export class ModerationRepo {
  constructor(private readonly db: Kysely<Database>) {}

  private base(f: Omit<ConsoleFilter, 'limit' | 'offset' | 'status'>) {
    let q = this.db.selectFrom('comments as c').innerJoin('articles as a', 'a.id', 'c.article_id');
    if (f.articleId !== undefined) q = q.where('c.article_id', '=', f.articleId);
    if (f.articleAuthorId !== undefined) q = q.where('a.author_id', '=', f.articleAuthorId);
    if (f.author) q = q.where('c.author_name', '=', f.author);
    if (f.email) q = q.where('c.author_email', '=', f.email.trim().toLowerCase());
    if (f.ip) q = q.where('c.ip', '=', f.ip.trim());
    if (f.spamReason) {
      const like = `%"code":"${escapeLike(f.spamReason)}"%`;
      q = q.where((eb) =>
        eb(
          'c.id',
          'in',
          eb
            .selectFrom('spam_verdicts as v')
            .select('v.comment_id')
            .where(sql<boolean>`v.reasons LIKE ${like} ESCAPE '\\'`),
        ),
      );
    }
    if (f.search) {
      const like = `%${escapeLike(f.search.toLowerCase())}%`;
      // An explicit ESCAPE: SQLite has no default escape character for LIKE.
      q = q.where(
        sql<boolean>`(lower(c.content) LIKE ${like} ESCAPE '\\' OR lower(c.author_name) LIKE ${like} ESCAPE '\\' OR lower(c.author_email) LIKE ${like} ESCAPE '\\')`,
      );
    }
    return q;
  }

  /** A page of comments (newest first) and the total matching. */
  async list(f: ConsoleFilter): Promise<{ items: ConsoleComment[]; total: number }> {
    let q = this.base(f);
    if (f.status) q = q.where('c.status', '=', f.status);
    const [rows, count] = await Promise.all([
      q
        .selectAll('c')
        .select(['a.title as article_title', 'a.slug as article_slug', 'a.author_id as article_author_id'])
        .orderBy('c.created_at', 'desc')
        .orderBy('c.id', 'desc')
        .limit(f.limit)
        .offset(f.offset)
        .execute(),
      q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
    ]);
    return {
      items: rows.map((r) => ({
        ...toComment(r),
        articleTitle: r.article_title,
        articleSlug: r.article_slug,
        articleAuthorId: r.article_author_id,
      })),
      total: Number(count?.n ?? 0),
    };
  }

  /** How many comments each status holds (under the same non-status filters). */
  async countByStatus(
    f: Omit<ConsoleFilter, 'limit' | 'offset' | 'status'>,
  ): Promise<Record<CommentStatus, number>> {
    const rows = await this.base(f)
      .select(['c.status', (eb) => eb.fn.countAll<number | string>().as('n')])
      .groupBy('c.status')
      .execute();
    const out: Record<CommentStatus, number> = { pending: 0, approved: 0, spam: 0, trash: 0 };
    for (const r of rows) if (r.status in out) out[r.status as CommentStatus] = Number(r.n);
    return out;
  }

  /** Every status change of a comment, oldest first. */
  async history(commentId: number): Promise<StatusChange[]> {
    const rows = await this.db
      .selectFrom('comment_status_history')
      .selectAll()
      .where('comment_id', '=', commentId)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      fromStatus: r.from_status,
      toStatus: r.to_status,
      actorName: r.actor_name,
      actorUserId: r.actor_user_id,
      note: r.note,
      createdAt: r.created_at,
    }));
  }

  /** The status a comment had before it was last trashed (for restore). */
  async statusBeforeTrash(commentId: number): Promise<CommentStatus | null> {
    const row = await this.db
      .selectFrom('comment_status_history')
      .select('from_status')
      .where('comment_id', '=', commentId)
      .where('to_status', '=', 'trash')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return (row?.from_status as CommentStatus | null | undefined) ?? null;
  }

  /** A commenter's record by email: totals, first seen, approval rate, latest comments. */
  async commenter(email: string, limit = 10): Promise<CommenterRecord> {
    const normalised = email.trim().toLowerCase();
    const stats = await this.db
      .selectFrom('comments')
      .select([
        (eb) => eb.fn.countAll<number | string>().as('total'),
        (eb) => eb.fn.min('created_at').as('first_seen'),
      ])
      .where('author_email', '=', normalised)
      .executeTakeFirst();
    const approvedRow = await this.db
      .selectFrom('comments')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('author_email', '=', normalised)
      .where('status', '=', 'approved')
      .executeTakeFirst();
    const total = Number(stats?.total ?? 0);
    const approved = Number(approvedRow?.n ?? 0);
    const recent = await this.list({ email: normalised, limit, offset: 0 });
    return {
      total,
      approved,
      firstSeen: stats?.first_seen ?? null,
      approvalRate: total > 0 ? approved / total : null,
      recent: recent.items,
    };
  }
}
