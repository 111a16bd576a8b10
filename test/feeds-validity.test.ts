// Every feed as the W3C Feed Validation Service and feed readers see it (issue 13, defects 1, 2
// and 10): well-formed XML by a real parser, every text escaped exactly once for the type its
// element declares, names in dc:creator, absolute footnote links, Atom category terms, real
// enclosure lengths, JSON Feed 1.1, and no 1970 dates on empty feeds. On both databases.
import Parser from 'rss-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishingDeps } from '../src/compose/index.ts';
import { saveArticle } from '../src/content/publishing.ts';
import { storeUpload } from '../src/media/upload.ts';
import { decodeHtml } from './comments/helpers.ts';
import { testDialects } from './support/test-db.ts';
import { createTestSite, type TestSite } from './support/test-site.ts';
import { findAll, findOne, parseXml, type XmlElement } from './support/xml.ts';

const TITLE = 'Torugart & Dostyk: "queues" <grow> at the border';
const AUTHOR = 'Aigerim & Co <Agency>';
const TAG = 'Borders & <Crossings>';
const BODY = [
  'Trucks queue at Torugart & Dostyk. The text <script>alert(1)</script> is quoted, not run.[^1]',
  '',
  '[^1]: Customs data & "notes".',
].join('\n');
const SLUG = 'torugart-dostyk-queues';
const FEEDS = ['/feed.xml', '/atom.xml', '/tag/border-crossings/feed.xml', '/tag/border-crossings/atom.xml'];

const textOf = (el: XmlElement, name: string) => findOne(el, name).text;
const entryFor = (doc: XmlElement, name: 'item' | 'entry') => {
  const found = findAll(doc, name).find((e) => JSON.stringify(e).includes(SLUG));
  if (!found) throw new Error(`no ${name} for the test article`);
  return found;
};

for (const dialect of testDialects()) {
  describe(`feed validity [${dialect}]`, () => {
    let site: TestSite;
    let excerpt = '';
    let imageBytes = 0;
    const get = (url: string) => site.app.inject(url);

    beforeAll(async () => {
      site = await createTestSite(dialect, { now: '2026-09-25T12:00:00Z' });
      const { deps } = site.services;
      const now = site.clock.now();
      const authorId = await deps.users.create(
        {
          email: 'desk@example.org',
          name: AUTHOR,
          slug: 'aigerim-co',
          bio: '',
          role: 'author',
          passwordHash: null,
        },
        now,
      );
      const tag = await deps.tags.upsert({ slug: 'border-crossings', name: TAG, description: '' });
      await deps.tags.upsert({ slug: 'nothing-yet', name: 'Nothing yet', description: '' });
      const jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#7a8b9c' } })
        .jpeg()
        .toBuffer();
      const media = await storeUpload(
        { media: deps.editorial!.media, store: deps.editorial!.mediaStore, now: () => now },
        { data: jpeg, fileName: 'border.jpg', alt: 'Trucks at the border', uploadedBy: null },
      );
      imageBytes = (await deps.editorial!.mediaStore.size(media.src.slice('/media/'.length)))!;
      const id = await saveArticle(publishingDeps(deps), {
        kind: 'post',
        title: TITLE,
        slug: SLUG,
        bodyMarkdown: BODY,
        status: 'published',
        authorId,
        language: 'en',
        featureImage: { src: media.src, alt: 'Trucks at the border' },
        publishedAt: '2026-09-25T11:00:00.000Z',
        tagIds: [tag.id],
      });
      excerpt = (await deps.articles.findById(id))!.excerpt;
      expect(excerpt).toContain('<script>alert(1)</script>');
      expect(excerpt).toContain('Torugart & Dostyk');
    });
    afterAll(async () => site?.close());

    it.each(FEEDS)('%s is well-formed XML that rss-parser reads', async (url) => {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      parseXml(res.body);
      const feed = await new Parser().parseString(res.body);
      expect(feed.items.some((i) => i.title === TITLE)).toBe(true);
    });

    it('RSS: text escaped once, HTML description, dc:creator, absolute footnotes, real enclosure', async () => {
      const body = (await get('/feed.xml')).body;
      const item = entryFor(parseXml(body), 'item');
      expect(textOf(item, 'title')).toBe(TITLE);
      const description = textOf(item, 'description');
      expect(description).not.toMatch(/<script|<grow/i);
      expect(decodeHtml(description)).toBe(excerpt);
      expect(findAll(item, 'author')).toEqual([]);
      expect(textOf(item, 'dc:creator')).toBe(AUTHOR);
      expect(findOne(item, 'category').text).toBe(TAG);
      const content = textOf(item, 'content:encoded');
      expect(content).not.toContain('<script>');
      expect(content).toContain(`href="http://news.test/article/${SLUG}#fn1"`);
      expect(content).toContain(`href="http://news.test/article/${SLUG}#fnref1"`);
      expect(content).not.toMatch(/(href|src|srcset)="[#/]/);
      const enclosure = findOne(item, 'enclosure').attributes;
      expect(enclosure.type).toBe('image/jpeg');
      expect(Number(enclosure.length)).toBe(imageBytes);
      expect(enclosure.url).toMatch(/^http:\/\/news\.test\/media\/[a-f0-9]{16}-1600w\.jpg$/);
      expect(findOne(item, 'guid').attributes.isPermaLink).toBe('false');
      const parsed = await new Parser().parseString(body);
      const byParser = parsed.items.find((i) => i.title === TITLE)!;
      expect(byParser.creator).toBe(AUTHOR);
    });

    it('Atom: text title, HTML summary escaped once, categories with a term, linked author', async () => {
      const doc = parseXml((await get('/atom.xml')).body);
      const entry = entryFor(doc, 'entry');
      const title = findOne(entry, 'title');
      expect(title.text).toBe(TITLE);
      expect(title.attributes.type).toBe('text');
      const summary = findOne(entry, 'summary');
      expect(summary.attributes.type).toBe('html');
      expect(summary.text).not.toMatch(/<script|<grow/i);
      expect(decodeHtml(summary.text)).toBe(excerpt);
      expect(textOf(findOne(entry, 'author'), 'name')).toBe(AUTHOR);
      const categories = findAll(doc, 'category');
      expect(categories.length).toBeGreaterThan(10);
      for (const c of categories) expect(c.attributes.term).toMatch(/^[\p{Ll}\p{Lo}\p{N}-]+$/u);
      expect(findOne(entry, 'category').attributes).toMatchObject({ term: 'border-crossings', label: TAG });
      expect(textOf(entry, 'content')).toContain(`href="http://news.test/article/${SLUG}#fn1"`);
    });

    it('JSON Feed 1.1: plain-text title and summary, authors, no live markup', async () => {
      const feed = JSON.parse((await get('/feed.json')).body) as {
        version: string;
        language: string;
        items: Array<Record<string, unknown> & { authors: Array<{ name: string }> }>;
      };
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.language).toBe('en');
      const item = feed.items.find((i) => i.title === TITLE)!;
      expect(item.summary).toBe(excerpt);
      expect(item.authors[0]!.name).toBe(AUTHOR);
      expect(item).not.toHaveProperty('author');
      expect(String(item.content_html)).not.toContain('<script>');
      expect(String(item.content_html)).toContain(`href="http://news.test/article/${SLUG}#fn1"`);
      expect(item.tags).toEqual([TAG]);
    });

    it('an empty feed carries no 1970 date', async () => {
      const rss = (await get('/tag/nothing-yet/feed.xml')).body;
      parseXml(rss);
      expect(rss).not.toContain('1970');
      expect(rss).not.toContain('<item>');
      const atom = parseXml((await get('/tag/nothing-yet/atom.xml')).body);
      expect(textOf(atom, 'updated')).toBe(site.clock.now().toISOString());
      const json = JSON.parse((await get('/tag/nothing-yet/feed.json')).body) as { items: unknown[] };
      expect(json.items).toEqual([]);
    });

    it('characters XML forbids in stored rows never reach a feed', async () => {
      const { deps } = site.services;
      const article = (await deps.articles.findPublishedBySlug('post', SLUG, site.clock.now()))!;
      // As rows written before input was cleaned would hold them.
      await deps.comments!.comments.insert(
        {
          articleId: article.id,
          parentId: null,
          status: 'approved',
          authorName: 'Bell\u0007 Form\u000Cfeed',
          authorEmail: 'bell@example.org',
          authorUrl: null,
          ip: null,
          userAgent: null,
          content: 'Control\u0001 characters\u000B and a lone \uD800 surrogate',
          dedupeKey: null,
          reasons: [],
        },
        { userId: null, name: 'test' },
        site.clock.now(),
      );
      await deps.changes.publish(['*']);
      for (const url of ['/comments/feed.xml', '/comments/atom.xml', `/article/${SLUG}/comments/feed.xml`]) {
        const body = (await get(url)).body;
        parseXml(body);
        expect(body).toContain('Control characters and a lone');
        expect(body).toContain('Bell Formfeed');
        // eslint-disable-next-line no-control-regex -- looking for control characters
        expect(body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF]/);
        await new Parser().parseString(body);
      }
    });
  });
}
