// Flood control and duplicate detection: pure rules over timestamps and text.
import { createHash } from 'node:crypto';

/** The latest comment times (ISO) from the same IP and the same email, if any. */
export interface FloodInput {
  floodSeconds: number;
  now: Date;
  lastFromIp: string | null;
  lastFromEmail: string | null;
}

/** Null when the comment may be posted, else how many seconds to wait. */
export function checkFlood(input: FloodInput): { retryAfterSeconds: number } | null {
  if (input.floodSeconds <= 0) return null;
  const latest = [input.lastFromIp, input.lastFromEmail]
    .filter((t): t is string => t !== null)
    .map((t) => Date.parse(t))
    .filter((t) => Number.isFinite(t))
    .reduce((a, b) => Math.max(a, b), -Infinity);
  if (latest === -Infinity) return null;
  const waitMs = latest + input.floodSeconds * 1000 - input.now.getTime();
  return waitMs > 0 ? { retryAfterSeconds: Math.ceil(waitMs / 1000) } : null;
}

/** Text compared for duplicates: case, spacing and line breaks don't make a comment new. */
export function normaliseForDuplicate(content: string): string {
  return content.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Key that is equal for "the same text by the same author on the same article" (a unique
 * index on it makes double submissions fail cleanly even when they race).
 */
export function duplicateKey(articleId: number, authorEmail: string, content: string): string {
  return createHash('sha256')
    .update(`${articleId}\u0000${authorEmail.trim().toLowerCase()}\u0000${normaliseForDuplicate(content)}`)
    .digest('base64url');
}
