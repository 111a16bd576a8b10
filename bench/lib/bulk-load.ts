// Fast inserts through the real ArticleRepo.create: a better-sqlite3 connection whose statements
// are cached and whose per-article transactions join one outer transaction per batch.
import type BetterSqlite3 from 'better-sqlite3';
import { SqliteDriver } from '../../src/db/sqlite-driver.ts';
import { Kysely, type SqliteDatabase, SqliteDialect, type SqliteStatement } from 'kysely';
import { ArticleRepo } from '../../src/content/article-repo.ts';
import type { ArticleInput } from '../../src/content/article-storage.ts';
import { sqliteDialect } from '../../src/db/dialect.ts';
import type { Database } from '../../src/db/schema.ts';

/** Timings of a bulk insert. */
export interface BulkLoadResult {
  articles: number;
  /** Seconds spent inside ArticleRepo.create and the batch commits. */
  insertSeconds: number;
  /** Seconds spent waiting for the next batch of inputs. */
  waitSeconds: number;
}

const TRANSACTION_CONTROL = new Set(['begin', 'commit', 'rollback']);
const noop: SqliteStatement = {
  reader: false,
  all: () => [],
  run: () => ({ changes: 0, lastInsertRowid: 0 }),
  iterate: () => [][Symbol.iterator](),
};

/** Wraps a connection so Kysely's begin/commit are no-ops while `batch` holds a transaction. */
function batchingConnection(sqlite: BetterSqlite3.Database) {
  const statements = new Map<string, SqliteStatement>();
  let batching = false;
  const database: SqliteDatabase = {
    close: () => sqlite.close(),
    prepare(sql) {
      if (batching && TRANSACTION_CONTROL.has(sql.toLowerCase())) return noop;
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = sqlite.prepare(sql) as unknown as SqliteStatement));
      return statement;
    },
  };
  const batch = async (work: () => Promise<void>): Promise<void> => {
    sqlite.exec('BEGIN');
    batching = true;
    try {
      await work();
      batching = false;
      sqlite.exec('COMMIT');
    } catch (err) {
      batching = false;
      sqlite.exec('ROLLBACK');
      throw err;
    }
  };
  return { database, batch };
}

/** Inserts every batch into the SQLite database at `path`, one transaction per batch; `analyze` runs ANALYZE after. */
export async function bulkInsertArticles(
  path: string,
  batches: AsyncIterable<ArticleInput[]>,
  options: { now?: Date; analyze?: boolean } = {},
): Promise<BulkLoadResult> {
  const now = options.now ?? new Date();
  const sqlite = new SqliteDriver(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  const { database, batch } = batchingConnection(sqlite);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  const repo = new ArticleRepo(db, sqliteDialect());
  let articles = 0;
  let insertMs = 0;
  let waitMs = 0;
  try {
    let waitStart = performance.now();
    for await (const inputs of batches) {
      const start = performance.now();
      waitMs += start - waitStart;
      await batch(async () => {
        for (const input of inputs) await repo.create(input, now);
      });
      articles += inputs.length;
      waitStart = performance.now();
      insertMs += waitStart - start;
    }
    if (options.analyze) sqlite.exec('ANALYZE');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    await db.destroy();
  }
  return { articles, insertSeconds: insertMs / 1000, waitSeconds: waitMs / 1000 };
}
