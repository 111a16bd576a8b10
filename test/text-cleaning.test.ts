// Characters XML 1.0 forbids (NUL, other C0 controls) are dropped where text enters: the comment
// form and the editor (issue 13, defects 2 and 3). On PostgreSQL a NUL in a comment used to be a
// 500 ("invalid byte sequence"); both databases now store the same cleaned comment, and the
// feeds that show it stay well-formed XML.
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editComment } from '../src/comments/moderate-comment.ts';
import { loggedIn, makeUser } from './admin/admin-client.ts';
import { commentIdOf, firstArticleSlug, postForm, setCommentSettings } from './comments/helpers.ts';
import { testDialects } from './support/test-db.ts';
import { createTestSite, type TestSite } from './support/test-site.ts';
import { parseXml } from './support/xml.ts';

// eslint-disable-next-line no-control-regex -- looking for control characters
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

for (const dialect of testDialects()) {
  describe(`text cleaning at input [${dialect}]`, () => {
    let site: TestSite;
    let slug: string;
    beforeAll(async () => {
      site = await createTestSite(dialect);
      slug = await firstArticleSlug(site.app);
      await setCommentSettings(site, { commentsHoldFirstTime: false, commentsHoldAll: false });
    });
    afterAll(async () => site?.close());

    it('stores a comment whose text and name hold NUL and controls, cleaned, never a 500', async () => {
      const res = await postForm(
        site.app,
        slug,
        {
          comment: 'Hello\u0000world, a bell\u0007 and a form\u000Cfeed',
          author: 'Nul\u0000 Name\u0001',
          email: 'nul@example.org',
          url: 'https://example.org/\u0000page',
        },
        { ip: '192.0.2.10' },
      );
      expect(res.statusCode).toBe(303);
      const stored = await site.services.deps.comments!.comments.findById(commentIdOf(res));
      expect(stored).toMatchObject({
        content: 'Helloworld, a bell and a formfeed',
        authorName: 'Nul Name',
        authorUrl: 'https://example.org/page',
        status: 'approved',
      });
      for (const url of ['/comments/feed.xml', '/comments/atom.xml', `/article/${slug}/comments/feed.xml`]) {
        const body = (await site.app.inject(url)).body;
        parseXml(body);
        expect(body).toContain('Helloworld, a bell and a formfeed');
        expect(body).not.toMatch(FORBIDDEN);
      }
    });

    it('cleans a moderator’s edit of a comment the same way', async () => {
      const res = await postForm(site.app, slug, { comment: 'To be edited' }, { ip: '192.0.2.12' });
      const id = commentIdOf(res);
      const { deps } = site.services;
      const outcome = await editComment(
        {
          comments: deps.comments!.comments,
          articles: deps.articles,
          changes: deps.changes,
          clock: site.clock,
        },
        { id: 1, role: 'owner' },
        id,
        {
          content: 'Edited\u0000 text\u0001',
          authorName: 'Ed\u000Bitor',
          authorUrl: 'https://example.org/\u0002',
        },
      );
      expect(outcome).toBe('done');
      expect(await deps.comments!.comments.findById(id)).toMatchObject({
        content: 'Edited text',
        authorName: 'Editor',
        authorUrl: 'https://example.org/',
      });
    });

    it('treats a comment of nothing but control characters as empty (422, field named)', async () => {
      const res = await postForm(site.app, slug, { comment: '\u0000\u0001 \u000B' }, { ip: '192.0.2.11' });
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain('id="comment-error"');
    });

    it('saves an article from the editor without them: title, body, excerpt and tags', async () => {
      await makeUser(site, 'owner');
      const { client } = await loggedIn(site, 'editor');
      await client.get('/admin/posts/new');
      const res = await client.post('/admin/posts', {
        title: 'Caravans\u0001 at\u000C dawn',
        slug: '',
        excerpt: 'Bells\u0007 ring',
        bodyMarkdown: 'Camels\u0000 arrive.\u000B\n\nSecond\u001F paragraph.',
        tags: 'Trade\u0002, Caravans',
        authorId: '',
        language: 'en',
        featureImageSrc: '',
        featureImageAlt: '',
        seoTitle: 'SEO\u0003',
        seoDescription: '',
        commentsOpen: '1',
        scheduleDate: '',
        scheduleTime: '',
        version: '',
        action: 'publish',
      });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
      const id = Number(/\/(\d+)\/edit$/.exec(String(res.headers.location))?.[1]);
      const a = (await site.services.deps.articles.findById(id))!;
      expect(a).toMatchObject({
        title: 'Caravans at dawn',
        excerpt: 'Bells ring',
        bodyMarkdown: 'Camels arrive.\n\nSecond paragraph.',
        seoTitle: 'SEO',
      });
      expect(a.tags.map((t) => t.name)).toEqual(['Trade', 'Caravans']);
      for (const url of ['/feed.xml', '/atom.xml', '/tag/trade/feed.xml']) {
        const body = (await site.app.inject(url)).body;
        parseXml(body);
        expect(body).not.toMatch(FORBIDDEN);
        const feed = await new Parser().parseString(body);
        expect(feed.items.map((i) => i.title)).toContain('Caravans at dawn');
      }
    });
  });
}
