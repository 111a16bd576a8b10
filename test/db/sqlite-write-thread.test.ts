// SQLite-only machinery (PostgreSQL's pool never holds the event loop): the write thread runs a
// batch in one transaction on its own connection. A batch resolves only once committed (the rows
// are then readable on the main connection and in a new connection), a failed batch leaves
// nothing and reports SQLite's code (a lock not had in time is a storage failure), a statement
// can return its rows (an upsert … RETURNING), the event loop keeps running while a batch waits
// for the write lock, and closing waits for the batches already sent.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/create-db.ts';
import { SqliteDriver } from '../../src/db/sqlite-driver.ts';
import { storageFailure } from '../../src/db/storage-errors.ts';
import { SAFETY_NET_PAGES } from '../../src/db/sqlite-checkpointer.ts';
import { sqliteWriteThread, type WriteStep } from '../../src/db/sqlite-write-thread.ts';

const PARENT = 'INSERT INTO parents (name) VALUES (?)';
const CHILD = 'INSERT INTO children (parent_id, name) VALUES (?, ?)';

/** A parent and its child, the parent at step `at` of the batch. */
const family = (name: string, at = 0): WriteStep[] => [
  { sql: PARENT, params: [name] },
  { sql: CHILD, params: [null, `${name}'s child`], rowids: [[0, at]] },
];

describe('SQLite write thread', () => {
  let dir: string;
  let path: string;
  let handle: DatabaseHandle;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'silkpress-write-thread-'));
    path = join(dir, 'site.db');
    handle = openDatabase(`sqlite:${path}`);
    await sql`CREATE TABLE parents (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)`.execute(handle.db);
    await sql`CREATE TABLE children (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parents (id), name TEXT NOT NULL)`.execute(
      handle.db,
    );
  });
  afterEach(async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const rows = async () =>
    (
      await sql<{ parent: string; child: string; parent_id: number }>`
        SELECT p.name AS parent, c.name AS child, c.parent_id FROM children c JOIN parents p ON p.id = c.parent_id ORDER BY c.id`.execute(
        handle.db,
      )
    ).rows;

  it('commits a batch before resolving, with later steps taking earlier rowids', async () => {
    const thread = handle.writeThread!;
    expect(thread).not.toBeNull();
    const ids = await thread.run([...family('ada'), ...family('grace', 2)]);
    expect(ids).toHaveLength(4);
    expect(await rows()).toEqual([
      { parent: 'ada', child: "ada's child", parent_id: ids[0] },
      { parent: 'grace', child: "grace's child", parent_id: ids[2] },
    ]);
    // Committed, not merely visible to the thread: another connection reads it at once.
    const other = new SqliteDriver(path, { readonly: true });
    try {
      expect(other.prepare('SELECT count(*) AS n FROM children').get()).toEqual({ n: 2 });
    } finally {
      other.close();
    }
  });

  it('a failed batch stores nothing and says why; the next batch is stored', async () => {
    const thread = handle.writeThread!;
    await thread.run(family('ada'));
    // The second family repeats a unique name: the whole batch is rolled back.
    await expect(thread.run([...family('linus'), ...family('ada', 2)])).rejects.toMatchObject({
      code: 'SQLITE_CONSTRAINT_UNIQUE',
    });
    // A reference to a row that does not exist breaks the foreign key, as on the main connection.
    await expect(thread.run([{ sql: CHILD, params: [999, 'orphan'] }])).rejects.toMatchObject({
      code: 'SQLITE_CONSTRAINT_FOREIGNKEY',
    });
    await thread.run(family('grace'));
    expect((await rows()).map((r) => r.parent)).toEqual(['ada', 'grace']);
  });

  it('a statement that cannot be prepared fails its batches and leaves the other statements as they were', async () => {
    const thread = handle.writeThread!;
    // Each SQL text crosses to the thread once and is named by its index afterwards: a text that
    // fails to prepare must not shift the texts that come after it.
    const BROKEN = 'INSERT INTO nowhere (name) VALUES (?)';
    const NAMED = 'INSERT INTO parents (name) VALUES (? || ?)';
    await expect(thread.run([{ sql: BROKEN, params: ['x'] }])).rejects.toThrow(/nowhere/);
    await thread.run([{ sql: NAMED, params: ['li', 'nus'] }, ...family('ada')]);
    await expect(thread.run([...family('grace'), { sql: BROKEN, params: ['y'] }])).rejects.toThrow(/nowhere/);
    await thread.run(family('grace'));
    await thread.run([{ sql: NAMED, params: ['bar', 'bara'] }]);
    const names = await sql<{ name: string }>`SELECT name FROM parents ORDER BY id`.execute(handle.db);
    expect(names.rows.map((r) => r.name)).toEqual(['linus', 'ada', 'grace', 'barbara']);
    expect((await rows()).map((r) => r.child)).toEqual(["ada's child", "grace's child"]);
  });

  it('runs a statement that returns rows in its own transaction, between batches, and fails it alone', async () => {
    const thread = handle.writeThread!;
    await thread.run(family('ada'));
    const UPSERT =
      'INSERT INTO parents (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name || ? RETURNING id, name';
    const [renamed, added] = await Promise.all([
      thread.rows(UPSERT, ['ada', '!']),
      thread.rows(UPSERT, ['grace', '!']),
    ]);
    expect(renamed).toEqual([{ id: 1, name: 'ada!' }]);
    expect(added).toEqual([{ id: 2, name: 'grace' }]);
    await expect(thread.rows('SELECT * FROM nowhere', [])).rejects.toThrow(/nowhere/);
    await thread.run(family('linus'));
    expect((await rows()).map((r) => r.parent)).toEqual(['ada!', 'linus']);
  });

  it('waits for the write lock without holding the event loop', async () => {
    const thread = handle.writeThread!;
    await thread.run(family('warm-up')); // the thread is started and its statements prepared
    const locker = new SqliteDriver(path);
    locker.pragma('busy_timeout = 5000');
    locker.exec('BEGIN IMMEDIATE');
    locker.prepare(PARENT).run('locker');
    let settled = false;
    const pending = thread.run(family('waiter')).finally(() => (settled = true));
    // Timers keep firing while the batch waits for the lock, and it cannot commit meanwhile.
    let ticks = 0;
    while (ticks < 5) {
      await new Promise((r) => setTimeout(r, 20));
      ticks++;
    }
    expect(settled).toBe(false);
    locker.exec('COMMIT');
    locker.close();
    await pending;
    expect((await rows()).map((r) => r.parent)).toEqual(['warm-up', 'waiter']);
  });

  it('a batch that cannot get the write lock in time fails as a storage failure, and nothing of it is stored', async () => {
    const thread = sqliteWriteThread(path, { autocheckpointPages: SAFETY_NET_PAGES, busyTimeoutMs: 50 });
    try {
      await thread.run(family('warm-up'));
      const locker = new SqliteDriver(path);
      locker.exec('BEGIN IMMEDIATE');
      let failure: unknown = null;
      try {
        await thread.run(family('blocked'));
      } catch (err) {
        failure = err;
      } finally {
        locker.exec('ROLLBACK');
        locker.close();
      }
      // The API answers such a failure 503 with Retry-After (storage-errors.ts, akismet/plugin.ts).
      expect(storageFailure(failure)?.code).toBe('SQLITE_BUSY');
      expect((await rows()).map((r) => r.parent)).toEqual(['warm-up']);
      await thread.run(family('after'));
      expect((await rows()).map((r) => r.parent)).toEqual(['warm-up', 'after']);
    } finally {
      await thread.close();
    }
  });

  it('closing answers the batches already sent', async () => {
    const thread = sqliteWriteThread(path, { autocheckpointPages: SAFETY_NET_PAGES });
    const batches = Array.from({ length: 20 }, (_, i) => thread.run(family(`reader-${i}`)));
    await thread.close();
    expect(await Promise.all(batches)).toHaveLength(20);
    expect(await rows()).toHaveLength(20);
    await expect(thread.run(family('late'))).rejects.toThrow(/closed/);
  });
});
