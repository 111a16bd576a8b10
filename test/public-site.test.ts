// HTTP tests of the reader's site through app.inject(), on SQLite and PostgreSQL with the demo
// content loaded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveArticle } from '../src/content/publishing.ts';
import { publishingDeps } from '../src/compose/index.ts';
import { createTestSite, type TestSite } from './support/test-site.ts';
import { testDialects } from './support/test-db.ts';

const oil = '/article/china-kazakhstan-oil-pipeline-two-decades';

function jsonLd(body: string): Record<string, unknown>[] {
  return [...body.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? '{}') as Record<string, unknown>,
  );
}

for (const dialect of testDialects()) {
  describe(`public site [${dialect}]`, () => {
    let site: TestSite;
    beforeAll(async () => {
      site = await createTestSite(dialect);
    });
    afterAll(async () => site?.close());
    const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ url, headers });

    it('home lists the latest articles with author, date and tags, paginated', async () => {
      const res = await get('/');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('Silk Road Dispatch');
      expect(res.body).toMatch(/<time datetime="2026-09-24T07:40:00.000Z"/);
      expect(res.body).toContain('href="/author/tom-hartley"');
      expect(res.body).toContain('href="/tag/green-transition"');
      expect(res.body).toContain('href="/page/2"');
      const page2 = await get('/page/2');
      expect(page2.statusCode).toBe(200);
      expect(page2.body).toContain('href="/article/china-central-asia-trade-reaches-record"');
      expect((await get('/page/9')).statusCode).toBe(404);
      expect((await get('/page/1')).headers.location).toBe('/');
    });

    it('renders an article with byline, dates, tags, reading time, body, neighbours and related', async () => {
      const res = await get(oil);
      expect(res.statusCode).toBe(200);
      const b = res.body;
      expect(b).toMatch(/<h1[^>]*>[^<]*pipeline/i);
      expect(b).toContain('href="/author/tom-hartley"');
      expect(b).toMatch(/<time datetime="2025-10-09T07:00:00.000Z"/);
      expect(b).toMatch(/\d+ min read/);
      expect(b).toContain('class="footnote-ref"');
      expect(b).toContain('href="/tag/energy"');
      expect(b).toMatch(/rel="prev"|Previous/);
      expect(b).toContain('<section id="comments"');
      expect(b).toContain('<link rel="canonical" href="http://news.test' + oil + '"');
      expect(b).toContain('property="og:type" content="article"');
      expect(b).toContain('name="twitter:card"');
      const ld = jsonLd(b);
      const article = ld.find((o) => o['@type'] === 'NewsArticle');
      expect(article).toMatchObject({
        inLanguage: 'en',
        datePublished: '2025-10-09T07:00:00.000Z',
        author: [expect.objectContaining({ name: 'Tom Hartley' })],
        publisher: expect.objectContaining({ name: 'Silk Road Dispatch' }),
      });
      expect(ld.some((o) => o['@type'] === 'BreadcrumbList')).toBe(true);
    });

    it('sets lang from the article language', async () => {
      const zh = await get('/article/zhongya-hezuo-cong-xian-dao-asitana');
      expect(zh.body).toMatch(/<html lang="zh-Hans"/);
      const ru = await get('/article/kazakhstan-china-bezvizovyj-rezhim-dva-goda');
      expect(ru.body).toMatch(/<html lang="ru"/);
    });

    it('serves tag, author, archive and static pages', async () => {
      const tag = await get('/tag/energy');
      expect(tag.statusCode).toBe(200);
      expect(tag.body).toContain(oil);
      expect(tag.body).toContain('href="http://news.test/tag/energy/feed.xml"');
      const author = await get('/author/nodira-yusupova');
      expect(author.body).toContain('href="/article/luban-workshops-train-technicians"');
      const archive = await get('/archive/2025/10');
      expect(archive.body).toContain(oil);
      expect((await get('/archive')).body).toContain('href="/archive/2025/10"');
      expect((await get('/archive/2024/01')).statusCode).toBe(404);
      const privacy = await get('/privacy');
      expect(privacy.body).toContain('How your comment data is processed');
      expect(privacy.body).toMatch(/<h2[^>]*>[^<]*(store|erase)/i);
      expect((await get('/about')).statusCode).toBe(200);
    });

    it.each([
      ['中亚', '/article/zhongya-hezuo-cong-xian-dao-asitana', '<mark>中亚</mark>'],
      ['Казахстан', '/article/kazakhstan-china-bezvizovyj-rezhim-dva-goda', '<mark>Казахстан</mark>'],
      ['pipeline', oil, '<mark>pipeline</mark>'],
    ])('search %s finds the right articles with highlighted snippets', async (q, expected, mark) => {
      const res = await get(`/search?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(`href="${expected}"`);
      expect(res.body.toLowerCase()).toContain(mark.toLowerCase());
      expect(res.body).toContain('name="robots" content="noindex');
    });

    it('search ranks pipeline articles above passing mentions', async () => {
      const res = await get('/search?q=pipeline');
      const links = [...res.body.matchAll(/<a href="(\/article\/[^"]+)"/g)].map((m) => m[1]);
      expect(links.slice(0, 2)).toEqual(
        expect.arrayContaining([oil, '/article/central-asia-china-gas-pipeline-three-lines']),
      );
    });

    it('answers bad input with 400/404 pages, never a 500', async () => {
      const cases: [string, number][] = [
        ['/article/no-such-article', 404],
        ['/article/%E0%A4%A', 400],
        ['/article/%ZZ', 400],
        [`/search?q=${'x'.repeat(500)}`, 400],
        ['/search?q=%E0%A4%A', 200],
        ['/search?q=a&q=b', 200],
        ['/search?page=-1&q=x', 400],
        ['/search?page=abc', 400],
        ['/tag/NOPE', 404],
        ['/tag/x/page/0', 404],
        ['/page/99999999999', 404],
        ['/archive/2025/13', 404],
        [`/article/${'a'.repeat(1000)}`, 400], // longer than the router accepts
        ['/author/nobody', 404],
        ['/%00', 404],
        ['/../../etc/passwd', 404],
      ];
      for (const [url, status] of cases) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(status);
        expect(res.headers['content-type'], url).toContain('text/html');
        expect(res.body, url).not.toMatch(/at .*\.ts:\d+|stack|Error:/);
      }
      const notFound = await get('/article/pipeline-news-today');
      expect(notFound.body).toMatch(/<input[^>]*type="search"[^>]*value="pipeline news today"/);
      expect(notFound.body).toContain('Silk Road Dispatch');
    });

    it('shows a 500 page in the site layout without internals', async () => {
      const articles = site.services.deps.articles;
      const original = articles.findPublishedBySlug;
      articles.findPublishedBySlug = async () => {
        throw new Error('relation "articles" exploded at /srv/secret/article-repo.ts:42');
      };
      try {
        const res = await get('/article/anything-at-all');
        expect(res.statusCode).toBe(500);
        expect(res.body).toContain('Silk Road Dispatch');
        expect(res.body).not.toContain('exploded');
        expect(res.body).not.toContain('/srv/secret');
        const json = await site.app.inject({
          url: '/article/anything-else',
          headers: { accept: 'application/json' },
        });
        expect(JSON.parse(json.body)).toEqual({ error: { code: 'INTERNAL', message: expect.any(String) } });
        expect(json.body).not.toContain('exploded');
      } finally {
        articles.findPublishedBySlug = original;
      }
    });

    it('sends security headers on every response', async () => {
      for (const url of ['/', oil, '/feed.xml', '/nope', '/robots.txt', '/sitemap.xml']) {
        const res = await get(url);
        const csp = String(res.headers['content-security-policy']);
        expect(csp, url).toContain("script-src 'self'");
        expect(csp, url).not.toContain('unsafe-inline');
        expect(csp, url).toContain("frame-ancestors 'none'");
        expect(res.headers['x-content-type-options'], url).toBe('nosniff');
        expect(res.headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
      }
    });

    it('makes no third-party requests from its pages', async () => {
      for (const url of ['/', oil, '/search?q=trade']) {
        const body = (await get(url)).body;
        const external = [...body.matchAll(/\b(?:src|href)="(https?:\/\/[^"]+)"/g)]
          .map((m) => m[1] ?? '')
          .filter((u) => !u.startsWith('http://news.test/') && !/<link|<a/.test(u));
        const loaded = [
          ...body.matchAll(/<(?:script|img|link rel="stylesheet")[^>]*(?:src|href)="([^"]+)"/g),
        ].map((m) => m[1] ?? '');
        expect(
          loaded.filter((u) => /^(https?:)?\/\//.test(u) && !u.startsWith('http://news.test/')),
          url,
        ).toEqual([]);
        void external;
      }
    });

    it('caches pages with validators and answers conditional requests with 304', async () => {
      const first = await get('/tag/trade');
      expect(first.headers['cache-control']).toContain('s-maxage=');
      expect(first.headers['cache-control']).toContain('stale-while-revalidate=');
      const etag = String(first.headers.etag);
      const lastModified = String(first.headers['last-modified']);
      const byEtag = await get('/tag/trade', { 'if-none-match': etag });
      expect(byEtag.statusCode).toBe(304);
      expect(byEtag.body).toBe('');
      const byDate = await get('/tag/trade', { 'if-modified-since': lastModified });
      expect(byDate.statusCode).toBe(304);
      expect((await get('/tag/trade', { 'if-none-match': '"stale"' })).statusCode).toBe(200);
    });

    it('purges exactly the pages an edit touches', async () => {
      const deps = publishingDeps(site.services.deps);
      const before = (await get(oil)).body;
      const unrelated = await get('/tag/visas');
      const article = await site.services.deps.articles.findPublishedBySlug(
        'post',
        'china-kazakhstan-oil-pipeline-two-decades',
        site.clock.now(),
      );
      await saveArticle(
        deps,
        {
          kind: 'post',
          title: 'Oil pipeline turns twenty — revised',
          slug: article!.slug,
          bodyMarkdown: article!.bodyMarkdown,
          status: 'published',
          authorId: article!.author.id,
          language: 'en',
          publishedAt: article!.publishedAt,
          tagIds: article!.tags.map((t) => t.id),
        },
        article!.id,
      );
      const after = await get(oil);
      expect(after.body).not.toBe(before);
      expect(after.body).toContain('Oil pipeline turns twenty — revised');
      expect((await get('/tag/energy')).body).toContain('Oil pipeline turns twenty — revised');
      expect((await get('/')).body).toBeDefined();
      const unrelatedAgain = await get('/tag/visas', { 'if-none-match': String(unrelated.headers.etag) });
      expect(unrelatedAgain.statusCode).toBe(304);
    });

    it('serves fingerprinted assets with immutable caching', async () => {
      const home = (await get('/')).body;
      const css = home.match(/href="(\/assets\/theme\.[0-9a-f]+\.css)"/)?.[1];
      const js = home.match(/src="(\/assets\/site\.[0-9a-f]+\.js)"/)?.[1];
      expect(css).toBeDefined();
      expect(js).toBeDefined();
      const res = await get(css!);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toContain('immutable');
      expect(res.headers['content-type']).toContain('text/css');
      expect((await get(js!)).headers['content-type']).toContain('javascript');
    });

    it('writes public dates in the date format chosen in the settings', async () => {
      expect((await get('/')).body).toContain('>September 24, 2026</time>');
      await site.services.deps.settings.write({ dateFormat: 'iso' }, site.clock.now());
      await site.services.deps.changes.publish(['settings']);
      try {
        const home = (await get('/')).body;
        expect(home).toContain('>2026-09-24</time>');
        expect(home).not.toContain('September 24, 2026');
      } finally {
        await site.services.deps.settings.write({ dateFormat: 'long' }, site.clock.now());
        await site.services.deps.changes.publish(['settings']);
      }
    });

    it('answers HEAD requests', async () => {
      const res = await site.app.inject({ method: 'HEAD', url: oil });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('');
    });
  });
}
