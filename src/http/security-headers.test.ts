import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { helmetMiddleware, installSecurityHeaders } from './security-headers.ts';

async function headersFor(https: boolean) {
  const app = Fastify();
  installSecurityHeaders(app, https);
  app.get('/', async () => 'ok');
  const res = await app.inject({ url: '/' });
  await app.close();
  return res.headers;
}

describe('security headers', () => {
  it('sends a strict same-origin policy on every response', async () => {
    const h = await headersFor(false);
    const csp = String(h['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['strict-transport-security']).toBeUndefined();
  });

  it('adds HSTS and upgrades insecure requests on an https site', async () => {
    const h = await headersFor(true);
    expect(h['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(String(h['content-security-policy'])).toContain('upgrade-insecure-requests');
  });

  it.each([false, true])(
    'sends exactly the headers of helmet run on each request (https %s)',
    async (https) => {
      // What installSecurityHeaders did before the headers were computed once.
      const app = Fastify();
      const apply = helmetMiddleware(https);
      app.addHook('onRequest', (request, reply, done) => {
        apply(request.raw, reply.raw, (err?: unknown) => done(err instanceof Error ? err : undefined));
      });
      app.get('/', async () => 'ok');
      app.get('/override', async (_req, reply) =>
        reply.header('Content-Security-Policy', "default-src 'none'").send('ok'),
      );
      const now = await headersFor(https);
      const before = (await app.inject({ url: '/' })).headers;
      const drop = (h: Record<string, unknown>) => {
        const { date: _date, ...rest } = h;
        return rest;
      };
      expect(drop(now)).toEqual(drop(before));
      expect(Object.keys(now).length).toBeGreaterThan(8);
      // A route's own header still wins over the default.
      const overridden = await app.inject({ url: '/override' });
      await app.close();
      expect(overridden.headers['content-security-policy']).toBe("default-src 'none'");
      const mine = Fastify();
      installSecurityHeaders(mine, https);
      mine.get('/override', async (_req, reply) =>
        reply.header('Content-Security-Policy', "default-src 'none'").send('ok'),
      );
      const res = await mine.inject({ url: '/override' });
      await mine.close();
      expect(res.headers['content-security-policy']).toBe("default-src 'none'");
      expect(res.headers['x-frame-options']).toBe(now['x-frame-options']);
    },
  );
});
