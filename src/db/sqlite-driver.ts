// The SQLite driver for the running Node.js. better-sqlite3 13 is built on Node-API (one binary
// for every Node from 22 on) and is the only line that survives Node 24, where version 12 aborts
// the process when V8 collects a prepared statement; but 13 crashes on Node 20. So Node 20 loads
// better-sqlite3 12 and Node 22+ loads 13 (installed under the alias better-sqlite3-napi). Both
// have the same API; see docs/decisions/007-sqlite-driver-per-node-version.md.
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

const require = createRequire(import.meta.url);

/** The driver package this Node.js loads. */
export const SQLITE_DRIVER_PACKAGE =
  Number(process.versions.node.split('.')[0]) >= 22 ? 'better-sqlite3-napi' : 'better-sqlite3';

/** The Database class of that driver. */
export const SqliteDriver = require(SQLITE_DRIVER_PACKAGE) as typeof BetterSqlite3;

/** The file a worker thread `require`s to load the same driver. */
export function sqliteDriverPath(): string {
  return require.resolve(SQLITE_DRIVER_PACKAGE);
}
