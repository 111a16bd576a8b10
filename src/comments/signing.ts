// HMAC-signed values for cookies and links (the "my pending comments" cookie), and random
// tokens stored only as hashes (subscription and privacy links).
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const mac = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url');

/** `payload.signature`; the payload must not contain a dot-free requirement, any text works. */
export function signValue(secret: string, payload: string): string {
  return `${Buffer.from(payload, 'utf8').toString('base64url')}.${mac(secret, payload)}`;
}

/** The payload of a value signed with `secret`, or null when missing, malformed or forged. */
export function verifySigned(secret: string, signed: string | undefined): string | null {
  if (!signed || signed.length > 4096) return null;
  const dot = signed.indexOf('.');
  if (dot <= 0) return null;
  let payload: string;
  try {
    payload = Buffer.from(signed.slice(0, dot), 'base64url').toString('utf8');
  } catch {
    return null;
  }
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signed.slice(dot + 1));
  return expected.length === given.length && timingSafeEqual(expected, given) ? payload : null;
}

/** A new random token for a link (sent once by mail; only its hash is stored). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored for a token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Comment ids a reader is allowed to see while they await moderation, with an expiry. */
export interface PendingPass {
  ids: number[];
  expiresAt: number;
}

/** Encodes a pending pass as a signed cookie value. */
export function encodePendingPass(secret: string, pass: PendingPass): string {
  return signValue(secret, `${pass.ids.join(',')}|${pass.expiresAt}`);
}

/** Decodes a pending pass; null when forged, malformed or expired at `now`. */
export function decodePendingPass(secret: string, value: string | undefined, now: Date): PendingPass | null {
  const payload = verifySigned(secret, value);
  if (!payload) return null;
  const match = /^([0-9,]{0,2000})\|([0-9]{1,16})$/.exec(payload);
  if (!match) return null;
  const expiresAt = Number(match[2]);
  if (expiresAt <= now.getTime()) return null;
  const ids = match[1]!
    .split(',')
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isSafeInteger(n) && n > 0);
  return { ids, expiresAt };
}
