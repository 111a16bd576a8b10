// Permanent feed ids and old slugs (issue 13, defect 10): changing a slug changes neither the
// RSS guid, the Atom id nor the JSON Feed id of the story, and the old address answers 301 with
// the new one (308 for a comment POST), on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishingDeps } from '../src/compose/index.ts';
import { type ArticleDraft, saveArticle } from '../src/content/publishing.ts';
import { formTokenFor } from './comments/helpers.ts';
import { testDialects } from './support/test-db.ts';
import { createTestSite, type TestSite } from './support/test-site.ts';
import { findAll, findOne, parseXml } from './support/xml.ts';

interface Ids {
  rss: string;
  atom: string;
  json: string;
  link: string;
}

for (const dialect of testDialects()) {
  describe(`permanent ids and old slugs [${dialect}]`, () => {
    let site: TestSite;
    let id = 0;
    let draft: ArticleDraft;
    const get = (url: string) => site.app.inject(url);
    const save = (over: Partial<ArticleDraft>, articleId?: number) =>
      saveArticle(publishingDeps(site.services.deps), { ...draft, ...over }, articleId, { strictSlug: true });

    const idsOf = async (title: string): Promise<Ids> => {
      const rss = findAll(parseXml((await get('/feed.xml')).body), 'item').find(
        (i) => findOne(i, 'title').text === title,
      )!;
      const atom = findAll(parseXml((await get('/atom.xml')).body), 'entry').find(
        (e) => findOne(e, 'title').text === title,
      )!;
      const json = (
        JSON.parse((await get('/feed.json')).body) as { items: { id: string; title: string }[] }
      ).items.find((i) => i.title === title)!;
      return {
        rss: findOne(rss, 'guid').text,
        atom: findOne(atom, 'id').text,
        json: json.id,
        link: findOne(rss, 'link').text,
      };
    };

    beforeAll(async () => {
      site = await createTestSite(dialect);
      const authorId = (await site.services.deps.users.findAuthorBySlug('tom-hartley'))!.id;
      draft = {
        kind: 'post',
        title: 'Caravanserai restored',
        slug: 'caravanserai-restored',
        bodyMarkdown: 'The old inn reopens.',
        status: 'published',
        authorId,
        language: 'en',
        publishedAt: site.clock.now().toISOString(),
      };
      id = await save({});
    });
    afterAll(async () => site?.close());

    it('gives a new story a tag: id, the same in all three formats', async () => {
      const ids = await idsOf('Caravanserai restored');
      const created = (await site.services.deps.articles.findById(id))!.createdAt.slice(0, 10);
      expect(ids.rss).toBe(`tag:news.test,${created}:article:${id}`);
      expect(ids.atom).toBe(ids.rss);
      expect(ids.json).toBe(ids.rss);
      expect(ids.link).toBe('http://news.test/article/caravanserai-restored');
    });

    it('keeps every id when the slug changes, and the old address answers 301', async () => {
      const before = await idsOf('Caravanserai restored');
      await save({ slug: 'caravanserai-reopens' }, id);
      const after = await idsOf('Caravanserai restored');
      expect({ ...after, link: '' }).toEqual({ ...before, link: '' });
      expect(after.link).toBe('http://news.test/article/caravanserai-reopens');

      const old = await get('/article/caravanserai-restored?cpage=2');
      expect(old.statusCode).toBe(301);
      expect(old.headers.location).toBe('/article/caravanserai-reopens?cpage=2');
      expect((await get('/article/caravanserai-reopens')).statusCode).toBe(200);
      const feed = await get('/article/caravanserai-restored/comments/feed.xml');
      expect(feed.statusCode).toBe(301);
      expect(feed.headers.location).toBe('/article/caravanserai-reopens/comments/feed.xml');
    });

    it('sends a comment posted to the old address on to the new one (308 keeps the text)', async () => {
      const res = await site.app.inject({
        method: 'POST',
        url: '/article/caravanserai-restored/comments',
        payload: new URLSearchParams({
          comment: 'Posted from a page opened before the rename.',
          author: 'Ann',
          email: 'ann@example.com',
          formToken: formTokenFor(site.app),
        }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(res.statusCode).toBe(308);
      expect(res.headers.location).toBe('/article/caravanserai-reopens/comments');
    });

    it('leads every old slug straight to the current one, and lets a new story take an old slug', async () => {
      await save({ slug: 'caravanserai-third-name' }, id);
      for (const old of ['caravanserai-restored', 'caravanserai-reopens']) {
        const res = await get(`/article/${old}`);
        expect(res.statusCode).toBe(301);
        expect(res.headers.location).toBe('/article/caravanserai-third-name');
      }
      const other = await save({ title: 'Another inn', slug: 'caravanserai-restored' });
      const page = await get('/article/caravanserai-restored');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Another inn');
      await save({ title: 'Another inn', slug: 'another-inn' }, other);
      // The slug now leads to the story that left it last.
      expect((await get('/article/caravanserai-restored')).headers.location).toBe('/article/another-inn');
    });

    it('does not redirect to a story that is no longer public, nor for a slug never used', async () => {
      await save({ slug: 'caravanserai-third-name', status: 'draft', publishedAt: null }, id);
      expect((await get('/article/caravanserai-reopens')).statusCode).toBe(404);
      expect((await get('/article/never-existed')).statusCode).toBe(404);
    });

    it('moves static pages too', async () => {
      const page = await save({ kind: 'page', title: 'Contact us', slug: 'contact' });
      await save({ kind: 'page', title: 'Contact us', slug: 'contact-the-newsroom' }, page);
      const res = await get('/contact');
      expect(res.statusCode).toBe(301);
      expect(res.headers.location).toBe('/contact-the-newsroom');
    });
  });
}
