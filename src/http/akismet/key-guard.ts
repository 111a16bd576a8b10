// API key resolution (body `api_key`/`key`, else the first label of the Host header), a short
// in-memory cache of valid keys, and the limits kept in the database (shared by every instance
// and across restarts): each key's requests per minute, and each address's invalid key guesses.
// An instance takes a key's hits from the database a few at a time (a twentieth of the limit, at
// most 20) and hands them out itself, so a busy key costs one upsert per few requests rather than
// one each; hits an instance took and did not use are lost at the end of the minute, which errs
// on the side of the limit. Usage is counted in memory and written in batches.
import type { RateLimitStore } from '../../db/rate-limit-repo.ts';
import { BoundedMemo } from '../../kernel/bounded-memo.ts';
import type { ApiKeyRecord } from '../../spam/network/api-key-repo.ts';
import { API_KEY_PATTERN, hashApiKey, usageMonth } from '../../spam/network/api-keys.ts';

/** Invalid keys one address may try: 20 per 15 minutes (a key has 96 random bits; this is for
 * the load and the logs, and for keys leaked in part). */
export const INVALID_KEY_LIMIT = { limit: 20, windowMs: 15 * 60_000 };

/** The key lookups the guard needs. */
export interface KeyStore {
  findActiveByHash(hash: string): Promise<ApiKeyRecord | null>;
  addUsage(keyId: number, month: string, calls: number): Promise<void>;
}

/** A request's key: valid, not valid, or not looked up because its address guessed too often. */
export type KeyCheck =
  { kind: 'valid'; record: ApiKeyRecord } | { kind: 'invalid' } | { kind: 'throttled'; retryAt: Date };

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
  /** Keys known valid, by hash: at most 2,000, the 1,000 used last always among them. */
  private readonly cache = new BoundedMemo<string, { record: ApiKeyRecord; until: number }>(2000);
  private pending = new Map<string, { keyId: number; month: string; calls: number }>();
  /**
   * Hits this instance took for a key and has not used yet, and the minute they belong to (of at
   * most 2,000 keys: a lease forgotten only costs its unused hits).
   */
  private readonly leases = new BoundedMemo<number, { until: number; left: number }>(2000);

  constructor(
    private readonly store: KeyStore,
    private readonly limits: RateLimitStore,
    private readonly now: () => Date,
  ) {}

  /**
   * Checks `key` for a request from `ip`. A key not known valid here takes a hit from the
   * address's invalid-key bucket before it is looked up (given back when it is valid), so
   * parallel guesses are counted too.
   */
  async check(key: string | null, ip: string): Promise<KeyCheck> {
    if (key === null) return { kind: 'invalid' };
    const hash = API_KEY_PATTERN.test(key) ? hashApiKey(key) : null;
    const at = Date.now();
    const hit = hash ? this.cache.get(hash) : undefined;
    if (hit && hit.until > at) return { kind: 'valid', record: hit.record };
    const bucket = `akismet:invalid-key:${ip}`;
    const taken = await this.limits.take(
      bucket,
      INVALID_KEY_LIMIT.limit,
      INVALID_KEY_LIMIT.windowMs,
      this.now(),
    );
    if (!taken.allowed) return { kind: 'throttled', retryAt: taken.retryAt };
    const record = hash ? await this.store.findActiveByHash(hash) : null;
    if (!record) {
      if (hash) this.cache.delete(hash);
      return { kind: 'invalid' };
    }
    await this.limits.giveBack(bucket, taken.windowEndsAt);
    this.cache.set(hash!, { record, until: at + CACHE_MS });
    return { kind: 'valid', record };
  }

  /** Forgets cached keys (after a revocation anywhere). */
  forget(): void {
    this.cache.clear();
  }

  /**
   * Admits a request with `record`'s key unless the key is over its requests per minute on all
   * instances together (then the time its minute ends); `count` adds it to the usage.
   */
  async admit(record: ApiKeyRecord, count = true): Promise<{ ok: true } | { ok: false; retryAt: Date }> {
    const now = this.now();
    const lease = this.leases.get(record.id);
    if (lease && lease.left > 0 && lease.until > now.getTime()) lease.left -= 1;
    else {
      const refused = await this.lease(record, now);
      if (refused) return { ok: false, retryAt: refused };
    }
    if (!count) return { ok: true };
    const month = usageMonth(now);
    const id = `${record.id}|${month}`;
    const p = this.pending.get(id) ?? { keyId: record.id, month, calls: 0 };
    p.calls++;
    this.pending.set(id, p);
    return { ok: true };
  }

  /** Takes hits for `record` from the database: a lease, else one; the retry time when full. */
  private async lease(record: ApiKeyRecord, now: Date): Promise<Date | null> {
    const bucket = `akismet:key:${record.id}`;
    const size = Math.max(1, Math.min(20, Math.floor(record.rateLimit / 20)));
    let taken = await this.limits.take(bucket, record.rateLimit, 60_000, now, size);
    let got = size;
    if (!taken.allowed && size > 1) {
      taken = await this.limits.take(bucket, record.rateLimit, 60_000, now, 1);
      got = 1;
    }
    if (!taken.allowed) return taken.retryAt;
    this.leases.set(record.id, { until: Date.parse(taken.windowEndsAt), left: got - 1 });
    return null;
  }

  /** Writes the counted usage (called on a timer, before reading usage and on close). */
  async flush(): Promise<void> {
    const batch = [...this.pending.values()];
    this.pending = new Map();
    for (const p of batch) await this.store.addUsage(p.keyId, p.month, p.calls);
  }
}
