// Session rules with an injected clock: idle and absolute expiry, touching, token hashing.
import { describe, expect, it } from 'vitest';
import {
  absoluteExpiry,
  DEFAULT_SESSION_POLICY as policy,
  hashSessionToken,
  newSessionToken,
  sessionState,
  shouldTouch,
} from './session.ts';

const start = new Date('2026-11-26T08:00:00Z');
const at = (ms: number) => new Date(start.getTime() + ms);
const H = 60 * 60_000;

describe('sessions', () => {
  const session = {
    createdAt: start.toISOString(),
    lastSeenAt: start.toISOString(),
    expiresAt: absoluteExpiry(start, policy).toISOString(),
  };

  it('issues 32-byte random tokens and stores only their SHA-256', () => {
    const token = newSessionToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newSessionToken()).not.toBe(token);
    expect(hashSessionToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSessionToken(token)).not.toContain(token);
  });

  it('is active until 2 idle hours have passed', () => {
    expect(sessionState(session, at(2 * H - 1), policy)).toBe('active');
    expect(sessionState(session, at(2 * H), policy)).toBe('idle-expired');
  });

  it('expires 14 days after login however recently it was used', () => {
    const busy = { ...session, lastSeenAt: at(14 * 24 * H - 60_000).toISOString() };
    expect(sessionState(busy, at(14 * 24 * H - 1), policy)).toBe('active');
    expect(sessionState(busy, at(14 * 24 * H), policy)).toBe('expired');
  });

  it('rewrites last-seen at most once a minute', () => {
    expect(shouldTouch(session, at(59_000), policy)).toBe(false);
    expect(shouldTouch(session, at(60_000), policy)).toBe(true);
  });
});
