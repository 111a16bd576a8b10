// Mail to staff speaks each recipient's admin language (issue 16), as it leaves over SMTP: the
// "please moderate" notice goes to every moderator in the language of their profile, else the
// site's (English where the admin has no catalog), and the "new comment on your article" mail
// to the article's author likewise; each says its language in Content-Language. The IP note of
// a held notice is still the one the retention purge removes. On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../admin/admin-client.ts';
import { testDialects } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { firstArticleSlug, postForm, setCommentSettings } from './helpers.ts';
import { bodyOf, headersOf, type ReceivedMail, type SmtpSink, startSmtpSink } from './smtp-sink.ts';
import { DEFAULT_NOTIFICATION_PREFS, type User } from '../../src/users/user.ts';

/** The plain-text body of a raw message, decoded (base64 or quoted-printable). */

for (const dialect of testDialects()) {
  describe(`staff mail in each recipient's admin language [${dialect}]`, () => {
    let smtp: SmtpSink;
    let site: TestSite;
    const users = () => site.services.deps.accounts.users;
    const sendOutbox = async () => {
      const job = site.services.jobs.find((j) => j.name === 'comments.send-outbox');
      if (!job) throw new Error('no outbox job');
      await job.run();
    };
    /** The latest mail that reached `user`. */
    const mailTo = (user: User): ReceivedMail => {
      const mail = smtp.received.filter((m) => m.to.includes(user.email)).at(-1);
      if (!mail) throw new Error(`no mail to ${user.email}`);
      return mail;
    };
    const chooseLanguage = async (user: User, adminLanguage: string | null, approvedMail = false) =>
      users().updateProfile(
        user.id,
        {
          name: user.name,
          bio: '',
          notifications: { ...DEFAULT_NOTIFICATION_PREFS, commentApprovedOnMyPost: approvedMail },
          adminLanguage,
        },
        site.clock.now(),
      );

    beforeAll(async () => {
      smtp = await startSmtpSink();
      site = await createTestSite(dialect, { env: { SMTP_URL: smtp.url, COMMENT_FLOOD_SECONDS: '0' } });
    });
    afterAll(async () => {
      await site?.close();
      await smtp?.close();
    });

    it('a held comment: Chinese, Russian, the site’s Russian and English notices', async () => {
      await setCommentSettings(site, { language: 'ru', commentsHoldAll: true, commentsCloseAfterDays: 0 });
      const chinese = await makeUser(site, 'owner', '王芳');
      const russian = await makeUser(site, 'editor', 'Ирина');
      const siteLanguage = await makeUser(site, 'editor', 'Site Default');
      const english = await makeUser(site, 'owner', 'Olga');
      await chooseLanguage(chinese, 'zh-Hans');
      await chooseLanguage(russian, 'ru');
      await chooseLanguage(english, 'en');
      const slug = await firstArticleSlug(site.app);
      const res = await postForm(
        site.app,
        slug,
        { comment: 'Is the bridge open?', author: 'Pat Reader', email: 'pat@example.com' },
        { ip: '198.51.100.77' },
      );
      expect(res.statusCode).toBe(303);
      await sendOutbox();

      const zh = mailTo(chinese);
      expect(headersOf(zh.raw)['content-language']).toBe('zh-Hans');
      expect(headersOf(zh.raw).subject).toMatch(/^\[.+\] 请审核“.+”下的评论$/);
      const zhText = bodyOf(zh.raw);
      expect(zhText).toMatch(/^文章“.+”有一条新评论正在等待您的审核。/);
      expect(zhText).toContain('评论者：Pat Reader <pat@example.com> (IP 198.51.100.77)');
      expect(zhText).toContain('> Is the bridge open?');
      expect(zhText).toContain('前往审核：http://news.test/admin/comments?status=pending');
      expect(zhText).not.toMatch(/\b(Author|Moderate|receive)\b/);

      for (const user of [russian, siteLanguage]) {
        const ru = mailTo(user);
        expect(headersOf(ru.raw)['content-language']).toBe('ru');
        expect(headersOf(ru.raw).subject).toMatch(/^\[.+\] Проверьте комментарий к статье «.+»$/);
        const text = bodyOf(ru.raw);
        expect(text).toContain('ожидает вашей проверки.');
        expect(text).toContain('Автор комментария: Pat Reader <pat@example.com> (IP 198.51.100.77)');
        expect(text).toContain('Изменить уведомления: http://news.test/admin/profile');
      }

      const en = mailTo(english);
      expect(headersOf(en.raw)['content-language']).toBe('en');
      expect(headersOf(en.raw).subject).toMatch(/^\[.+\] Please moderate: “.+”$/);
      expect(bodyOf(en.raw)).toContain('Author: Pat Reader <pat@example.com> (IP 198.51.100.77)');

      // A site language the admin has no catalog for: English for those who chose nothing.
      await setCommentSettings(site, { language: 'kk' });
      await postForm(site.app, slug, {
        comment: 'Second question',
        author: 'Pat Reader',
        email: 'pat@example.com',
      });
      await sendOutbox();
      const kk = mailTo(siteLanguage);
      expect(bodyOf(kk.raw)).toContain('> Second question');
      expect(headersOf(kk.raw)['content-language']).toBe('en');
      expect(headersOf(kk.raw).subject).toContain('Please moderate');
      // The others keep their own choice.
      expect(bodyOf(mailTo(russian).raw)).toContain('> Second question');
      expect(headersOf(mailTo(russian).raw)['content-language']).toBe('ru');
    });

    it('an approved comment: the article’s author hears in their own language', async () => {
      await setCommentSettings(site, {
        language: 'en',
        commentsHoldAll: false,
        commentsHoldFirstTime: false,
        commentsNotifyModerators: false,
        commentsNotifyAuthors: true,
        spamHoldThreshold: 0.99,
      });
      const slug = await firstArticleSlug(site.app, 1);
      const article = (await site.services.deps.articles.findPublishedBySlug(
        'post',
        slug,
        site.clock.now(),
      ))!;
      const author = (await users().findById(article.author.id))!;
      await chooseLanguage(author, 'ru', true);
      const res = await postForm(
        site.app,
        slug,
        { comment: 'Спасибо за статью!', author: 'Анна', email: 'anna.reader@example.com' },
        { ip: '198.51.100.78' },
      );
      expect(res.statusCode).toBe(303);
      await sendOutbox();
      const mail = mailTo(author);
      const headers = headersOf(mail.raw);
      expect(headers['content-language']).toBe('ru');
      expect((headers.subject ?? '').endsWith(`] Новый комментарий к статье «${article.title}»`)).toBe(true);
      const text = bodyOf(mail.raw);
      expect(text).toContain(`Новый комментарий к вашей статье «${article.title}», автор — Анна:`);
      expect(text).toContain('> Спасибо за статью!');
      expect(text).toMatch(/Читать: http:\/\/news\.test\/article\/\S+#comment-\d+/);
      expect(text).not.toContain('198.51.100.78');
    });
  });
}
