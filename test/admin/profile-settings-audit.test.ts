// Profile, site settings and the audit log over HTTP, with the forbidden cases per role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/users/user.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { AdminClient, loggedIn, makeUser, TEST_PASSWORD } from './admin-client.ts';

const settingsFields = {
  title: 'The Steppe Courier',
  tagline: 'From Almaty, daily',
  logo: '',
  language: 'ru',
  timezone: 'Asia/Almaty',
  postsPerPage: '7',
  dateFormat: 'iso',
  footerText: '© The Courier',
};

describe('admin profile', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite('sqlite');
    await makeUser(site, 'owner');
  });
  afterAll(async () => site.close());

  it('saves name, bio and notification preferences', async () => {
    const { client, user } = await loggedIn(site, 'contributor');
    const page = await client.get('/admin/profile');
    expect(page.body).toMatch(/<a href="\/admin\/profile" aria-current="page">Profile<\/a>/);
    const res = await client.post('/admin/profile', {
      name: 'Dana Writer',
      bio: 'Covers rail.',
      commentApprovedOnMyPost: '1',
    });
    expect(res.statusCode).toBe(303);
    const saved = await site.services.deps.accounts!.users.findById(user.id);
    expect(saved).toMatchObject({
      name: 'Dana Writer',
      bio: 'Covers rail.',
      notifications: { commentHeld: false, commentApprovedOnMyPost: true },
    });
    expect((await client.get('/admin/profile')).body).toContain('Your profile was saved.');
    const bad = await client.post('/admin/profile', { name: '   ', bio: 'kept text' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('kept text');
  });

  it('changes the password after checking the current one; other sessions end', async () => {
    const { client, user } = await loggedIn(site, 'author');
    const other = new AdminClient(site.app);
    await other.logIn(user.email, TEST_PASSWORD);
    const wrong = await client.post('/admin/profile/password', {
      current: 'nope',
      next: 'new river stone 88',
      confirm: 'new river stone 88',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toContain('current password is not correct');
    const common = await client.post('/admin/profile/password', {
      current: TEST_PASSWORD,
      next: 'Password1234!',
      confirm: 'Password1234!',
    });
    expect(common.statusCode).toBe(422);
    expect(common.body).toContain('too common');
    const mismatch = await client.post('/admin/profile/password', {
      current: TEST_PASSWORD,
      next: 'new river stone 88',
      confirm: 'other',
    });
    expect(mismatch.body).toContain('do not match');
    const ok = await client.post('/admin/profile/password', {
      current: TEST_PASSWORD,
      next: 'new river stone 88',
      confirm: 'new river stone 88',
    });
    expect(ok.statusCode).toBe(303);
    expect((await client.get('/admin')).statusCode).toBe(200);
    expect((await other.get('/admin')).headers.location).toBe('/admin/login?notice=password-changed');
    await other.logIn(user.email, 'new river stone 88');
  });
});

describe('admin settings', () => {
  let site: TestSite;
  let owner: AdminClient;
  beforeAll(async () => {
    site = await createTestSite('sqlite');
    owner = (await loggedIn(site, 'owner')).client;
  });
  afterAll(async () => site.close());

  it('saves settings and the cached public pages show them at once', async () => {
    const home = await site.app.inject('/');
    expect(home.body).not.toContain('The Steppe Courier');
    expect((await owner.get('/admin/settings')).statusCode).toBe(200);
    const res = await owner.post('/admin/settings', settingsFields);
    expect(res.statusCode).toBe(303);
    const after = await site.app.inject('/');
    expect(after.body).toContain('The Steppe Courier');
    expect(after.body).toContain('© The Courier');
    const stored = await site.services.deps.settings.readAll();
    expect(stored).toMatchObject({
      timezone: 'Asia/Almaty',
      postsPerPage: 7,
      dateFormat: 'iso',
      language: 'ru',
    });
  });

  it('rejects an unknown timezone, a bad language and a bad number, keeping what was typed', async () => {
    const res = await owner.post('/admin/settings', {
      ...settingsFields,
      title: 'Typed title',
      timezone: 'Mars/Olympus',
      language: '!!',
      postsPerPage: '0',
    });
    expect(res.statusCode).toBe(422);
    // The site is in Russian by now (an earlier test saved `ru`), and so is an admin without a choice.
    expect(res.body).toContain('Введите число от 1 до 100.');
    expect(res.body).toContain('value="Typed title"');
    expect(res.body).toContain('value="Mars/Olympus"');
    const tz = await owner.post('/admin/settings', { ...settingsFields, timezone: 'Mars/Olympus' });
    expect(tz.statusCode).toBe(422);
    expect(tz.body).toContain('Введите название часового пояса');
    expect((await site.services.deps.settings.readAll()).timezone).toBe('Asia/Almaty');
  });

  for (const role of ['editor', 'author', 'contributor'] satisfies Role[]) {
    it(`refuses ${role}s (403) and changes nothing`, async () => {
      const { client } = await loggedIn(site, role);
      expect((await client.get('/admin/settings')).statusCode).toBe(403);
      const res = await client.post('/admin/settings', { ...settingsFields, title: `By ${role}` });
      expect(res.statusCode).toBe(403);
      expect((await site.services.deps.settings.readAll()).title).not.toBe(`By ${role}`);
    });
  }
});

describe('admin audit log', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite('sqlite');
  });
  afterAll(async () => site.close());

  it('records admin actions with who, what and IP; filters and pages them', async () => {
    const { client: owner, user: ownerUser } = await loggedIn(site, 'owner');
    const editor = await makeUser(site, 'editor', 'Eddie Editor');
    await owner.get('/admin/users');
    await owner.post(`/admin/users/${editor.id}/role`, { role: 'author' });
    await owner.get('/admin/settings');
    await owner.post('/admin/settings', settingsFields);
    const page = await owner.get('/admin/audit');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('user.role_changed');
    expect(page.body).toContain('settings.updated');
    expect(page.body).toContain('127.0.0.1');
    // The settings saved above made the site (and so this admin) Russian.
    const filtered = await owner.get('/admin/audit?action=user.role_changed');
    expect(filtered.body).toContain('1 запись.');
    expect(filtered.body).toContain('&#34;to&#34;:&#34;author&#34;');
    const byUser = await owner.get(`/admin/audit?user=${ownerUser.id}&action=user.login`);
    expect(byUser.body).toContain('1 запись.');
    for (let i = 0; i < 55; i++) {
      await site.services.deps.accounts!.audit.record(
        { actorId: null, actorName: 'bot', action: 'test.filler' },
        site.clock.now(),
      );
    }
    const first = await owner.get('/admin/audit');
    expect(first.body).toContain('Страница 1 из 2');
    expect(first.body).toContain('href="/admin/audit?page&#61;2"');
    expect((await owner.get('/admin/audit?page=2')).body).toContain('Страница 2 из 2');
  });

  for (const role of ['editor', 'author', 'contributor'] satisfies Role[]) {
    it(`is hidden from ${role}s (403)`, async () => {
      const { client } = await loggedIn(site, role);
      expect((await client.get('/admin/audit')).statusCode).toBe(403);
    });
  }
});
