// Issue 17, bounded latency under overload: with admission control, requests beyond what the
// server works on at once wait in order, and beyond the queue they get 503 with Retry-After at
// once; health probes are never held back; no comment that was acknowledged is lost, and a
// refused one was not stored. Real sockets (the queue is about connections in flight).
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { firstArticleSlug, formTokenFor, setCommentSettings } from '../comments/helpers.ts';
import { testDialects } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

// The server runs in this process, and a request reaches the gate over several turns of the event
// loop (connect, write, read, the gate's setImmediate): a fixed pause before reading the gate's
// state raced them on a starved process. Each state is waited for; a test fails only if it never
// comes.
const WAIT = { timeout: 10_000, interval: 10 };

/** Sends raw bytes and collects the whole response (the server closes: Connection: close). */
function rawRequest(port: number, head: string, body = ''): { socket: Socket; response: Promise<string> } {
  const socket = connect(port, '127.0.0.1');
  socket.write(head + body);
  const response = new Promise<string>((resolve, reject) => {
    let text = '';
    socket.on('data', (c: Buffer) => (text += c.toString('latin1')));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
  return { socket, response };
}

const statusOf = (response: string): number => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);

for (const dialect of testDialects()) {
  describe(`admission control under overload [${dialect}]`, () => {
    let site: TestSite;
    let port: number;
    let slug: string;
    beforeAll(async () => {
      site = await createTestSite(dialect, {
        env: { COMMENT_FLOOD_SECONDS: '0' },
        pageCacheEntries: 0,
        admission: { concurrency: 1, maxQueue: 2, maxWaitMs: 60_000 },
      });
      await setCommentSettings(site, { commentsHoldFirstTime: false });
      await site.app.listen({ host: '127.0.0.1', port: 0 });
      const address = site.app.server.address();
      port = typeof address === 'object' && address ? address.port : 0;
      slug = await firstArticleSlug(site.app);
    });
    afterAll(async () => site?.close());

    it('queues in order, refuses beyond the queue with 503 + Retry-After, and loses no acknowledged comment', async () => {
      const comment = (text: string) =>
        new URLSearchParams({
          comment: text,
          author: 'Ann Reader',
          email: 'ann@example.com',
          url: '',
          formToken: formTokenFor(site.app),
        }).toString();
      const post = (body: string) =>
        `POST /article/${slug}/comments HTTP/1.1\r\nHost: news.test\r\nConnection: close\r\n` +
        `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
      const get = (path: string, accept = 'text/html') =>
        `GET ${path} HTTP/1.1\r\nHost: news.test\r\nAccept: ${accept}\r\nConnection: close\r\n\r\n`;

      // A comment whose body is still arriving holds the one slot.
      const heldBody = comment('Held while its body arrives: it must be stored once it does.');
      const held = rawRequest(port, post(heldBody), heldBody.slice(0, 10));
      await vi.waitFor(() => expect(site.admission?.stats()).toMatchObject({ active: 1, queued: 0 }), WAIT);

      // Two more wait; the queue is full.
      const waitingPage = rawRequest(port, get(`/article/${slug}`));
      const waitingBody = comment('Posted while the server was busy: it waits its turn.');
      const waitingPost = rawRequest(port, post(waitingBody), waitingBody);
      await vi.waitFor(() => expect(site.admission?.stats()).toMatchObject({ active: 1, queued: 2 }), WAIT);

      // Beyond it: refused at once, as a page for browsers and JSON for API clients.
      const refusedBody = comment('Refused at once: this one is never stored.');
      const refusedPost = await rawRequest(port, post(refusedBody), refusedBody).response;
      expect(statusOf(refusedPost)).toBe(503);
      expect(refusedPost).toMatch(/\r\nretry-after: [1-9]\d*\r\n/i);
      expect(refusedPost).toMatch(/\r\ncache-control: no-store\r\n/i);
      expect(refusedPost).toContain('<h1>Temporarily unavailable</h1>');
      const refusedJson = await rawRequest(port, get('/', 'application/json')).response;
      expect(statusOf(refusedJson)).toBe(503);
      expect(refusedJson).toContain('"code":"OVERLOADED"');

      // Probes still answer: a busy server is alive and ready.
      const health = await rawRequest(port, get('/healthz')).response;
      expect(statusOf(health)).toBe(200);

      // The held body arrives: it and then the two waiting requests are answered in order.
      held.socket.write(heldBody.slice(10));
      const [heldResponse, pageResponse, postResponse] = await Promise.all([
        held.response,
        waitingPage.response,
        waitingPost.response,
      ]);
      expect(statusOf(heldResponse)).toBe(303);
      expect(statusOf(pageResponse)).toBe(200);
      expect(statusOf(postResponse)).toBe(303);
      expect(site.admission?.stats()).toMatchObject({ active: 0, queued: 0, refused: 2 });

      const page = await site.app.inject({ url: `/article/${slug}` });
      expect(page.body).toContain('Held while its body arrives');
      expect(page.body).toContain('Posted while the server was busy');
      expect(page.body).not.toContain('Refused at once');
    });

    it("refuses in the site's language, with a page rendered before any refusal", async () => {
      const { settings, changes } = site.services.deps;
      await settings.write({ language: 'ru' }, site.clock.now());
      await changes.publish(['settings']);
      // A page reads the settings the refusal page follows: once it is served, the page has followed.
      await site.app.inject({ url: '/about' });
      const open: Socket[] = [];
      try {
        const holder = rawRequest(
          port,
          `POST /article/${slug}/comments HTTP/1.1\r\nHost: news.test\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n`,
          'comment=',
        );
        open.push(holder.socket);
        await vi.waitFor(() => expect(site.admission?.stats().active).toBe(1));
        for (let i = 0; i < 2; i++) {
          open.push(rawRequest(port, `GET /about HTTP/1.1\r\nHost: news.test\r\n\r\n`).socket);
        }
        await vi.waitFor(() => expect(site.admission?.stats().queued).toBe(2));
        const refused = Buffer.from(
          await rawRequest(
            port,
            `GET / HTTP/1.1\r\nHost: news.test\r\nAccept: text/html\r\nConnection: close\r\n\r\n`,
          ).response,
          'latin1',
        ).toString('utf8');
        expect(statusOf(refused)).toBe(503);
        expect(refused).toContain('<html lang="ru" dir="ltr">');
        expect(refused).toContain('<h1>Временно недоступно</h1>');
      } finally {
        for (const socket of open) socket.destroy();
        await vi.waitFor(() => expect(site.admission?.stats()).toMatchObject({ active: 0, queued: 0 }));
        await settings.write({ language: 'en' }, site.clock.now());
        await changes.publish(['settings']);
      }
    });

    it('lets a waiting client that hangs up leave the queue without holding a slot', async () => {
      const first = rawRequest(
        port,
        `POST /article/${slug}/comments HTTP/1.1\r\nHost: news.test\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n`,
        'comment=',
      );
      await vi.waitFor(() => expect(site.admission?.stats().active).toBe(1), WAIT);
      const quitter = rawRequest(port, `GET / HTTP/1.1\r\nHost: news.test\r\nConnection: close\r\n\r\n`);
      await vi.waitFor(() => expect(site.admission?.stats().queued).toBe(1), WAIT);
      quitter.socket.destroy();
      await vi.waitFor(() => expect(site.admission?.stats().queued).toBe(0), WAIT);
      first.socket.destroy();
      await vi.waitFor(() => expect(site.admission?.stats()).toMatchObject({ active: 0, queued: 0 }), WAIT);
      const after = await rawRequest(
        port,
        `GET /healthz HTTP/1.1\r\nHost: news.test\r\nConnection: close\r\n\r\n`,
      ).response;
      expect(statusOf(after)).toBe(200);
      const home = await rawRequest(port, `GET / HTTP/1.1\r\nHost: news.test\r\nConnection: close\r\n\r\n`)
        .response;
      expect(statusOf(home)).toBe(200);
    });
  });
}
