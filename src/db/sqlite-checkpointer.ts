// Moves SQLite's WAL checkpoints off the event loop. In WAL mode with `synchronous = NORMAL` a
// commit does not wait for the disk, but the automatic checkpoint that runs inside a commit every
// 1,000 pages copies the log into the database and fsyncs it: 5–15 ms on the main thread, during
// which no request is served (it set the p99 of a busy comment-check API). A worker thread with
// its own connection runs PASSIVE checkpoints (they never block readers or writers) every few
// hundred milliseconds instead; the main connection keeps an automatic checkpoint only as a
// safety net, far above what the worker lets the log grow to.
import { sqliteDriverPath } from './sqlite-driver.ts';
import { Worker } from 'node:worker_threads';

/** Pages the main connection lets the log grow to before checkpointing itself (the safety net). */
export const SAFETY_NET_PAGES = 16_000;

/** A running background checkpointer. */
export interface Checkpointer {
  /** Runs a last checkpoint, closes the worker's connection and stops the worker. */
  close(): Promise<void>;
}

export interface CheckpointerOptions {
  /** Time between checkpoints. */
  intervalMs?: number;
  /** Hears a checkpoint that failed (logged by the caller; the next one retries). */
  onError?: (err: Error) => void;
}

// Plain JavaScript, so the worker needs no TypeScript loader: it opens the file, checkpoints on a
// timer, and on "stop" truncates the log and closes. Errors are reported, never thrown.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
const checkpoint = (mode) => {
  try { db.pragma('wal_checkpoint(' + mode + ')'); }
  catch (err) { parentPort.postMessage({ type: 'error', message: String(err && err.message || err) }); }
};
const timer = setInterval(() => checkpoint('PASSIVE'), workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  checkpoint('TRUNCATE');
  db.close();
  parentPort.close();
});
`;

/** Starts the checkpointer for the SQLite file at `path` (which must exist, in WAL mode). */
export function startCheckpointer(path: string, options: CheckpointerOptions = {}): Checkpointer {
  const driver = sqliteDriverPath();
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { driver, path, intervalMs: options.intervalMs ?? 250 },
  });
  // The checkpointer never keeps a process alive: a CLI command ends when its work does.
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('message', (message: { type?: string; message?: string }) => {
    if (message.type === 'error') options.onError?.(new Error(`WAL checkpoint: ${message.message}`));
  });
  worker.on('error', (err) => options.onError?.(err));
  let closing: Promise<void> | null = null;
  return {
    close() {
      closing ??= (async () => {
        worker.postMessage('stop');
        const timer = setTimeout(() => void worker.terminate(), 5_000);
        await exited;
        clearTimeout(timer);
      })();
      return closing;
    },
  };
}
