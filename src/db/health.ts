// What the readiness probe asks of the database: does it answer, and has it run every migration
// this build knows (an instance of a newer build on an old schema must not take traffic).
import { type Kysely, sql } from 'kysely';
import type { Dialect } from './dialect.ts';
import { pendingMigrations } from './migrate.ts';
import type { Database } from './schema.ts';

/** The database's state as the readiness probe reports it. */
export interface DatabaseHealth {
  reachable: boolean;
  /** Migrations not yet applied (empty when the schema is current or the database is unreachable). */
  pendingMigrations: string[];
  /** Why the database is unreachable (for the log, never for the response). */
  error?: unknown;
}

/** Runs `SELECT 1` and compares the applied migrations with this build's, within `timeoutMs`. */
export async function checkDatabase(
  db: Kysely<Database>,
  dialect: Dialect,
  timeoutMs = 2000,
): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const check = async (): Promise<DatabaseHealth> => {
      await sql`select 1`.execute(db);
      return { reachable: true, pendingMigrations: await pendingMigrations(db, dialect) };
    };
    return await Promise.race([check(), timeout]);
  } catch (error) {
    return { reachable: false, pendingMigrations: [], error };
  } finally {
    clearTimeout(timer);
  }
}
