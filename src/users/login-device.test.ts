import { describe, expect, it } from 'vitest';
import { deviceIdOf, issueDeviceToken } from './login-device.ts';

const KEY = 'k'.repeat(48);

describe('device tokens', () => {
  it('a token names its device for the account it was issued for, and nothing else', () => {
    const token = issueDeviceToken(KEY, 'ann@news.test');
    const id = deviceIdOf(KEY, 'ann@news.test', token);
    expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(token.startsWith(`${id}.`)).toBe(true);
    expect(deviceIdOf(KEY, 'bob@news.test', token)).toBeNull();
    expect(deviceIdOf('x'.repeat(48), 'ann@news.test', token)).toBeNull();
    // Change one character of the signature. Its last character is one of A, Q, g or w (a 256-bit
    // signature leaves four unused bits), so a fixed replacement would equal the real one a quarter
    // of the time: replace a character with one it is not.
    const sig = token.slice(id!.length + 1);
    for (const at of [0, sig.length - 1]) {
      const other = sig[at] === 'A' ? 'B' : 'A';
      const forged = `${id}.${sig.slice(0, at)}${other}${sig.slice(at + 1)}`;
      expect(forged).not.toBe(token);
      expect(deviceIdOf(KEY, 'ann@news.test', forged)).toBeNull();
    }
    expect(deviceIdOf(KEY, 'ann@news.test', `${id}.`)).toBeNull();
    expect(deviceIdOf(KEY, 'ann@news.test', undefined)).toBeNull();
    expect(issueDeviceToken(KEY, 'ann@news.test')).not.toBe(token);
  });
});
