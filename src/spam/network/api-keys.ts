// Akismet-compatible API keys. A key travels as the first label of a host name (KEY.your-host),
// so it is lower-case hex: case-insensitive and valid in DNS. Only its SHA-256 is stored.
import { createHash, randomBytes } from 'node:crypto';

/** Default requests per minute of a new key. */
export const DEFAULT_RATE_LIMIT = 600;

/** Shape of a key as clients send it. */
export const API_KEY_PATTERN = /^[0-9a-f]{24}$/;

/** A new random key (96 bits, 24 hex characters). */
export function generateApiKey(): string {
  return randomBytes(12).toString('hex');
}

/** The stored form of a key. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key.toLowerCase()).digest('hex');
}

/** The first characters shown in lists to recognise a key. */
export function apiKeyPrefix(key: string): string {
  return key.slice(0, 6);
}

/** `YYYY-MM` of an instant (usage is counted per UTC month). */
export function usageMonth(now: Date): string {
  return now.toISOString().slice(0, 7);
}
