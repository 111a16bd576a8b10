// Comments in the database (Kysely, both dialects): the public thread, the rules' lookups
// (history, flood, duplicates), and the writes of comment-write-repo.ts, as one repository.
import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { Dialect } from '../db/dialect.ts';
import { KeptByVersion } from '../db/kept-by-version.ts';
import { cacheEntryBytes, objectBytes, stringBytes } from '../kernel/heap-bytes.ts';
import { literalLimit, QueryTemplates } from '../db/query-template.ts';
import type { Database } from '../db/schema.ts';
import type { Comment, PublicComment } from './comment.ts';
import {
  type ApprovedThreadRow,
  approvedThreadColumns,
  publicColumns,
  toApprovedPublic,
  toComment,
  toPublic,
} from './comment-rows.ts';
import { CommentWriteRepo } from './comment-write-repo.ts';

/** What threading and paging need of a comment. */
export interface CommentOutline {
  id: number;
  parentId: number | null;
  createdAt: string;
}

/**
 * Approved threads kept between reads, at most this many bytes in all (threadBytes): the 500 rows
 * of a long thread were half a millisecond of every cache-off render of its page (about 300 KB
 * kept), and an article without comments still takes an entry (bounded by rows, 5,000 of those
 * counted one row each).
 */
const KEPT_THREAD_BYTES = 2 * 1024 * 1024;

/** Bytes a kept thread holds: its cache entry, the list, and each row with its texts. */
function threadBytes(key: string, rows: readonly ApprovedThreadRow[]): number {
  let bytes = cacheEntryBytes(key) + objectBytes(rows.length);
  for (const r of rows)
    bytes +=
      objectBytes(approvedThreadColumns.length) +
      stringBytes(r.author_name) +
      stringBytes(r.author_url) +
      stringBytes(r.content) +
      stringBytes(r.created_at);
  return bytes;
}

/**
 * Kysely implementation of comment storage: the reads here, the writes inherited from
 * CommentWriteRepo (inserts, status changes, edits, deletes).
 */
export class CommentRepo extends CommentWriteRepo {
  /** The thread query of every article page, compiled once (see db/query-template.ts). */
  private readonly templates = new QueryTemplates();
  /**
   * Approved threads by article (and limit), reused while the database content is the same
   * (Dialect.contentVersion; a dialect without one, or none given, reads every time).
   */
  private readonly threads: KeptByVersion<string, readonly ApprovedThreadRow[]>;

  constructor(
    db: Kysely<Database>,
    dialect: Pick<Dialect, 'contentVersion'> = { contentVersion: () => null },
  ) {
    super(db);
    this.threads = new KeptByVersion(
      dialect,
      new LRUCache({
        maxSize: KEPT_THREAD_BYTES,
        sizeCalculation: (kept, key) => threadBytes(key, kept.value),
      }),
    );
  }

  /** One comment with its private fields, or null. */
  async findById(id: number): Promise<Comment | null> {
    const row = await this.db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toComment(row) : null;
  }

  /** Several comments by id (any status), in id order. */
  async findByIds(ids: number[]): Promise<Comment[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('comments')
      .selectAll()
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
    return rows.map(toComment);
  }

  /**
   * Every approved comment of an article, oldest first (threading and paging happen above), or
   * the first `limit` of them.
   */
  async listApproved(articleId: number, limit?: number): Promise<PublicComment[]> {
    const thread = (article: number) =>
      this.db
        .selectFrom('comments')
        .select(approvedThreadColumns)
        .where('article_id', '=', article)
        .where('status', '=', 'approved')
        .orderBy('created_at')
        .orderBy('id');
    const version = this.threads.version();
    const key = `${articleId}:${limit ?? 'all'}`;
    let rows = this.threads.get(key, version);
    if (rows === undefined) {
      rows =
        limit === undefined
          ? await this.templates.rows(this.db, 'approved', [articleId], ([article]) => thread(article))
          : await this.templates.rows(this.db, `approved-limited:${limit}`, [articleId], ([article]) =>
              thread(article).limit(literalLimit(limit)),
            );
      this.threads.set(key, version, rows);
    }
    return rows.map((r) => toApprovedPublic(articleId, r));
  }

  /** Id, parent and time of every approved comment of an article (enough to thread and page). */
  async listApprovedOutline(articleId: number): Promise<CommentOutline[]> {
    const rows = await this.db
      .selectFrom('comments')
      .select(['id', 'parent_id', 'created_at'])
      .where('article_id', '=', articleId)
      .where('status', '=', 'approved')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, parentId: r.parent_id, createdAt: r.created_at }));
  }

  /** The public fields of these comments of an article (any status; the caller chose them). */
  async findPublicByIds(articleId: number, ids: number[]): Promise<PublicComment[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('comments')
      .select(publicColumns)
      .where('article_id', '=', articleId)
      .where('id', 'in', ids)
      .execute();
    return rows.map(toPublic);
  }

  /** The given comments of an article that still await moderation (for their author only). */
  async listPendingByIds(articleId: number, ids: number[]): Promise<PublicComment[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('comments')
      .select(publicColumns)
      .where('article_id', '=', articleId)
      // Spam is shown to its author like a held comment, so spammers learn nothing.
      .where('status', 'in', ['pending', 'spam'])
      .where('id', 'in', ids.slice(0, 100))
      .execute();
    return rows.map(toPublic);
  }

  /** The newest approved comments, site-wide or of one article (for feeds). */
  async listLatestApproved(limit: number, articleIds?: number[]): Promise<PublicComment[]> {
    let q = this.db.selectFrom('comments').select(publicColumns).where('status', '=', 'approved');
    if (articleIds) {
      if (articleIds.length === 0) return [];
      q = q.where('article_id', 'in', articleIds);
    }
    const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map(toPublic);
  }

  /** Approved comment counts for these articles (missing ids have 0). */
  async countApproved(articleIds: number[]): Promise<Map<number, number>> {
    const out = new Map<number, number>();
    if (articleIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('comments')
      .select(['article_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('article_id', 'in', articleIds)
      .where('status', '=', 'approved')
      .groupBy('article_id')
      .execute();
    for (const r of rows) out.set(r.article_id, Number(r.n));
    return out;
  }

  /** Earlier comments with this email AND name, by status (for "first-time commenter"). */
  async commenterHistory(email: string, name: string): Promise<{ approved: number; spam: number }> {
    const rows = await this.db
      .selectFrom('comments')
      .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('author_email', '=', email)
      .where('author_name', '=', name)
      .groupBy('status')
      .execute();
    const of = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
    return { approved: of('approved'), spam: of('spam') };
  }

  /** Comments since `since` from this IP and this email. */
  async recentCounts(
    ip: string | null,
    email: string,
    since: Date,
  ): Promise<{ sameIp: number; sameEmail: number }> {
    const count = async (column: 'ip' | 'author_email', value: string) =>
      Number(
        (
          await this.db
            .selectFrom('comments')
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .where(column, '=', value)
            .where('created_at', '>=', since.toISOString())
            .executeTakeFirst()
        )?.n ?? 0,
      );
    const [sameIp, sameEmail] = await Promise.all([ip ? count('ip', ip) : 0, count('author_email', email)]);
    return { sameIp, sameEmail };
  }

  /** When this IP and this email last commented (ISO), for flood control. */
  async lastCommentTimes(
    ip: string | null,
    email: string,
  ): Promise<{ lastFromIp: string | null; lastFromEmail: string | null }> {
    const latest = async (column: 'ip' | 'author_email', value: string) =>
      (
        await this.db
          .selectFrom('comments')
          .select((eb) => eb.fn.max('created_at').as('t'))
          .where(column, '=', value)
          .where('author_user_id', 'is', null)
          .executeTakeFirst()
      )?.t ?? null;
    const [lastFromIp, lastFromEmail] = await Promise.all([
      ip ? latest('ip', ip) : null,
      latest('author_email', email),
    ]);
    return { lastFromIp, lastFromEmail };
  }

  /** True when a comment with this duplicate key exists (outside the trash). */
  async duplicateExists(dedupeKey: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('comments')
      .select('id')
      .where('dedupe_key', '=', dedupeKey)
      .executeTakeFirst();
    return row !== undefined;
  }
}
