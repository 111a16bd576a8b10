// Admin login, setup, logout and session handling over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { AdminClient, makeUser, TEST_PASSWORD } from './admin-client.ts';

describe('admin first-run setup', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite('sqlite');
  });
  afterAll(async () => site.close());

  it('sends every admin page to setup until an owner exists, then setup is gone', async () => {
    const c = new AdminClient(site.app);
    const home = await c.get('/admin');
    expect(home.statusCode).toBe(303);
    expect(home.headers.location).toBe('/admin/setup');
    expect((await c.get('/admin/login')).headers.location).toBe('/admin/setup');
    const page = await c.get('/admin/setup');
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('Create the owner account');

    const weak = await c.post('/admin/setup', {
      name: 'Olga Owner',
      email: 'olga@news.test',
      password: 'password1234',
      confirm: 'password1234',
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.body).toContain('too common');
    expect(weak.body).toContain('value="olga@news.test"');

    const done = await c.post('/admin/setup', {
      name: 'Olga Owner',
      email: 'olga@news.test',
      password: TEST_PASSWORD,
      confirm: TEST_PASSWORD,
    });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/admin');
    const cookie = (
      done.cookies as { name: string; httpOnly?: boolean; sameSite?: string; path?: string }[]
    ).find((x) => x.name === 'silkpress_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/admin' });
    const dash = await c.get('/admin');
    expect(dash.statusCode).toBe(200);
    expect(dash.body).toContain('Welcome, Olga Owner');
    expect(dash.body).toMatch(/<a href="\/admin" aria-current="page">Dashboard<\/a>/);

    expect((await c.get('/admin/setup')).statusCode).toBe(404);
    const again = await new AdminClient(site.app).get('/admin/setup');
    expect(again.statusCode).toBe(404);
  });
});

describe('admin login and logout', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite('sqlite');
    await makeUser(site, 'owner');
  });
  afterAll(async () => site.close());

  it('redirects anonymous visitors to the login page, keeping where they were going', async () => {
    const res = await new AdminClient(site.app).get('/admin/users');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/login?next=%2Fadmin%2Fusers');
  });

  it('logs in, shows the dashboard, logs out', async () => {
    const editor = await makeUser(site, 'editor');
    const c = new AdminClient(site.app);
    await c.get('/admin/login');
    const res = await c.post('/admin/login', {
      email: editor.email.toUpperCase(),
      password: TEST_PASSWORD,
      next: '/admin/profile',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/profile');
    const dash = await c.get('/admin');
    expect(dash.statusCode).toBe(200);
    const out = await c.post('/admin/logout');
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe('/admin/login?notice=logged-out');
    expect((await c.get('/admin')).statusCode).toBe(303);
  });

  it('gives one generic message for a wrong password and an unknown email', async () => {
    const author = await makeUser(site, 'author');
    const c = new AdminClient(site.app);
    await c.get('/admin/login');
    const wrong = await c.post('/admin/login', { email: author.email, password: 'not the password at all' });
    const unknown = await c.post('/admin/login', {
      email: 'nobody@news.test',
      password: 'not the password at all',
    });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.body).toContain('Email or password is incorrect.');
    }
  });
});
