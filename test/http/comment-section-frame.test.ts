// The comment section kept with its thread (http/comments/section.ts): with the page cache off, a
// page whose reader has nothing of their own on it is served from the section rendered for the
// kept thread, with a form token of its own each time; a comment approved by another connection,
// the clock closing comments, a reply target and a remembered reader each get the page they
// would get rendered afresh. On both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommentRepo } from '../../src/comments/comment-repo.ts';
import { setCommentSettings } from '../comments/helpers.ts';
import { testDialects } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

const tokenOf = (body: string) => /name="formToken" value="([^"]*)"/.exec(body)?.[1];
const withoutToken = (body: string) => body.replace(/name="formToken" value="[^"]*"/g, 'name="formToken"');

for (const dialect of testDialects())
  describe(`comment section kept with its thread [${dialect}]`, () => {
    let site: TestSite;
    /** A second instance on the same database: its writes come from another connection. */
    let other: TestSite;
    beforeAll(async () => {
      site = await createTestSite(dialect, { pageCacheEntries: 0 });
      other = await createTestSite(dialect, { pageCacheEntries: 0, databaseUrl: site.url, demo: false });
    });
    afterAll(async () => {
      await other?.close();
      await site?.close();
    });

    it('serves a fresh token, a new comment, a closed form and personal pages as a fresh render would', async () => {
      const { deps } = site.services;
      const now = site.clock.now();
      const [article] = (await deps.articles.listPublished({ now, limit: 1, offset: 0 })).items;
      const path = `/article/${article!.slug}`;
      const page = async (url = path, headers: Record<string, string> = {}) => {
        const res = await site.app.inject({ url, headers });
        expect(res.statusCode).toBe(200);
        return res.body;
      };
      const insert = (repo: CommentRepo, content: string, at: Date) =>
        repo.insert(
          {
            articleId: article!.id,
            parentId: null,
            status: 'approved',
            authorName: 'Frame reader',
            authorEmail: 'frame@example.com',
            authorUrl: null,
            ip: '198.51.100.7',
            userAgent: 'test',
            content,
            dedupeKey: null,
            reasons: [],
          },
          { userId: null, name: 'test' },
          at,
        );
      const firstId = await insert(deps.comments!.comments, 'The first framed comment', now);

      const first = await page();
      expect(first).toContain('The first framed comment');
      site.clock.advance(1000);
      const second = await page();
      expect(withoutToken(second)).toBe(withoutToken(first));
      // Each page has its own token, made for its time, and never the mark that stands for it.
      expect(tokenOf(first)).toBeDefined();
      expect(tokenOf(second)).not.toBe(tokenOf(first));
      expect(second).not.toMatch(/formtoken[0-9a-f]{32}/);

      // Approved by another instance's connection: on the next page.
      await insert(
        new CommentRepo(other.services.database.db, other.services.database.dialect),
        'A comment from the other connection',
        site.clock.now(),
      );
      const third = await page();
      expect(third).toContain('A comment from the other connection');

      // A reply target and a remembered reader get their own sections, then the plain one again.
      const reply = await page(`${path}?replyto=${firstId}`);
      expect(reply).toContain(`id="comment-parent" value="${firstId}"`);
      expect(withoutToken(await page())).toBe(withoutToken(third));

      // Comments close by the clock alone (no write): the form goes.
      await setCommentSettings(site, { commentsCloseAfterDays: 3650 });
      const open = await page();
      expect(tokenOf(open)).toBeDefined();
      const closesAt = Date.parse(article!.publishedAt!) + 3650 * 86_400_000;
      site.clock.set(new Date(closesAt + 1000));
      const closed = await page();
      expect(tokenOf(closed)).toBeUndefined();
      expect(closed).toContain('A comment from the other connection');
    });
  });
