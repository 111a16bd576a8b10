import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installSecurityHeaders } from './security-headers.ts';

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
});
