// Owner-only user management over HTTP, including the forbidden cases per role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/users/user.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { AdminClient, loggedIn, makeUser, TEST_PASSWORD } from './admin-client.ts';

describe('admin users', () => {
  let site: TestSite;
  let owner: AdminClient;
  let ownerId: number;
  beforeAll(async () => {
    site = await createTestSite('sqlite');
    const o = await loggedIn(site, 'owner');
    owner = o.client;
    ownerId = o.user.id;
  });
  afterAll(async () => site.close());
  const users = () => site.services.deps.accounts!.users;

  it('lists users and adds one with a one-time password that works', async () => {
    const list = await owner.get('/admin/users');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Aigerim Sadykova'); // demo author, no password
    expect(list.body).toContain('No password (cannot log in)');
    const res = await owner.post('/admin/users', {
      name: 'Nina <Writer>',
      email: 'nina@news.test',
      role: 'author',
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Nina &#60;Writer&#62;');
    const password = /class="admin-secret"[^>]*>([^<]+)</.exec(res.body)?.[1];
    expect(password).toBeTruthy();
    const nina = new AdminClient(site.app);
    await nina.logIn('nina@news.test', password!);
    expect((await nina.get('/admin')).statusCode).toBe(200);
    expect((await users().findByEmail('nina@news.test'))?.role).toBe('author');
  });

  it('keeps what was typed when the form is wrong', async () => {
    const res = await owner.post('/admin/users', { name: 'Dup', email: 'nina@news.test', role: 'author' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('already exists');
    expect(res.body).toContain('value="Dup"');
    const bad = await owner.post('/admin/users', { name: '', email: 'not-an-email', role: 'emperor' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Enter a valid email address.');
    expect(bad.body).toContain('value="not-an-email"');
  });

  it('changes a role, refuses changing your own', async () => {
    const target = await makeUser(site, 'contributor');
    const res = await owner.post(`/admin/users/${target.id}/role`, { role: 'editor' });
    expect(res.statusCode).toBe(303);
    expect((await users().findById(target.id))?.role).toBe('editor');
    await owner.post(`/admin/users/${ownerId}/role`, { role: 'contributor' });
    expect((await users().findById(ownerId))?.role).toBe('owner');
    expect((await owner.get('/admin/users')).body).toContain('You can’t change your own role.');
  });

  it('deactivates: the user is logged out with a clear message and cannot log in', async () => {
    const { client, user } = await loggedIn(site, 'editor');
    expect((await client.get('/admin')).statusCode).toBe(200);
    const res = await owner.post(`/admin/users/${user.id}/deactivate`);
    expect(res.statusCode).toBe(303);
    const after = await client.get('/admin/profile');
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toBe('/admin/login?next=%2Fadmin%2Fprofile&notice=deactivated');
    const login = await client.get(after.headers.location as string);
    expect(login.body).toContain('Your account has been deactivated');
    const again = await client.post('/admin/login', { email: user.email, password: TEST_PASSWORD });
    expect(again.statusCode).toBe(403);
    expect(again.body).toContain('deactivated');

    await owner.post(`/admin/users/${user.id}/reactivate`);
    await client.logIn(user.email, TEST_PASSWORD);
  });

  it('shows a deactivated user what they typed in a form sent afterwards, and saves nothing', async () => {
    const { client, user } = await loggedIn(site, 'author');
    await client.get('/admin/profile');
    await owner.post(`/admin/users/${user.id}/deactivate`);
    const late = await client.post('/admin/profile', {
      name: 'Late Edit',
      bio: 'A long <bio> typed before the news',
    });
    expect(late.statusCode).toBe(401);
    expect(late.body).toContain('Your account has been deactivated. Nothing was saved.');
    expect(late.body).toContain('A long &#60;bio&#62; typed before the news');
    expect(late.body).not.toContain(client.csrf);
    expect((await users().findById(user.id))?.name).not.toBe('Late Edit');
  });

  it('resets a password: old sessions end, the new password works', async () => {
    const { client, user } = await loggedIn(site, 'author');
    const res = await owner.post(`/admin/users/${user.id}/reset-password`);
    expect(res.statusCode).toBe(200);
    const password = /class="admin-secret"[^>]*>([^<]+)</.exec(res.body)?.[1];
    expect((await client.get('/admin')).headers.location).toContain('notice=password-changed');
    await client.logIn(user.email, password!);
  });

  it('will not deactivate or demote the last owner', async () => {
    const soloSite = await createTestSite('sqlite', { demo: false });
    try {
      const { client } = await loggedIn(soloSite, 'owner');
      const second = await makeUser(soloSite, 'owner');
      const dem = await client.post(`/admin/users/${second.id}/role`, { role: 'editor' });
      expect(dem.statusCode).toBe(303);
      // `second` is an owner no more; the only owner left is the client, who cannot demote itself.
      const onlyOwner = (await soloSite.services.deps.accounts!.users.list()).filter(
        (u) => u.role === 'owner',
      );
      expect(onlyOwner).toHaveLength(1);
      const res = await client.post(`/admin/users/${onlyOwner[0]!.id}/deactivate`);
      expect(res.statusCode).toBe(303);
      expect((await client.get('/admin/users')).body).toContain('can’t deactivate your own account');
    } finally {
      await soloSite.close();
    }
  });

  for (const role of ['editor', 'author', 'contributor'] satisfies Role[]) {
    it(`refuses ${role}s every user action (403, nothing changes)`, async () => {
      const { client } = await loggedIn(site, role);
      const victim = await makeUser(site, 'author', 'Victim');
      expect((await client.get('/admin/users')).statusCode).toBe(403);
      const attempts = [
        client.post('/admin/users', { name: 'X', email: `x-${role}@news.test`, role: 'owner' }),
        client.post(`/admin/users/${victim.id}/role`, { role: 'owner' }),
        client.post(`/admin/users/${victim.id}/deactivate`),
        client.post(`/admin/users/${victim.id}/reset-password`),
      ];
      for (const res of await Promise.all(attempts)) expect(res.statusCode).toBe(403);
      const after = await users().findById(victim.id);
      expect(after).toMatchObject({ role: 'author', status: 'active' });
      expect(await users().findByEmail(`x-${role}@news.test`)).toBeNull();
      expect((await client.get('/admin')).body).not.toContain('href="/admin/users"');
    });
  }
});
