// The dashboard: post counts by status (all posts for editors, own posts for authors), links
// only to what the role may open, no caching, and admin 404/401 responses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { AdminClient, loggedIn, makeUser } from './admin-client.ts';

const publishedCount = (body: string) =>
  Number(/<span class="admin-card-count">(\d+)<\/span> Published/.exec(body)?.[1] ?? NaN);

describe('admin dashboard', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite('sqlite');
    await makeUser(site, 'owner');
  });
  afterAll(async () => site.close());

  it('shows editors every published post and authors only their own', async () => {
    const published = await site.services.deps.articles.listPublished({
      now: site.clock.now(),
      limit: 1,
      offset: 0,
    });
    expect(published.total).toBeGreaterThan(0);
    const { client: editor } = await loggedIn(site, 'editor');
    const page = await editor.get('/admin');
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(publishedCount(page.body)).toBe(published.total);
    const { client: author } = await loggedIn(site, 'author');
    expect(publishedCount((await author.get('/admin')).body)).toBe(0);
  });

  it('links only to sections the role may open', async () => {
    const { client } = await loggedIn(site, 'contributor');
    const body = (await client.get('/admin')).body;
    expect(body).toContain('href="/admin/posts"');
    expect(body).toContain('href="/admin/profile"');
    for (const hidden of ['/admin/users', '/admin/settings', '/admin/audit', '/admin/pages'])
      expect(body).not.toContain(`href="${hidden}"`);
  });

  it('answers unknown admin addresses with an admin 404, and anonymous JSON clients with 401', async () => {
    const { client } = await loggedIn(site, 'editor');
    const missing = await client.get('/admin/no-such-page');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('There is no admin page at this address.');
    expect(missing.headers['cache-control']).toBe('no-store');
    const anon = await new AdminClient(site.app).get('/admin/users', { accept: 'application/json' });
    expect(anon.statusCode).toBe(401);
    expect(anon.json()).toEqual({ error: { code: 'UNAUTHORIZED', message: 'Please log in.' } });
  });

  it('marks the session cookie Secure when SITE_URL is https', async () => {
    const secure = await createTestSite('sqlite', { demo: false, siteUrl: 'https://news.example' });
    try {
      const user = await makeUser(secure, 'owner');
      const c = new AdminClient(secure.app);
      await c.get('/admin/login');
      const res = await c.post(
        '/admin/login',
        { email: user.email, password: 'orbit lantern tundra 42' },
        { origin: 'https://news.example' },
      );
      expect(res.statusCode).toBe(303);
      const cookie = (res.cookies as { name: string; secure?: boolean }[]).find(
        (x) => x.name === 'silkpress_session',
      );
      expect(cookie?.secure).toBe(true);
    } finally {
      await secure.close();
    }
  });
});
