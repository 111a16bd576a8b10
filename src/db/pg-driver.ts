// The PostgreSQL driver, loaded on first use: a site on SQLite (the default) never needs it, and
// it costs about 3 MB of every process's heap.
import { createRequire } from 'node:module';
import type * as Pg from 'pg';

let driver: typeof Pg | null = null;

/** The `pg` module (loaded synchronously the first time, then kept). */
export function pgDriver(): typeof Pg {
  driver ??= createRequire(import.meta.url)('pg') as typeof Pg;
  return driver;
}
