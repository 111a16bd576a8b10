// Translations on the public site, on SQLite and PostgreSQL: the article page's language switcher,
// hreflang alternates with x-default, JSON-LD translation links, sitemap alternates, and a link
// change purging exactly the pages that show it.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishingDeps } from '../src/compose/index.ts';
import { saveArticle } from '../src/content/publishing.ts';
import { linkTranslation, unlinkTranslation } from '../src/content/translations.ts';
import { testDialects } from './support/test-db.ts';
import { createTestSite, type TestSite } from './support/test-site.ts';

const paths = {
  en: '/article/caravan-route-reopens',
  ru: '/article/karavannyj-put-snova-otkryt',
  zh: '/article/shangdao-chongxin-kaifang',
};

function jsonLd(body: string): Record<string, unknown>[] {
  return [...body.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? '{}') as Record<string, unknown>,
  );
}
const news = (body: string) => jsonLd(body).find((o) => o['@type'] === 'NewsArticle')!;
const alternates = (body: string) =>
  [...body.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)" \/>/g)].map((m) => [m[1], m[2]]);

for (const dialect of testDialects()) {
  describe(`translations on the public site [${dialect}]`, { timeout: 60_000 }, () => {
    let site: TestSite;
    const ids: Record<string, number> = {};
    const get = (url: string) => site.app.inject({ url });
    const owner = () => ({ id: 1, role: 'owner' as const });
    const linkDeps = () => ({
      translations: site.services.deps.translations,
      changes: site.services.deps.changes,
      audit: async () => {},
    });

    beforeAll(async () => {
      site = await createTestSite(dialect);
      const deps = publishingDeps(site.services.deps);
      const authorId = (await site.services.deps.users.findAuthorBySlug('tom-hartley'))!.id;
      const story = async (key: string, title: string, language: string, publishedAt: string) => {
        ids[key] = await saveArticle(deps, {
          kind: 'post',
          title,
          slug: paths[key as keyof typeof paths].slice('/article/'.length),
          bodyMarkdown: `${title}.`,
          status: 'published',
          authorId,
          language,
          publishedAt,
        });
      };
      await story('en', 'Caravan route reopens', 'en', '2026-10-01T08:00:00.000Z');
      await story('ru', 'Караванный путь снова открыт', 'ru', '2026-10-01T09:00:00.000Z');
      await story('zh', '商道重新开放', 'zh-Hans', '2026-10-01T10:00:00.000Z');
    });
    afterAll(async () => site?.close());

    it('an article without translations has no switcher and only its own hreflang', async () => {
      const body = (await get(paths.en)).body;
      expect(body).not.toContain('language-switcher');
      expect(alternates(body)).toEqual([['en', `http://news.test${paths.en}`]]);
      expect(news(body)).not.toHaveProperty('workTranslation');
    });

    it('linking purges exactly the pages that show the link', async () => {
      const pages = [
        paths.en,
        paths.ru,
        paths.zh,
        '/sitemap.xml',
        '/',
        '/article/china-kazakhstan-oil-pipeline-two-decades',
      ];
      for (const p of pages) expect((await get(p)).statusCode).toBe(200);
      // A change written behind the cache's back: pages re-rendered from here on show it.
      await sql`UPDATE articles SET title = 'Stale marker' WHERE slug = 'china-kazakhstan-oil-pipeline-two-decades'`.execute(
        site.services.database.db,
      );
      await linkTranslation(linkDeps(), owner(), { articleId: ids.en!, otherId: ids.ru! });
      await linkTranslation(linkDeps(), owner(), { articleId: ids.en!, otherId: ids.zh! });
      expect((await get(paths.en)).body).toContain('language-switcher');
      expect((await get(paths.ru)).body).toContain('language-switcher');
      expect((await get(paths.zh)).body).toContain('language-switcher');
      expect((await get('/sitemap.xml')).body).toContain('xhtml:link');
      // Pages that do not show the link were kept.
      expect((await get('/')).body).not.toContain('Stale marker');
      expect((await get('/article/china-kazakhstan-oil-pipeline-two-decades')).body).not.toContain(
        'Stale marker',
      );
    });

    it('the switcher names each version in its own language, with lang and hreflang', async () => {
      const body = (await get(paths.ru)).body;
      const nav = (body.match(/<nav\s+class="language-switcher"[\s\S]*?<\/nav>/)?.[0] ?? '').replace(
        /\s+/g,
        ' ',
      );
      expect(nav).toContain(`href="${paths.en}" hreflang="en" lang="en"`);
      expect(nav).toContain(`href="${paths.zh}" hreflang="zh-Hans" lang="zh-Hans"`);
      expect(nav).toMatch(/>\s*English\s*<\/a/);
      expect(nav).toMatch(/>\s*简体中文\s*<\/a/);
      expect(nav).toContain('<span lang="ru" aria-current="page">Русский</span>');
      expect(nav).not.toContain(`href="${paths.ru}"`);
      // Interface text in the site's language, marked as such on a Russian page.
      expect(nav).toMatch(
        /^<nav class="language-switcher" aria-labelledby="language-switcher-label" lang="en"/,
      );
    });

    it('every version lists the same hreflang alternates, x-default in the site language', async () => {
      const expected = [
        ['en', `http://news.test${paths.en}`],
        ['ru', `http://news.test${paths.ru}`],
        ['zh-Hans', `http://news.test${paths.zh}`],
        ['x-default', `http://news.test${paths.en}`],
      ];
      for (const p of Object.values(paths)) expect(alternates((await get(p)).body)).toEqual(expected);
    });

    it('JSON-LD: the original names its translations, each translation its original', async () => {
      const en = news((await get(paths.en)).body);
      expect(en.inLanguage).toBe('en');
      expect(en.workTranslation).toEqual([
        {
          '@type': 'NewsArticle',
          url: `http://news.test${paths.ru}`,
          headline: 'Караванный путь снова открыт',
          inLanguage: 'ru',
        },
        {
          '@type': 'NewsArticle',
          url: `http://news.test${paths.zh}`,
          headline: '商道重新开放',
          inLanguage: 'zh-Hans',
        },
      ]);
      const zh = news((await get(paths.zh)).body);
      expect(zh.inLanguage).toBe('zh-Hans');
      expect(zh.translationOfWork).toMatchObject({ url: `http://news.test${paths.en}`, inLanguage: 'en' });
      expect(zh).not.toHaveProperty('workTranslation');
    });

    it('sitemap.xml carries the same alternates for each version', async () => {
      const xml = (await get('/sitemap.xml')).body;
      expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
      for (const p of Object.values(paths)) {
        const entry =
          xml.match(new RegExp(`<url><loc>http://news.test${p}</loc>[\\s\\S]*?</url>`))?.[0] ?? '';
        const links = [
          ...entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g),
        ];
        expect(links.map((m) => [m[1], m[2]])).toEqual([
          ['en', `http://news.test${paths.en}`],
          ['ru', `http://news.test${paths.ru}`],
          ['zh-Hans', `http://news.test${paths.zh}`],
          ['x-default', `http://news.test${paths.en}`],
        ]);
      }
      const oil = xml.match(/<url><loc>[^<]*oil-pipeline[^<]*<\/loc>[\s\S]*?<\/url>/)?.[0] ?? '';
      expect(oil).not.toContain('xhtml:link');
    });

    it('a static page lists its translations in a switcher and hreflang alternates, and is purged on a link', async () => {
      const deps = publishingDeps(site.services.deps);
      const authorId = (await site.services.deps.users.findAuthorBySlug('tom-hartley'))!.id;
      const page = async (slug: string, title: string, language: string) =>
        saveArticle(deps, {
          kind: 'page',
          title,
          slug,
          bodyMarkdown: `${title}.`,
          status: 'published',
          authorId,
          language,
          publishedAt: '2026-10-01T08:00:00.000Z',
        });
      const en = await page('contact-us', 'Contact us', 'en');
      const ru = await page('kontakty', 'Контакты', 'ru');
      expect((await get('/contact-us')).body).not.toContain('language-switcher'); // cached before the link
      await linkTranslation(linkDeps(), owner(), { articleId: en, otherId: ru });
      const body = (await get('/contact-us')).body;
      expect(body).toContain('language-switcher');
      expect(body).toContain('href="/kontakty" hreflang="ru"');
      expect(alternates(body).map(([lang]) => lang)).toEqual(['en', 'ru', 'x-default']);
      expect((await get('/kontakty')).body).toContain('href="/contact-us" hreflang="en"');
    });

    it('a translation that is not public is not listed, and unlinking removes the switcher', async () => {
      await unlinkTranslation(linkDeps(), owner(), { articleId: ids.en!, leavingId: ids.zh! });
      const ru = (await get(paths.ru)).body;
      expect(ru).not.toContain(`hreflang="zh-Hans"`);
      expect((await get(paths.zh)).body).not.toContain('language-switcher');
      await unlinkTranslation(linkDeps(), owner(), { articleId: ids.en!, leavingId: ids.ru! });
      expect((await get(paths.en)).body).not.toContain('language-switcher');
      const xml = (await get('/sitemap.xml')).body;
      for (const p of Object.values(paths))
        expect(xml).not.toContain(`hreflang="ru" href="http://news.test${p}"`);
      expect(xml).not.toContain(`href="http://news.test${paths.en}"/>`);
    });
  });
}

describe('the demo story in three languages', () => {
  it('is linked: English, Russian and Chinese versions list each other', async () => {
    const site = await createTestSite('sqlite');
    try {
      const body = (await site.app.inject('/article/uzbekskaya-chereshnya-na-kitajskih-prilavkah')).body;
      expect(alternates(body).map(([lang]) => lang)).toEqual(['en', 'ru', 'zh-Hans', 'x-default']);
      expect(body).toContain('href="/article/wuzibieke-yingtao-jinru-zhongguo-chaoshi" hreflang="zh-Hans"');
      expect(news(body).translationOfWork).toMatchObject({ inLanguage: 'en' });
    } finally {
      await site.close();
    }
  });
});
