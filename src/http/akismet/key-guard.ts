// API key resolution (body `api_key`/`key`, else the first label of the Host header), a short
// in-memory cache of valid keys, per-key rate limiting per minute, and batched usage counting.
import type { ApiKeyRecord } from '../../spam/api-key-repo.ts';
import { API_KEY_PATTERN, hashApiKey, usageMonth } from '../../spam/api-keys.ts';

/** Change-bus key announcing that API keys changed (revoked, created). */
export const API_KEYS_CHANGED = 'spam-apikeys';

/** The key lookups the guard needs. */
export interface KeyStore {
  findActiveByHash(hash: string): Promise<ApiKeyRecord | null>;
  addUsage(keyId: number, month: string, calls: number): Promise<void>;
}

/** The key a request carries, or null. */
export function requestKey(params: Record<string, string>, host: string | undefined): string | null {
  const body = (params.api_key ?? params.key ?? '').trim().toLowerCase();
  if (body !== '') return body;
  const name = (host ?? '').replace(/:\d+$/, '').toLowerCase();
  const dot = name.indexOf('.');
  if (dot <= 0) return null;
  const label = name.slice(0, dot);
  return API_KEY_PATTERN.test(label) ? label : null;
}

const CACHE_MS = 30_000;

/** Validates keys, limits their rate and counts their usage. */
export class KeyGuard {
  private readonly cache = new Map<string, { record: ApiKeyRecord; until: number }>();
  private readonly windows = new Map<number, { minute: number; count: number }>();
  private pending = new Map<string, { keyId: number; month: string; calls: number }>();

  constructor(
    private readonly store: KeyStore,
    private readonly now: () => Date,
  ) {}

  /** The active key record for `key`, or null. */
  async resolve(key: string | null): Promise<ApiKeyRecord | null> {
    if (key === null || !API_KEY_PATTERN.test(key)) return null;
    const hash = hashApiKey(key);
    const at = Date.now();
    const hit = this.cache.get(hash);
    if (hit && hit.until > at) return hit.record;
    const record = await this.store.findActiveByHash(hash);
    if (record) {
      if (this.cache.size > 1000) this.cache.clear();
      this.cache.set(hash, { record, until: at + CACHE_MS });
    } else this.cache.delete(hash);
    return record;
  }

  /** Forgets cached keys (after a revocation anywhere). */
  forget(): void {
    this.cache.clear();
  }

  /** Admits a request (false when the key is over its per-minute limit); `count` adds it to usage. */
  admit(record: ApiKeyRecord, count = true): boolean {
    const minute = Math.floor(this.now().getTime() / 60_000);
    const w = this.windows.get(record.id);
    if (!w || w.minute !== minute) {
      this.windows.set(record.id, { minute, count: 1 });
    } else {
      if (w.count >= record.rateLimit) return false;
      w.count++;
    }
    if (!count) return true;
    const month = usageMonth(this.now());
    const id = `${record.id}|${month}`;
    const p = this.pending.get(id) ?? { keyId: record.id, month, calls: 0 };
    p.calls++;
    this.pending.set(id, p);
    return true;
  }

  /** Writes the counted usage (called on a timer, before reading usage and on close). */
  async flush(): Promise<void> {
    const batch = [...this.pending.values()];
    this.pending = new Map();
    for (const p of batch) await this.store.addUsage(p.keyId, p.month, p.calls);
  }
}
