// Times on the site's clock (issue 13 defect 9, issue 19 item 10): with the timezone setting at
// Asia/Almaty (UTC+5), a story published at 2026-03-01T21:30Z is dated 2 March on the public site
// (article, listings, archive month; in English, Chinese, Russian and Kazakh) and shown at 02:30
// in the admin, a comment likewise; the machine values (<time datetime>, JSON-LD, feeds) keep the
// exact instant; and changing the setting reaches pages already in the page cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishingDeps } from '../src/compose/index.ts';
import { type ArticleDraft, saveArticle } from '../src/content/publishing.ts';
import { type AdminClient, loggedIn } from './admin/admin-client.ts';
import { decodeHtml, postForm, setCommentSettings } from './comments/helpers.ts';
import { testDialects } from './support/test-db.ts';
import { createTestSite, type TestSite } from './support/test-site.ts';

const PUBLISHED = '2026-03-01T21:30:00.000Z';
const NOW = '2026-11-26T12:00:00.000Z';
const settingsFields = {
  title: 'Silk Road Dispatch',
  tagline: 'News from the steppe',
  logo: '',
  language: 'en',
  timezone: 'Asia/Almaty',
  postsPerPage: '10',
  dateFormat: 'long',
  footerText: '',
};

for (const dialect of testDialects()) {
  describe(`dates on the site's clock [${dialect}]`, () => {
    let site: TestSite;
    let owner: AdminClient;
    const get = async (url: string) => decodeHtml((await site.app.inject(url)).body);

    beforeAll(async () => {
      site = await createTestSite(dialect, { now: NOW });
      // Logged in at the present (the client drops cookies that expired by the real clock)…
      owner = (await loggedIn(site, 'owner')).client;
      // …the story and its comment at 21:30 UTC on 1 March.
      site.clock.set(PUBLISHED);
      await setCommentSettings(site, { commentsHoldFirstTime: false, spamHoldThreshold: 0.5 });
      const authorId = (await site.services.deps.users.findAuthorBySlug('tom-hartley'))!.id;
      const draft: ArticleDraft = {
        kind: 'post',
        title: 'Night train to Almaty',
        slug: 'night-train-to-almaty',
        bodyMarkdown: 'The overnight service resumes.',
        status: 'published',
        authorId,
        language: 'en',
        publishedAt: PUBLISHED,
      };
      await saveArticle(publishingDeps(site.services.deps), draft);
      // 20:00 UTC on 28 February is 01:00 on 1 March in Almaty: a March story there.
      await saveArticle(publishingDeps(site.services.deps), {
        ...draft,
        title: 'Border crossing reopens at dawn',
        slug: 'border-crossing-reopens',
        publishedAt: '2026-02-28T20:00:00.000Z',
      });
      const comment = await postForm(site.app, 'night-train-to-almaty', {
        comment: 'Finally, a night train again.',
        author: 'Dana',
        email: 'dana@example.kz',
      });
      expect(comment.statusCode).toBe(303);
      site.clock.set(NOW);
    });
    afterAll(async () => site?.close());

    it('in UTC, then on the Almaty clock once the setting changes, through the page cache', async () => {
      // The default timezone is UTC: 1 March, 21:30. This also puts the pages in the cache.
      const before = await get('/article/night-train-to-almaty');
      expect(before).toContain(`<time datetime="${PUBLISHED}">March 1, 2026</time>`);
      expect(before).toMatch(/March 1, 2026.{1,6}9:30\sPM UTC/);
      expect(await get('/')).toContain(`<time datetime="${PUBLISHED}">March 1, 2026</time>`);
      expect(await get('/archive/2026/02')).toContain('Border crossing reopens at dawn');

      await owner.get('/admin/settings');
      expect((await owner.post('/admin/settings', settingsFields)).statusCode).toBe(303);

      const article = await get('/article/night-train-to-almaty');
      // The byline: 2 March on the Almaty clock; the attribute is still the instant.
      expect(article).toContain(`<time datetime="${PUBLISHED}">March 2, 2026</time>`);
      // The comment, posted at the same instant: 02:30 in Almaty, with the zone named.
      expect(article).toMatch(/March 2, 2026.{1,6}2:30\sAM GMT\+5/);
      expect(article).not.toMatch(/9:30\sPM UTC/);
      // Machine values keep the exact instant.
      expect(article).toContain(`"datePublished":"${PUBLISHED}"`);
      expect(article).toContain(`<meta property="article:published_time" content="${PUBLISHED}"`);
    });

    it('listings, search and the archive month follow the site clock; feeds keep the instant', async () => {
      expect(await get('/')).toContain(`<time datetime="${PUBLISHED}">March 2, 2026</time>`);
      const march = await get('/archive/2026/03');
      expect(march).toContain('Night train to Almaty');
      expect(march).toContain('Border crossing reopens at dawn');
      const february = await site.app.inject('/archive/2026/02');
      expect(decodeHtml(february.body)).not.toContain('Border crossing reopens at dawn');
      expect(await get('/search?q=night+train')).toContain(
        `<time datetime="${PUBLISHED}">March 2, 2026</time>`,
      );

      const rss = await get('/feed.xml');
      expect(rss).toMatch(/<pubDate>Sun, 01 Mar 2026 21:30:00 (GMT|\+0000)<\/pubDate>/);
      const atom = await get('/atom.xml');
      expect(atom).toContain('2026-03-01T21:30:00');
    });

    it('the admin shows the same instants on the Almaty clock: posts list, comments console, audit log', async () => {
      const posts = decodeHtml((await owner.get('/admin/posts')).body);
      expect(posts).toMatch(/2 Mar 2026, 02:30 GMT\+5/);
      const comments = decodeHtml((await owner.get('/admin/comments?status=approved')).body);
      expect(comments).toContain(`<time datetime="${PUBLISHED}">2 Mar 2026, 02:30 GMT+5</time>`);
      // The settings change was audited at 12:00 UTC on 26 November: 17:00 in Almaty.
      const audit = decodeHtml((await owner.get('/admin/audit')).body);
      expect(audit).toContain(`<time datetime="${NOW}">26 Nov 2026, 17:00 GMT+5</time>`);
      expect(audit).not.toContain('12:00 UTC');
    });

    it('in Chinese, Russian and Kazakh too: the Almaty day, written the language’s way', async () => {
      // 21:30 UTC on 1 March is 2 March in Almaty, in every language.
      const want = { 'zh-Hans': '2026年3月2日', ru: '2 марта 2026 г.', kk: '2026 ж. 2 наурыз' };
      for (const [language, date] of Object.entries(want)) {
        await owner.get('/admin/settings');
        expect((await owner.post('/admin/settings', { ...settingsFields, language })).statusCode).toBe(303);
        for (const path of ['/', '/search?q=night+train']) {
          const body = await get(path);
          expect(body, `${language} ${path}`).toContain(`<html lang="${language}"`);
          expect(body, `${language} ${path}`).toContain(`<time datetime="${PUBLISHED}">${date}</time>`);
        }
      }
      await owner.post('/admin/settings', settingsFields);
    });
  });
}
