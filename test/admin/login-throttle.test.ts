// Login throttling under real concurrency, on both databases and across two instances sharing
// one: every attempt is counted before its password is hashed, so of 200 parallel guesses for
// one account exactly 5 are checked and the rest get 429; of 100 parallel guesses from one
// address across accounts exactly 20. And the policy does not let a stranger lock the owner out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSite } from '../support/test-site.ts';
import { createTestSite } from '../support/test-site.ts';
import { testDialects } from '../support/test-db.ts';
import { AdminClient, makeUser, TEST_PASSWORD } from './admin-client.ts';

/** Counts password verifications on a site's hasher. */
function countVerifications(site: TestSite): { calls: number } {
  const counter = { calls: 0 };
  const hasher = site.services.deps.accounts!.hasher;
  const verify = hasher.verify.bind(hasher);
  hasher.verify = async (password, stored) => {
    counter.calls += 1;
    return verify(password, stored);
  };
  return counter;
}

const statuses = (codes: number[]) =>
  codes.reduce<Record<number, number>>((acc, c) => ({ ...acc, [c]: (acc[c] ?? 0) + 1 }), {});

for (const dialect of testDialects()) {
  describe(`login throttling under concurrency [${dialect}]`, () => {
    let a: TestSite;
    let b: TestSite;
    let verified: Array<{ calls: number }>;
    beforeAll(async () => {
      a = await createTestSite(dialect);
      b = await createTestSite(dialect, { databaseUrl: a.url, demo: false });
      await makeUser(a, 'owner');
      verified = [countVerifications(a), countVerifications(b)];
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
    });
    const verifications = () => verified.reduce((n, v) => n + v.calls, 0);
    const reset = () => verified.forEach((v) => (v.calls = 0));
    /** A browser on each instance, at the same address, each with its login form open. */
    const browsers = async (ip: string) => {
      const clients = [new AdminClient(a.app, ip), new AdminClient(b.app, ip)];
      for (const c of clients) await c.get('/admin/login');
      return clients;
    };

    it('200 parallel wrong passwords for one account: exactly 5 are checked, 195 get 429', async () => {
      const user = await makeUser(a, 'editor');
      const clients = await browsers('203.0.113.10');
      reset();
      const codes = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          clients[i % 2]!.post('/admin/login', { email: user.email, password: `wrong ${i}` }).then(
            (r) => r.statusCode,
          ),
        ),
      );
      expect(statuses(codes)).toEqual({ 401: 5, 429: 195 });
      expect(verifications()).toBe(5);
      // The right password from that address waits too.
      const refused = await clients[0]!.post('/admin/login', { email: user.email, password: TEST_PASSWORD });
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('100 parallel guesses from one address across accounts: exactly 20 are checked', async () => {
      const clients = await browsers('203.0.113.20');
      reset();
      const codes = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          clients[i % 2]!.post('/admin/login', { email: `ghost${i}@news.test`, password: 'nope nope' }).then(
            (r) => r.statusCode,
          ),
        ),
      );
      expect(statuses(codes)).toEqual({ 401: 20, 429: 80 });
      expect(verifications()).toBe(20);
    });

    it('a stranger’s failures do not lock the owner out of their own address or browser', async () => {
      const owner = await makeUser(a, 'owner');
      const browser = new AdminClient(a.app, '198.51.100.50');
      await browser.logIn(owner.email, TEST_PASSWORD);
      await browser.post('/admin/logout');
      // Five wrong guesses from elsewhere lock that address only.
      const [stranger] = await browsers('203.0.113.30');
      for (let i = 0; i < 5; i++)
        await stranger!.post('/admin/login', { email: owner.email, password: `x${i}` });
      expect((await stranger!.post('/admin/login', { email: owner.email, password: 'x' })).statusCode).toBe(
        429,
      );
      const fromHome = new AdminClient(b.app, '198.51.100.51');
      await fromHome.get('/admin/login');
      expect(
        (await fromHome.post('/admin/login', { email: owner.email, password: TEST_PASSWORD })).statusCode,
      ).toBe(303);
      // Many addresses trip the slow global limit: a new browser waits, the owner's own does not.
      const limit = a.services.deps.accounts!.throttlePolicy.perAccount.limit;
      await Promise.all(
        Array.from({ length: limit }, async (_, i) => {
          const c = new AdminClient(i % 2 ? a.app : b.app, `192.0.2.${i + 1}`);
          await c.get('/admin/login');
          return c.post('/admin/login', { email: owner.email, password: `guess ${i}` });
        }),
      );
      const newBrowser = new AdminClient(a.app, '198.51.100.52');
      await newBrowser.get('/admin/login');
      expect(
        (await newBrowser.post('/admin/login', { email: owner.email, password: TEST_PASSWORD })).statusCode,
      ).toBe(429);
      await browser.get('/admin/login');
      const own = await browser.post('/admin/login', { email: owner.email, password: TEST_PASSWORD });
      expect(own.statusCode).toBe(303);
    });
  });
}
