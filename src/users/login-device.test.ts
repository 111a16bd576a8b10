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
    expect(deviceIdOf(KEY, 'ann@news.test', `${token.slice(0, -1)}A`)).toBeNull();
    expect(deviceIdOf(KEY, 'ann@news.test', `${id}.`)).toBeNull();
    expect(deviceIdOf(KEY, 'ann@news.test', undefined)).toBeNull();
    expect(issueDeviceToken(KEY, 'ann@news.test')).not.toBe(token);
  });
});
