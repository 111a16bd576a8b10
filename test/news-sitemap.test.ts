// The Google News sitemap (issue 13, defect 5): a valid, empty news sitemap when nothing was
// published in the last two days (it was a 500), and Google's language codes (zh-cn, zh-tw).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishingDeps } from '../src/compose/index.ts';
import { saveArticle } from '../src/content/publishing.ts';
import { testDialects } from './support/test-db.ts';
import { createTestSite, type TestSite } from './support/test-site.ts';
import { findAll, findOne, parseXml } from './support/xml.ts';

for (const dialect of testDialects()) {
  describe(`news sitemap [${dialect}]`, () => {
    let site: TestSite;
    beforeAll(async () => {
      site = await createTestSite(dialect, { now: '2027-03-01T12:00:00Z' });
    });
    afterAll(async () => site?.close());

    it('is a valid empty news sitemap when nothing is recent', async () => {
      const res = await site.app.inject('/news-sitemap.xml');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/xml');
      const urlset = findOne(parseXml(res.body), 'urlset');
      expect(urlset.attributes).toEqual({
        xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9',
        'xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
      });
      expect(findAll(urlset, 'url')).toEqual([]);
    });

    it('names Chinese articles zh-cn or zh-tw, others by their ISO 639 code', async () => {
      const { deps } = site.services;
      const authorId = (await deps.users.findAuthorBySlug('aigerim-sadykova'))!.id;
      const post = async (title: string, language: string) =>
        saveArticle(publishingDeps(deps), {
          kind: 'post',
          title,
          bodyMarkdown: 'Text.',
          status: 'published',
          authorId,
          language,
          publishedAt: '2027-03-01T09:00:00.000Z',
        });
      await post('Simplified', 'zh-Hans');
      await post('Traditional', 'zh-Hant');
      await post('British', 'en-GB');
      const doc = parseXml((await site.app.inject('/news-sitemap.xml')).body);
      const byTitle = new Map(
        findAll(doc, 'news:news').map((n) => [
          findOne(n, 'news:title').text,
          findOne(n, 'news:language').text,
        ]),
      );
      expect(Object.fromEntries(byTitle)).toEqual({
        Simplified: 'zh-cn',
        Traditional: 'zh-tw',
        British: 'en',
      });
    });
  });
}
