// Real storage failures for tests (issue 13, defect 6): a full SQLite database, and PostgreSQL
// inserts that fail with SQLSTATE 53100 (disk_full) or lose their connection (the backend is
// terminated, 57P01). Each has its repair, which must bring the site back without a restart.
import { type Kysely, sql } from 'kysely';
import { storageFailure } from '../../src/db/storage-errors.ts';

/** The largest max_page_count SQLite accepts: no limit in practice. */
const SQLITE_NO_PAGE_LIMIT = 4294967294;

/**
 * Fills a SQLite database: caps its size at the pages it has (`PRAGMA max_page_count`, on the
 * connection Kysely holds) and fills what is free inside them, so anything that needs a new page
 * fails with SQLITE_FULL, as on a full disk.
 */
export async function fillSqliteDatabase<DB>(db: Kysely<DB>): Promise<void> {
  await sql`CREATE TABLE IF NOT EXISTS test_filler (b BLOB)`.execute(db);
  const { rows } = await sql<{ page_count: number }>`PRAGMA page_count`.execute(db);
  await sql.raw(`PRAGMA max_page_count = ${rows[0]!.page_count}`).execute(db);
  for (const size of [4000, 1000, 200, 20]) {
    for (;;) {
      try {
        await sql`INSERT INTO test_filler VALUES (randomblob(${size}))`.execute(db);
      } catch (err) {
        if (storageFailure(err)?.code === 'SQLITE_FULL') break;
        throw err;
      }
    }
  }
}

/** Lifts the cap fillSqliteDatabase set and frees its filler. */
export async function unfillSqliteDatabase<DB>(db: Kysely<DB>): Promise<void> {
  await sql.raw(`PRAGMA max_page_count = ${SQLITE_NO_PAGE_LIMIT}`).execute(db);
  await sql`DROP TABLE IF EXISTS test_filler`.execute(db);
}

/** How a PostgreSQL insert fails: a full disk, or its connection terminated under it. */
export type PostgresFault = 'disk-full' | 'terminated';

/**
 * Makes every insert into `table` fail for real on PostgreSQL: a row trigger raises SQLSTATE
 * 53100 (what PostgreSQL raises when it cannot extend a file), or terminates its own backend with
 * pg_terminate_backend (what an administrator or a server shutdown does: 57P01, and the
 * connection is gone, so the ROLLBACK after it fails too).
 */
export async function failPostgresInserts<DB>(
  db: Kysely<DB>,
  table: string,
  fault: PostgresFault,
): Promise<void> {
  const body =
    fault === 'disk-full'
      ? `RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full';`
      : `PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW;`;
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION test_storage_fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} END $$`,
    )
    .execute(db);
  await sql.raw(`DROP TRIGGER IF EXISTS test_storage_fault ON ${table}`).execute(db);
  await sql
    .raw(
      `CREATE TRIGGER test_storage_fault BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION test_storage_fault()`,
    )
    .execute(db);
}

/** Removes the fault failPostgresInserts installed. */
export async function repairPostgresInserts<DB>(db: Kysely<DB>, table: string): Promise<void> {
  await sql.raw(`DROP TRIGGER IF EXISTS test_storage_fault ON ${table}`).execute(db);
}
