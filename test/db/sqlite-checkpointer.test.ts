// SQLite-only machinery (PostgreSQL has no WAL checkpoints to move): the background
// checkpointer copies committed pages into the database file without any commit on the main
// thread doing it, and closing the database leaves no log behind. A cluster's workers open the
// database without a checkpointer of their own and the primary runs one for all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, startWalCheckpoints } from '../../src/db/create-db.ts';
import type { Database } from '../../src/db/schema.ts';
import { SAFETY_NET_PAGES } from '../../src/db/sqlite-checkpointer.ts';

const size = (path: string): number => (existsSync(path) ? statSync(path).size : 0);

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return check();
}

/** About 4 MB in one commit (about 1,000 pages), in a new table `blob_rows`. */
async function writeFourMegabytes(db: Kysely<Database>): Promise<void> {
  await sql`CREATE TABLE blob_rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL)`.execute(db);
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < 1_000; i++) {
      await sql`INSERT INTO blob_rows (body) VALUES (${'x'.repeat(4_000) + i})`.execute(trx);
    }
  });
}

describe('SQLite background checkpoints', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'silkpress-checkpoint-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('copies committed pages into the database file from a worker, and closes without a log', async () => {
    const file = join(dir, 'site.db');
    const handle = openDatabase(`sqlite:${file}`);
    const { db } = handle;
    const before = size(file);
    // Far below the main connection's own automatic checkpoint: only the worker can move them.
    await writeFourMegabytes(db);
    expect(1_000).toBeLessThan(SAFETY_NET_PAGES);
    expect(await waitFor(() => size(file) > before + 3_500_000, 5_000)).toBe(true);
    // The rows are all there, read through the main connection.
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM blob_rows`.execute(db);
    expect(Number(rows[0]?.n)).toBe(1_000);
    await handle.close();
    expect(size(`${file}-wal`)).toBe(0);
  });

  it('leaves the checkpoints to another process when told to (a cluster worker and its primary)', async () => {
    const file = join(dir, 'site.db');
    const url = `sqlite:${file}`;
    const worker = openDatabase(url, undefined, undefined, { walCheckpoints: false });
    const { db } = worker;
    const before = size(file);
    await writeFourMegabytes(db);
    // Nobody checkpoints: the pages stay in the log (the default checkpoints every 250 ms).
    expect(await waitFor(() => size(file) > before + 3_500_000, 1_000)).toBe(false);
    expect(size(`${file}-wal`)).toBeGreaterThan(3_500_000);
    const primary = startWalCheckpoints(url);
    expect(primary).not.toBeNull();
    try {
      expect(await waitFor(() => size(file) > before + 3_500_000, 5_000)).toBe(true);
    } finally {
      await worker.close();
      await primary?.close();
    }
    expect(size(`${file}-wal`)).toBe(0);
  });

  it('runs no shared checkpointer for PostgreSQL or an in-memory database', () => {
    expect(startWalCheckpoints('postgres://postgres@127.0.0.1:5432/test')).toBeNull();
    expect(startWalCheckpoints('sqlite::memory:')).toBeNull();
  });

  it('needs no worker for an in-memory database', async () => {
    const handle = openDatabase('sqlite::memory:');
    await sql`SELECT 1`.execute(handle.db);
    await handle.close();
  });

  it('never keeps a process alive: a command that forgets to close still exits', () => {
    const moduleUrl = new URL('../../src/db/create-db.ts', import.meta.url).href;
    const script = `const { openDatabase } = await import(${JSON.stringify(moduleUrl)});
      openDatabase(${JSON.stringify(`sqlite:${join(dir, 'open.db')}`)});`;
    const started = Date.now();
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.error).toBeUndefined();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
