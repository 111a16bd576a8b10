// The per-language front doors on SQLite and PostgreSQL: /lang/<tag>/ home, archives, feeds and
// search limited to one language, canonical addresses, the main home still showing everything,
// and pages that never vary by Accept-Language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishingDeps } from '../src/compose/index.ts';
import { saveArticle } from '../src/content/publishing.ts';
import { testDialects } from './support/test-db.ts';
import { createTestSite, type TestSite } from './support/test-site.ts';

const ru = '/article/kazakhstan-china-bezvizovyj-rezhim-dva-goda';
const zh = '/article/zhongya-hezuo-cong-xian-dao-asitana';
const en = '/article/china-kazakhstan-oil-pipeline-two-decades';

for (const dialect of testDialects()) {
  describe(`per-language front doors [${dialect}]`, { timeout: 60_000 }, () => {
    let site: TestSite;
    const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ url, headers });
    beforeAll(async () => {
      site = await createTestSite(dialect);
    });
    afterAll(async () => site?.close());

    it('a front door lists the posts of its language only; the main home lists every language', async () => {
      const res = await get('/lang/ru/');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(`href="${ru}"`);
      expect(res.body).not.toContain(`href="${en}"`);
      expect(res.body).not.toContain(`href="${zh}"`);
      expect(res.body).toMatch(/<h1 class="section-title"\s+lang="ru">Русский<\/h1>/);
      expect(res.body).toContain('<link rel="canonical" href="http://news.test/lang/ru/" />');
      expect(res.body).toContain('href="http://news.test/lang/ru/feed.xml"');
      const doors = res.body.match(/<nav\s+class="front-doors"[\s\S]*?<\/nav>/)?.[0] ?? '';
      expect(doors).toContain('<a href="/">All languages</a>');
      expect(doors).toContain('<a href="/lang/zh-hans/" hreflang="zh-Hans" lang="zh-Hans">简体中文</a>');
      expect(doors).toContain('<a href="/lang/ru/" hreflang="ru" lang="ru" aria-current="page">Русский</a>');
      const home = (await get('/page/2')).body + (await get('/')).body;
      expect(home).toContain(`href="${ru}"`);
      expect(home).toContain(`href="${zh}"`);
    });

    it('answers one address per page: the tag in lower case, the home with a slash', async () => {
      for (const [from, to] of [
        ['/lang/ru', '/lang/ru/'],
        ['/lang/RU/', '/lang/ru/'],
        ['/lang/zh-Hans/', '/lang/zh-hans/'],
        ['/lang/zh-Hans/feed.xml', '/lang/zh-hans/feed.xml'],
        ['/lang/ZH-hans/search?q=%E4%B8%AD%E4%BA%9A', '/lang/zh-hans/search?q=%E4%B8%AD%E4%BA%9A'],
        ['/lang/ru/page/1', '/lang/ru/'],
      ]) {
        const res = await get(from!);
        expect(res.statusCode, from).toBe(301);
        expect(res.headers.location, from).toBe(to);
      }
      for (const missing of [
        '/lang/kk/',
        '/lang/xx-yy/',
        '/lang/%3Cb%3E/',
        '/lang/ru/page/9',
        '/lang/kk/feed.xml',
      ])
        expect((await get(missing)).statusCode, missing).toBe(404);
    });

    it('feeds of a language carry its posts and its language', async () => {
      const rss = await get('/lang/zh-hans/feed.xml');
      expect(rss.statusCode).toBe(200);
      expect(rss.body).toContain('<language>zh-Hans</language>');
      expect(rss.body).toContain(`http://news.test${zh}`);
      expect(rss.body).not.toContain(`http://news.test${en}`);
      expect(rss.body).toContain('http://news.test/lang/zh-hans/feed.xml');
      expect(rss.body).toContain('Silk Road Dispatch (简体中文)');
      expect((await get('/lang/zh-hans/atom.xml')).statusCode).toBe(200);
      const json = JSON.parse((await get('/lang/ru/feed.json')).body) as {
        language: string;
        items: { url: string }[];
      };
      expect(json.language).toBe('ru');
      expect(json.items.map((i) => i.url)).toEqual([
        'http://news.test/article/uzbekskaya-chereshnya-na-kitajskih-prilavkah',
        `http://news.test${ru}`,
      ]);
    });

    it('search of a front door finds posts in its language only', async () => {
      const everywhere = await get('/search?q=pipeline');
      expect(everywhere.body).toContain(`href="${en}"`);
      const inRussian = await get('/lang/ru/search?q=pipeline');
      expect(inRussian.statusCode).toBe(200);
      expect(inRussian.body).not.toContain(`href="${en}"`);
      expect(inRussian.body).toContain('action="/lang/ru/search"');
      expect(inRussian.body).toContain('<meta name="robots" content="noindex, follow" />');
      const found = await get(`/lang/ru/search?q=${encodeURIComponent('Казахстан')}`);
      expect(found.body).toContain(`href="${ru}"`);
    });

    it('archives of a front door link its own months', async () => {
      const res = await get('/lang/ru/archive');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('href="/lang/ru/archive/2025/11"');
      expect(res.body).not.toContain('href="/archive/2025/');
      const month = await get('/lang/ru/archive/2025/11');
      expect(month.body).toContain(`href="${ru}"`);
      expect((await get('/lang/ru/archive/2025/10')).statusCode).toBe(404);
    });

    it('never varies by Accept-Language', async () => {
      for (const path of ['/lang/ru/', '/', ru, '/lang/zh-hans/feed.xml']) {
        const a = await get(path, { 'accept-language': 'zh-CN,zh;q=0.9' });
        const b = await get(path, { 'accept-language': 'ru' });
        expect(a.headers.etag, path).toBe(b.headers.etag);
        expect(a.body).toBe(b.body);
        expect(String(a.headers.vary ?? '')).not.toMatch(/accept-language/i);
      }
    });

    it('a change of language moves a post between front doors at once', async () => {
      expect((await get('/lang/ru/')).body).not.toContain(`href="${en}"`);
      const enBefore = (await get('/lang/en/')).body;
      expect(enBefore).toContain(`href="${en}"`);
      const article = await site.services.deps.articles.findPublishedBySlug(
        'post',
        en.slice('/article/'.length),
        site.clock.now(),
      );
      await saveArticle(
        publishingDeps(site.services.deps),
        {
          kind: 'post',
          title: article!.title,
          slug: article!.slug,
          bodyMarkdown: article!.bodyMarkdown,
          status: 'published',
          authorId: article!.author.id,
          language: 'ru',
          publishedAt: article!.publishedAt,
          tagIds: article!.tags.map((t) => t.id),
        },
        article!.id,
      );
      expect((await get('/lang/ru/')).body).toContain(`href="${en}"`);
      expect((await get('/lang/en/')).body).not.toContain(`href="${en}"`);
    });
  });
}
