// What the moderation console reads: comments filtered by status, article, author, email, IP,
// text or spam score, newest first or most likely spam first; counts per status; each comment's
// status history; a commenter's record, and many commenters' approved/spam counts at once.
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
  /** Only comments whose latest spam verdict scored at least this (0..1). */
  minScore?: number;
  /** Newest first (the default), or most likely spam first (by the latest verdict's score). */
  order?: 'newest' | 'spam-score';
  limit: number;
  offset: number;
}

/** A console row: the comment with its article's title and slug. */
export interface ConsoleComment extends Comment {
  articleTitle: string;
  articleSlug: string;
  articleAuthorId: number;
  /** The latest spam verdict's probability (0..1), null when the comment has no verdict. */
  spamScore: number | null;
}

/** What a commenter (one email address) has behind them: approved and spam comments. */
export interface CommenterCounts {
  approved: number;
  spam: number;
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

  private base(f: Omit<ConsoleFilter, 'limit' | 'offset' | 'status' | 'order'>) {
    // Each comment's latest verdict (a re-check adds a row with a larger id), found by index.
    let q = this.db
      .selectFrom('comments as c')
      .innerJoin('articles as a', 'a.id', 'c.article_id')
      .leftJoin('spam_verdicts as sv', (join) =>
        join.on((eb) =>
          eb(
            'sv.id',
            '=',
            eb
              .selectFrom('spam_verdicts as v2')
              .select((e) => e.fn.max('v2.id').as('latest'))
              .whereRef('v2.comment_id', '=', 'c.id'),
          ),
        ),
      );
    if (f.minScore !== undefined) q = q.where('sv.score', '>=', f.minScore);
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
    const ordered =
      f.order === 'spam-score'
        ? // No verdict sorts last on both databases (NULL sorts differently in each); oldest first.
          q
            .orderBy(sql`coalesce(sv.score, -1)`, 'desc')
            .orderBy('c.created_at', 'asc')
            .orderBy('c.id', 'asc')
        : q.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc');
    const [rows, count] = await Promise.all([
      ordered
        .selectAll('c')
        .select([
          'a.title as article_title',
          'a.slug as article_slug',
          'a.author_id as article_author_id',
          'sv.score as spam_score',
        ])
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
        spamScore: r.spam_score === null ? null : Number(r.spam_score),
      })),
      total: Number(count?.n ?? 0),
    };
  }

  /** How many comments each status holds (under the same non-status filters). */
  async countByStatus(
    f: Omit<ConsoleFilter, 'limit' | 'offset' | 'status' | 'order'>,
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

  /** How many comments wait for a moderator, and since when the oldest waits. */
  async pendingSummary(
    f: Pick<ConsoleFilter, 'articleAuthorId'>,
  ): Promise<{ count: number; oldestAt: string | null }> {
    let q = this.db
      .selectFrom('comments as c')
      .innerJoin('articles as a', 'a.id', 'c.article_id')
      .where('c.status', '=', 'pending');
    if (f.articleAuthorId !== undefined) q = q.where('a.author_id', '=', f.articleAuthorId);
    const row = await q
      .select([
        (eb) => eb.fn.countAll<number | string>().as('n'),
        (eb) => eb.fn.min('c.created_at').as('oldest'),
      ])
      .executeTakeFirst();
    return { count: Number(row?.n ?? 0), oldestAt: row?.oldest ?? null };
  }

  /** The latest status change of a comment, or null when it has none. */
  async lastChange(commentId: number): Promise<StatusChange | null> {
    const rows = await this.db
      .selectFrom('comment_status_history')
      .selectAll()
      .where('comment_id', '=', commentId)
      .orderBy('id', 'desc')
      .limit(1)
      .execute();
    const r = rows[0];
    return r
      ? {
          fromStatus: r.from_status,
          toStatus: r.to_status,
          actorName: r.actor_name,
          actorUserId: r.actor_user_id,
          note: r.note,
          createdAt: r.created_at,
        }
      : null;
  }

  /** Approved and spam comments of each of these commenters (by email), in one query. */
  async countsByEmail(emails: string[]): Promise<Map<string, CommenterCounts>> {
    const wanted = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
    const out = new Map<string, CommenterCounts>(wanted.map((e) => [e, { approved: 0, spam: 0 }]));
    if (wanted.length === 0) return out;
    const rows = await this.db
      .selectFrom('comments')
      .select(['author_email', 'status', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('author_email', 'in', wanted)
      .where('status', 'in', ['approved', 'spam'])
      .groupBy(['author_email', 'status'])
      .execute();
    for (const r of rows) {
      const counts = out.get(r.author_email);
      if (counts && (r.status === 'approved' || r.status === 'spam')) counts[r.status] = Number(r.n);
    }
    return out;
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
