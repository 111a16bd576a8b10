// The comment section, the rejected form page and the privacy page pass html-validate with the
// repository's rules (the same check the views run on every page).
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { commentIdOf, cookieFrom, firstArticleSlug, postForm, setCommentSettings } from './helpers.ts';

describe('comment markup', () => {
  let site: TestSite;
  const pages: Record<string, string> = {};
  beforeAll(async () => {
    site = await createTestSite('sqlite', { env: { COMMENT_FLOOD_SECONDS: '0' } });
    const slug = await firstArticleSlug(site.app);
    await setCommentSettings(site, { commentsHoldFirstTime: false });
    const id = commentIdOf(
      await postForm(site.app, slug, { comment: 'Hello *x* https://e.org\n\n> q', url: 'https://a.example' }),
    );
    await postForm(site.app, slug, { comment: 'reply', author: 'B', email: 'b@e.com', parentId: String(id) });
    await setCommentSettings(site, { commentsHoldAll: true });
    const held = await postForm(site.app, slug, { comment: 'held', author: 'C', email: 'c@e.com' });
    pages.article = (
      await site.app.inject({ url: `/article/${slug}`, headers: { cookie: cookieFrom(held) } })
    ).body;
    pages.replyto = (await site.app.inject({ url: `/article/${slug}?replyto=${id}` })).body;
    pages.rejected = (await postForm(site.app, slug, { comment: '', email: 'x' })).body;
    pages.privacy = (await site.app.inject({ url: '/privacy' })).body;
    pages.privacyRejected = (
      await site.app.inject({
        method: 'POST',
        url: '/privacy/requests',
        payload: 'email=x',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      })
    ).body;
  });
  afterAll(async () => site?.close());

  it.each(['article', 'replyto', 'rejected', 'privacy', 'privacyRejected'])(
    '%s page is valid HTML',
    async (name) => {
      expect(pages[name]).toContain('<!doctype html>');
      const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(
        pages[name]!,
        `${name}.html`,
      );
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    },
  );
});
