// The job that deletes ended rate-limit windows (db/rate-limit-repo.ts).
import type { RateLimitRepo } from '../db/rate-limit-repo.ts';
import type { Clock } from '../kernel/clock.ts';
import type { Job } from './runner.ts';

/** Deletes ended windows every 15 minutes (idempotent deletes: every instance may run it). */
export function rateLimitCleanupJob(repo: Pick<RateLimitRepo, 'deleteExpired'>, clock: Clock): Job {
  return {
    name: 'rate-limit-cleanup',
    intervalMs: 15 * 60_000,
    run: async () => void (await repo.deleteExpired(clock.now())),
  };
}
