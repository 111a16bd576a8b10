// Mail to readers and the pages its links open speak the reader's language (issue 16): a
// subscription made on a Chinese article on an English site gets a Chinese opt-in mail, whose
// link opens a Chinese page under the English site header; the reply notification and its
// unsubscribe page are Chinese too, even when the used link is opened again. Privacy requests speak the site's language, and links that
// name nothing the site language. On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { testDialects } from '../support/test-db.ts';
import { commentIdOf, confirmSubscription, decodeHtml, postForm, setCommentSettings } from './helpers.ts';

const form = { 'content-type': 'application/x-www-form-urlencoded' };
/** A demo article written in Simplified Chinese. */
const CHINESE_ARTICLE = 'wuzibieke-yingtao-jinru-zhongguo-chaoshi';

for (const dialect of testDialects()) {
  describe(`reader mail and link pages in the reader's language [${dialect}]`, () => {
    let site: TestSite;
    const outbox = (kind: string, to: string) =>
      site.services.database.db
        .selectFrom('mail_outbox')
        .select(['subject', 'text_body', 'headers'])
        .where('kind', '=', kind)
        .where('to_address', '=', to)
        .executeTakeFirstOrThrow();
    const linkIn = (text: string, path: string) =>
      new RegExp(`http://news\\.test(${path.replace(/[?]/g, '\\?')}\\S+)`).exec(text)![1]!;
    const htmlLang = (body: string) => /<html lang="([^"]+)"/.exec(body)?.[1];

    beforeAll(async () => {
      site = await createTestSite(dialect, { env: { COMMENT_FLOOD_SECONDS: '0' } });
      await setCommentSettings(site, {
        language: 'en',
        commentsCloseAfterDays: 0,
        commentsHoldFirstTime: false,
        commentsHoldAll: false,
        spamHoldThreshold: 0.99,
      });
    });
    afterAll(async () => site?.close());

    it('a subscription on a Chinese article: Chinese mail, Chinese confirm and unsubscribe pages', async () => {
      const parent = commentIdOf(
        await postForm(
          site.app,
          CHINESE_ARTICLE,
          { comment: '樱桃运到超市要多久？', author: '王芳', email: 'wang@example.com', notify: 'on' },
          { ip: '198.51.100.21' },
        ),
      );
      const confirm = await outbox('subscription-confirm', 'wang@example.com');
      expect(confirm.subject).toMatch(/^\[.+\] 确认接收“.+”的回复通知$/);
      expect(confirm.text_body).toContain('您请求在有人回复您对“');
      expect(confirm.text_body).not.toMatch(/\b(You|Confirm|ignore)\b/);
      expect(JSON.parse(confirm.headers)).toEqual({ 'Content-Language': 'zh-Hans' });

      const url = linkIn(confirm.text_body, '/comments/subscriptions/confirm?token=');
      const page = await site.app.inject({ url });
      expect(page.statusCode).toBe(200);
      expect(htmlLang(page.body)).toBe('zh-Hans');
      expect(page.body).toContain('<h1 class="page-title">确认回复通知</h1>');
      expect(page.body).toContain('<button class="button" type="submit">确认</button>');
      expect(page.body).toMatch(/<title>确认回复通知 — [^<]+<\/title>/);
      // The site's own header and footer stay English, marked so.
      expect(page.body).toMatch(/<a class="skip-link" id="top" href="#content"\s+lang="en">/);

      const token = new URL(url, 'http://x').searchParams.get('token')!;
      const press = () => confirmSubscription(site.app, token);
      const confirmed = await press();
      expect(confirmed.statusCode).toBe(200);
      expect(htmlLang(confirmed.body)).toBe('zh-Hans');
      expect(confirmed.body).toContain('订阅已确认');
      expect(confirmed.body).toContain('返回首页');
      expect((await press()).body).toContain('此前已确认');

      // A reply: the notification is Chinese, with the unsubscribe headers as ever.
      site.clock.advance(120_000);
      await postForm(
        site.app,
        CHINESE_ARTICLE,
        { comment: '大约一周。', author: 'Li', email: 'li@example.com', parentId: String(parent) },
        { ip: '198.51.100.22' },
      );
      const reply = await outbox('comment-reply', 'wang@example.com');
      expect(reply.subject).toMatch(/Li 回复了您在“.+”下的评论$/);
      expect(reply.text_body).toContain('> 大约一周。');
      expect(reply.text_body).toMatch(/Li 于 \d{4}年\d{1,2}月\d{1,2}日.* 回复了您在“/);
      const headers = JSON.parse(reply.headers) as Record<string, string>;
      expect(headers['List-Unsubscribe']).toMatch(
        /^<http:\/\/news\.test\/comments\/subscriptions\/unsubscribe\?s=\d+&sig=[\w-]+&lang=zh-Hans>$/,
      );
      expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      expect(headers['Content-Language']).toBe('zh-Hans');

      const unsubscribe = linkIn(reply.text_body, '/comments/subscriptions/unsubscribe?');
      const ask = await site.app.inject({ url: unsubscribe });
      expect(htmlLang(ask.body)).toBe('zh-Hans');
      expect(ask.body).toContain('停止回复通知');
      expect(ask.body).toContain('>退订</button>');
      const done = await site.app.inject({ method: 'POST', url: unsubscribe, headers: form, payload: '' });
      expect(done.statusCode).toBe(200);
      expect(htmlLang(done.body)).toBe('zh-Hans');
      expect(done.body).toContain('已退订');

      // The link used again: the subscription (and its article's language) is gone, and the page
      // answers in the language the mail was written in, which the link carries.
      for (const again of [
        await site.app.inject({ url: unsubscribe }),
        await site.app.inject({ method: 'POST', url: unsubscribe, headers: form, payload: '' }),
      ]) {
        expect(again.statusCode).toBe(200);
        expect(htmlLang(again.body)).toBe('zh-Hans');
        expect(again.body).toContain('<h1 class="page-title">此前已退订</h1>');
        expect(again.body).toContain('您此前已经退订');
      }
      // The parameter only chooses the page's language: a link of a mail sent before links
      // carried it answers in the site's, and so does one whose language is not shipped or not
      // a language tag at all; another shipped language is taken as it is.
      const withLang = (lang: string | null) => {
        const url = new URL(unsubscribe, 'http://news.test');
        if (lang === null) url.searchParams.delete('lang');
        else url.searchParams.set('lang', lang);
        return site.app.inject({ url: `${url.pathname}${url.search}` });
      };
      for (const lang of [null, 'de', '"><script>alert(1)</script>', 'x'.repeat(300)]) {
        const page = await withLang(lang);
        expect(page.statusCode).toBe(200);
        expect(htmlLang(page.body)).toBe('en');
        expect(page.body).toContain('Already unsubscribed');
        expect(page.body).not.toContain('<script>alert');
      }
      const russian = await withLang('ru');
      expect(htmlLang(russian.body)).toBe('ru');
      expect(russian.body).toContain('Вы уже отписались');
      // A forged signature is refused whatever language the link names.
      const forged = new URL(unsubscribe, 'http://news.test');
      forged.searchParams.set('sig', 'forged');
      expect((await site.app.inject({ url: `${forged.pathname}${forged.search}` })).statusCode).toBe(404);
    });

    it('a subscription on an English article stays English', async () => {
      const home = await site.app.inject({ url: '/' });
      const slug = [...home.body.matchAll(/href="\/article\/([^"#?]+)"/g)]
        .map((m) => m[1]!)
        .find((s) => /^[a-z-]+$/.test(s) && s.includes('-') && s !== CHINESE_ARTICLE)!;
      const article = await site.app.inject({ url: `/article/${slug}` });
      expect(htmlLang(article.body)).toBe('en');
      await postForm(
        site.app,
        slug,
        { comment: 'Keep me posted.', author: 'Ann', email: 'ann.en@example.com', notify: 'on' },
        { ip: '198.51.100.23' },
      );
      const confirm = await outbox('subscription-confirm', 'ann.en@example.com');
      expect(confirm.subject).toContain('Confirm reply notifications for “');
      const page = await site.app.inject({
        url: linkIn(confirm.text_body, '/comments/subscriptions/confirm?token='),
      });
      expect(htmlLang(page.body)).toBe('en');
      expect(page.body).toContain('Confirm reply notifications');
    });

    it('privacy requests and links that name nothing speak the site language', async () => {
      await setCommentSettings(site, { language: 'ru' });
      const bad = await site.app.inject({ url: '/comments/subscriptions/confirm?token=nope' });
      expect(bad.statusCode).toBe(404);
      expect(htmlLang(bad.body)).toBe('ru');
      expect(bad.body).toContain('Ссылка недействительна');
      const forged = await site.app.inject({ url: '/comments/subscriptions/unsubscribe?s=1&sig=forged' });
      expect(forged.statusCode).toBe(404);
      expect(forged.body).toContain('Эта ссылка для отписки недействительна.');

      const sent = await site.app.inject({
        method: 'POST',
        url: '/privacy/requests',
        headers: form,
        payload: new URLSearchParams({ email: 'wang@example.com', kind: 'erase' }).toString(),
      });
      expect(sent.statusCode).toBe(200);
      expect(htmlLang(sent.body)).toBe('ru');
      expect(sent.body).toContain('Проверьте почту');
      expect(decodeHtml(sent.body)).toContain('Она действует 24 часа.');
      const mail = await outbox('privacy-erase', 'wang@example.com');
      expect(mail.subject).toContain('Подтвердите запрос на удаление данных ваших комментариев');
      expect(mail.text_body).toContain('Подтвердите в течение 24 часов (до ');
      const url = linkIn(mail.text_body, '/privacy/confirm?token=');
      const confirm = await site.app.inject({ url });
      expect(htmlLang(confirm.body)).toBe('ru');
      expect(confirm.body).toContain('<h1 class="page-title">Подтвердите запрос</h1>');
      const token = new URL(url, 'http://x').searchParams.get('token')!;
      const erase = () =>
        site.app.inject({
          method: 'POST',
          url: '/privacy/confirm',
          headers: form,
          payload: `token=${token}`,
        });
      const erased = await erase();
      expect(erased.statusCode).toBe(200);
      expect(erased.body).toContain('1 комментарий обезличен');
      expect((await erase()).body).toContain('Уже выполнено');
      const expired = await site.app.inject({ url: '/privacy/confirm?token=expired' });
      expect(expired.statusCode).toBe(404);
      expect(expired.body).toContain('срок её действия истёк');
      await setCommentSettings(site, { language: 'en' });
    });
  });
}
