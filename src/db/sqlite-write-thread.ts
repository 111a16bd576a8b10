// Runs batches of INSERTs on SQLite in a worker thread with its own connection, so the event loop
// keeps serving while a batch is written and committed. better-sqlite3 is synchronous: on the main
// connection a comment-check's two INSERTs and its share of the COMMIT held the event loop for
// about a seventh of the check's CPU time (docs/akismet-api.md). Here the caller waits for the
// COMMIT without holding anything, and a check answered after its batch resolved is as durable as
// one written on the main connection (the same WAL file, `synchronous = NORMAL`: a committed
// transaction survives the process being killed). Started on the first batch, so a process that
// never writes one never holds the thread (about 10 MB, as the checkpointer's). The Akismet API's
// other writes (a key's hits, its usage) run here too: on the main connection they waited for the
// write lock while a batch was committed, the busy handler sleeping with the event loop held.
import { Worker } from 'node:worker_threads';
import { sqliteDriverPath } from './sqlite-driver.ts';

/** One statement of a batch. */
export interface WriteStep {
  sql: string;
  params: unknown[];
  /**
   * Parameters taken from earlier steps of the same batch: [parameter index, step index] puts the
   * last insert rowid of that step (null when it was skipped) at that parameter.
   */
  rowids?: [number, number][];
}

/** A thread that runs batches of steps, each batch in one transaction. */
export interface WriteThread {
  /** Runs `steps` in one transaction; resolves with each step's last insert rowid once committed. */
  run(steps: WriteStep[]): Promise<number[]>;
  /**
   * Runs one statement (an upsert … RETURNING) in its own transaction; resolves with its rows once
   * committed. A write that needs its answer, without the event loop waiting for the write lock.
   */
  rows(sql: string, params: unknown[]): Promise<Record<string, unknown>[]>;
  /** Waits for the batches sent, then closes the thread's connection and stops it. */
  close(): Promise<void>;
}

// Plain JavaScript, so the worker needs no TypeScript loader. Each SQL text crosses to the thread
// once and is prepared there; later batches name it by its index (a postMessage clones every
// string it carries). A failed batch is rolled back and its error (message and SQLite code) sent
// back.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = ' + workerData.busyTimeoutMs);
db.pragma('synchronous = NORMAL');
db.pragma('foreign_keys = ON');
db.pragma('cache_size = -2048');
db.pragma('wal_autocheckpoint = ' + workerData.autocheckpointPages);
// SQL texts by index, in the order they first came (each is sent once), prepared on first use:
// a text that fails to prepare fails each batch that runs it, and keeps its index.
const texts = [];
const prepared = [];
const statement = (i) => prepared[i] || (prepared[i] = db.prepare(texts[i]));
// A batch is flat: [statement index, params, rowids or 0] per step, fewer objects to clone.
const runBatch = db.transaction((steps) => {
  const ids = new Array(steps.length / 3);
  for (let i = 0, k = 0; i < steps.length; i += 3, k++) {
    const params = steps[i + 1];
    const rowids = steps[i + 2];
    if (rowids) for (let j = 0; j < rowids.length; j += 2) params[rowids[j]] = ids[rowids[j + 1]];
    ids[k] = Number(statement(steps[i]).run(params).lastInsertRowid);
  }
  return ids;
});
// One statement returning rows: [statement index, params, 0].
const runRows = db.transaction((step) => statement(step[0]).all(step[1]));
parentPort.on('message', (message) => {
  if (message === 'stop') {
    db.close();
    parentPort.close();
    return;
  }
  // [id, steps, new SQL texts or 0, rows?]: ids (or rows) back as [id, ...ids], a failure as
  // { id, error }.
  const id = message[0];
  try {
    if (message[2]) for (const sql of message[2]) texts.push(sql);
    const ids = message[3] ? runRows.immediate(message[1]) : runBatch.immediate(message[1]);
    ids.unshift(id);
    parentPort.postMessage(ids);
  } catch (err) {
    parentPort.postMessage({ id, error: { message: String(err && err.message || err), code: err && err.code } });
  }
});
`;

interface Waiting {
  resolve: (ids: unknown[]) => void;
  reject: (err: Error) => void;
}

/** Options of the thread. */
export interface WriteThreadOptions {
  /** How long a batch waits for another connection's write lock (the main connection's 5,000 ms). */
  busyTimeoutMs?: number;
  /** The connection's automatic checkpoint (the main connection's safety net). */
  autocheckpointPages: number;
}

/** The write thread of the SQLite file at `path` (which must exist, in WAL mode). */
export function sqliteWriteThread(path: string, options: WriteThreadOptions): WriteThread {
  let worker: Worker | null = null;
  let exited: Promise<void> = Promise.resolve();
  const waiting = new Map<number, Waiting>();
  let next = 0;
  let closed = false;
  // The SQL texts the current thread has prepared, by index (a new thread starts empty).
  let known = new Map<string, number>();

  const failAll = (err: Error) => {
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  };
  const start = (): Worker => {
    known = new Map();
    const w = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        driver: sqliteDriverPath(),
        path,
        busyTimeoutMs: options.busyTimeoutMs ?? 5000,
        autocheckpointPages: options.autocheckpointPages,
      },
    });
    // Like the checkpointer, the thread never keeps a process alive on its own.
    w.unref();
    w.on('message', (m: unknown[] | { id: number; error?: { message: string; code?: string } }) => {
      const id = Array.isArray(m) ? (m[0] as number) : m.id;
      const entry = waiting.get(id);
      if (!entry) return;
      waiting.delete(id);
      if (Array.isArray(m)) {
        m.shift();
        return entry.resolve(m);
      }
      // The code travels with the error, so a full disk still answers 503 (storage-errors.ts).
      const err = Object.assign(new Error(m.error?.message ?? 'write failed'), { code: m.error?.code });
      entry.reject(err);
    });
    w.on('error', (err) => failAll(err));
    exited = new Promise<void>((resolve) =>
      w.once('exit', (code) => {
        // A thread that died takes its batches' outcomes with it: they were not acknowledged, and
        // the next batch starts a new thread.
        if (worker === w) worker = null;
        failAll(Object.assign(new Error(`SQLite write thread exited (${code})`), { code: 'SQLITE_IOERR' }));
        resolve();
      }),
    );
    return w;
  };

  const send = <R>(steps: WriteStep[], rows: boolean): Promise<R[]> => {
    if (closed) return Promise.reject(new Error('SQLite write thread closed'));
    worker ??= start();
    const id = next++;
    const done = new Promise<R[]>((resolve, reject) => waiting.set(id, { resolve, reject } as Waiting));
    // Keep the process alive while a batch is out: its callers are waiting for it.
    if (waiting.size === 1) worker.ref();
    void done
      .finally(() => {
        if (waiting.size === 0) worker?.unref();
      })
      .catch(() => {});
    const flat: unknown[] = new Array(steps.length * 3);
    let texts: string[] | null = null;
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      let index = known.get(step.sql);
      if (index === undefined) {
        index = known.size;
        known.set(step.sql, index);
        (texts ??= []).push(step.sql);
      }
      flat[i * 3] = index;
      flat[i * 3 + 1] = step.params;
      flat[i * 3 + 2] = step.rowids ? step.rowids.flat() : 0;
    }
    worker.postMessage(rows ? [id, flat, texts ?? 0, 1] : texts ? [id, flat, texts] : [id, flat]);
    return done;
  };

  return {
    run: (steps) => send<number>(steps, false),
    rows: (sql, params) => send<Record<string, unknown>>([{ sql, params }], true),
    async close() {
      closed = true;
      const w = worker;
      if (!w) return;
      // Batches already sent are answered first: messages are handled in order.
      w.postMessage('stop');
      const timer = setTimeout(() => void w.terminate(), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
