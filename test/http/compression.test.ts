// Compression (issue 13): brotli or gzip as Accept-Encoding asks (q-values honoured), for pages,
// feeds, sitemaps, JSON, CSS and JS; `Vary: Accept-Encoding` on every such response; an ETag per
// coding; a cached page compressed once per coding, never per request; uncached long pages
// (encoded into pooled slabs) compressed whole and right request after request, sent with their
// length, the slabs given back; HEAD and 304 for uncached compressed pages; pages too long to be
// compressed on the main thread compressed in the thread pool.
import { promisify } from 'node:util';
import { html } from '../../src/views/html.ts';
import zlib from 'node:zlib';
import Fastify, { type LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESS_ON_THREAD_MAX_BYTES } from '../../src/http/compression.ts';
import { installCompression } from '../../src/http/compression-plugin.ts';
import { PageCache } from '../../src/http/page-cache.ts';
import { sendPage } from '../../src/http/send-page.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

const gunzip = promisify(zlib.gunzip);
const unbrotli = promisify(zlib.brotliDecompress);

/** The decoded body of a response (inject gives the raw bytes as they went on the wire). */
async function decoded(res: LightMyRequestResponse): Promise<string> {
  const raw = res.rawPayload;
  const coding = res.headers['content-encoding'];
  if (coding === 'br') return (await unbrotli(raw)).toString();
  if (coding === 'gzip') return (await gunzip(raw)).toString();
  expect(coding).toBeUndefined();
  return raw.toString();
}

const pageParts = (request: number, n: number) => [
  html`<!doctype html><title>page ${request}</title>
    <ol></ol>`,
  ...Array.from({ length: n }, (_, i) => html`<li>${request}: комментарий ${i} 评论 🚄</li>`),
  html`</ol>`,
];

describe('sendPage compression', () => {
  async function serve(cacheEntries: number, items = 4000) {
    const app = Fastify();
    installCompression(app);
    const cache = new PageCache(cacheEntries);
    let request = 0;
    app.get('/page', (req, reply) =>
      sendPage(cache, req, reply, async () => ({ body: pageParts(++request, items), deps: ['page'] })),
    );
    app.get('/fixed', (req, reply) =>
      sendPage(cache, req, reply, async () => ({ body: pageParts(0, items), deps: ['page'] })),
    );
    await app.ready();
    return { app, cache };
  }

  it('compresses a cached page once per coding, however many readers ask', async () => {
    const { app, cache } = await serve(10);
    const identity = await app.inject({ url: '/page' });
    const expected = identity.body;
    expect(expected).toBe(pageParts(1, 4000).join(''));
    const etags = new Set([identity.headers.etag]);
    for (const accept of ['br', 'gzip, deflate, br', 'gzip', 'gzip;q=1, br;q=0.5', 'br']) {
      const res = await app.inject({ url: '/page', headers: { 'accept-encoding': accept } });
      expect(res.statusCode).toBe(200);
      expect(await decoded(res)).toBe(expected);
      expect(res.headers.vary).toBe('Accept-Encoding');
      expect(res.headers['content-length']).toBe(String(res.rawPayload.length));
      etags.add(res.headers.etag);
    }
    // Three validators: identity, brotli, gzip.
    expect(etags.size).toBe(3);
    expect([...etags].filter((e) => String(e).endsWith('-br"'))).toHaveLength(1);
    expect(cache.get('/page')?.compressed.compressions).toBe(2);
    // The client's brotli copy is still current: 304, with the brotli validator.
    const br = await app.inject({ url: '/page', headers: { 'accept-encoding': 'br' } });
    const again = await app.inject({
      url: '/page',
      headers: { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.headers.etag).toBe(br.headers.etag);
    expect(again.rawPayload.length).toBe(0);
    expect(cache.get('/page')?.compressed.compressions).toBe(2);
  });

  it('compresses long uncached pages as they are sent, each whole and its own', async () => {
    const { app } = await serve(0);
    for (let i = 1; i <= 6; i++) {
      const accept = i % 3 === 0 ? undefined : i % 3 === 1 ? 'br' : 'gzip';
      const res = await app.inject({ url: '/page', headers: accept ? { 'accept-encoding': accept } : {} });
      expect(res.headers['content-encoding']).toBe(accept);
      expect(await decoded(res)).toBe(pageParts(i, 4000).join(''));
      expect(String(res.headers.etag).endsWith(accept === 'br' ? '-br"' : accept ? '-gz"' : '-br"')).toBe(
        accept !== undefined,
      );
    }
  });

  it('sends an uncached compressed page whole, with its length, and gives its slabs back', async () => {
    const { app, cache } = await serve(0);
    const plain = await app.inject({ url: '/fixed' });
    expect(plain.rawPayload.length).toBeGreaterThan(64 * 1024);
    for (const coding of ['br', 'gzip']) {
      const res = await app.inject({ url: '/fixed', headers: { 'accept-encoding': coding } });
      expect(res.headers['content-encoding']).toBe(coding);
      expect(res.headers['content-length']).toBe(String(res.rawPayload.length));
      expect(res.headers['transfer-encoding']).toBeUndefined();
      expect(res.headers.vary).toBe('Accept-Encoding');
      expect(await decoded(res)).toBe(plain.body);
      // The page spans several slabs; all are back in the pool once it has been compressed.
      expect(cache.slabs.size).toBeGreaterThan(1);
    }
  });

  it('answers HEAD and If-None-Match for an uncached compressed page by its coding', async () => {
    const { app } = await serve(0);
    for (const coding of ['br', 'gzip']) {
      const headers = { 'accept-encoding': coding };
      const get = await app.inject({ url: '/fixed', headers });
      const head = await app.inject({ method: 'HEAD', url: '/fixed', headers });
      expect(head.statusCode).toBe(200);
      expect(head.headers['content-encoding']).toBe(coding);
      expect(head.headers['content-length']).toBe(get.headers['content-length']);
      expect(head.headers.etag).toBe(get.headers.etag);
      expect(head.headers.vary).toBe('Accept-Encoding');
      expect(head.rawPayload.length).toBe(0);
      const again = await app.inject({
        url: '/fixed',
        headers: { ...headers, 'if-none-match': String(get.headers.etag) },
      });
      expect(again.statusCode).toBe(304);
      expect(again.headers.etag).toBe(get.headers.etag);
      expect(again.rawPayload.length).toBe(0);
    }
  });

  it('compresses an uncached page too long for the main thread in the thread pool, whole', async () => {
    const { app } = await serve(0, 12_000);
    const plain = await app.inject({ url: '/fixed' });
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESS_ON_THREAD_MAX_BYTES);
    for (const coding of ['br', 'gzip']) {
      const res = await app.inject({ url: '/fixed', headers: { 'accept-encoding': coding } });
      expect(res.headers['content-encoding']).toBe(coding);
      expect(res.headers['content-length']).toBe(String(res.rawPayload.length));
      expect(await decoded(res)).toBe(plain.body);
    }
  });
});

describe('compression across the site', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite('sqlite');
  });
  afterAll(async () => site.close());

  const get = (url: string, accept?: string) =>
    site.app.inject({ url, headers: accept === undefined ? {} : { 'accept-encoding': accept } });

  it('negotiates from Accept-Encoding with q-values', async () => {
    const cases: Array<[string | undefined, string | undefined]> = [
      [undefined, undefined],
      ['br', 'br'],
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip;q=1.0, br;q=0.8', 'gzip'],
      ['br;q=0, *', 'gzip'],
      ['deflate', undefined],
      ['gzip;q=0, identity', undefined],
      ['identity;q=1, gzip;q=0.5', undefined],
      ['x-gzip', 'gzip'],
    ];
    for (const [accept, coding] of cases) {
      const res = await get('/', accept);
      expect({ accept, coding: res.headers['content-encoding'] }).toEqual({ accept, coding });
      expect(res.headers.vary).toBe('Accept-Encoding');
      expect(await decoded(res)).toContain('</html>');
    }
  });

  it('compresses HTML, feeds, sitemaps, JSON, CSS and JS, and marks every one Vary', async () => {
    const home = await get('/');
    const css = /<link rel="stylesheet" href="([^"]+)"/.exec(home.body)?.[1];
    const js = /<script[^>]+src="([^"]+)"/.exec(home.body)?.[1];
    const article = /href="(\/article\/[^"#?]+)"/.exec(home.body)?.[1];
    const urls = [
      '/',
      String(article),
      '/feed.xml',
      '/atom.xml',
      '/feed.json',
      '/sitemap.xml',
      '/search?q=trade',
      '/no-such-page',
      String(css),
      String(js),
    ];
    for (const url of urls) {
      const plain = await get(url);
      expect({ url, status: plain.statusCode }).toEqual({ url, status: url === '/no-such-page' ? 404 : 200 });
      expect({ url, vary: plain.headers.vary }).toEqual({ url, vary: 'Accept-Encoding' });
      for (const coding of ['br', 'gzip']) {
        const res = await get(url, coding);
        expect({ url, coding: res.headers['content-encoding'] }).toEqual({ url, coding });
        const text = await decoded(res);
        if (!url.startsWith('/search')) expect(text).toBe(plain.body);
        expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length);
      }
    }
  });

  it('leaves small and binary responses alone', async () => {
    const health = await get('/healthz', 'br');
    expect(health.headers['content-encoding']).toBeUndefined();
    const missing = await get('/media/none.webp', 'br');
    expect(missing.statusCode).toBe(404);
  });
});
