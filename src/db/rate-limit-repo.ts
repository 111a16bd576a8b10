// Rate-limit windows in the database (migration 012), shared by every instance and kept across
// restarts. A window starts at a bucket's first hit and lasts `windowMs`; within it at most
// `limit` hits are taken. Taking a hit is ONE statement (an upsert that only adds when there is
// room, returning the new count), so concurrent requests on any number of instances are counted
// one by one on both databases: PostgreSQL locks the row for the conflicting upserts, SQLite has
// one writer at a time.
import { type Kysely, sql } from 'kysely';
import { QueryTemplates, type Runner, runOnThread } from './query-template.ts';
import type { Database } from './schema.ts';
import type { WriteThread } from './sqlite-write-thread.ts';

/** A hit taken (with the window it counts in), or refused until `retryAt`. */
export type RateLimitTake =
  { allowed: true; hits: number; windowEndsAt: string } | { allowed: false; retryAt: Date };

/** The bucket operations rate limiters use. */
export interface RateLimitStore {
  take(bucket: string, limit: number, windowMs: number, now: Date, amount?: number): Promise<RateLimitTake>;
  giveBack(bucket: string, windowEndsAt: string): Promise<void>;
  reset(bucket: string): Promise<void>;
  resetPrefix(prefix: string): Promise<void>;
}

/** Kysely implementation of rate-limit buckets. */
export class RateLimitRepo implements RateLimitStore {
  /** The upsert, compiled once: it runs on every Akismet API request that needs a hit. */
  private readonly templates = new QueryTemplates(4);

  /** Where a hit is taken: the database, or a SQLite file's write thread (see the constructor). */
  private readonly taker: Runner;

  /**
   * `thread`: a SQLite file's write thread, which then takes the hits. On the main connection the
   * upsert waited for the write lock whenever the thread was writing a batch of checks: SQLite's
   * busy handler sleeps 1, 2, 5 … ms, holding the event loop (a take of the Akismet API's lease
   * took 0.15-0.4 ms, and one in twenty 5-8 ms, under load). The thread waits there instead.
   */
  constructor(
    private readonly db: Kysely<Database>,
    thread: WriteThread | null = null,
  ) {
    this.taker = thread ? runOnThread(thread, db) : db;
  }

  /**
   * Takes `amount` hits (1, unless an instance takes several at once: http/akismet/key-guard.ts)
   * from `bucket` if its current window has room for all of them.
   */
  async take(bucket: string, limit: number, windowMs: number, now: Date, amount = 1): Promise<RateLimitTake> {
    if (amount < 1 || amount > limit) throw new RangeError(`cannot take ${amount} hits of ${limit}`);
    const stamp = now.toISOString();
    const end = new Date(now.getTime() + windowMs).toISOString();
    const values: [string, number, string, string, number] = [bucket, amount, end, stamp, limit - amount];
    const row = await this.templates.first(this.taker, 'take', values, ([b, n, e, t, room]) => {
      const expired = sql<boolean>`rate_limits.window_ends_at <= ${t}`;
      return this.db
        .insertInto('rate_limits')
        .values({ bucket: b, hits: n, window_ends_at: e })
        .onConflict((oc) =>
          oc
            .column('bucket')
            .doUpdateSet({
              hits: sql<number>`CASE WHEN ${expired} THEN ${n} ELSE rate_limits.hits + ${n} END`,
              window_ends_at: sql<string>`CASE WHEN ${expired} THEN ${e} ELSE rate_limits.window_ends_at END`,
            })
            .where((eb) =>
              eb.or([eb('rate_limits.window_ends_at', '<=', t), eb('rate_limits.hits', '<=', room)]),
            ),
        )
        .returning(['hits', 'window_ends_at']);
    });
    if (row) return { allowed: true, hits: Number(row.hits), windowEndsAt: row.window_ends_at };
    const full = await this.db
      .selectFrom('rate_limits')
      .select('window_ends_at')
      .where('bucket', '=', bucket)
      .executeTakeFirst();
    return { allowed: false, retryAt: new Date(full?.window_ends_at ?? end) };
  }

  /** Returns a hit taken in the window ending at `windowEndsAt` (an attempt that does not count). */
  async giveBack(bucket: string, windowEndsAt: string): Promise<void> {
    await this.db
      .updateTable('rate_limits')
      .set({ hits: sql<number>`hits - 1` })
      .where('bucket', '=', bucket)
      .where('window_ends_at', '=', windowEndsAt)
      .where('hits', '>', 0)
      .execute();
  }

  /** Forgets a bucket. */
  async reset(bucket: string): Promise<void> {
    await this.db.deleteFrom('rate_limits').where('bucket', '=', bucket).execute();
  }

  /** Forgets every bucket whose name starts with `prefix`. */
  async resetPrefix(prefix: string): Promise<void> {
    // substr, not LIKE (whose wildcards could appear in an email) or a range (collation-dependent).
    await this.db
      .deleteFrom('rate_limits')
      .where(sql<string>`substr(bucket, 1, ${prefix.length})`, '=', prefix)
      .execute();
  }

  /** Removes windows that ended before `now`. */
  async deleteExpired(now: Date): Promise<number> {
    const result = await this.db
      .deleteFrom('rate_limits')
      .where('window_ends_at', '<=', now.toISOString())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
