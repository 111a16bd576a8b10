// The article page with the page cache off, rendered around its comment section from what the
// repositories keep (http/public/article-routes.ts, ArticleReadRepo): the same page while nothing
// changed, and a fresh one once the clock brings out a post (a neighbour, a related post, with the
// article itself unchanged) or another connection retitles a neighbour. On both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishingDeps } from '../../src/compose/index.ts';
import { saveArticle } from '../../src/content/publishing.ts';
import { testDialects } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

const withoutToken = (body: string) => body.replace(/name="formToken" value="[^"]*"/g, 'name="formToken"');
const navTitles = (body: string) =>
  [...body.matchAll(/class="article-nav-(prev|next)"[\s\S]*?class="article-nav-title"[^>]*>([^<]*)</g)].map(
    (m) => `${m[1]}: ${m[2]}`,
  );

for (const dialect of testDialects())
  describe(`article page rendered around its comments [${dialect}]`, () => {
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

    it('shows a post the clock brings out, and a neighbour retitled by another connection', async () => {
      const { deps } = site.services;
      const now = site.clock.now();
      const [newest] = (await deps.articles.listPublished({ now, limit: 1, offset: 0 })).items;
      const article = (await deps.articles.findPublishedBySlug('post', newest!.slug, now))!;
      const path = `/article/${article.slug}`;
      const page = async () => {
        const res = await site.app.inject({ url: path });
        expect(res.statusCode).toBe(200);
        return res.body;
      };
      await saveArticle(publishingDeps(deps), {
        kind: 'post',
        title: 'Coming story on the same tags',
        bodyMarkdown: 'Soon.',
        status: 'published',
        authorId: article.author.id,
        language: 'en',
        publishedAt: new Date(now.getTime() + 24 * 3600_000).toISOString(),
        tagIds: article.tags.map((t) => t.id),
      });
      const first = await page();
      expect(withoutToken(await page())).toBe(withoutToken(first));
      expect(navTitles(first).some((t) => t.startsWith('next:'))).toBe(false);
      expect(first).not.toContain('Coming story on the same tags');

      site.clock.advance(2 * 24 * 3600_000);
      const out = await page();
      expect(navTitles(out)).toContain('next: Coming story on the same tags');
      site.clock.advance(-2 * 24 * 3600_000);
      expect(withoutToken(await page())).toBe(withoutToken(first));

      const previous = navTitles(first).find((t) => t.startsWith('prev:'));
      expect(previous).toBeDefined();
      const { previous: neighbour } = await deps.articles.findAdjacent(article, site.clock.now());
      await other.services.database.db
        .updateTable('articles')
        .set({ title: 'Retitled by another connection' })
        .where('id', '=', neighbour!.id)
        .execute();
      expect(navTitles(await page())).toContain('prev: Retitled by another connection');
    });
  });
