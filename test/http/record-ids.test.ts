// Every numeric id a request carries (path, query string, form field), on every surface, with
// values that are not ids: both databases answer the same 4xx (or the same valid page), never a
// 500 (issue 13, defect 3: `parentId=abc` was "invalid input syntax for type integer" on PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { testDialects } from '../support/test-db.ts';
import type { AdminClient } from '../admin/admin-client.ts';
import { loggedIn } from '../admin/admin-client.ts';
import { firstArticleSlug, postForm } from '../comments/helpers.ts';

/** Values that are not ids: text, exponent, beyond PostgreSQL's integer, zero, negative, huge. */
const NOT_IDS = ['abc', '1e999', '1e3', '2147483648', '99999999999', '0', '-1', '1.5', '9'.repeat(30)];
/** The same, plus the largest id, which names nothing here: a path id gets the same 404. */
const NO_RECORD = [...NOT_IDS, '2147483647'];

for (const dialect of testDialects()) {
  describe(`numeric ids from requests [${dialect}]`, () => {
    let site: TestSite;
    let slug: string;
    let owner: AdminClient;
    let n = 0;
    beforeAll(async () => {
      site = await createTestSite(dialect, { env: { COMMENT_FLOOD_SECONDS: '0' } });
      slug = await firstArticleSlug(site.app);
      owner = (await loggedIn(site, 'owner')).client;
    });
    afterAll(async () => site?.close());
    const reader = () => {
      n += 1;
      return { email: `ids${n}@example.com`, author: `Ids ${n}`, ip: `198.51.100.${n}` };
    };

    it('a rejected comment form with a malformed parentId is re-rendered with the text (422)', async () => {
      for (const bad of NOT_IDS) {
        const r = reader();
        const res = await postForm(
          site.app,
          slug,
          { comment: '', author: r.author, email: r.email, parentId: bad },
          { ip: r.ip },
        );
        expect(res.statusCode, `parentId=${bad}`).toBe(422);
        expect(res.body).toContain(`value="${r.author}"`);
      }
    });

    it('a valid comment with a parentId that is not an id is stored without a parent', async () => {
      for (const bad of NOT_IDS) {
        const r = reader();
        const res = await postForm(
          site.app,
          slug,
          { comment: `Not a reply ${r.author}`, author: r.author, email: r.email, parentId: bad },
          { ip: r.ip },
        );
        expect(res.statusCode, `parentId=${bad}`).toBe(303);
      }
    });

    it('a parentId that is an id but names no comment here is refused with the text kept (422)', async () => {
      const r = reader();
      const res = await postForm(
        site.app,
        slug,
        { comment: 'A reply to nobody', author: r.author, email: r.email, parentId: '2147483647' },
        { ip: r.ip },
      );
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain('A reply to nobody');
    });

    it('public query strings and paths', async () => {
      for (const bad of NOT_IDS) {
        const q = encodeURIComponent(bad);
        expect((await site.app.inject({ url: `/article/${slug}?replyto=${q}` })).statusCode).toBe(200);
        // Not a comment page: a 404, one URL per page (issue 19, item 8).
        expect((await site.app.inject({ url: `/article/${slug}?cpage=${q}` })).statusCode).toBe(404);
        expect((await site.app.inject({ url: `/page/${q}` })).statusCode).toBe(404);
        expect([200, 400]).toContain((await site.app.inject({ url: `/search?q=tea&page=${q}` })).statusCode);
        for (const method of ['GET', 'POST'] as const) {
          const res = await site.app.inject({
            method,
            url: `/comments/subscriptions/unsubscribe?s=${q}&sig=abc`,
          });
          expect(res.statusCode, `unsubscribe s=${bad}`).toBe(404);
        }
      }
    });

    it('admin: comments', async () => {
      await owner.get('/admin/comments');
      for (const bad of NO_RECORD) {
        const q = encodeURIComponent(bad);
        expect((await owner.get(`/admin/comments?article=${q}&page=${q}`)).statusCode).toBe(200);
        expect((await owner.get(`/admin/comments/${q}`)).statusCode, `/admin/comments/${bad}`).toBe(404);
        expect((await owner.post(`/admin/comments/${q}/edit`, { content: 'x' })).statusCode).toBe(404);
        expect((await owner.post(`/admin/comments/${q}/reply`, { content: 'x' })).statusCode).toBe(404);
        const bulk = await owner.post('/admin/comments/bulk', { action: 'approve', ids: [bad] });
        expect(bulk.statusCode, `bulk ids=${bad}`).toBe(303);
        const single = await owner.post('/admin/comments/bulk', { single: `${bad}:approve` });
        expect(single.statusCode, `single=${bad}`).toBe(303);
      }
    });

    it('admin: posts, pages, revisions, preview links, users, audit, API keys, media', async () => {
      await owner.get('/admin/posts');
      for (const bad of NO_RECORD) {
        const q = encodeURIComponent(bad);
        for (const kind of ['posts', 'pages']) {
          expect((await owner.get(`/admin/${kind}?author=${q}&tag=${q}&page=${q}`)).statusCode).toBe(200);
          expect((await owner.get(`/admin/${kind}/${q}/edit`)).statusCode, `${kind}/${bad}/edit`).toBe(404);
          expect((await owner.post(`/admin/${kind}/${q}`, { title: 'x' })).statusCode).toBe(404);
          expect((await owner.post(`/admin/${kind}/${q}/status`, { action: 'trash' })).statusCode).toBe(404);
          expect((await owner.get(`/admin/${kind}/${q}/revisions`)).statusCode).toBe(404);
          expect((await owner.post(`/admin/${kind}/${q}/preview-links`)).statusCode).toBe(404);
          expect((await owner.post(`/admin/${kind}/${q}/autosave`, { title: 'x' })).statusCode).toBe(404);
        }
        expect((await owner.post(`/admin/users/${q}/role`, { role: 'editor' })).statusCode).toBe(404);
        expect((await owner.post(`/admin/users/${q}/deactivate`)).statusCode).toBe(404);
        expect((await owner.post(`/admin/users/${q}/reactivate`)).statusCode).toBe(404);
        expect((await owner.post(`/admin/users/${q}/reset-password`)).statusCode).toBe(404);
        expect((await owner.get(`/admin/audit?user=${q}&page=${q}`)).statusCode).toBe(200);
        expect((await owner.get(`/admin/media?page=${q}`)).statusCode).toBe(200);
        expect((await owner.post(`/admin/spam/keys/${q}/revoke`)).statusCode).toBe(404);
      }
    });

    it('admin: ids inside an article’s sub-paths and the editor form', async () => {
      const article = (await site.services.deps.articles.findPublishedBySlug(
        'post',
        slug,
        site.clock.now(),
      ))!;
      const base = `/admin/posts/${article.id}`;
      await owner.get(`${base}/edit`);
      for (const bad of NO_RECORD) {
        const q = encodeURIComponent(bad);
        expect((await owner.post(`${base}/revisions/${q}/restore`, { version: '1' })).statusCode).toBe(404);
        expect((await owner.post(`${base}/preview-links/${q}/revoke`)).statusCode).toBe(404);
        const saved = await owner.post(base, {
          title: article.title,
          slug: article.slug,
          bodyMarkdown: 'Body',
          authorId: bad,
          version: bad,
          action: 'save',
        });
        expect(saved.statusCode, `editor authorId/version=${bad}`).toBeLessThan(500);
        expect(saved.statusCode).toBeGreaterThanOrEqual(400);
      }
    });
  });
}
