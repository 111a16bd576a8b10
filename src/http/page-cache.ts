// In-process cache of rendered anonymous pages, with a dependency index so a change purges
// exactly the pages that show it (see content/change-keys.ts), plus the validators (ETag,
// Last-Modified) that let browsers and CDNs revalidate cheaply.
import { crc32 } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { ALL_CHANGED } from '../db/change-bus.ts';
import { cacheEntryBytes, objectBytes, stringBytes } from '../kernel/heap-bytes.ts';
import type { CompressedVariants } from './compression.ts';
import { baseEtag } from './compression.ts';
import { SlabPool } from './page-bytes.ts';
import { BodyPool, PageMemory } from './page-memory.ts';

/** A rendered response ready to send again. */
export interface CachedPage {
  status: number;
  contentType: string;
  /** UTF-8 bytes, encoded once: hashed for the ETag and written to every reader as they are. */
  body: Buffer;
  /** The body compressed with brotli or gzip, each once, on the first request that accepts it. */
  compressed: CompressedVariants;
  /** The identity body's ETag; a compressed body's adds its coding (compression.ts). */
  etag: string;
  lastModified: string;
  deps: string[];
  /** The pooled memory holding `body` and the compressed forms, reused once the page is evicted. */
  memory?: PageMemory;
}

/**
 * Validator of a response body (given whole or as consecutive chunks): its length in bytes and
 * CRC-32. A 500-comment page is half a megabyte hashed on every render; CRC-32 is three times
 * cheaper than SHA-1 (75 vs 218 µs) and serves the purpose, telling one version of a URL's page
 * from the next (two versions of one length agree by chance once in four billion).
 */
export function etagOf(body: Buffer | string | readonly Buffer[]): string {
  let crc = 0;
  let length = 0;
  const add = (chunk: Buffer | string) => {
    crc = crc32(chunk, crc);
    length += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
  };
  if (Array.isArray(body)) for (const chunk of body as readonly Buffer[]) add(chunk);
  else add(body as Buffer | string);
  return `"${length.toString(36)}-${(crc >>> 0).toString(36)}"`;
}

/**
 * Default memory budget of one process's page cache (PAGE_CACHE_MB). Every worker keeps its own
 * cache, so the budget counts once per core: 16 MB holds the pages readers actually ask for
 * again (home, the latest stories, tag pages: 300–800 article pages of 20–40 KB), and a crawler
 * walking the archive cannot grow a worker past it.
 */
export const DEFAULT_PAGE_CACHE_BYTES = 16 * 1024 * 1024;

/**
 * How long a page may be served from the cache before it is rendered again, even unchanged. An
 * article page carries the comment form's signed render time, and the spam filter reads a form
 * older than a day as a bot's: pages must not outlive that by far.
 */
export const DEFAULT_PAGE_MAX_AGE_MS = 60 * 60 * 1000;

/**
 * Bytes a stored page holds: its body, with room for the compressed forms, which once made add
 * about a third of the body (brotli and gzip of HTML take 25–30% each; small pages more), and
 * what every entry holds besides (its URL, the page's record, validators and dependency keys with
 * their places in the dependency index, the Buffer objects): about 1.5 KB a page in a heap
 * snapshot after the memory bench, where 256 bytes were counted before.
 */
function pageEntryBytes(page: CachedPage, key: string): number {
  let deps = objectBytes(page.deps.length);
  for (const dep of page.deps) deps += stringBytes(dep) + 64;
  return (
    Math.ceil((page.memory?.bytes ?? page.body.length) * 1.6) +
    cacheEntryBytes(key) +
    objectBytes(8) +
    stringBytes(page.etag) +
    stringBytes(page.lastModified) +
    deps +
    3 * 96
  );
}

/** Memory the send buffers of uncached pages may keep waiting for the next page. */
const JOINED_FREE_BYTES = 4 * 1024 * 1024;

/**
 * LRU of pages keyed by URL, bounded by entry count and by memory (pages in non-Latin scripts
 * take twice the bytes); `maxEntries` 0 disables storing (validators still work). It also holds
 * the reusable memory that freshly rendered pages are encoded into before they are stored or
 * sent (page-bytes.ts), so each app has its own.
 */
export class PageCache {
  private readonly pages: LRUCache<string, CachedPage> | null;
  private readonly byDep = new Map<string, Set<string>>();
  readonly slabs = new SlabPool();
  /** Buffers a page of several slabs is copied into to be sent in one write (send-page.ts). */
  readonly joined = new BodyPool(JOINED_FREE_BYTES);
  /** Memory of evicted pages, for the next pages stored (page-memory.ts). */
  readonly bodies: BodyPool;

  constructor(
    maxEntries: number,
    maxBytes = DEFAULT_PAGE_CACHE_BYTES,
    options: { maxAgeMs?: number; clock?: { now(): number } } = {},
  ) {
    this.bodies = new BodyPool(Math.floor(maxBytes / 4));
    this.pages =
      maxEntries > 0
        ? new LRUCache<string, CachedPage>({
            max: maxEntries,
            maxSize: maxBytes,
            ttl: options.maxAgeMs ?? DEFAULT_PAGE_MAX_AGE_MS,
            // Expired pages are dropped when next asked for, not by timers.
            ttlAutopurge: false,
            ...(options.clock ? { perf: options.clock, ttlResolution: 0 } : {}),
            sizeCalculation: pageEntryBytes,
            dispose: (page, key) => {
              this.unindex(key, page.deps);
              page.memory?.drop();
            },
          })
        : null;
  }

  get enabled(): boolean {
    return this.pages !== null;
  }

  get size(): number {
    return this.pages?.size ?? 0;
  }

  /** Pooled memory for a page about to be stored. */
  newMemory(): PageMemory {
    return new PageMemory(this.bodies);
  }

  get(key: string): CachedPage | undefined {
    return this.pages?.get(key);
  }

  set(key: string, page: CachedPage): void {
    if (!this.pages) return;
    this.pages.set(key, page);
    for (const dep of page.deps) {
      let keys = this.byDep.get(dep);
      if (!keys) this.byDep.set(dep, (keys = new Set()));
      keys.add(key);
    }
  }

  /** Drops every page that depends on one of `changed` (`*` drops everything). */
  invalidate(changed: string[]): void {
    if (!this.pages) return;
    if (changed.includes(ALL_CHANGED)) {
      this.pages.clear();
      this.byDep.clear();
      return;
    }
    for (const dep of changed) {
      const keys = this.byDep.get(dep);
      if (!keys) continue;
      for (const key of [...keys]) this.pages.delete(key);
      this.byDep.delete(dep);
    }
  }

  private unindex(key: string, deps: string[]): void {
    for (const dep of deps) {
      const keys = this.byDep.get(dep);
      keys?.delete(key);
      if (keys?.size === 0) this.byDep.delete(dep);
    }
  }
}

/** True when the request's validators match the page (so a 304 can be sent). */
export function isNotModified(
  headers: Record<string, string | string[] | undefined>,
  page: Pick<CachedPage, 'etag' | 'lastModified'>,
): boolean {
  const inm = headers['if-none-match'];
  if (typeof inm === 'string') {
    // Any coding's ETag of this version matches: the client holds this version of the page.
    return inm === '*' || inm.split(',').some((t) => baseEtag(t.trim()) === page.etag);
  }
  const ims = headers['if-modified-since'];
  if (typeof ims === 'string') {
    const since = Date.parse(ims);
    return !Number.isNaN(since) && Date.parse(page.lastModified) <= since;
  }
  return false;
}
