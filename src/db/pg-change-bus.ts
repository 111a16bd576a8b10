// Cross-instance change bus on PostgreSQL LISTEN/NOTIFY. Each instance keeps one dedicated
// connection listening on a channel; publishing is a NOTIFY inside the database, so every
// instance behind the load balancer purges its page cache within milliseconds.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { pgDriver } from './pg-driver.ts';
import { ALL_CHANGED, type ChangeBus, LocalListeners } from './change-bus.ts';

const CHANNEL = 'silkpress_changes';
const MAX_PAYLOAD = 7000; // PostgreSQL's limit is 8000 bytes

interface Message {
  from: string;
  keys: string[];
}

/** Options for the PostgreSQL bus. */
export interface PgChangeBusOptions {
  connectionString: string;
  onError?: (err: unknown) => void;
}

/** Starts listening and returns a bus; local listeners hear their own publishes at once. */
export async function createPgChangeBus(options: PgChangeBusOptions): Promise<ChangeBus> {
  const instanceId = randomUUID();
  const listeners = new LocalListeners();
  const publisher = new (pgDriver().Pool)({ connectionString: options.connectionString, max: 2 });
  // An idle publishing connection that dies is dropped by the pool; the next publish reconnects.
  publisher.on('error', (err) => options.onError?.(err));
  let client: pg.Client | null = null;
  let closed = false;
  let retryTimer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const c = new (pgDriver().Client)({ connectionString: options.connectionString });
    c.on('notification', (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      try {
        const parsed = JSON.parse(msg.payload) as Message;
        if (parsed.from !== instanceId && Array.isArray(parsed.keys)) listeners.emit(parsed.keys);
      } catch (err) {
        options.onError?.(err);
      }
    });
    c.on('error', (err) => {
      options.onError?.(err);
      scheduleReconnect();
    });
    await c.connect();
    await c.query(`LISTEN ${CHANNEL}`);
    client = c;
  };

  const scheduleReconnect = (): void => {
    if (closed || retryTimer) return;
    const old = client;
    client = null;
    old?.end().catch(() => {});
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      connect()
        // Notifications may have been missed while disconnected: purge everything once.
        .then(() => listeners.emit([ALL_CHANGED]))
        .catch((err) => {
          options.onError?.(err);
          scheduleReconnect();
        });
    }, 1000);
    retryTimer.unref();
  };

  await connect();

  return {
    async publish(keys) {
      if (keys.length === 0) return;
      listeners.emit(keys);
      for (const batch of splitByPayloadSize(keys)) {
        const payload = JSON.stringify({ from: instanceId, keys: batch } satisfies Message);
        await publisher.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]);
      }
    },
    subscribe: (listener) => listeners.add(listener),
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      await client?.end().catch(() => {});
      await publisher.end();
    },
  };
}

function* splitByPayloadSize(keys: string[]): Generator<string[]> {
  let batch: string[] = [];
  let size = 0;
  for (const key of keys) {
    const cost = Buffer.byteLength(key) + 4;
    if (batch.length > 0 && size + cost > MAX_PAYLOAD) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(key);
    size += cost;
  }
  if (batch.length > 0) yield batch;
}
