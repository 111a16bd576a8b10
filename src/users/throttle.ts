// Login throttling rules (pure). An attempt takes a hit in each of its buckets BEFORE the password
// is hashed (so parallel guesses are counted too); a successful login gives its hits back. The
// buckets limit guessing without letting a stranger lock the owner out:
// - per account from one address (or one trusted device): a few guesses, then a wait;
// - per address across accounts: one address spraying many accounts;
// - per account from everywhere (the slow, global limit): many addresses guessing one account.
//   A browser that has logged in to the account before (its signed device cookie) is exempt from
//   this and from the per-address limit, and counts in its own bucket instead, so an attacker
//   who trips them does not lock the owner out of their own browser.

/** At most `limit` counted attempts in a window of `windowMs` starting at the first. */
export interface Limit {
  limit: number;
  windowMs: number;
}

/** Limits on login attempts (docs/decisions/002-sessions.md, "Brute force"). */
export interface ThrottlePolicy {
  perAccountAndIp: Limit;
  perIp: Limit;
  perAccount: Limit;
  perDevice: Limit;
}

const MINUTE = 60_000;

/** 5 per account and address, 20 per address per 15 minutes; 30 per account per hour. */
export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  perAccountAndIp: { limit: 5, windowMs: 15 * MINUTE },
  perIp: { limit: 20, windowMs: 15 * MINUTE },
  perAccount: { limit: 30, windowMs: 60 * MINUTE },
  perDevice: { limit: 5, windowMs: 15 * MINUTE },
};

/** Which limit refused (or was reached by) an attempt. */
export type ThrottleScope = 'account-ip' | 'ip' | 'account' | 'device';

/** One bucket an attempt counts in. */
export interface ThrottleBucket extends Limit {
  scope: ThrottleScope;
  key: string;
}

/** Who is attempting: the normalised email, the address, and a trusted device's id (or null). */
export interface LoginSource {
  email: string;
  ip: string;
  deviceId: string | null;
}

const accountIpPrefix = (email: string) => `login:account-ip:${email}|`;
const accountKey = (email: string) => `login:account:${email}`;

/** The buckets one attempt counts in, the narrowest first. */
export function loginBuckets(source: LoginSource, policy: ThrottlePolicy): ThrottleBucket[] {
  if (source.deviceId !== null)
    return [{ scope: 'device', key: `login:device:${source.deviceId}`, ...policy.perDevice }];
  return [
    { scope: 'account-ip', key: `${accountIpPrefix(source.email)}${source.ip}`, ...policy.perAccountAndIp },
    { scope: 'ip', key: `login:ip:${source.ip}`, ...policy.perIp },
    { scope: 'account', key: accountKey(source.email), ...policy.perAccount },
  ];
}

/** The bucket keys to forget so an account can log in at once (an operator reset its password). */
export function accountBucketKeys(email: string): { exact: string; prefix: string } {
  return { exact: accountKey(email), prefix: accountIpPrefix(email) };
}
