// Opens the database named by DATABASE_URL: SQLite (embedded default) or PostgreSQL.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { BoundedMemo } from '../kernel/bounded-memo.ts';
import { SqliteDriver } from './sqlite-driver.ts';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import { pgDriver } from './pg-driver.ts';
import { type Dialect, postgresDialect, sqliteDialect } from './dialect.ts';
import type { Database } from './schema.ts';
import { type Checkpointer, SAFETY_NET_PAGES, startCheckpointer } from './sqlite-checkpointer.ts';
import { sqliteWriteThread, type WriteThread } from './sqlite-write-thread.ts';
import { optimizeSync } from './sqlite-statistics.ts';
import { type RollbackFailure, withSecondaryRollback } from './secondary-rollback.ts';

/** An open database: the Kysely handle plus its dialect helpers. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /**
   * A SQLite file's write thread for batches of INSERTs off the event loop (sqlite-write-thread.ts;
   * started on its first batch); null for PostgreSQL and SQLite in memory.
   */
  writeThread: WriteThread | null;
  close(): Promise<void>;
}

/** Turns `sqlite:./data/x.db` into a file path (`sqlite::memory:` stays in memory). */
export function sqlitePath(url: string): string {
  const path = url.replace(/^sqlite:(\/\/)?/, '');
  return path === ':memory:' ? path : resolve(path);
}

/** SQLite page cache per connection unless the caller says otherwise (SQLITE_CACHE_MB). */
export const DEFAULT_SQLITE_CACHE_BYTES = 4 * 1024 * 1024;

/**
 * Opens SQLite (WAL, foreign keys on) or a PostgreSQL pool depending on the URL. `onIdleError`
 * hears errors of background connections: idle pooled PostgreSQL connections (server restart,
 * connection terminated by an administrator: the pool drops such a connection and the next query
 * opens a new one, but an unheard pool 'error' event would crash the process) and SQLite's
 * background checkpointer (a failed checkpoint is retried by the next one). `onRollbackError`
 * hears a rollback that failed after a transaction failed: the transaction's own error is the one
 * thrown (secondary-rollback.ts). `walCheckpoints: false` leaves SQLite's background checkpoints to
 * another process (a cluster's primary runs them for its workers: `startWalCheckpoints`).
 */
export function openDatabase(
  url: string,
  onIdleError: (err: unknown) => void = () => {},
  onRollbackError: (failure: RollbackFailure) => void = () => {},
  options: { walCheckpoints?: boolean; sqliteCacheBytes?: number } = {},
): DatabaseHandle {
  if (url.startsWith('sqlite:')) {
    const path = sqlitePath(url);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const sqlite = new SqliteDriver(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    // Sorts and groupings that need a temporary b-tree (GROUP BY, ORDER BY without an index)
    // keep it in memory. In a temporary file (the compiled default) every such query opened a
    // pager whose page cache was allocated and freed again: 15 page faults and ~0.25 ms for the
    // related-articles query on every article page, 0.04 ms in memory. The sets sorted here are
    // small (a thread, a page of results); none comes near the memory a file would save.
    sqlite.pragma('temp_store = MEMORY');
    // SQLite's own page cache, per connection. better-sqlite3 compiles in 16 MB, which a large
    // site fills within minutes of traffic: 16 MB of every worker's memory for pages that the
    // operating system's file cache holds anyway (shared by all processes, given back under
    // pressure). A miss here costs a read from that cache (a few microseconds), not the disk.
    sqlite.pragma(
      `cache_size = ${-Math.round((options.sqliteCacheBytes ?? DEFAULT_SQLITE_CACHE_BYTES) / 1024)}`,
    );
    // Planner statistics for tables that lack them (a no-op when they are current), without
    // STAT4 samples (see sqlite-statistics.ts).
    optimizeSync(sqlite, 0x10002);
    const db = new Kysely<Database>({
      dialect: withSecondaryRollback(new SqliteDialect({ database: withStatementCache(sqlite) }), {
        onRollbackError,
        inTransaction: () => sqlite.inTransaction,
        forceRollback: () => sqlite.exec('ROLLBACK'),
      }),
    });
    const dialect = sqliteDialect(contentVersionOf(sqlite));
    if (path === ':memory:') return { db, dialect, writeThread: null, close: () => db.destroy() };
    // Checkpoints (and their fsync) run in a worker thread, not inside a commit on this one. The
    // safety net stays when another process runs them, in case that process stops doing so.
    sqlite.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
    const checkpointer =
      options.walCheckpoints === false ? null : startCheckpointer(path, { onError: onIdleError });
    const writeThread = sqliteWriteThread(path, { autocheckpointPages: SAFETY_NET_PAGES });
    return {
      db,
      dialect,
      writeThread,
      close: async () => {
        await writeThread.close();
        await db.destroy();
        await checkpointer?.close();
      },
    };
  }
  const pool = new (pgDriver().Pool)({ connectionString: url, max: 10 });
  pool.on('error', onIdleError);
  // A connection lost while a request holds its client (a terminated backend, a server shutdown)
  // also emits 'error' on that client, where the pool listens only while the client is idle; unheard,
  // the event would crash the process. The failure reaches the request through its query (or the
  // next one, "not queryable"), which answers 503, and the pool discards the client on release.
  pool.on('connect', (client) => client.on('error', () => {}));
  // A failed ROLLBACK on PostgreSQL means the connection is gone; the pool discards such a client
  // when it is released, so the next transaction gets a fresh one.
  const db = new Kysely<Database>({
    dialect: withSecondaryRollback(new PostgresDialect({ pool }), { onRollbackError }),
  });
  return { db, dialect: postgresDialect(url), writeThread: null, close: () => db.destroy() };
}

/**
 * Runs SQLite's background checkpoints for processes that open the database with
 * `walCheckpoints: false` (a cluster's workers): one thread in the primary instead of one per
 * worker, each of which holds about 10 MB (docs/scaling.md). Null for PostgreSQL and in-memory
 * SQLite, which have no log to checkpoint. The database file must exist.
 */
export function startWalCheckpoints(
  url: string,
  onError: (err: unknown) => void = () => {},
): Checkpointer | null {
  if (!url.startsWith('sqlite:')) return null;
  const path = sqlitePath(url);
  return path === ':memory:' ? null : startCheckpointer(path, { onError });
}

/**
 * Dialect.contentVersion for one SQLite connection: the rows this connection has changed
 * (`total_changes()`) and `data_version`, which changes when another connection (another worker,
 * a command beside the server) commits a change. SQLite writes no page for an UPDATE that leaves
 * a row as it was, and then neither moves: the content is the same. 1–2 µs a call. A rolled-back
 * transaction leaves `total_changes()` moved though the content is back: harmless to a caller
 * that reads through the database handle, never inside a transaction (Kysely's SQLite driver
 * lends its one connection to a transaction until it ends, so such a read sees committed rows
 * only, and any rows it keeps match the content for as long as the token stays).
 */
function contentVersionOf(sqlite: BetterSqlite3.Database): () => string {
  const statement = sqlite.prepare('SELECT total_changes(), data_version FROM pragma_data_version').raw(true);
  return () => {
    const [changes, version] = statement.get() as [number, number];
    return `${changes}:${version}`;
  };
}

/** Statements that change the schema (the cache is emptied after each). */
const SCHEMA_CHANGE = /^\s*(?:create|drop|alter)\b/i;

/** A cached statement; readers return arrays, turned into row objects by `rowsOf`. */
interface CachedStatement {
  stmt: BetterSqlite3.Statement;
  /** Column names of a reader in raw mode; null when the statement returns row objects itself. */
  columns: string[] | null;
}

/**
 * Row objects from raw rows. better-sqlite3 builds each row object natively, property by
 * property; plain JavaScript objects with the same keys in the same order are about 40% cheaper
 * to make (500 comment rows: 0.68 → 0.42 ms), and the rows are the same (later duplicate names
 * win, as natively).
 */
function rowsOf(raw: unknown[][], columns: string[]): Record<string, unknown>[] {
  const rows = new Array<Record<string, unknown>>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const values = raw[i] as unknown[];
    const row: Record<string, unknown> = {};
    for (let j = 0; j < columns.length; j++) row[columns[j] as string] = values[j];
    rows[i] = row;
  }
  return rows;
}

/**
 * Kysely prepares every query afresh; better-sqlite3 statements can be reused, which saves a
 * parse and plan per query. Readers run in raw mode (see rowsOf), unless a column name could
 * not be an ordinary property (`__proto__`). Streaming (`iterate`) gets its own statement so a
 * half-read cursor never blocks a cached one. A schema change run through it (migrations, the
 * SQLite table rebuild) empties the cache; schema changes come with a deploy, which restarts every
 * process on the database.
 */
export function withStatementCache(sqlite: BetterSqlite3.Database, max = 500): SqliteDatabase {
  // The `max` statements used last are kept (and at most twice as many).
  const cache = new BoundedMemo<string, CachedStatement>(2 * max);
  const statement = (sql: string): CachedStatement => {
    let cached = cache.get(sql);
    if (cached) return cached;
    const stmt = sqlite.prepare(sql);
    let columns: string[] | null = null;
    if (stmt.reader) {
      columns = stmt.columns().map((c) => c.name);
      if (columns.includes('__proto__')) columns = null;
      else stmt.raw(true);
    }
    cached = { stmt, columns };
    cache.set(sql, cached);
    return cached;
  };
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      const { stmt, columns } = statement(sql);
      return {
        reader: stmt.reader,
        all: (parameters) =>
          columns
            ? rowsOf(stmt.all(parameters as unknown[]) as unknown[][], columns)
            : stmt.all(parameters as unknown[]),
        run: (parameters) => {
          const result = stmt.run(parameters as unknown[]);
          // A schema change can reorder the columns a cached reader returns (SQLite re-prepares
          // the statement, but the names were read at prepare time): start afresh after one.
          if (SCHEMA_CHANGE.test(sql)) cache.clear();
          return result;
        },
        iterate: (parameters) => sqlite.prepare(sql).iterate(parameters as unknown[]),
      };
    },
  };
}
