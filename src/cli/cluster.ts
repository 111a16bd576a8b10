// The primary process of `silkpress start` with several workers (WORKERS, default one per core):
// forks the workers, which share the listening port (Node's cluster module hands connections out
// in turn), gives one of them the background jobs, replaces a worker that dies, and on stop asks
// every worker to stop gracefully and waits for them. What the workers share lives in the
// database: sessions, rate limits, job claims, and the change bus that keeps every worker's page
// cache exact (docs/scaling.md).
import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

/** Environment variable telling a worker whether it runs the background jobs. */
export const JOBS_WORKER_ENV = 'SILKPRESS_JOBS_WORKER';

/** A worker that exits sooner than this after its start is restarted only after a pause. */
const CRASH_WINDOW_MS = 10_000;
const MAX_BACKOFF_MS = 30_000;
/** How long stop() waits for the workers before killing the ones left. */
const STOP_TIMEOUT_MS = 15_000;

/** Where the workers listen, once they all do. */
export interface ClusterAddress {
  address: string;
  port: number;
}

/** Options of the primary. */
export interface ClusterOptions {
  workers: number;
  /** Environment added to each worker's (what glibc reads at start: MALLOC_ARENA_MAX). */
  workerEnv: Record<string, string>;
  /** Node's command-line flags for each worker (default: the primary's own). */
  workerExecArgv?: string[];
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Called once, when every first-generation worker listens. */
  onListening(address: ClusterAddress): void;
}

/** The running primary. */
export interface ClusterPrimary {
  /** Stops every worker gracefully; resolves with the exit code the primary should use. */
  stop(): Promise<number>;
}

interface Slot {
  jobs: boolean;
  worker: Worker;
  startedAt: number;
  backoffMs: number;
}

/** Forks the workers (call in the primary only). */
export function startCluster(options: ClusterOptions): ClusterPrimary {
  const slots: Slot[] = [];
  let stopping = false;
  let failed = false;
  let firstListening = 0;
  let announced = false;
  if (options.workerExecArgv) cluster.setupPrimary({ execArgv: options.workerExecArgv });

  const fork = (index: number, jobs: boolean, backoffMs: number): void => {
    const worker = cluster.fork({ [JOBS_WORKER_ENV]: jobs ? '1' : '0', ...options.workerEnv });
    const slot: Slot = { jobs, worker, startedAt: Date.now(), backoffMs };
    slots[index] = slot;
    worker.on('listening', (address) => {
      if (announced) {
        options.log.info({ worker: worker.id, pid: worker.process.pid }, 'replacement worker is serving');
        return;
      }
      firstListening++;
      if (firstListening === options.workers) {
        announced = true;
        options.onListening({ address: address.address ?? '', port: address.port });
      }
    });
    worker.on('exit', (code, signal) => {
      if (stopping) {
        if (code !== 0) failed = true;
        return;
      }
      const quick = Date.now() - slot.startedAt < CRASH_WINDOW_MS;
      const delay = quick ? Math.min(MAX_BACKOFF_MS, Math.max(1000, backoffMs * 2)) : 0;
      options.log.error(
        { worker: worker.id, pid: worker.process.pid, code, signal, restartInMs: delay },
        `worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting a replacement`,
      );
      const timer = setTimeout(() => {
        if (!stopping) fork(index, jobs, quick ? delay : 0);
      }, delay);
      timer.unref();
    });
  };

  for (let i = 0; i < options.workers; i++) fork(i, i === 0, 0);
  options.log.info({ workers: options.workers }, `Started ${options.workers} worker processes.`);

  return {
    stop() {
      stopping = true;
      const alive = slots.map((s) => s.worker).filter((w) => !w.isDead());
      return new Promise<number>((resolve) => {
        let left = alive.length;
        if (left === 0) return resolve(failed ? 1 : 0);
        const kill = setTimeout(() => {
          options.log.warn('workers still running after 15 s: killing them');
          failed = true;
          for (const w of alive) if (!w.isDead()) w.process.kill('SIGKILL');
        }, STOP_TIMEOUT_MS);
        for (const w of alive) {
          w.once('exit', () => {
            left--;
            if (left === 0) {
              clearTimeout(kill);
              resolve(failed ? 1 : 0);
            }
          });
          w.process.kill('SIGTERM');
        }
      });
    },
  };
}
