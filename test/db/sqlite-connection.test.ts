// SQLite-only: the settings every Silkpress connection runs with (PostgreSQL has no equivalent).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type BetterSqlite3 from 'better-sqlite3';
import { SqliteDriver } from '../../src/db/sqlite-driver.ts';
import { openDatabase } from '../../src/db/create-db.ts';

describe('SQLite connection settings', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'silkpress-sqlite-settings-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs in WAL mode with foreign keys, a busy timeout and temporary b-trees in memory', async () => {
    const handle = openDatabase(`sqlite:${join(dir, 'site.db')}`);
    try {
      const pragma = async (name: string) =>
        Object.values((await sql.raw(`PRAGMA ${name}`).execute(handle.db)).rows[0] as object)[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(5000);
      expect(await pragma('synchronous')).toBe(1); // NORMAL
      // 2 = MEMORY: a GROUP BY or ORDER BY without an index never opens a temporary file.
      expect(await pragma('temp_store')).toBe(2);
      // SQLite's own page cache: 4 MB (a negative cache_size is KiB), not the driver's 16 MB.
      expect(await pragma('cache_size')).toBe(-4096);
    } finally {
      await handle.close();
    }
  });

  it('gives a content version that moves with every change of the content, from either connection', async () => {
    const url = `sqlite:${join(dir, 'site.db')}`;
    const one = openDatabase(url, undefined, undefined, { walCheckpoints: false });
    const other = openDatabase(url, undefined, undefined, { walCheckpoints: false });
    try {
      await sql`CREATE TABLE notes (id integer PRIMARY KEY, text text NOT NULL)`.execute(one.db);
      const version = () => one.dialect.contentVersion();
      const start = version();
      expect(start).not.toBeNull();
      await sql`SELECT count(*) FROM notes`.execute(one.db);
      await sql`SELECT count(*) FROM notes`.execute(other.db);
      expect(version()).toBe(start);
      await sql`INSERT INTO notes (text) VALUES ('mine')`.execute(one.db);
      const afterMine = version();
      expect(afterMine).not.toBe(start);
      await sql`INSERT INTO notes (text) VALUES ('theirs')`.execute(other.db);
      const afterTheirs = version();
      expect(afterTheirs).not.toBe(afterMine);
      await sql`UPDATE notes SET text = 'changed' WHERE text = 'theirs'`.execute(other.db);
      expect(version()).not.toBe(afterTheirs);
    } finally {
      await other.close();
      await one.close();
    }
  });

  it('takes the SQLite page cache size it is given (SQLITE_CACHE_MB)', async () => {
    const handle = openDatabase(`sqlite:${join(dir, 'site.db')}`, undefined, undefined, {
      sqliteCacheBytes: 32 * 1024 * 1024,
    });
    try {
      const rows = (await sql.raw('PRAGMA cache_size').execute(handle.db)).rows;
      expect(Object.values(rows[0] as object)[0]).toBe(-32768);
    } finally {
      await handle.close();
    }
  });

  it('keeps planner statistics without STAT4 samples, on opening and after the periodic refresh', async () => {
    const file = join(dir, 'site.db');
    // A database analysed by a SQLite built with STAT4 (as better-sqlite3 is): samples present.
    const raw = new SqliteDriver(file);
    raw.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT, v INTEGER); CREATE INDEX t_k ON t (k, v)');
    const insert = raw.prepare('INSERT INTO t (k, v) VALUES (?, ?)');
    for (let i = 0; i < 500; i++) insert.run(`key-${i % 7}`, i);
    raw.exec('ANALYZE');
    const count = (db: BetterSqlite3.Database, table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count(raw, 'sqlite_stat4')).toBeGreaterThan(0);
    raw.close();

    const handle = openDatabase(`sqlite:${file}`);
    const check = new SqliteDriver(file, { readonly: true });
    try {
      expect(count(check, 'sqlite_stat4')).toBe(0);
      expect(count(check, 'sqlite_stat1')).toBeGreaterThan(0);
      // The statistics job analyses again (here forced) and removes the new samples too.
      await sql`ANALYZE`.execute(handle.db);
      expect(count(check, 'sqlite_stat4')).toBeGreaterThan(0);
      await handle.dialect.optimize(handle.db);
      expect(count(check, 'sqlite_stat4')).toBe(0);
      expect(count(check, 'sqlite_stat1')).toBeGreaterThan(0);
      // A fresh database has no statistics tables yet: opening it works all the same.
      const fresh = openDatabase(`sqlite:${join(dir, 'fresh.db')}`);
      await fresh.close();
    } finally {
      check.close();
      await handle.close();
    }
  });
});
