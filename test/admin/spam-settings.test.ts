// The spam filter's settings on the admin settings page: shown with their values, saved (the next
// comment is scored with them), refused when out of range with what was typed kept, audited, and
// for owners only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/users/user.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { type AdminClient, loggedIn } from './admin-client.ts';

describe('admin spam filter settings', () => {
  let site: TestSite;
  let owner: AdminClient;
  const spamSettings = () => site.services.deps.spam!.settings();

  beforeAll(async () => {
    site = await createTestSite('sqlite', { demo: false });
    owner = (await loggedIn(site, 'owner')).client;
  });
  afterAll(async () => site.close());

  it('shows the current values and saves new ones, which the spam filter uses at once', async () => {
    const page = await owner.get('/admin/settings');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('action="/admin/settings/spam"');
    expect(page.body).toMatch(/name="spamThreshold"[^>]*value="0.5"|value="0.5"[^>]*name="spamThreshold"/s);
    expect(page.body).toContain('value="0.995"');
    expect(await spamSettings()).toMatchObject({
      spamThreshold: 0.5,
      holdThreshold: 0.2,
      discardThreshold: 0.995,
      shadow: false,
    });
    const res = await owner.post('/admin/settings/spam', {
      spamThreshold: '0.7',
      spamHoldThreshold: '0.3',
      spamDiscardThreshold: '0.98',
      spamShadowMode: '1',
    });
    expect(res.statusCode).toBe(303);
    expect(await spamSettings()).toMatchObject({
      spamThreshold: 0.7,
      holdThreshold: 0.3,
      discardThreshold: 0.98,
      shadow: true,
    });
    const after = await owner.get('/admin/settings');
    expect(after.body).toContain('Spam filter settings saved.');
    expect(after.body).toContain('value="0.7"');
    expect(after.body).toMatch(/id="f-spamShadowMode"[^>]*checked/s);
    // The general settings are untouched by the spam form.
    expect((await site.services.deps.settings.readAll()).title).toBeUndefined();
    const audit = await owner.get('/admin/audit?action=settings.updated');
    expect(audit.body).toContain('spamThreshold');
    // An unticked box turns shadow mode off again.
    await owner.post('/admin/settings/spam', { spamThreshold: '0.7', spamDiscardThreshold: '0.98' });
    expect((await spamSettings()).shadow).toBe(false);
  });

  it('refuses values out of range, keeping what was typed', async () => {
    const below = await owner.post('/admin/settings/spam', {
      spamThreshold: '0.9',
      spamDiscardThreshold: '0.6',
    });
    expect(below.statusCode).toBe(422);
    expect(below.body).toContain('cannot be below the spam threshold');
    expect(below.body).toContain('value="0.6"');
    const hold = await owner.post('/admin/settings/spam', {
      spamThreshold: '0.5',
      spamHoldThreshold: '0.8',
      spamDiscardThreshold: '0.99',
    });
    expect(hold.statusCode).toBe(422);
    expect(hold.body).toContain('cannot be above the spam threshold');
    const nonsense = await owner.post('/admin/settings/spam', {
      spamThreshold: 'lots',
      spamDiscardThreshold: '2',
    });
    expect(nonsense.statusCode).toBe(422);
    expect(nonsense.body).toContain('Enter a probability from 0.05 to 0.99.');
    expect(nonsense.body).toContain('Enter a probability from 0.05 to 1.');
    expect(nonsense.body).toContain('value="lots"');
    expect(await spamSettings()).toMatchObject({ spamThreshold: 0.7, discardThreshold: 0.98 });
  });

  for (const role of ['editor', 'author'] satisfies Role[]) {
    it(`refuses ${role}s (403) and changes nothing`, async () => {
      const { client } = await loggedIn(site, role);
      const res = await client.post('/admin/settings/spam', {
        spamThreshold: '0.2',
        spamDiscardThreshold: '0.3',
      });
      expect(res.statusCode).toBe(403);
      expect((await spamSettings()).spamThreshold).toBe(0.7);
    });
  }
});
