// Device cookies (OWASP, "Slow down online guessing attacks with device cookies"): a browser that
// logged in to an account gets a token signed for that account; its later attempts count in a
// bucket of their own instead of the limits strangers can trip. Signed with the site's secret,
// stored nowhere; a token names a random device id and the account it was issued for.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const sign = (key: string, email: string, id: string): string =>
  createHmac('sha256', key).update(`login-device\u0000${email}\u0000${id}`).digest('base64url');

/** A new device token for `email` (normalised). */
export function issueDeviceToken(key: string, email: string): string {
  const id = randomBytes(12).toString('base64url');
  return `${id}.${sign(key, email, id)}`;
}

/** The device id of a token issued for `email` with `key`, or null (absent, forged, other account). */
export function deviceIdOf(key: string, email: string, token: string | null | undefined): string | null {
  const m = /^([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '');
  if (!m) return null;
  const expected = Buffer.from(sign(key, email, m[1]!));
  const given = Buffer.from(m[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? m[1]! : null;
}
