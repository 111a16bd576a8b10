// Logging in and out, and resolving a session cookie to a user. Every login attempt costs
// exactly one password verification, whether or not the email exists, so response time does
// not reveal accounts; refused (throttled) attempts cost none, for known and unknown emails alike.
// An attempt is counted in its throttle buckets BEFORE the password is hashed (throttle.ts).
import type { AccountDeps } from './account-deps.ts';
import { deviceIdOf, issueDeviceToken } from './login-device.ts';
import type { Session } from './session-repo.ts';
import { absoluteExpiry, hashSessionToken, newCsrfToken, newSessionToken, sessionState } from './session.ts';
import { accountBucketKeys, loginBuckets, type ThrottleBucket } from './throttle.ts';
import type { User } from './user.ts';

/** What a login form submitted, plus where it came from. */
export interface LoginInput {
  email: string;
  password: string;
  ip: string;
  userAgent: string;
  /** The browser's device cookie, if it has one (login-device.ts). */
  deviceToken?: string | null;
}

/** A login's outcome. `invalid` covers unknown email, wrong password and no password alike. */
export type LoginResult =
  | { ok: true; user: User; token: string; sessionId: number; deviceToken: string }
  | { ok: false; reason: 'invalid' | 'deactivated' }
  | { ok: false; reason: 'throttled'; retryAt: Date };

/** Normalises an email for lookups and throttling keys. */
export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

/** A hit taken in a bucket, to give back if the attempt turns out not to count. */
interface Taken {
  bucket: ThrottleBucket;
  hits: number;
  windowEndsAt: string;
}

/** Takes a hit in each bucket, or none at all and the time the refusing bucket opens again. */
async function admit(
  deps: AccountDeps,
  buckets: ThrottleBucket[],
  now: Date,
): Promise<{ taken: Taken[] } | { retryAt: Date }> {
  const taken: Taken[] = [];
  for (const bucket of buckets) {
    const t = await deps.limits.take(bucket.key, bucket.limit, bucket.windowMs, now);
    if (!t.allowed) {
      await giveBack(deps, taken);
      return { retryAt: t.retryAt };
    }
    taken.push({ bucket, hits: t.hits, windowEndsAt: t.windowEndsAt });
  }
  return { taken };
}

async function giveBack(deps: AccountDeps, taken: Taken[]): Promise<void> {
  for (const t of taken) await deps.limits.giveBack(t.bucket.key, t.windowEndsAt);
}

/** Checks credentials and opens a session. */
export async function logIn(deps: AccountDeps, input: LoginInput): Promise<LoginResult> {
  const now = deps.now();
  const email = normalizeEmail(input.email).slice(0, 320);
  const deviceId = deviceIdOf(deps.deviceKey, email, input.deviceToken);
  const admitted = await admit(
    deps,
    loginBuckets({ email, ip: input.ip, deviceId }, deps.throttlePolicy),
    now,
  );
  if ('retryAt' in admitted) return { ok: false, reason: 'throttled', retryAt: admitted.retryAt };
  const { taken } = admitted;

  const found = await deps.users.findCredentials(email);
  const stored = found?.passwordHash ?? (await deps.hasher.dummyHash());
  // Stored passwords are at most 256 characters, so a cut-off longer input still never matches;
  // the cut only bounds the hashing work an attacker can ask for.
  const matches = await deps.hasher.verify(input.password.slice(0, 1024), stored);
  if (!found || !found.passwordHash || !matches) {
    await deps.attempts.record({ email, ip: input.ip, succeeded: false }, now);
    // The failure that fills a bucket is worth the owner's attention (once, not per refusal).
    const filled = taken.find((t) => t.hits === t.bucket.limit);
    if (filled) {
      await deps.audit.record(
        {
          actorId: null,
          actorName: '',
          action: 'login.throttled',
          target: filled.bucket.scope === 'ip' ? `ip:${input.ip}` : `email:${email}`,
          details: { scope: filled.bucket.scope, knownAccount: Boolean(found) },
          ip: input.ip,
        },
        now,
      );
    }
    return { ok: false, reason: 'invalid' };
  }
  const user = found.user;
  if (user.status !== 'active') {
    await deps.attempts.record({ email, ip: input.ip, succeeded: false }, now);
    return { ok: false, reason: 'deactivated' };
  }
  await deps.attempts.record({ email, ip: input.ip, succeeded: true }, now);
  // A success is not a guess: its hits go back, and this address's (or device's) failures for
  // the account are forgotten. Failures from elsewhere still count in the global bucket.
  await giveBack(deps, taken);
  for (const t of taken)
    if (t.bucket.scope === 'account-ip' || t.bucket.scope === 'device') await deps.limits.reset(t.bucket.key);
  if (deps.hasher.needsRehash(found.passwordHash)) {
    await deps.users.setPasswordHash(user.id, await deps.hasher.hash(input.password), now);
  }
  const token = newSessionToken();
  const sessionId = await deps.sessions.create(
    {
      tokenHash: hashSessionToken(token),
      userId: user.id,
      csrfToken: newCsrfToken(),
      ip: input.ip,
      userAgent: input.userAgent,
      expiresAt: absoluteExpiry(now, deps.sessionPolicy),
    },
    now,
  );
  await deps.audit.record(
    { actorId: user.id, actorName: user.name, action: 'user.login', target: `user:${user.id}`, ip: input.ip },
    now,
  );
  return { ok: true, user, token, sessionId, deviceToken: issueDeviceToken(deps.deviceKey, email) };
}

/** Forgets an account's failed logins everywhere (an operator has just reset its password). */
export async function forgetLoginFailures(deps: AccountDeps, email: string): Promise<void> {
  const keys = accountBucketKeys(normalizeEmail(email));
  await deps.limits.reset(keys.exact);
  await deps.limits.resetPrefix(keys.prefix);
}

/** Opens a session for a user who just proved who they are (first-run setup). */
export async function openSession(
  deps: AccountDeps,
  user: User,
  where: { ip: string; userAgent: string },
): Promise<{ token: string; sessionId: number }> {
  const now = deps.now();
  const token = newSessionToken();
  const sessionId = await deps.sessions.create(
    {
      tokenHash: hashSessionToken(token),
      userId: user.id,
      csrfToken: newCsrfToken(),
      ip: where.ip,
      userAgent: where.userAgent,
      expiresAt: absoluteExpiry(now, deps.sessionPolicy),
    },
    now,
  );
  return { token, sessionId };
}

/** Why a cookie no longer opens the admin (each gets its own message on the login page). */
export type SessionEndReason =
  'missing' | 'expired' | 'idle' | 'deactivated' | 'logged-out-everywhere' | 'password-changed';

/** A cookie's session: the user, or why there is none. */
export type SessionLookup =
  { ok: true; user: User; session: Session } | { ok: false; reason: SessionEndReason };

const endedReasons = new Set<SessionEndReason>(['deactivated', 'logged-out-everywhere', 'password-changed']);

/** Resolves a session token; expired and ended sessions are deleted as they are found. */
export async function resolveSession(deps: AccountDeps, token: string): Promise<SessionLookup> {
  const now = deps.now();
  const session = await deps.sessions.findByTokenHash(hashSessionToken(token));
  if (!session) return { ok: false, reason: 'missing' };
  if (session.endedReason) {
    await deps.sessions.delete(session.id);
    const reason = session.endedReason as SessionEndReason;
    return { ok: false, reason: endedReasons.has(reason) ? reason : 'missing' };
  }
  const state = sessionState(session, now, deps.sessionPolicy);
  if (state !== 'active') {
    await deps.sessions.delete(session.id);
    return { ok: false, reason: state === 'expired' ? 'expired' : 'idle' };
  }
  const user = await deps.users.findById(session.userId);
  if (!user || user.status !== 'active') {
    await deps.sessions.delete(session.id);
    return { ok: false, reason: 'deactivated' };
  }
  return { ok: true, user, session };
}

/** Ends this session. */
export async function logOut(deps: AccountDeps, session: Session, user: User, ip: string): Promise<void> {
  await deps.sessions.delete(session.id);
  await deps.audit.record(
    { actorId: user.id, actorName: user.name, action: 'user.logout', target: `user:${user.id}`, ip },
    deps.now(),
  );
}

/** Ends every session of the user, this one included; returns how many others were ended. */
export async function logOutEverywhere(
  deps: AccountDeps,
  session: Session,
  user: User,
  ip: string,
): Promise<number> {
  const others = await deps.sessions.endAllForUser(user.id, 'logged-out-everywhere', session.id);
  await deps.sessions.delete(session.id);
  await deps.audit.record(
    {
      actorId: user.id,
      actorName: user.name,
      action: 'user.logout_everywhere',
      target: `user:${user.id}`,
      details: { otherSessions: others },
      ip,
    },
    deps.now(),
  );
  return others;
}
