// The accounts' housekeeping job: expired sessions and old login attempts.
import type { Job } from '../jobs/runner.ts';
import type { AccountDeps } from './account-deps.ts';

/** Deletes expired sessions and login attempts older than a day (safe on every instance). */
export function accountCleanupJob(deps: AccountDeps): Job {
  return {
    name: 'account-cleanup',
    intervalMs: 15 * 60_000,
    async run() {
      const now = deps.now();
      await deps.sessions.deleteExpired(now, deps.sessionPolicy.idleMs);
      await deps.attempts.deleteOlderThan(new Date(now.getTime() - 24 * 60 * 60_000));
    },
  };
}
