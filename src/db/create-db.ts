// Opens the database named by DATABASE_URL: SQLite (embedded default) or PostgreSQL.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import pg from 'pg';
import { type Dialect, postgresDialect, sqliteDialect } from './dialect.ts';
import type { Database } from './schema.ts';
import { SAFETY_NET_PAGES, startCheckpointer } from './sqlite-checkpointer.ts';

/** An open database: the Kysely handle plus its dialect helpers. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}

/** Turns `sqlite:./data/x.db` into a file path (`sqlite::memory:` stays in memory). */
export function sqlitePath(url: string): string {
  const path = url.replace(/^sqlite:(\/\/)?/, '');
  return path === ':memory:' ? path : resolve(path);
}

/**
 * Opens SQLite (WAL, foreign keys on) or a PostgreSQL pool depending on the URL. `onIdleError`
 * hears errors of background connections: idle pooled PostgreSQL connections (server restart,
 * connection terminated by an administrator: the pool drops such a connection and the next query
 * opens a new one, but an unheard pool 'error' event would crash the process) and SQLite's
 * background checkpointer (a failed checkpoint is retried by the next one).
 */
export function openDatabase(url: string, onIdleError: (err: unknown) => void = () => {}): DatabaseHandle {
  if (url.startsWith('sqlite:')) {
    const path = sqlitePath(url);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const sqlite = new BetterSqlite3(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    // Planner statistics for tables that lack them (a no-op when they are current).
    sqlite.pragma('optimize = 0x10002');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    if (path === ':memory:') return { db, dialect: sqliteDialect(), close: () => db.destroy() };
    // Checkpoints (and their fsync) run in a worker thread, not inside a commit on this one.
    sqlite.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
    const checkpointer = startCheckpointer(path, { onError: onIdleError });
    return {
      db,
      dialect: sqliteDialect(),
      close: async () => {
        await db.destroy();
        await checkpointer.close();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', onIdleError);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: postgresDialect(url), close: () => db.destroy() };
}

/**
 * Kysely prepares every query afresh; better-sqlite3 statements can be reused, which saves a
 * parse and plan per query. Streaming (`iterate`) gets its own statement so a half-read cursor
 * never blocks a cached one.
 */
export function withStatementCache(sqlite: BetterSqlite3.Database, max = 500): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const statement = (sql: string): BetterSqlite3.Statement => {
    let stmt = cache.get(sql);
    if (stmt) return stmt;
    stmt = sqlite.prepare(sql);
    if (cache.size >= max) cache.delete(cache.keys().next().value as string);
    cache.set(sql, stmt);
    return stmt;
  };
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      const stmt = statement(sql);
      return {
        reader: stmt.reader,
        all: (parameters) => stmt.all(parameters as unknown[]),
        run: (parameters) => stmt.run(parameters as unknown[]),
        iterate: (parameters) => sqlite.prepare(sql).iterate(parameters as unknown[]),
      };
    },
  };
}
