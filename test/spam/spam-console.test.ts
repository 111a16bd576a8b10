// Spam verdicts in the moderation console: each comment shows its verdict, score and reasons;
// the list filters by reason code; "Spam" in the console teaches the site model.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedIn, makeUser } from '../admin/admin-client.ts';
import { commentIdOf, firstArticleSlug, postForm, setCommentSettings } from '../comments/helpers.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { testDialects } from '../support/test-db.ts';

for (const dialect of testDialects()) {
  describe(`spam reasons in the console [${dialect}]`, () => {
    let site: TestSite;
    let slug: string;

    beforeAll(async () => {
      site = await createTestSite(dialect);
      slug = await firstArticleSlug(site.app);
      await makeUser(site, 'owner');
      await setCommentSettings(site, { commentsHoldAll: true });
    }, 60_000);
    afterAll(async () => site?.close());

    it('shows the verdict with its reasons, filters by reason, and learns from "Spam"', async () => {
      site.clock.advance(60_000);
      const spammy = await postForm(
        site.app,
        slug,
        {
          comment: 'Great read. More at http://bit.ly/a1 and http://bit.ly/a2',
          author: 'Promo',
          email: 'promo@example.com',
        },
        { ip: '192.0.2.77' },
      );
      const spamId = commentIdOf(spammy);
      site.clock.advance(60_000);
      const plain = commentIdOf(
        await postForm(
          site.app,
          slug,
          {
            comment: 'I disagree with the council on the school budget.',
            author: 'Vera',
            email: 'vera@example.com',
          },
          { ip: '192.0.2.78' },
        ),
      );
      const { client } = await loggedIn(site, 'editor');
      const list = await client.get('/admin/comments?status=spam');
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain('class="comment-spam-verdict');
      expect(list.body).toMatch(/links? to a URL shortener/);
      const filtered = await client.get('/admin/comments?status=spam&reason=url-shortener');
      expect(filtered.body).toContain(`data-comment-id="${spamId}"`);
      const none = await client.get('/admin/comments?status=pending&reason=url-shortener');
      expect(none.body).not.toContain(`data-comment-id="${plain}"`);
      // The filter's menu names each reason; the value stays the code.
      expect(filtered.body).toMatch(/<option value="url-shortener"\s+selected\s*>URL shortener<\/option>/);

      // In the user's admin language: the reasons worded from their codes and counts.
      const { client: russian, user } = await loggedIn(site, 'editor');
      await russian.get('/admin/profile');
      await russian.post('/admin/profile', { name: user.name, bio: '', adminLanguage: 'ru' });
      const ru = await russian.get('/admin/comments?status=spam');
      expect(ru.body).toContain('2 ссылки на сервис коротких ссылок');
      expect(ru.body).not.toMatch(/links? to a URL shortener/);
      expect(ru.body).toMatch(/<option value="url-shortener"\s*>Короткие ссылки<\/option>/);
      // The comment's own page: why it got its status, and the filter's verdict with its reasons.
      const detail = await russian.get(`/admin/comments/${spamId}`);
      expect(detail.body).toMatch(/спам-фильтр счёл его спамом \(спам с вероятностью \d+\u00a0%\)/);
      expect(detail.body).toContain('2 ссылки на сервис коротких ссылок');

      const spam = site.services.deps.spam!;
      const before = (await spam.verdicts.loadModel())?.version ?? 0;
      const res = await client.post('/admin/comments/bulk', {
        ids: [String(plain)],
        action: 'spam',
        bulk: '1',
      });
      expect(res.statusCode).toBe(303);
      const verdict = (await spam.verdicts.findByComments([plain])).get(plain);
      expect(verdict?.correction).toBe('spam');
      expect((await spam.verdicts.loadModel())?.version ?? 0).toBe(before + 1);
    });
  });
}
