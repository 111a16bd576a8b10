// Builds the account dependencies: repositories, the password hasher, the session and throttle
// policies (their housekeeping job is users/account-cleanup-job.ts).
import type { Kysely } from 'kysely';
import { RateLimitRepo } from '../db/rate-limit-repo.ts';
import type { Database } from '../db/schema.ts';
import type { AccountDeps } from '../users/account-deps.ts';
import { AuditRepo } from '../users/audit-repo.ts';
import { loadCommonPasswords } from '../users/common-passwords.ts';
import { LoginAttemptRepo } from '../users/login-attempt-repo.ts';
import { createScryptHasher, DEFAULT_SCRYPT_PARAMS, type ScryptParams } from '../users/password-hash.ts';
import { DEFAULT_SESSION_POLICY } from '../users/session.ts';
import { SessionRepo } from '../users/session-repo.ts';
import { DEFAULT_THROTTLE_POLICY } from '../users/throttle.ts';
import type { UserRepo } from '../users/user-repo.ts';
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
