// Session rules (pure): tokens, their hashes, and when a session has expired. The cookie holds
// a random 32-byte token; the database only ever sees its SHA-256.
import { createHash, randomBytes } from 'node:crypto';

/** How long sessions live. */
export interface SessionPolicy {
  /** Ends after this long without a request. */
  idleMs: number;
  /** Ends this long after login, however active. */
  absoluteMs: number;
  /** `last_seen_at` is written at most this often (saves a write per request). */
  touchEveryMs: number;
}

const MINUTE = 60_000;

/** Defaults: 2 hours idle, 14 days absolute. */
export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMs: 120 * MINUTE,
  absoluteMs: 14 * 24 * 60 * MINUTE,
  touchEveryMs: MINUTE,
};

/** A new random session token (base64url, 43 characters). */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A new random CSRF token for a session. */
export function newCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The stored form of a token. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The timestamps that decide a session's life. */
export interface SessionTimes {
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

/** Why a session is no longer usable, or 'active'. */
export type SessionState = 'active' | 'idle-expired' | 'expired';

/** Whether the session is still usable at `now`. */
export function sessionState(s: SessionTimes, now: Date, policy: SessionPolicy): SessionState {
  const t = now.getTime();
  if (t >= Date.parse(s.expiresAt)) return 'expired';
  if (t - Date.parse(s.lastSeenAt) >= policy.idleMs) return 'idle-expired';
  return 'active';
}

/** True when `last_seen_at` is old enough to be worth rewriting. */
export function shouldTouch(s: SessionTimes, now: Date, policy: SessionPolicy): boolean {
  return now.getTime() - Date.parse(s.lastSeenAt) >= policy.touchEveryMs;
}

/** The absolute expiry of a session created at `now`. */
export function absoluteExpiry(now: Date, policy: SessionPolicy): Date {
  return new Date(now.getTime() + policy.absoluteMs);
}
