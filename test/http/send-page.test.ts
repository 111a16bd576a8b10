// sendPage over HTTP: long pages encoded into reused slabs come out whole and right, request
// after request, with or without the page cache, and a revalidation gets a 304.
import { once } from 'node:events';
import { type AddressInfo, connect } from 'node:net';
import Fastify from 'fastify';
import { html } from '../../src/views/html.ts';
import { describe, expect, it } from 'vitest';
import { PageCache } from '../../src/http/page-cache.ts';
import { sendPage } from '../../src/http/send-page.ts';

/** A page of `n` list items that says which request it is (longer than a slab when n is large). */
const pageParts = (request: number, n: number) => [
  html`<!doctype html><title>page ${request}</title>
    <ol></ol>`,
  ...Array.from({ length: n }, (_, i) => html`<li>${request}: комментарий ${i} 评论 🚄</li>`),
  html`</ol>`,
];

async function serve(cacheEntries: number) {
  const app = Fastify();
  const cache = new PageCache(cacheEntries);
  let request = 0;
  app.get('/page', (req, reply) =>
    sendPage(cache, req, reply, async () => ({ body: pageParts(++request, 4000), deps: ['page'] })),
  );
  app.get('/small', (req, reply) =>
    sendPage(cache, req, reply, async () => ({ body: html`<p>small ${++request}</p>`, deps: ['page'] })),
  );
  await app.ready();
  return app;
}

describe('sendPage', () => {
  it('renders every request afresh with the cache off, each body whole and its own', async () => {
    const app = await serve(0);
    const etags = new Set<string>();
    for (let i = 1; i <= 6; i++) {
      const res = await app.inject({ url: i % 2 ? '/page' : '/small' });
      expect(res.statusCode).toBe(200);
      const expected = i % 2 ? pageParts(i, 4000).join('') : `<p>small ${i}</p>`;
      expect(res.body).toBe(expected);
      expect(res.headers['content-length']).toBe(String(Buffer.byteLength(expected)));
      etags.add(String(res.headers.etag));
    }
    expect(etags.size).toBe(6);
    await app.close();
  });

  it('concurrent pages never share memory while they are being sent', async () => {
    const app = await serve(0);
    const responses = await Promise.all(Array.from({ length: 8 }, () => app.inject({ url: '/page' })));
    const bodies = new Set(responses.map((r) => r.body));
    expect(bodies.size).toBe(8);
    for (let i = 1; i <= 8; i++) expect(bodies.has(pageParts(i, 4000).join(''))).toBe(true);
    await app.close();
  });

  it('sends a cached page intact after its slabs went to later pages, and 304 to revalidation', async () => {
    const app = await serve(10);
    const first = await app.inject({ url: '/page' });
    for (let i = 0; i < 3; i++) await app.inject({ url: `/small?x=${i}` });
    const again = await app.inject({ url: '/page' });
    expect(again.body).toBe(pageParts(1, 4000).join(''));
    expect(again.headers.etag).toBe(first.headers.etag);
    const revalidated = await app.inject({
      url: '/page',
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe('');
    await app.close();
  });

  it('keeps the memory of an evicted page from the next page while a slow reader still receives it', async () => {
    // 24 MB: more than the kernel's socket buffers take, so part of the body waits in the process.
    const megabytes = 24;
    const bigPage = (version: number) => [
      html`v:`,
      ...Array.from({ length: megabytes }, () => html`${String(version).repeat(1 << 20)}`),
    ];
    const app = Fastify();
    const cache = new PageCache(10, 256 * 1024 * 1024);
    let version = 0;
    app.get('/big', (req, reply) =>
      sendPage(cache, req, reply, async () => ({ body: bigPage(++version), deps: ['big'] })),
    );
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    try {
      // A reader who asks for the page and does not read yet.
      const slow = connect(port, '127.0.0.1');
      await once(slow, 'connect');
      slow.pause();
      slow.write('GET /big HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
      while (cache.size === 0) await new Promise((r) => setTimeout(r, 10));
      // The page changes: the first version leaves the cache, a second one is rendered and stored.
      cache.invalidate(['big']);
      const second = await fetch(`http://127.0.0.1:${port}/big`);
      const secondBody = await second.text();
      expect(secondBody.length).toBe(2 + megabytes * (1 << 20));
      expect(secondBody.slice(2).replaceAll('2', '')).toBe('');
      // The slow reader gets the first version whole.
      const chunks: Buffer[] = [];
      slow.on('data', (chunk: Buffer) => chunks.push(chunk));
      slow.resume();
      await once(slow, 'end');
      const raw = Buffer.concat(chunks).toString('latin1');
      const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
      expect(body.length).toBe(2 + megabytes * (1 << 20));
      expect(body.slice(2).replaceAll('1', '')).toBe('');
    } finally {
      await app.close();
    }
  });
});
