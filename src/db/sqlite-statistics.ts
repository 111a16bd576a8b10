// Planner statistics on SQLite: the per-index averages of sqlite_stat1, without sqlite_stat4.
//
// better-sqlite3 builds SQLite with STAT4, so every ANALYZE (PRAGMA optimize runs it when a table
// lacks statistics or has changed a lot) also stores sampled index keys in sqlite_stat4. With
// samples present, SQLite plans a statement for the values bound to it, and so prepares it again
// every time new values are bound: on 10,000 articles the previous/next query took 100 µs instead
// of 50, the article by slug 39 instead of 23, and a cache-off article page 2.44 instead of 1.47
// CPU ms. Our queries each have one good plan, which stat1's averages find, so the samples are
// removed after each ANALYZE and the statistics reloaded without them.
import type BetterSqlite3 from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.ts';

const HAS_SAMPLES_TABLE = `SELECT 1 AS present FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat4'`;

/** `PRAGMA optimize` (with `mask`, or its default), then drops the samples: for a connection being opened. */
export function optimizeSync(sqlite: BetterSqlite3.Database, mask?: number): void {
  sqlite.pragma(mask === undefined ? 'optimize' : `optimize = ${mask}`);
  if (!sqlite.prepare(HAS_SAMPLES_TABLE).get()) return;
  if (sqlite.prepare('DELETE FROM sqlite_stat4').run().changes > 0) sqlite.exec('ANALYZE sqlite_schema');
}

/** The same through Kysely, for the periodic statistics job. */
export async function optimize(db: Kysely<Database>): Promise<void> {
  await sql`PRAGMA optimize`.execute(db);
  if ((await sql.raw(HAS_SAMPLES_TABLE).execute(db)).rows.length === 0) return;
  const removed = await sql`DELETE FROM sqlite_stat4`.execute(db);
  if (Number(removed.numAffectedRows ?? 0) > 0) await sql`ANALYZE sqlite_schema`.execute(db);
}
