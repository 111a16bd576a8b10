// Private preview tokens: 32 random bytes, shown once as base64url; only their hash is stored.
import { createHash, randomBytes } from 'node:crypto';

/** A fresh token and the hash to store. */
export function newPreviewToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashPreviewToken(token) };
}

/** The stored form of a token. */
export function hashPreviewToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** True when `token` has the shape of one of ours (43 base64url characters). */
export function isPreviewTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** Statuses a preview link may show: not yet public, not in the trash. */
export function isPreviewable(status: string): boolean {
  return status === 'draft' || status === 'review' || status === 'scheduled' || status === 'published';
}
