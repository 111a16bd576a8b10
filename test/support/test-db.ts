// One storage test body, run against SQLite and PostgreSQL (DESIGN.md §3.4). PostgreSQL tests
// get a fresh database per suite, dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/create-db.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { requirement } from './requirements.ts';

/** Admin connection used to create and drop per-suite databases. */
export const pgAdminUrl = process.env.SILKPRESS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function canReachPostgres(): Promise<boolean> {
  const client = new pg.Client({ connectionString: pgAdminUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const pgReachable = await canReachPostgres();

/** Whether PostgreSQL tests run here (false → skipped with a message, or a failure in CI). */
export function postgresAvailable(): boolean {
  return requirement(pgReachable, `PostgreSQL at ${pgAdminUrl}`);
}

/** A database created for one suite: its URL and how to drop it. */
export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty database (a file for SQLite, a new database for PostgreSQL). */
export async function createScratchDatabase(dialect: 'sqlite' | 'postgres'): Promise<ScratchDatabase> {
  if (dialect === 'sqlite') {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'silkpress-test-'));
    return {
      url: `sqlite:${join(dir, 'test.db')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `silkpress_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: pgAdminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The dialects this machine can test: SQLite always, PostgreSQL when reachable. */
export function testDialects(): Array<'sqlite' | 'postgres'> {
  return postgresAvailable() ? ['sqlite', 'postgres'] : ['sqlite'];
}

/**
 * Declares `body` once per dialect with a migrated, empty database. `get()` returns the open
 * handle inside tests.
 */
export function describeEachDialect(name: string, body: (get: () => DatabaseHandle) => void): void {
  for (const dialect of testDialects()) {
    describe(`${name} [${dialect}]`, () => {
      let scratch: ScratchDatabase;
      let handle: DatabaseHandle | undefined;
      beforeAll(async () => {
        scratch = await createScratchDatabase(dialect);
        handle = openDatabase(scratch.url);
        await migrateToLatest(handle.db, handle.dialect);
      });
      afterAll(async () => {
        await handle?.close();
        await scratch?.drop();
      });
      body(() => {
        if (!handle) throw new Error('database not ready');
        return handle;
      });
    });
  }
}
