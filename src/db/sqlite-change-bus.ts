// Cross-process change bus for SQLite: several workers of `silkpress start` (and a CLI command
// beside a running server) share one database file, so a publish is a row in change_log and every
// other process reads the rows after the last one it saw, a few times a second. Reading an
// indexed range of a table that is nearly always empty costs microseconds; the rows are pruned
// after an hour. Local listeners hear their own process's publishes at once.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { type ChangeBus, LocalListeners } from './change-bus.ts';
import type { Database } from './schema.ts';

/** Options of the SQLite bus. */
export interface SqliteChangeBusOptions {
  /** How often to look for other processes' changes (default 100 ms). */
  pollMs?: number;
  /** How long rows are kept (default one hour). */
  keepMs?: number;
  now?: () => Date;
  onError?: (err: unknown) => void;
}

const PRUNE_EVERY_MS = 5 * 60_000;
const BATCH = 500;

/** Starts polling and returns the bus. */
export async function createSqliteChangeBus(
  db: Kysely<Database>,
  options: SqliteChangeBusOptions = {},
): Promise<ChangeBus> {
  const origin = randomUUID();
  const now = options.now ?? (() => new Date());
  const keepMs = options.keepMs ?? 3600_000;
  const listeners = new LocalListeners();
  const newest = await db
    .selectFrom('change_log')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  let lastId = Number(newest?.id ?? 0);
  let polling: Promise<void> | null = null;
  let closed = false;
  let prunedAt = 0;

  const poll = async (): Promise<void> => {
    for (;;) {
      const rows = await db
        .selectFrom('change_log')
        .select(['id', 'origin', 'keys'])
        .where('id', '>', lastId)
        .orderBy('id')
        .limit(BATCH)
        .execute();
      for (const row of rows) {
        lastId = row.id;
        if (row.origin === origin) continue;
        try {
          const keys = JSON.parse(row.keys) as unknown;
          if (Array.isArray(keys)) listeners.emit(keys.filter((k): k is string => typeof k === 'string'));
        } catch (err) {
          options.onError?.(err);
        }
      }
      if (rows.length < BATCH || closed) break;
    }
    const at = now().getTime();
    if (at - prunedAt >= PRUNE_EVERY_MS) {
      prunedAt = at;
      await db
        .deleteFrom('change_log')
        .where('created_at', '<', new Date(at - keepMs).toISOString())
        .execute();
    }
  };

  const timer = setInterval(() => {
    if (polling || closed) return;
    polling = poll()
      .catch((err: unknown) => options.onError?.(err))
      .finally(() => (polling = null));
  }, options.pollMs ?? 100);
  timer.unref();

  return {
    async publish(keys) {
      if (keys.length === 0) return;
      listeners.emit(keys);
      await db
        .insertInto('change_log')
        .values({ origin, keys: JSON.stringify(keys), created_at: now().toISOString() })
        .execute();
    },
    subscribe: (listener) => listeners.add(listener),
    async close() {
      closed = true;
      clearInterval(timer);
      await polling;
    },
  };
}
