// Creating, listing and revoking API keys; shared by the admin page and `silkpress apikey`.
import { type ApiKeyRecord, type ApiKeyWithUsage } from './api-key-repo.ts';
import { DEFAULT_RATE_LIMIT, apiKeyPrefix, generateApiKey, hashApiKey, usageMonth } from './api-keys.ts';

/** The key storage these functions use. */
export interface ApiKeyStore {
  create(key: {
    key_hash: string;
    key_prefix: string;
    label: string;
    site_url: string | null;
    rate_limit: number;
    created_at: string;
    trusted: boolean;
  }): Promise<ApiKeyRecord>;
  list(month: string): Promise<ApiKeyWithUsage[]>;
  revoke(id: number, now: Date): Promise<boolean>;
}

/** What a new key needs. */
export interface NewApiKey {
  label: string;
  siteUrl?: string | null;
  rateLimit?: number;
  /** A hub counts this client's spam reports alone, for every client (docs/spam.md, "The hub"). */
  trusted?: boolean;
}

/** Creates a key; the returned `key` is shown once and never stored. */
export async function createApiKey(
  store: ApiKeyStore,
  input: NewApiKey,
  now: Date,
): Promise<{ key: string; record: ApiKeyRecord }> {
  const label = input.label.trim();
  if (label === '' || label.length > 100) throw new RangeError('The label must be 1–100 characters.');
  const rateLimit = input.rateLimit ?? DEFAULT_RATE_LIMIT;
  if (!Number.isInteger(rateLimit) || rateLimit < 1 || rateLimit > 1_000_000)
    throw new RangeError('The rate limit must be a whole number of requests per minute, 1–1,000,000.');
  const siteUrl = input.siteUrl?.trim() || null;
  if (siteUrl !== null && !/^https?:\/\/[^\s]+$/i.test(siteUrl))
    throw new RangeError('The site URL must start with http:// or https://.');
  const key = generateApiKey();
  const record = await store.create({
    key_hash: hashApiKey(key),
    key_prefix: apiKeyPrefix(key),
    label,
    site_url: siteUrl,
    rate_limit: rateLimit,
    created_at: now.toISOString(),
    trusted: input.trusted === true,
  });
  return { key, record };
}

/** Every key with this month's and total usage. */
export function listApiKeys(store: ApiKeyStore, now: Date): Promise<ApiKeyWithUsage[]> {
  return store.list(usageMonth(now));
}
