// Builds the account dependencies and their housekeeping job (called by the composition root).
import type { Kysely } from 'kysely';
import { RateLimitRepo } from '../db/rate-limit-repo.ts';
import type { Database } from '../db/schema.ts';
import type { Job } from '../jobs/runner.ts';
import type { AccountDeps } from './account-deps.ts';
import { AuditRepo } from './audit-repo.ts';
import { loadCommonPasswords } from './common-passwords.ts';
import { LoginAttemptRepo } from './login-attempt-repo.ts';
import { createScryptHasher, DEFAULT_SCRYPT_PARAMS, type ScryptParams } from './password-hash.ts';
import { DEFAULT_SESSION_POLICY } from './session.ts';
import { SessionRepo } from './session-repo.ts';
import { DEFAULT_THROTTLE_POLICY } from './throttle.ts';
import type { UserRepo } from './user-repo.ts';
import type { Clock } from '../kernel/clock.ts';

/** Repositories and policies for accounts, with the default session and throttle policies. */
export function createAccountDeps(
  db: Kysely<Database>,
  users: UserRepo,
  clock: Clock,
  secretKey: string,
  passwordHashing: ScryptParams = DEFAULT_SCRYPT_PARAMS,
): AccountDeps {
  return {
    users,
    sessions: new SessionRepo(db),
    attempts: new LoginAttemptRepo(db),
    audit: new AuditRepo(db),
    hasher: createScryptHasher(passwordHashing),
    commonPasswords: loadCommonPasswords(),
    sessionPolicy: DEFAULT_SESSION_POLICY,
    throttlePolicy: DEFAULT_THROTTLE_POLICY,
    limits: new RateLimitRepo(db),
    deviceKey: secretKey,
    now: () => clock.now(),
  };
}

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
