import { describe, expect, it } from 'vitest';
import { CompressedVariants } from './compression.ts';
import { type CachedPage, PageCache, etagOf, isNotModified } from './page-cache.ts';

const page = (deps: string[], body = 'x'): CachedPage => ({
  status: 200,
  contentType: 'text/html',
  body: Buffer.from(body),
  compressed: new CompressedVariants(Buffer.from(body)),
  etag: etagOf(body),
  lastModified: 'Mon, 01 Jun 2026 12:00:00 GMT',
  deps,
});

describe('PageCache', () => {
  it('purges exactly the pages depending on a changed key', () => {
    const cache = new PageCache(10);
    cache.set('/a', page(['article:1', 'listing']));
    cache.set('/b', page(['article:2']));
    cache.set('/', page(['listing', 'article:1', 'article:2']));
    cache.invalidate(['article:2']);
    expect(cache.get('/a')).toBeDefined();
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/')).toBeUndefined();
    cache.invalidate(['*']);
    expect(cache.size).toBe(0);
  });

  it('forgets dependencies of evicted pages', () => {
    const cache = new PageCache(1);
    cache.set('/a', page(['k']));
    cache.set('/b', page(['k']));
    expect(cache.get('/a')).toBeUndefined();
    cache.invalidate(['k']);
    expect(cache.get('/b')).toBeUndefined();
  });

  it('renders pages again after their maximum age (the form token inside must stay fresh)', () => {
    let now = 1_000;
    const cache = new PageCache(10, undefined, { maxAgeMs: 60_000, clock: { now: () => now } });
    cache.set('/a', page(['k']));
    now += 59_000;
    expect(cache.get('/a')).toBeDefined();
    now += 2_000;
    expect(cache.get('/a')).toBeUndefined();
  });

  it('stays within its memory budget', () => {
    const cache = new PageCache(100, 10_000);
    for (let i = 0; i < 10; i++) cache.set(`/p${i}`, page([`k${i}`], 'x'.repeat(2000)));
    expect(cache.size).toBeLessThanOrEqual(4);
    expect(cache.get('/p9')).toBeDefined();
    expect(cache.get('/p0')).toBeUndefined();
  });

  it('counts what an entry holds besides its body, so tiny pages cannot grow it past its budget', () => {
    const cache = new PageCache(100_000, 100_000);
    const deps = Array.from({ length: 10 }, (_, i) => `article:${i}`);
    for (let i = 0; i < 10_000; i++) cache.set(`/search?q=${i}`, page(deps, ''));
    // An empty page with ten dependency keys holds well over a kilobyte (URL, record, validators,
    // keys and their places in the index): at most a hundred fit in 100 KB.
    expect(cache.size).toBeLessThan(100);
    expect(cache.size).toBeGreaterThan(20);
  });

  it('stores nothing when disabled', () => {
    const cache = new PageCache(0);
    cache.set('/a', page([]));
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.enabled).toBe(false);
  });
});

describe('isNotModified', () => {
  const p = page([], 'body');
  it.each([
    [{ 'if-none-match': p.etag }, true],
    [{ 'if-none-match': `W/${p.etag}` }, true],
    [{ 'if-none-match': '"other", ' + p.etag }, true],
    [{ 'if-none-match': '"other"' }, false],
    [{ 'if-modified-since': 'Mon, 01 Jun 2026 12:00:00 GMT' }, true],
    [{ 'if-modified-since': 'Mon, 01 Jun 2026 11:59:59 GMT' }, false],
    [{ 'if-modified-since': 'garbage' }, false],
    [{}, false],
  ])('%j → %s', (headers, expected) => expect(isNotModified(headers, p)).toBe(expected));
});

describe('etagOf', () => {
  it('is the same for a body whole and in chunks, and differs when a byte or the length does', () => {
    const body = Buffer.from('<p>Привет, 世界</p>'.repeat(100));
    const whole = etagOf(body);
    expect(etagOf([body.subarray(0, 7), body.subarray(7, 500), body.subarray(500)])).toBe(whole);
    expect(etagOf(body.toString())).toBe(whole);
    expect(whole).toMatch(/^"[0-9a-z]+-[0-9a-z]+"$/);
    const changed = Buffer.from(body);
    changed[100] = changed[100]! ^ 1;
    expect(etagOf(changed)).not.toBe(whole);
    expect(etagOf(Buffer.concat([body, Buffer.from(' ')]))).not.toBe(whole);
  });
});

describe('PageCache memory', () => {
  it('reuses the memory of an evicted page for the next page stored', () => {
    const cache = new PageCache(1);
    const stored = (key: string, text: string) => {
      const memory = cache.newMemory();
      const body = memory.copy(Buffer.from(text));
      cache.set(key, { ...page([key], text), body, compressed: new CompressedVariants(body), memory });
      return body;
    };
    const first = stored('/a', 'a'.repeat(3000));
    expect(cache.bodies.waitingBytes).toBe(0);
    // '/b' is copied before it evicts '/a': the memory of '/a' waits for the page after it.
    const second = stored('/b', 'b'.repeat(3000));
    expect(second.buffer).not.toBe(first.buffer);
    expect(cache.bodies.waitingBytes).toBe(4096);
    const third = stored('/c', 'c'.repeat(3000));
    expect(third.buffer).toBe(first.buffer);
    expect(cache.bodies.waitingBytes).toBe(4096);
    expect(cache.get('/c')?.body.toString()).toBe('c'.repeat(3000));
    cache.invalidate(['*']);
    expect(cache.bodies.waitingBytes).toBe(8192);
  });
});
