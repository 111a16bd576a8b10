// CSRF, login throttling, constant hash work for unknown emails, and session expiry over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { AdminClient, loggedIn, makeUser, TEST_PASSWORD } from './admin-client.ts';

describe('admin CSRF defence', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite('sqlite');
    await makeUser(site, 'owner');
  });
  afterAll(async () => site.close());

  it('refuses a forged settings change (no token, wrong token, cross-site headers) and changes nothing', async () => {
    const { client } = await loggedIn(site, 'owner');
    await client.get('/admin/settings');
    const before = await site.services.deps.settings.readAll();
    const fields = {
      title: 'Pwned',
      tagline: '',
      logo: '',
      language: 'en',
      timezone: 'UTC',
      postsPerPage: '10',
      dateFormat: 'long',
      footerText: '',
    };
    const forged = [
      await client.post('/admin/settings', { ...fields, _csrf: '' }),
      await client.post('/admin/settings', { ...fields, _csrf: 'x'.repeat(32) }),
      await client.post('/admin/settings', fields, { origin: 'https://evil.example' }),
      await client.post('/admin/settings', fields, { 'sec-fetch-site': 'cross-site' }),
      await client.post('/admin/settings', fields, { 'sec-fetch-site': 'same-site' }),
    ];
    for (const res of forged) {
      expect(res.statusCode).toBe(403);
      expect(res.body).toContain('nothing was changed');
    }
    expect(await site.services.deps.settings.readAll()).toEqual(before);
    const real = await client.post('/admin/settings', fields, {
      origin: 'http://news.test',
      'sec-fetch-site': 'same-origin',
    });
    expect(real.statusCode).toBe(303);
    expect((await site.services.deps.settings.readAll()).title).toBe('Pwned');
  });

  it('refuses a logout without the token (a cross-site logout is a CSRF too)', async () => {
    const { client } = await loggedIn(site, 'author');
    expect((await client.post('/admin/logout', { _csrf: '' })).statusCode).toBe(403);
    expect((await client.get('/admin')).statusCode).toBe(200);
  });

  it('refuses a login form posted without its pre-session token', async () => {
    const c = new AdminClient(site.app);
    const res = await c.post('/admin/login', {
      email: 'a@b.c',
      password: 'whatever it is',
      _csrf: 'forged-token-value-123',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('admin login throttling', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite('sqlite');
    await makeUser(site, 'owner');
  });
  afterAll(async () => site.close());

  it('refuses the 6th attempt for an account with 429 and a retry time, even with the right password', async () => {
    const user = await makeUser(site, 'editor');
    const c = new AdminClient(site.app);
    await c.get('/admin/login');
    for (let i = 0; i < 5; i++) {
      site.clock.advance(1000);
      expect(
        (await c.post('/admin/login', { email: user.email, password: `wrong password ${i}` })).statusCode,
      ).toBe(401);
    }
    const refused = await c.post('/admin/login', { email: user.email, password: TEST_PASSWORD });
    expect(refused.statusCode).toBe(429);
    const audit = await site.services.deps.accounts!.audit.list({
      action: 'login.throttled',
      limit: 10,
      offset: 0,
    });
    expect(audit.items.map((e) => e.target)).toEqual([`email:${user.email}`]);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(refused.body).toMatch(/try again after \d\d:\d\d UTC/);
    expect(refused.body).toContain(`value="${user.email}"`);
    // 15 minutes after the first failure, one attempt is allowed again; success resets the count.
    site.clock.advance(15 * 60_000 - 4000);
    expect((await c.post('/admin/login', { email: user.email, password: TEST_PASSWORD })).statusCode).toBe(
      303,
    );
    const fresh = new AdminClient(site.app);
    await fresh.get('/admin/login');
    expect(
      (await fresh.post('/admin/login', { email: user.email, password: 'wrong again!!' })).statusCode,
    ).toBe(401);
  });

  it('throttles an IP after 20 failures across accounts, unknown emails included', async () => {
    const c = new AdminClient(site.app, '203.0.113.7');
    await c.get('/admin/login');
    for (let i = 0; i < 20; i++) {
      const res = await c.post('/admin/login', { email: `ghost${i}@news.test`, password: 'nope nope nope' });
      expect(res.statusCode).toBe(401);
    }
    const refused = await c.post('/admin/login', { email: 'ghost99@news.test', password: 'nope nope nope' });
    expect(refused.statusCode).toBe(429);
    const elsewhere = new AdminClient(site.app, '198.51.100.9');
    await elsewhere.get('/admin/login');
    expect(
      (await elsewhere.post('/admin/login', { email: 'ghost99@news.test', password: 'nope' })).statusCode,
    ).toBe(401);
  });
});

describe('admin login timing', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite('sqlite');
    await makeUser(site, 'owner');
  });
  afterAll(async () => site.close());

  it('runs exactly one password verification for unknown emails, passwordless authors and real accounts', async () => {
    const hasher = site.services.deps.accounts!.hasher;
    const verify = hasher.verify.bind(hasher);
    let calls = 0;
    hasher.verify = async (p, s) => {
      calls++;
      return verify(p, s);
    };
    try {
      const user = await makeUser(site, 'author');
      const cases = [
        { email: 'nobody-at-all@news.test', password: 'some password here' },
        { email: 'aigerim.sadykova@example.org', password: 'some password here' }, // demo author, no hash
        { email: user.email, password: 'wrong password here' },
        { email: user.email, password: TEST_PASSWORD },
      ];
      for (const body of cases) {
        const c = new AdminClient(site.app);
        await c.get('/admin/login');
        calls = 0;
        await c.post('/admin/login', body);
        expect(calls, body.email).toBe(1);
      }
    } finally {
      hasher.verify = verify;
    }
  });
});

describe('admin session expiry', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite('sqlite');
    await makeUser(site, 'owner');
  });
  afterAll(async () => site.close());

  it('ends a session after 2 idle hours, and after 14 days however active', async () => {
    const { client } = await loggedIn(site, 'editor');
    site.clock.advance(119 * 60_000);
    expect((await client.get('/admin')).statusCode).toBe(200);
    site.clock.advance(121 * 60_000);
    const idle = await client.get('/admin');
    expect(idle.headers.location).toBe('/admin/login?notice=idle');
    expect((await client.get(idle.headers.location as string)).body).toContain('period of inactivity');

    const { client: steady, user } = await loggedIn(site, 'contributor');
    for (let i = 0; i < 14 * 24; i++) {
      site.clock.advance(60 * 60_000);
      const res = await steady.get('/admin');
      if (res.statusCode !== 200) {
        expect(i).toBe(14 * 24 - 1);
        expect(res.headers.location).toBe('/admin/login?notice=expired');
        return;
      }
    }
    throw new Error(`session of ${user.email} outlived its absolute expiry`);
  });

  it('logs out everywhere: the other browser is told why', async () => {
    const user = await makeUser(site, 'editor');
    const a = new AdminClient(site.app);
    const b = new AdminClient(site.app);
    await a.logIn(user.email, TEST_PASSWORD);
    await b.logIn(user.email, TEST_PASSWORD);
    const res = await a.post('/admin/logout-everywhere');
    expect(res.headers.location).toBe('/admin/login?notice=logged-out-here');
    expect((await a.get('/admin')).statusCode).toBe(303);
    const other = await b.get('/admin');
    expect(other.headers.location).toBe('/admin/login?notice=logged-out-everywhere');
  });
});
