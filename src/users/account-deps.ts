// What the account functions need, built once by the composition root.
import type { AuditRepo } from './audit-repo.ts';
import type { LoginAttemptRepo } from './login-attempt-repo.ts';
import type { PasswordHasher } from './password-hash.ts';
import type { SessionPolicy } from './session.ts';
import type { SessionRepo } from './session-repo.ts';
import type { ThrottlePolicy } from './throttle.ts';
import type { RateLimitStore } from '../db/rate-limit-repo.ts';
import type { Role } from './user.ts';
import type { UserRepo } from './user-repo.ts';
import type { Clock } from '../kernel/clock.ts';

/** Repositories, hasher, policies and clock for accounts, sessions and the audit log. */
export interface AccountDeps extends Clock {
  users: UserRepo;
  sessions: SessionRepo;
  attempts: LoginAttemptRepo;
  audit: AuditRepo;
  hasher: PasswordHasher;
  commonPasswords: Set<string>;
  sessionPolicy: SessionPolicy;
  throttlePolicy: ThrottlePolicy;
  /** Throttle buckets, shared by every instance (db/rate-limit-repo.ts). */
  limits: RateLimitStore;
  /** Signs device cookies (login-device.ts): the site's secret. */
  deviceKey: string;
}

/** Who did something, and from where (for the audit log). */
export interface ActingUser {
  id: number;
  name: string;
  role: Role;
  ip: string;
}
