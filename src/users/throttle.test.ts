// Login throttling rules: which buckets an attempt counts in.
import { describe, expect, it } from 'vitest';
import { accountBucketKeys, DEFAULT_THROTTLE_POLICY as policy, loginBuckets } from './throttle.ts';

describe('login buckets', () => {
  it('counts a stranger per account and address, per address, and per account', () => {
    const buckets = loginBuckets({ email: 'ann@news.test', ip: '203.0.113.7', deviceId: null }, policy);
    expect(buckets.map((b) => [b.scope, b.key, b.limit, b.windowMs / 60_000])).toEqual([
      ['account-ip', 'login:account-ip:ann@news.test|203.0.113.7', 5, 15],
      ['ip', 'login:ip:203.0.113.7', 20, 15],
      ['account', 'login:account:ann@news.test', 30, 60],
    ]);
  });

  it('counts a trusted device in its own bucket only', () => {
    const buckets = loginBuckets({ email: 'ann@news.test', ip: '203.0.113.7', deviceId: 'abc' }, policy);
    expect(buckets.map((b) => [b.scope, b.key, b.limit])).toEqual([['device', 'login:device:abc', 5]]);
  });

  it('the global limit is slower than the per-address one', () => {
    const perHour = (l: { limit: number; windowMs: number }) => (l.limit * 3_600_000) / l.windowMs;
    expect(perHour(policy.perAccount)).toBeGreaterThan(perHour(policy.perAccountAndIp));
    expect(policy.perAccount.windowMs).toBeGreaterThan(policy.perAccountAndIp.windowMs);
  });

  it('names the buckets to forget for an account', () => {
    const keys = accountBucketKeys('ann@news.test');
    const [accountIp, , account] = loginBuckets(
      { email: 'ann@news.test', ip: '::1', deviceId: null },
      policy,
    );
    expect(accountIp!.key.startsWith(keys.prefix)).toBe(true);
    expect(account!.key).toBe(keys.exact);
  });
});
