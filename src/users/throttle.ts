// Login throttling rules (pure): too many failures for one account or from one address within
// the window refuse further attempts until the oldest counted failure leaves the window.

/** Limits on failed logins. */
export interface ThrottlePolicy {
  perAccount: number;
  perIp: number;
  windowMs: number;
}

/** 5 failures per account or 20 per IP within 15 minutes. */
export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  perAccount: 5,
  perIp: 20,
  windowMs: 15 * 60_000,
};

/** Recent failures, newest first, each list at most the relevant limit long. */
export interface RecentFailures {
  account: string[];
  ip: string[];
}

/** Allowed, or refused until `retryAt`. */
export type ThrottleDecision = { allowed: true } | { allowed: false; retryAt: Date; scope: 'account' | 'ip' };

function blockedUntil(newestFirst: string[], limit: number, windowMs: number, now: Date): Date | null {
  if (newestFirst.length < limit) return null;
  // With `limit` failures in the window, one more is allowed once the limit-th newest expires.
  const until = Date.parse(newestFirst[limit - 1]!) + windowMs;
  return until > now.getTime() ? new Date(until) : null;
}

/** Decides whether a login attempt may proceed at `now`. */
export function decideThrottle(recent: RecentFailures, now: Date, policy: ThrottlePolicy): ThrottleDecision {
  const account = blockedUntil(recent.account, policy.perAccount, policy.windowMs, now);
  const ip = blockedUntil(recent.ip, policy.perIp, policy.windowMs, now);
  if (!account && !ip) return { allowed: true };
  if (account && (!ip || account >= ip)) return { allowed: false, retryAt: account, scope: 'account' };
  return { allowed: false, retryAt: ip!, scope: 'ip' };
}

/** Start of the window at `now` (failures before it no longer count). */
export function windowStart(now: Date, policy: ThrottlePolicy): Date {
  return new Date(now.getTime() - policy.windowMs);
}
