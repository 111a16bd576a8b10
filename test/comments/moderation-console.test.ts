// The moderation console over HTTP: counts and filters, bulk and single actions with history,
// who may moderate what, reply and edit as a moderator, and the privacy tools.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedIn, makeUser } from '../admin/admin-client.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { testDialects } from '../support/test-db.ts';
import { commentIdOf, firstArticleSlug, postForm, setCommentSettings } from './helpers.ts';

for (const dialect of testDialects()) {
  describe(`moderation console [${dialect}]`, () => {
    let site: TestSite;
    let slug: string;
    beforeAll(async () => {
      site = await createTestSite(dialect);
      slug = await firstArticleSlug(site.app);
      await makeUser(site, 'owner'); // the admin opens only once an owner exists
      await setCommentSettings(site, { commentsHoldAll: true });
    });
    afterAll(async () => site?.close());

    const held = async (text: string, who: string) => {
      site.clock.advance(60_000);
      return commentIdOf(
        await postForm(
          site.app,
          slug,
          { comment: text, author: who, email: `${who.toLowerCase()}@example.com` },
          { ip: '192.0.2.9' },
        ),
      );
    };

    it('lists held comments with counts and private details, and approves them in bulk', async () => {
      const a = await held('First held text', 'Alma');
      const b = await held('Second held text', 'Boris');
      const { client } = await loggedIn(site, 'editor');
      const list = await client.get('/admin/comments');
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain('First held text');
      expect(list.body).toContain('alma@example.com');
      expect(list.body).toContain('192.0.2.9');
      expect(list.body).toMatch(/Pending <span class="count">\(2\)<\/span>/);

      const res = await client.post('/admin/comments/bulk', {
        ids: [String(a), String(b)],
        action: 'approve',
        bulk: '1',
      });
      expect(res.statusCode).toBe(303);
      const page = await site.app.inject({ url: `/article/${slug}` });
      expect(page.body).toContain('First held text');
      expect(page.body).toContain('Second held text');
      const approved = await client.get('/admin/comments?status=approved');
      expect(approved.body).toMatch(/Approved <span class="count">\(2\)<\/span>/);
    });

    it('a single action records who did it; unapprove hides the comment again', async () => {
      const id = await held('Will be toggled', 'Chen');
      const { client, user } = await loggedIn(site, 'owner');
      await client.get('/admin/comments');
      expect(
        (await client.post('/admin/comments/bulk', { single: `${id}:approve`, back: '/admin/comments' }))
          .statusCode,
      ).toBe(303);
      expect((await site.app.inject({ url: `/article/${slug}` })).body).toContain('Will be toggled');
      await client.post('/admin/comments/bulk', { single: `${id}:unapprove`, back: '/admin/comments' });
      expect((await site.app.inject({ url: `/article/${slug}` })).body).not.toContain('Will be toggled');
      const detail = await client.get(`/admin/comments/${id}`);
      const text = detail.body.replace(/\s+/g, ' ');
      expect(text).toContain(`pending → approved by ${user.name}`);
      expect(text).toContain(`approved → pending by ${user.name}`);
      expect(text).toContain('received as pending by Comment rules');
    });

    it('filters by email and searches text', async () => {
      const { client } = await loggedIn(site, 'editor');
      const byEmail = await client.get('/admin/comments?status=approved&email=alma%40example.com');
      expect(byEmail.body).toContain('First held text');
      expect(byEmail.body).not.toContain('Second held text');
      const search = await client.get('/admin/comments?status=approved&q=second');
      expect(search.body).toContain('Second held text');
      expect(search.body).not.toContain('First held text');
    });

    it('authors moderate only their own posts; contributors not at all', async () => {
      const id = await held('Not yours', 'Dana');
      const { client: author } = await loggedIn(site, 'author');
      expect((await author.get('/admin/comments')).body).not.toContain('Not yours');
      await author.get('/admin/comments');
      const res = await author.post('/admin/comments/bulk', {
        single: `${id}:approve`,
        back: '/admin/comments',
      });
      expect(res.statusCode).toBe(303);
      expect((await site.app.inject({ url: `/article/${slug}` })).body).not.toContain('Not yours');
      expect((await author.get(`/admin/comments/${id}`)).statusCode).toBe(403);
      const { client: contributor } = await loggedIn(site, 'contributor');
      expect((await contributor.get('/admin/comments')).statusCode).toBe(403);
    });

    it('a moderator reply is published under the comment and approves it', async () => {
      const id = await held('Question for staff', 'Emil');
      const { client } = await loggedIn(site, 'editor');
      await client.get(`/admin/comments/${id}`);
      expect(
        (await client.post(`/admin/comments/${id}/reply`, { content: 'Staff answer here' })).statusCode,
      ).toBe(303);
      const page = await site.app.inject({ url: `/article/${slug}` });
      expect(page.body).toContain('Question for staff');
      expect(page.body).toContain('Staff answer here');
    });

    it('edits a comment and exports or anonymises a commenter from the console', async () => {
      const id = await held('Original words', 'Fatima');
      const { client } = await loggedIn(site, 'editor');
      await client.get(`/admin/comments/${id}`);
      await client.post(`/admin/comments/${id}/edit`, {
        content: 'Edited words',
        authorName: 'Fatima',
        authorUrl: '',
      });
      expect((await site.services.deps.comments!.comments.findById(id))!.content).toBe('Edited words');
      const exported = await client.post('/admin/comments/privacy', {
        email: 'fatima@example.com',
        kind: 'export',
      });
      expect(exported.headers['content-type']).toContain('application/json');
      const data = JSON.parse(exported.body) as { comments: { text: string; ip: string }[] };
      expect(data.comments.map((c) => c.text)).toEqual(['Edited words']);
      await client.post('/admin/comments/privacy', { email: 'fatima@example.com', kind: 'erase' });
      const after = (await site.services.deps.comments!.comments.findById(id))!;
      expect(after.authorName).toBe('Anonymous');
      expect(after.authorEmail).not.toContain('fatima');
      expect(after.ip).toBeNull();
      expect(after.content).toBe('Edited words');
    });

    it('shows the outbox when SMTP is not configured', async () => {
      const { client } = await loggedIn(site, 'owner');
      const res = await client.get('/admin/comments/outbox');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('SMTP is not configured');
      expect(res.body).toContain('Please moderate');
    });
  });
}
