// Copies of the database for `silkpress backup` and `silkpress restore`. SQLite: the online
// backup API (a consistent copy while the site keeps writing); PostgreSQL: pg_dump's custom
// format and pg_restore, when the client tools are installed.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { copyFile, rename, rm } from 'node:fs/promises';
import type BetterSqlite3 from 'better-sqlite3';
import { SqliteDriver } from './sqlite-driver.ts';
import { pgDriver } from './pg-driver.ts';
import { sqlitePath } from './create-db.ts';

/** How a database copy is stored in a backup. */
export type DatabaseCopyFormat = 'sqlite' | 'pg_dump';

/** Thrown for a backup or restore that cannot be done; `code` names why. */
export class BackupError extends Error {
  constructor(
    readonly code: 'PG_TOOLS_MISSING' | 'TOOL_FAILED' | 'SITE_NOT_EMPTY' | 'SITE_RUNNING' | 'BAD_BACKUP',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** The copy format for a DATABASE_URL. */
export function copyFormatOf(databaseUrl: string): DatabaseCopyFormat {
  return databaseUrl.startsWith('sqlite:') ? 'sqlite' : 'pg_dump';
}

function runTool(tool: string, args: string[]): void {
  const result = spawnSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT')
    throw new BackupError(
      'PG_TOOLS_MISSING',
      `${tool} is not installed. Install PostgreSQL's client tools (Debian: postgresql-client, of the ` +
        `server's major version or newer), or back up with pg_dump yourself (see docs/operations.md).`,
    );
  if (result.status !== 0)
    throw new BackupError('TOOL_FAILED', `${tool} failed (exit ${result.status}): ${result.stderr.trim()}`);
}

/** Writes a consistent copy of the database to `file`, while the site may be serving. */
export async function copyDatabase(databaseUrl: string, file: string): Promise<DatabaseCopyFormat> {
  const format = copyFormatOf(databaseUrl);
  if (format === 'pg_dump') {
    runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, databaseUrl]);
    return format;
  }
  const source = new SqliteDriver(sqlitePath(databaseUrl), { readonly: true, fileMustExist: true });
  try {
    // The backup API copies in steps and starts over whenever another connection writes between
    // two steps: on a site that writes all the time (page views of a busy site do not, comments
    // and sessions do) it never finishes. After the first step, everything left goes in one step,
    // inside one read transaction, which WAL lets writers proceed alongside.
    await source.backup(file, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  return format;
}

/** True when the database holds no Silkpress site (no file, or no migration applied). */
export async function isEmptyDatabase(databaseUrl: string): Promise<boolean> {
  if (copyFormatOf(databaseUrl) === 'sqlite') {
    const path = sqlitePath(databaseUrl);
    return !existsSync(path) || statSync(path).size === 0;
  }
  const client = new (pgDriver().Client)({ connectionString: databaseUrl });
  await client.connect();
  try {
    const found = await client.query(`select to_regclass('public.kysely_migration') is not null as present`);
    return found.rows[0]?.present !== true;
  } finally {
    await client.end();
  }
}

/** Checks a SQLite copy before it replaces anything. */
export function checkSqliteCopy(file: string): void {
  let db: BetterSqlite3.Database | null = null;
  try {
    db = new SqliteDriver(file, { readonly: true, fileMustExist: true });
    const result = db.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new Error(String(result));
  } catch (err) {
    throw new BackupError('BAD_BACKUP', `The backup's database is damaged: ${(err as Error).message}`);
  } finally {
    db?.close();
  }
}

/**
 * Puts a copy in place of the database. SQLite: the file is moved over the old one (whose WAL
 * and shared-memory files go with it; a WAL file means a process has it open, refused unless
 * `force`). PostgreSQL: pg_restore drops and recreates every object of the backup.
 */
export async function restoreDatabase(
  databaseUrl: string,
  copy: string,
  format: DatabaseCopyFormat,
  options: { force: boolean },
): Promise<void> {
  if (format !== copyFormatOf(databaseUrl))
    throw new BackupError(
      'BAD_BACKUP',
      `This backup holds a ${format === 'sqlite' ? 'SQLite' : 'PostgreSQL'} database and DATABASE_URL names ` +
        `${format === 'sqlite' ? 'PostgreSQL' : 'SQLite'}: move between them with export/import wxr.`,
    );
  if (format === 'pg_dump') {
    runTool('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      `--dbname=${databaseUrl}`,
      copy,
    ]);
    return;
  }
  const path = sqlitePath(databaseUrl);
  if (existsSync(`${path}-wal`) && !options.force)
    throw new BackupError(
      'SITE_RUNNING',
      `${path}-wal exists: the site looks running (or stopped uncleanly). Stop it first; --force restores anyway.`,
    );
  checkSqliteCopy(copy);
  for (const extra of [`${path}-wal`, `${path}-shm`]) rmSync(extra, { force: true });
  await moveFile(copy, path);
}

/** Moves a file, copying when source and target are on different file systems. */
export async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    await copyFile(from, to);
    await rm(from, { force: true });
  }
}
