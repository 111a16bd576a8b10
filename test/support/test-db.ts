// One storage test body, run against SQLite and PostgreSQL (DESIGN.md §3.4). PostgreSQL tests
// get a fresh database per suite, dropped afterwards.
import { createHash, randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/create-db.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { repoRoot, requirement } from './requirements.ts';

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

/** A hash of the migration files: a changed or added migration gets templates of its own. */
function migrationsDigest(): string {
  const dir = join(repoRoot, 'src/db/migrations');
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(file.slice(dir.length)).update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * A migrated SQLite file to copy, as the PostgreSQL template below: running the migrations costs
 * a SQLite suite about 100 ms, copying the file about 1 ms. Built once per migration hash in the
 * temp folder, under a name of its own, then renamed into place (two processes building at once
 * each rename a complete file); templates of other hashes a day old are removed then.
 */
let sqliteTemplate: Promise<string> | null = null;
function migratedSqliteTemplate(): Promise<string> {
  sqliteTemplate ??= (async () => {
    const path = join(tmpdir(), `silkpress-tpl-${migrationsDigest().slice(0, 16)}.db`);
    if (existsSync(path)) return path;
    for (const name of readdirSync(tmpdir())) {
      const old = join(tmpdir(), name);
      const mtime = statSync(old, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (name.startsWith('silkpress-tpl-') && Date.now() - mtime > 86_400_000) rmSync(old, { force: true });
    }
    const building = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
    const handle = openDatabase(`sqlite:${building}`);
    try {
      await migrateToLatest(handle.db, handle.dialect);
    } finally {
      await handle.close();
    }
    renameSync(building, path);
    return path;
  })();
  return sqliteTemplate;
}

/**
 * A migrated PostgreSQL database to copy (`CREATE DATABASE … TEMPLATE`): running the migrations
 * costs a suite 1.1–1.6 s, the copy a fraction of that. Its name carries a hash of the migration
 * files, so a changed or added migration gets a template of its own (worktrees with different
 * migrations never share one); it is built once, under an advisory lock, by whichever test
 * process needs it first, and renamed into place only when complete.
 */
async function migratedTemplate(admin: pg.Client): Promise<string> {
  const digest = migrationsDigest();
  const name = `silkpress_tpl_${digest.slice(0, 16)}`;
  const exists = async () =>
    (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  if (await exists()) return name;
  const lock = Number.parseInt(digest.slice(0, 8), 16);
  await admin.query('SELECT pg_advisory_lock($1)', [lock]);
  try {
    if (await exists()) return name;
    const building = `${name}_building`;
    await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${building}`);
    const url = new URL(pgAdminUrl);
    url.pathname = `/${building}`;
    const handle = openDatabase(url.toString());
    try {
      await migrateToLatest(handle.db, handle.dialect);
    } finally {
      await handle.close();
    }
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    return name;
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [lock]);
  }
}

/**
 * Creates a database for one suite (a file for SQLite, a new database for PostgreSQL): empty, or
 * with `migrated`, already at the latest schema (a copy of a migrated template file or database;
 * migrating it again is then a no-op).
 */
export async function createScratchDatabase(
  dialect: 'sqlite' | 'postgres',
  options: { migrated?: boolean } = {},
): Promise<ScratchDatabase> {
  if (dialect === 'sqlite') return copySqlite(options.migrated ? await migratedSqliteTemplate() : null);
  return copyPostgres(async (admin) => (options.migrated ? await migratedTemplate(admin) : null));
}

/**
 * Names a filled template: `family` (whose it is, e.g. one repository's demo sites), `sources` (a
 * digest of the code that fills it: templates of the family with another digest are stale) and
 * `variant` (what else `fill` depends on, e.g. the clock). Letters, digits and `_` only.
 */
export interface FilledTemplateName {
  family: string;
  sources: string;
  variant: string;
}

/**
 * A copy of a template of this machine's test databases: a migrated database that `fill` was run
 * on once, built by the first test process that needs it and shared, as the migrated templates
 * are. A test site with the demo newsroom copies one instead of loading the demo (test-site.ts).
 */
export async function createFilledDatabase(
  dialect: 'sqlite' | 'postgres',
  template: FilledTemplateName,
  fill: (url: string) => Promise<void>,
): Promise<ScratchDatabase> {
  if (dialect === 'sqlite') return copySqlite(await filledSqliteTemplate(template, fill));
  return copyPostgres((admin) => filledPostgresTemplate(admin, template, fill));
}

function copySqlite(template: string | null): ScratchDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'silkpress-test-'));
  if (template) copyFileSync(template, join(dir, 'test.db'));
  return {
    url: `sqlite:${join(dir, 'test.db')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function copyPostgres(
  template: (admin: pg.Client) => Promise<string | null>,
): Promise<ScratchDatabase> {
  const name = `silkpress_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgAdminUrl });
  await admin.connect();
  try {
    const from = await template(admin);
    await admin.query(`CREATE DATABASE ${name}${from ? ` TEMPLATE ${from}` : ''}`);
    // A commit returns without waiting for its WAL to reach the disk: a scratch database need not
    // survive a crash of the machine, and what a test reads is the same (a commit is visible, and
    // kept when a test kills a client process). Posting hundreds of comments waited on the
    // disk once per transaction.
    await admin.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
  } finally {
    await admin.end();
  }
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

const filledSqlite = new Map<string, Promise<string>>();
function filledSqliteTemplate(
  { family, sources, variant }: FilledTemplateName,
  fill: (url: string) => Promise<void>,
): Promise<string> {
  const name = `${family}_${sources}_${variant}`;
  let template = filledSqlite.get(name);
  if (!template) {
    template = (async () => {
      const path = join(tmpdir(), `silkpress-tpl-${name}.db`);
      if (existsSync(path)) return path;
      // Built under a name of its own and renamed into place, as the migrated template.
      const building = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
      copyFileSync(await migratedSqliteTemplate(), building);
      try {
        await fill(`sqlite:${building}`);
        for (const side of ['-wal', '-shm'])
          if (existsSync(`${building}${side}`)) throw new Error(`${building}${side} left open by fill()`);
        renameSync(building, path);
      } finally {
        rmSync(building, { force: true });
      }
      return path;
    })();
    filledSqlite.set(name, template);
  }
  return template;
}

/**
 * Builds the filled template from the migrated one under an advisory lock, unless it exists.
 * The family's templates of other sources that no session uses are dropped then.
 */
async function filledPostgresTemplate(
  admin: pg.Client,
  { family, sources, variant }: FilledTemplateName,
  fill: (url: string) => Promise<void>,
): Promise<string> {
  const database = `silkpress_tpl_${family}_${sources}_${variant}`;
  const exists = async () =>
    (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount === 1;
  if (await exists()) return database;
  const lock = Number.parseInt(createHash('sha256').update(database).digest('hex').slice(0, 8), 16);
  await admin.query('SELECT pg_advisory_lock($1)', [lock]);
  try {
    if (await exists()) return database;
    const building = `${database}_building`;
    await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${building} TEMPLATE ${await migratedTemplate(admin)}`);
    const url = new URL(pgAdminUrl);
    url.pathname = `/${building}`;
    await fill(url.toString());
    const older = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE starts_with(datname, $1) AND NOT starts_with(datname, $2)`,
      [`silkpress_tpl_${family}_`, `silkpress_tpl_${family}_${sources}_`],
    );
    for (const { datname } of older.rows)
      await admin.query(`DROP DATABASE IF EXISTS ${datname}`).catch(() => {});
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${database}`);
    return database;
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [lock]);
  }
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
        scratch = await createScratchDatabase(dialect, { migrated: true });
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
