// Feeds and sitemaps, parsed by a real feed parser and checked for full content, valid dates,
// absolute URLs and no email addresses.
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, type TestSite } from './support/test-site.ts';

describe('feeds and sitemaps', () => {
  let site: TestSite;
  const parser = new Parser();
  beforeAll(async () => {
    site = await createTestSite('sqlite', { now: '2026-09-25T12:00:00Z' });
  });
  afterAll(async () => site?.close());
  const get = (url: string) => site.app.inject(url);

  it.each(['/feed.xml', '/atom.xml'])(
    '%s parses with full content, dates and absolute links',
    async (url) => {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      const feed = await parser.parseString(res.body);
      expect(feed.title).toBe('Silk Road Dispatch');
      expect(feed.items.length).toBeGreaterThanOrEqual(10);
      const first = feed.items[0]!;
      expect(first.link).toContain('solar-and-wind-central-asia-green-transition');
      expect(first.link).toMatch(/^http:\/\/news\.test\/article\//);
      expect(Number.isNaN(Date.parse(first.isoDate ?? ''))).toBe(false);
      const full =
        (first as unknown as Record<string, string | undefined>)['content:encoded'] ?? first.content ?? '';
      expect(full.length).toBeGreaterThan(1000);
      expect(res.body).not.toMatch(/@example\.org/);
      expect(res.body).not.toMatch(/(href|src)="\/[^/]/);
    },
  );

  it('serves a valid JSON Feed 1.1', async () => {
    const res = await get('/feed.json');
    expect(res.headers['content-type']).toContain('application/feed+json');
    const feed = JSON.parse(res.body) as {
      version: string;
      items: Record<string, unknown>[];
      home_page_url: string;
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.length).toBeGreaterThanOrEqual(10);
    for (const item of feed.items) {
      expect(String(item.url)).toMatch(/^http:\/\/news\.test\//);
      expect(typeof item.content_html).toBe('string');
      expect(Number.isNaN(Date.parse(String(item.date_published)))).toBe(false);
    }
    expect(res.body).not.toMatch(/@example\.org/);
  });

  it('serves per-tag feeds in all three formats', async () => {
    const rss = await parser.parseString((await get('/tag/energy/feed.xml')).body);
    expect(rss.items.length).toBe(3);
    expect(rss.title).toContain('Energy');
    const atom = await parser.parseString((await get('/tag/energy/atom.xml')).body);
    expect(atom.items.length).toBe(3);
    const json = JSON.parse((await get('/tag/energy/feed.json')).body) as { items: unknown[] };
    expect(json.items.length).toBe(3);
    expect((await get('/tag/no-such-tag/feed.xml')).statusCode).toBe(404);
  });

  it('lists every public page in sitemap.xml', async () => {
    const body = (await get('/sitemap.xml')).body;
    expect(body).toContain('<loc>http://news.test/article/china-kazakhstan-oil-pipeline-two-decades</loc>');
    expect(body).toContain('<loc>http://news.test/about</loc>');
    expect(body).toContain('<loc>http://news.test/tag/energy</loc>');
    expect(body.match(/<url>/g)?.length).toBe(1 + 15 + 2 + 8);
  });

  it('lists only the last two days in the news sitemap', async () => {
    const body = (await get('/news-sitemap.xml')).body;
    expect(body).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(body.match(/<news:news>/g)?.length).toBe(1);
    expect(body).toContain('solar-and-wind-central-asia-green-transition');
    expect(body).toContain('<news:language>en</news:language>');
    site.clock.set('2026-12-01T00:00:00Z');
    expect((await get('/news-sitemap.xml')).body).not.toContain('<news:news>');
  });

  it('serves robots.txt pointing at both sitemaps', async () => {
    const body = (await get('/robots.txt')).body;
    expect(body).toContain('Sitemap: http://news.test/sitemap.xml');
    expect(body).toContain('Sitemap: http://news.test/news-sitemap.xml');
    expect(body).toContain('Disallow: /admin');
  });

  it('offers every feed in the page head', async () => {
    const body = (await get('/')).body;
    expect(body).toContain('<link rel="alternate" type="application/rss+xml"');
    expect(body).toContain('type="application/atom+xml"');
    expect(body).toContain('type="application/feed+json"');
  });
});
