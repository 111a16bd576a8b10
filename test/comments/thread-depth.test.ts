// Replies at and beyond the thread depth limit (issue 19, item 4): a comment at the deepest level
// has no Reply link (WordPress); a reply that still comes for it (an old page, a hand-made
// ?replyto, an import, a lowered setting) is stored under the comment it answers, as WordPress
// does, and shown at the deepest level saying "In reply to <name>" with a link. SQLite and
// PostgreSQL, over HTTP; test/e2e/comments.test.ts reads the same in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommentSection } from '../../src/http/comments/section.ts';
import { joinParts } from '../../src/views/html-parts.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { testDialects } from '../support/test-db.ts';
import { commentIdOf, decodeHtml, firstArticleSlug, postForm, setCommentSettings } from './helpers.ts';

/** The markup of one comment (its own `<article>`, not its replies). */
const itemOf = (html: string, id: number): string => {
  const start = html.indexOf(`<li id="comment-${id}"`);
  expect(start, `comment ${id} on the page`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</article>', start));
};
const depthOf = (html: string, id: number) => Number(/class="comment depth-(\d+)/.exec(itemOf(html, id))![1]);
const hasReplyLink = (html: string, id: number) => itemOf(html, id).includes(`href="?replyto=${id}#respond"`);
const inReplyTo = (html: string, id: number) => {
  const m = /<p class="comment-in-reply-to">In reply to <a href="#comment-(\d+)">([^<]*)<\/a><\/p>/.exec(
    itemOf(html, id),
  );
  return m ? { id: Number(m[1]), name: decodeHtml(m[2]!) } : null;
};

for (const dialect of testDialects()) {
  describe(`thread depth limit [${dialect}]`, () => {
    let site: TestSite;
    let slug: string;
    let n = 0;
    const post = async (author: string, parentId?: number) => {
      n += 1;
      site.clock.advance(60_000);
      const res = await postForm(
        site.app,
        slug,
        {
          comment: `Comment ${n} by ${author}.`,
          author,
          email: `reader${n}@example.com`,
          ...(parentId ? { parentId: String(parentId) } : {}),
        },
        { ip: `198.51.100.${n}` },
      );
      expect(res.statusCode).toBe(303);
      return commentIdOf(res);
    };
    const page = async () => (await site.app.inject({ url: `/article/${slug}` })).body;

    beforeAll(async () => {
      site = await createTestSite(dialect, { env: { COMMENT_FLOOD_SECONDS: '0' } });
      slug = await firstArticleSlug(site.app, 2);
      // Threading and markup, not the spam filter (test/spam covers it): shadow mode.
      await setCommentSettings(site, {
        commentsHoldFirstTime: false,
        commentsThreadDepth: 3,
        spamShadowMode: true,
      });
    });
    afterAll(async () => site?.close());

    it('no Reply link at the deepest level; a reply still sent for it names whom it answers', async () => {
      const a = await post('Ada');
      const b = await post('Ben', a);
      const c = await post('<b>Cleo</b> & co', b);
      let html = await page();
      expect([depthOf(html, a), depthOf(html, b), depthOf(html, c)]).toEqual([1, 2, 3]);
      expect([hasReplyLink(html, a), hasReplyLink(html, b), hasReplyLink(html, c)]).toEqual([
        true,
        true,
        false,
      ]);
      expect(inReplyTo(html, c)).toBeNull(); // the nesting says it

      // WordPress stores such a reply under the comment it answers; so do we (its author's
      // subscription to replies is the one that should hear about it).
      const d = await post('Dora', c);
      const stored = await site.services.deps.comments!.comments.findById(d);
      expect(stored!.parentId).toBe(c);
      html = await page();
      expect(depthOf(html, d)).toBe(3);
      expect(hasReplyLink(html, d)).toBe(false);
      expect(inReplyTo(html, d)).toEqual({ id: c, name: '<b>Cleo</b> & co' });
      expect(html).not.toContain('<b>Cleo</b>');
    });

    it('a lowered depth setting shows stored deeper replies flat, each naming its parent', async () => {
      await setCommentSettings(site, { commentsThreadDepth: 2 });
      try {
        const html = await page();
        const ids = [...html.matchAll(/<li id="comment-(\d+)"/g)].map((m) => Number(m[1]));
        const [a, b, c, d] = ids.slice(-4) as [number, number, number, number];
        expect([depthOf(html, a), depthOf(html, b), depthOf(html, c), depthOf(html, d)]).toEqual([
          1, 2, 2, 2,
        ]);
        expect([inReplyTo(html, b), inReplyTo(html, c)?.id, inReplyTo(html, d)?.id]).toEqual([null, b, c]);
        expect(hasReplyLink(html, a)).toBe(true);
        expect([hasReplyLink(html, b), hasReplyLink(html, c), hasReplyLink(html, d)]).toEqual([
          false,
          false,
          false,
        ]);
        // A thread too long to read whole is paged on its outline: the same markup.
        const article = (await site.services.deps.articles.findPublishedBySlug(
          'post',
          slug,
          site.clock.now(),
        ))!;
        const sectionDeps = { siteUrl: site.services.deps.siteUrl, clock: site.clock };
        const request = { query: {}, cookieHeader: undefined };
        const whole = await createCommentSection(site.services.deps.comments!, sectionDeps).render(
          article,
          request,
        );
        const outline = await createCommentSection(site.services.deps.comments!, {
          ...sectionDeps,
          wholeThreadLimit: 1,
        }).render(article, request);
        expect(joinParts(outline.html)).toBe(joinParts(whole.html));
      } finally {
        await setCommentSettings(site, { commentsThreadDepth: 3 });
      }
    });
  });
}
