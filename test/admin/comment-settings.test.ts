// The comment moderation settings page over HTTP on both databases: shown with the stored values,
// saved (the comment rules read them at once), audited, refused when wrong with what was typed
// kept, refused without the CSRF token, and for owners only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/users/user.ts';
import { testDialects } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { type AdminClient, loggedIn } from './admin-client.ts';

const valid = {
  holdAll: '1',
  linkLimit: '4',
  holdWords: 'casino\nfree money',
  blockWords: 'pills',
  floodSeconds: '30',
  threadDepth: '3',
  perPage: '25',
  order: 'newest',
  closeAfterDays: '90',
  ipRetentionDays: '14',
  notifyAuthors: '1',
  // holdFirstTime, notifyModerators and replyNotifications unticked: false.
};

for (const dialect of testDialects()) {
  describe(`admin comment settings [${dialect}]`, () => {
    let site: TestSite;
    let owner: AdminClient;
    const effective = () => site.services.deps.comments.settings();
    const audits = async () =>
      (await site.services.deps.accounts.audit.list({ action: 'settings.updated', limit: 50, offset: 0 }))
        .items;

    beforeAll(async () => {
      site = await createTestSite(dialect, { demo: false });
      owner = (await loggedIn(site, 'owner')).client;
    });
    afterAll(async () => site.close());

    it('shows the stored values, linked from the settings page', async () => {
      expect((await owner.get('/admin/settings')).body).toContain('href="/admin/settings/comments"');
      const page = await owner.get('/admin/settings/comments');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('action="/admin/settings/comments"');
      expect(page.body).toMatch(/id="f-holdFirstTime"[^>]*checked/s);
      expect(page.body).not.toMatch(/id="f-holdAll"[^>]*checked/s);
      expect(page.body).toMatch(/name="perPage"[^>]*value="50"/s);
    });

    it('saves all 14, the comment rules use them at once, and the change is audited', async () => {
      const res = await owner.post('/admin/settings/comments', valid);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/admin/settings/comments');
      expect(await effective()).toEqual({
        holdAll: true,
        holdFirstTime: false,
        linkLimit: 4,
        holdWords: ['casino', 'free money'],
        blockWords: ['pills'],
        floodSeconds: 30,
        threadDepth: 3,
        perPage: 25,
        order: 'newest',
        closeAfterDays: 90,
        ipRetentionDays: 14,
        notifyModerators: false,
        notifyAuthors: true,
        replyNotifications: false,
      });
      const page = await owner.get('/admin/settings/comments');
      expect(page.body).toContain('Comment settings saved.');
      expect(page.body).toMatch(/free money<\/textarea>/);
      const [entry] = await audits();
      expect(entry).toMatchObject({
        action: 'settings.updated',
        actorName: 'owner person',
        target: 'settings',
      });
      expect((entry!.details.changed as string[]).sort()).toEqual(
        [
          'commentsHoldAll',
          'commentsHoldFirstTime',
          'commentsLinkLimit',
          'commentsHoldWords',
          'commentsBlockWords',
          'commentsFloodSeconds',
          'commentsThreadDepth',
          'commentsPerPage',
          'commentsOrder',
          'commentsCloseAfterDays',
          'commentsIpRetentionDays',
          'commentsNotifyModerators',
          'commentsReplyNotifications',
        ].sort(),
      );
      // The same values again change nothing, and the audit row says so.
      await owner.post('/admin/settings/comments', valid);
      expect((await audits())[0]!.details.changed).toEqual([]);
    });

    it('refuses wrong values, keeping what was typed and storing nothing', async () => {
      const before = await site.services.deps.settings.readAll();
      const res = await owner.post('/admin/settings/comments', {
        ...valid,
        linkLimit: 'many',
        threadDepth: '11',
        order: 'sideways',
      });
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain('Enter a whole number from 0 to 100.');
      expect(res.body).toContain('Enter a whole number from 1 to 10.');
      expect(res.body).toContain('href="#f-linkLimit"');
      expect(res.body).toMatch(/name="linkLimit"[^>]*value="many"/s);
      expect(await site.services.deps.settings.readAll()).toEqual(before);
    });

    it('refuses a post without the CSRF token and changes nothing', async () => {
      await owner.get('/admin/settings/comments');
      const before = await site.services.deps.settings.readAll();
      const forged = await owner.post('/admin/settings/comments', { ...valid, perPage: '7', _csrf: '' });
      expect(forged.statusCode).toBe(403);
      const crossSite = await owner.post(
        '/admin/settings/comments',
        { ...valid, perPage: '7' },
        { 'sec-fetch-site': 'cross-site' },
      );
      expect(crossSite.statusCode).toBe(403);
      expect(await site.services.deps.settings.readAll()).toEqual(before);
    });

    for (const role of ['editor', 'author', 'contributor'] satisfies Role[]) {
      it(`refuses ${role}s (403) and changes nothing`, async () => {
        const { client } = await loggedIn(site, role);
        expect((await client.get('/admin/settings/comments')).statusCode).toBe(403);
        const res = await client.post('/admin/settings/comments', { ...valid, perPage: '9' });
        expect(res.statusCode).toBe(403);
        expect((await effective()).perPage).toBe(25);
      });
    }
  });
}

describe('admin comment settings with COMMENT_FLOOD_SECONDS set', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite('sqlite', { demo: false, env: { COMMENT_FLOOD_SECONDS: '5' } });
  });
  afterAll(async () => site.close());

  it('says the environment wins over the stored flood interval', async () => {
    const { client } = await loggedIn(site, 'owner');
    const page = await client.get('/admin/settings/comments');
    expect(page.body).toContain('COMMENT_FLOOD_SECONDS&#61;5 in the environment wins');
  });
});
