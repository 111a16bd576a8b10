// Login throttling rules: limits per account and per IP inside a sliding 15-minute window.
import { describe, expect, it } from 'vitest';
import { decideThrottle, DEFAULT_THROTTLE_POLICY as policy } from './throttle.ts';

const now = new Date('2026-11-26T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
const times = (...mins: number[]) => mins.map(minutesAgo);

describe('login throttling', () => {
  it('allows up to 4 recent failures for an account', () => {
    expect(decideThrottle({ account: times(1, 2, 3, 4), ip: [] }, now, policy)).toEqual({ allowed: true });
  });

  it('refuses at 5 failures until the oldest counted one is 15 minutes old', () => {
    const d = decideThrottle({ account: times(1, 2, 3, 4, 10), ip: [] }, now, policy);
    expect(d).toEqual({ allowed: false, scope: 'account', retryAt: new Date(now.getTime() + 5 * 60_000) });
  });

  it('allows again once the 5th newest failure has left the window', () => {
    expect(decideThrottle({ account: times(1, 2, 3, 4, 15), ip: [] }, now, policy)).toEqual({
      allowed: true,
    });
  });

  it('refuses an IP at 20 failures across accounts', () => {
    const ip = Array.from({ length: 20 }, (_, i) => minutesAgo(i * 0.5));
    const d = decideThrottle({ account: [], ip }, now, policy);
    expect(d).toMatchObject({ allowed: false, scope: 'ip' });
    expect(decideThrottle({ account: [], ip: ip.slice(0, 19) }, now, policy)).toEqual({ allowed: true });
  });

  it('reports the later retry time when both limits are hit', () => {
    const ip = Array.from({ length: 20 }, () => minutesAgo(1));
    const d = decideThrottle({ account: times(1, 2, 3, 4, 14), ip }, now, policy);
    expect(d).toEqual({ allowed: false, scope: 'ip', retryAt: new Date(now.getTime() + 14 * 60_000) });
  });
});
