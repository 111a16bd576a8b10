// Background jobs (scheduled publishing, mail outbox, IP purge…). Each job runs on a timer in
// every app instance; a job that must run exactly once across instances claims its work in the
// database (conditional UPDATE or FOR UPDATE SKIP LOCKED), so the runner itself stays simple.

/** A periodic piece of work. `run` must be safe to call concurrently from several instances. */
export interface Job {
  name: string;
  intervalMs: number;
  run(): Promise<void>;
}

/** Handle to stop the timers. */
export interface JobRunner {
  /** Runs every job once now (startup, tests). */
  runAll(): Promise<void>;
  /** True from start until stop() is called (the readiness probe reports it). */
  running(): boolean;
  stop(): Promise<void>;
}

/** Starts one timer per job; a run never overlaps the previous run of the same job. */
export function startJobs(jobs: Job[], onError: (job: string, err: unknown) => void): JobRunner {
  const running = new Map<string, Promise<void>>();
  const timers: NodeJS.Timeout[] = [];
  let stopped = false;

  const runOnce = (job: Job): Promise<void> => {
    const current = running.get(job.name);
    if (current) return current;
    const p = job
      .run()
      .catch((err: unknown) => onError(job.name, err))
      .finally(() => running.delete(job.name));
    running.set(job.name, p);
    return p;
  };

  for (const job of jobs) {
    const timer = setInterval(() => {
      if (!stopped) void runOnce(job);
    }, job.intervalMs);
    timer.unref();
    timers.push(timer);
  }

  return {
    runAll: async () => {
      await Promise.all(jobs.map(runOnce));
    },
    running: () => !stopped,
    async stop() {
      stopped = true;
      for (const t of timers) clearInterval(t);
      await Promise.all(running.values());
    },
  };
}
