// The comment form and thread over HTTP: posting, holding, rejections that keep the text,
// caching that never leaks a held comment, replies, closed comments, feeds and counts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCommentSection } from '../../src/http/comments/section.ts';
import { etagOf } from '../../src/http/page-cache.ts';
import { joinParts } from '../../src/views/html-parts.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { testDialects } from '../support/test-db.ts';
import {
  commentIdOf,
  cookieFrom,
  firstArticleSlug,
  postForm,
  setCommentSettings,
  textareaValue,
} from './helpers.ts';

for (const dialect of testDialects()) {
  describe(`comments over HTTP [${dialect}]`, () => {
    let site: TestSite;
    let slug: string;
    let n = 0;
    // Every test posts as a different reader from a different address, unless it says otherwise.
    const reader = () => {
      n += 1;
      return { email: `reader${n}@example.com`, author: `Reader ${n}`, ip: `198.51.100.${n}` };
    };

    beforeAll(async () => {
      site = await createTestSite(dialect);
      // About comments, not the spam filter's hold band (test/spam covers it): publish what is not spam.
      await setCommentSettings(site, { spamHoldThreshold: 0.5 });
      slug = await firstArticleSlug(site.app);
    });
    afterAll(async () => site?.close());
    beforeEach(async () => {
      site.clock.advance(60_000);
      await setCommentSettings(site, { commentsHoldFirstTime: false, commentsHoldAll: false });
    });

    it('an approved comment appears in place and in the count, with a safe author link', async () => {
      const r = reader();
      const res = await postForm(
        site.app,
        slug,
        {
          comment: 'Great *analysis* of https://example.org/report',
          author: r.author,
          email: r.email,
          url: 'https://ann.example',
        },
        { ip: r.ip },
      );
      expect(res.statusCode).toBe(303);
      const id = commentIdOf(res);
      expect(res.headers.location).toBe(`/article/${slug}#comment-${id}`);
      const page = await site.app.inject({ url: `/article/${slug}` });
      expect(page.body).toContain(`id="comment-${id}"`);
      expect(page.body).toMatch(/1 response to “/);
      expect(page.body).toContain('<em>analysis</em>');
      expect(page.body).toContain('<a href="https://example.org/report" rel="nofollow ugc noopener">');
      expect(page.body).toContain('href="https://ann.example" rel="nofollow ugc noopener"');
      expect(page.body).not.toContain(r.email);
      expect(page.body).toContain('"commentCount":1');
      expect(page.body).toContain('"@type":"Comment"');
    });

    it('a held comment is shown only to its author, never from the shared cache', async () => {
      await setCommentSettings(site, { commentsHoldAll: true });
      const r = reader();
      // Warm the shared cache first, as a busy site would have it.
      await site.app.inject({ url: `/article/${slug}` });
      const res = await postForm(
        site.app,
        slug,
        { comment: 'Please hold me', email: r.email, author: r.author },
        { ip: r.ip },
      );
      expect(res.statusCode).toBe(303);
      const id = commentIdOf(res);
      const cookie = cookieFrom(res);
      expect(cookie).toContain('sp_pending=');

      const mine = await site.app.inject({ url: `/article/${slug}`, headers: { cookie } });
      expect(mine.headers['cache-control']).toBe('private, no-store');
      expect(mine.body).toContain(`id="comment-${id}"`);
      expect(mine.body).toContain('Your comment is awaiting moderation.');

      const theirs = await site.app.inject({ url: `/article/${slug}` });
      expect(theirs.headers['cache-control']).toContain('public');
      expect(theirs.body).not.toContain('Please hold me');
      // A forged cookie is worth nothing.
      const forged = await site.app.inject({
        url: `/article/${slug}`,
        headers: { cookie: cookie.replace(/sp_pending=[^;]+/, 'sp_pending=MXw5OTk5OTk5OTk5OTk5.AAAA') },
      });
      expect(forged.body).not.toContain('Please hold me');
    });

    it('approving in moderation publishes the comment on the cached page immediately', async () => {
      await setCommentSettings(site, { commentsHoldAll: true });
      const r = reader();
      const res = await postForm(
        site.app,
        slug,
        { comment: 'Held then approved', email: r.email, author: r.author },
        { ip: r.ip },
      );
      const id = commentIdOf(res);
      const before = await site.app.inject({ url: `/article/${slug}` });
      expect(before.body).not.toContain('Held then approved');
      const feature = site.services.deps.comments!;
      const changed = await feature.comments.changeStatus(
        id,
        'pending',
        'approved',
        { userId: null, name: 'test' },
        site.clock.now(),
      );
      expect(changed).toBe(true);
      await site.services.deps.changes.publish([
        `comments:${(await feature.comments.findById(id))!.articleId}`,
      ]);
      const after = await site.app.inject({ url: `/article/${slug}` });
      expect(after.body).toContain('Held then approved');
    });

    it('a rejected form comes back with every field intact and each problem named', async () => {
      const typed = 'My long thoughts <b>with markup</b> & “quotes”\nsecond line';
      const res = await postForm(site.app, slug, {
        comment: typed,
        author: '',
        email: 'not-an-email',
        url: 'javascript:alert(1)',
      });
      expect(res.statusCode).toBe(422);
      expect(textareaValue(res.body)).toBe(typed);
      expect(res.body).toContain('id="author-error"');
      expect(res.body).toContain('id="email-error"');
      expect(res.body).toContain('id="url-error"');
      expect(res.body).not.toContain('id="comment-error"');
      expect(res.body).toContain('value="not-an-email"');
      expect(res.body).toContain('role="alert"');
      expect(res.headers['cache-control']).toBe('no-store');
    });

    it.each([
      ['empty comment', { comment: '   ' }, 'comment'],
      ['comment too long', { comment: 'x'.repeat(10_001) }, 'comment'],
      ['name too long', { author: 'n'.repeat(101) }, 'author'],
      ['bad email', { email: 'a@' }, 'email'],
      ['ftp website', { url: 'ftp://example.com' }, 'url'],
    ])('rejects %s with a 422 naming the field', async (_name, fields, field) => {
      const res = await postForm(site.app, slug, fields);
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain(`id="${field}-error"`);
    });

    it('flood control answers 429 with the text kept; duplicates answer 409', async () => {
      const r = reader();
      const first = await postForm(
        site.app,
        slug,
        { comment: 'First words', email: r.email, author: r.author },
        { ip: r.ip },
      );
      expect(first.statusCode).toBe(303);
      const tooSoon = await postForm(
        site.app,
        slug,
        { comment: 'Second words, kept', email: r.email, author: r.author },
        { ip: r.ip },
      );
      expect(tooSoon.statusCode).toBe(429);
      expect(tooSoon.headers['retry-after']).toBe('15');
      expect(textareaValue(tooSoon.body)).toBe('Second words, kept');
      expect(tooSoon.body).toContain('too quickly');
      site.clock.advance(16_000);
      const dup = await postForm(
        site.app,
        slug,
        { comment: '  first   WORDS ', email: r.email, author: r.author },
        { ip: r.ip },
      );
      expect(dup.statusCode).toBe(409);
      expect(textareaValue(dup.body)).toBe('  first   WORDS ');
    });

    it('replies thread under their parent and work without JavaScript', async () => {
      const a = reader();
      const parent = commentIdOf(
        await postForm(site.app, slug, { comment: 'Parent', email: a.email, author: a.author }, { ip: a.ip }),
      );
      const form = await site.app.inject({ url: `/article/${slug}?replyto=${parent}` });
      expect(form.body).toContain(`Leave a Reply to <span class="comment-reply-to-name">${a.author}</span>`);
      expect(form.body).toContain(`name="parentId" id="comment-parent" value="${parent}"`);
      const b = reader();
      const child = commentIdOf(
        await postForm(
          site.app,
          slug,
          { comment: 'Child reply', email: b.email, author: b.author, parentId: String(parent) },
          { ip: b.ip },
        ),
      );
      const page = await site.app.inject({ url: `/article/${slug}` });
      const parentAt = page.body.indexOf(`id="comment-${parent}"`);
      const childrenAt = page.body.indexOf('comment-children', parentAt);
      expect(childrenAt).toBeGreaterThan(parentAt);
      expect(page.body.indexOf(`id="comment-${child}"`)).toBeGreaterThan(childrenAt);
      expect(page.body).toMatch(new RegExp(`id="comment-${child}"\\s+class="comment depth-2`));
    });

    it('closed comments refuse new ones but keep the text', async () => {
      await setCommentSettings(site, { commentsCloseAfterDays: 1 });
      try {
        const res = await postForm(site.app, slug, { comment: 'Too late now' });
        expect(res.statusCode).toBe(403);
        expect(textareaValue(res.body)).toBe('Too late now');
        const page = await site.app.inject({ url: `/article/${slug}` });
        expect(page.body).toContain('Comments are closed.');
      } finally {
        await setCommentSettings(site, { commentsCloseAfterDays: 0 });
      }
    });

    it('sends a long thread in chunks with the exact length and validators, cached or not', async () => {
      const other = await firstArticleSlug(site.app, 4);
      const article = (await site.services.deps.articles.findPublishedBySlug(
        'post',
        other,
        site.clock.now(),
      ))!;
      const text = (i: number) => `Long thread ${i}: ${'Ташкент–Алматы 中亚铁路 timetable. '.repeat(12)}`;
      for (let i = 0; i < 60; i++)
        await site.services.deps.comments!.comments.insert(
          {
            articleId: article.id,
            parentId: null,
            status: 'approved',
            authorName: `Chunk reader ${i}`,
            authorEmail: `chunk${i}@example.com`,
            authorUrl: null,
            ip: '198.51.100.200',
            userAgent: 'test',
            content: text(i),
            dedupeKey: null,
            reasons: [],
          },
          { userId: null, name: 'test' },
          // Dated long ago, so they do not crowd the other tests' comments out of the feeds.
          new Date(Date.parse('2025-01-01T00:00:00Z') + i * 60_000),
        );
      await setCommentSettings(site, { commentsPerPage: 100 });
      // A remembered commenter's page is personal: rendered for them and sent in chunks.
      const remembered = `sp_commenter=${Buffer.from(JSON.stringify({ author: 'Chunk', email: 'c@example.com', url: '' })).toString('base64url')}`;
      for (const cookie of [undefined, remembered]) {
        const res = await site.app.inject({ url: `/article/${other}`, headers: cookie ? { cookie } : {} });
        expect(res.statusCode).toBe(200);
        expect(res.rawPayload.length).toBeGreaterThan(64 * 1024);
        expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
        expect(res.headers.etag).toBe(etagOf(res.rawPayload));
        expect(res.body).toContain(text(59).trim());
        expect(res.body.match(/class="comment depth-/g)).toHaveLength(60);
        // The list opens before the first thread and closes after the last.
        expect(res.body).toMatch(/<ol class="comment-list"><li id="comment-\d+" class="comment depth-1">/);
        expect(res.body).toMatch(/<\/li><\/ol> +<nav|<\/li><\/ol> +<div id="respond"/);
        expect(res.body.trimEnd().endsWith('</html>')).toBe(true);
        const again = await site.app.inject({
          url: `/article/${other}`,
          headers: { ...(cookie ? { cookie } : {}), 'if-none-match': String(res.headers.etag) },
        });
        // The test clock stands still, so the page (form token included) is the same bytes again.
        expect(again.statusCode).toBe(304);
        const head = await site.app.inject({
          method: 'HEAD',
          url: `/article/${other}`,
          headers: cookie ? { cookie } : {},
        });
        expect(head.statusCode).toBe(200);
        expect(head.rawPayload.length).toBe(0);
      }
      await setCommentSettings(site, { commentsPerPage: 50 });
    });

    it('pages long threads with links that work without JavaScript', async () => {
      const other = await firstArticleSlug(site.app, 3);
      await setCommentSettings(site, { commentsPerPage: 2 });
      try {
        const ids: number[] = [];
        for (let i = 0; i < 3; i++) {
          const r = reader();
          const res = await postForm(
            site.app,
            other,
            { comment: `Paged ${i}`, email: r.email, author: r.author },
            { ip: r.ip },
          );
          ids.push(commentIdOf(res));
          if (i === 2) expect(res.headers.location).toBe(`/article/${other}?cpage=2#comment-${ids[2]}`);
        }
        const first = await site.app.inject({ url: `/article/${other}` });
        expect(first.body).toContain('Paged 0');
        expect(first.body).not.toContain('Paged 2');
        expect(first.body).toContain(`href="/article/${other}?cpage&#61;2#comments"`);
        const second = await site.app.inject({ url: `/article/${other}?cpage=2` });
        expect(second.body).toContain('Paged 2');
        expect(second.body).toContain('Comment page 2 of 2');
        expect((await site.app.inject({ url: `/article/${other}?cpage=1` })).statusCode).toBe(200);
        // A page past the last, or no page number at all, does not exist: one URL per page.
        for (const cpage of ['3', '99', '0', '-1', '02', 'abc', '1.5', '999999999'])
          expect((await site.app.inject({ url: `/article/${other}?cpage=${cpage}` })).statusCode, cpage).toBe(
            404,
          );
        await setCommentSettings(site, { commentsOrder: 'newest' });
        const newest = await site.app.inject({ url: `/article/${other}` });
        expect(newest.body.indexOf('Paged 2')).toBeGreaterThan(-1);
        expect(newest.body).not.toContain('Paged 0');
        // A thread too long to read whole is paged on its outline: the same pages either way.
        const article = (await site.services.deps.articles.findPublishedBySlug(
          'post',
          other,
          site.clock.now(),
        ))!;
        const sectionDeps = { siteUrl: site.services.deps.siteUrl, clock: site.clock };
        const byWhole = createCommentSection(site.services.deps.comments!, sectionDeps);
        const byOutline = createCommentSection(site.services.deps.comments!, {
          ...sectionDeps,
          wholeThreadLimit: 1,
        });
        const queries: Record<string, string>[] = [{}, { cpage: '2' }, { replyto: String(ids[0]) }];
        for (const query of queries) {
          const expected = await byWhole.render(article, { query, cookieHeader: undefined });
          const actual = await byOutline.render(article, { query, cookieHeader: undefined });
          expect(joinParts(actual.html)).toBe(joinParts(expected.html));
          expect(joinParts(actual.html)).toContain('Paged');
        }
        // The 404 is not cached: once comments open page 3, it is there.
        for (const text of ['Paged 3', 'Paged 4']) {
          const r = reader();
          await postForm(site.app, other, { comment: text, email: r.email, author: r.author }, { ip: r.ip });
        }
        const third = await site.app.inject({ url: `/article/${other}?cpage=3` });
        expect(third.statusCode).toBe(200);
        expect(third.body).toContain('Paged 0'); // newest first: the oldest is on the last page
      } finally {
        await setCommentSettings(site, { commentsPerPage: 50, commentsOrder: 'oldest' });
      }
    });

    it('an unknown article is a 404, not a 500', async () => {
      const res = await postForm(site.app, 'no-such-article', {});
      expect(res.statusCode).toBe(404);
    });

    it('comment feeds list approved comments only, without emails', async () => {
      await setCommentSettings(site, { commentsHoldAll: true });
      const r = reader();
      await postForm(
        site.app,
        slug,
        { comment: 'Pending feed text', email: r.email, author: r.author },
        { ip: r.ip },
      );
      for (const url of [
        '/comments/feed.xml',
        '/comments/atom.xml',
        `/article/${slug}/comments/feed.xml`,
        `/article/${slug}/comments/atom.xml`,
      ]) {
        const res = await site.app.inject({ url });
        expect(res.statusCode, url).toBe(200);
        expect(res.body).toContain('Parent');
        expect(res.body).not.toContain('Pending feed text');
        expect(res.body).not.toMatch(/reader\d+@example\.com/);
      }
    });

    it('home and tag listings show the comment count', async () => {
      const home = await site.app.inject({ url: '/' });
      expect(home.body).toMatch(/class="card-comments" href="\/article\/[^"]+#comments"\s*>\d+ comments?</);
    });

    it('serves local avatars and refuses odd ones', async () => {
      const page = await site.app.inject({ url: `/article/${slug}` });
      const src = /class="comment-avatar"\s+src="([^"]+)"/
        .exec(page.body)![1]!
        .replace(/&#61;/g, '=')
        .replace(/&amp;/g, '&');
      const svg = await site.app.inject({ url: src });
      expect(svg.statusCode).toBe(200);
      expect(svg.headers['content-type']).toContain('image/svg+xml');
      expect((await site.app.inject({ url: '/comments/avatar/zzz.svg' })).statusCode).toBe(404);
    });
  });
}
