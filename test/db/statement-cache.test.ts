// SQLite-only machinery: the statement cache hands Kysely row objects built from raw rows. They
// must be exactly what better-sqlite3 builds itself.
import type BetterSqlite3 from 'better-sqlite3';
import { SqliteDriver } from '../../src/db/sqlite-driver.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../../src/db/create-db.ts';

describe('statement cache rows', () => {
  let sqlite: BetterSqlite3.Database;
  beforeEach(() => {
    sqlite = new SqliteDriver(':memory:');
    sqlite.exec(`
      CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL, data BLOB, note TEXT);
      INSERT INTO t (name, score, data, note) VALUES ('a', 1.5, x'00ff', NULL), ('б中', -2, NULL, 'x');
    `);
  });
  afterEach(() => sqlite.close());

  it.each([
    'SELECT * FROM t ORDER BY id',
    'SELECT id, name AS label, score * 2 AS doubled, count(*) OVER () AS n FROM t ORDER BY id',
    'SELECT a.id, b.id, a.name FROM t AS a JOIN t AS b ON b.id <> a.id ORDER BY a.id',
    'SELECT 1 AS one WHERE 0',
  ])('gives the same rows as better-sqlite3 for %s', (query) => {
    const db = withStatementCache(sqlite);
    const cached = db.prepare(query);
    expect(cached.reader).toBe(true);
    const native = sqlite.prepare(query).all();
    const rows = cached.all([]);
    expect(rows).toEqual(native);
    // The same keys in the same order.
    expect(rows.map((r) => Object.keys(r as object))).toEqual(native.map((r) => Object.keys(r as object)));
    // Served from the cache the second time, still right.
    expect(db.prepare(query).all([])).toEqual(native);
  });

  it('forgets its statements after a schema change, so rebuilt tables map their columns right', () => {
    const db = withStatementCache(sqlite);
    expect(db.prepare('SELECT * FROM t WHERE id = 1').all([])).toEqual([
      { id: 1, name: 'a', score: 1.5, data: Buffer.from([0, 255]), note: null },
    ]);
    // The same table with its columns in another order (as sqlite-rebuild.ts does).
    for (const statement of [
      'CREATE TABLE t2 (id INTEGER PRIMARY KEY, note TEXT, score REAL, name TEXT, data BLOB)',
      'INSERT INTO t2 (id, note, score, name, data) SELECT id, note, score, name, data FROM t',
      'DROP TABLE t',
      'ALTER TABLE t2 RENAME TO t',
    ])
      db.prepare(statement).run([]);
    expect(db.prepare('SELECT * FROM t WHERE id = 1').all([])).toEqual([
      { id: 1, note: null, score: 1.5, name: 'a', data: Buffer.from([0, 255]) },
    ]);
  });

  it('binds parameters and runs writes', () => {
    const db = withStatementCache(sqlite);
    const insert = db.prepare('INSERT INTO t (name) VALUES (?)');
    expect(insert.reader).toBe(false);
    expect(insert.run(['c']).changes).toBe(1);
    expect(db.prepare('SELECT name FROM t WHERE id = ?').all([3])).toEqual([{ name: 'c' }]);
  });

  it('never lets a column named __proto__ set a row prototype', () => {
    const rows = withStatementCache(sqlite).prepare('SELECT 1 AS "__proto__", 2 AS b').all([]) as object[];
    expect(rows).toEqual(sqlite.prepare('SELECT 1 AS "__proto__", 2 AS b').all());
    expect(Object.getPrototypeOf(rows[0])).toBe(Object.prototype);
  });
});
