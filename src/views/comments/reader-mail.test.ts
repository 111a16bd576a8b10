// Reader mail speaks the reader's language: an article's language for the reply-notification
// opt-in and the notifications themselves, the site's for privacy requests; dates on the site's
// clock in that language; the unsubscribe headers the same in every language.
import { describe, expect, it } from 'vitest';
import {
  confirmSubscriptionMail,
  type MailContext,
  privacyConfirmMail,
  replyMail,
} from '../../comments/notifications.ts';
import { PSEUDO_LOCALE } from '../../i18n/index.ts';
import { readerMailWriter } from './reader-mail.ts';

const englishSite = readerMailWriter({ language: 'en', timeZone: 'Asia/Almaty', dateStyle: 'long' });
const context = (articleLanguage: string, articleTitle = 'Oil through the steppe'): MailContext => ({
  siteTitle: 'Steppe News',
  siteUrl: 'https://news.test',
  articleTitle,
  articleLanguage,
  commentUrl: 'https://news.test/article/oil#comment-7',
});
const unsubscribe = 'https://news.test/comments/subscriptions/unsubscribe?s=3&sig=abc';
// 2026-12-05 09:30 UTC is 14:30 in Almaty (UTC+5).
const reply = {
  authorName: 'Aigerim',
  content: 'First line\nsecond line',
  createdAt: '2026-12-05T09:30:00.000Z',
};
const to = { email: 'reader@example.com', name: 'Reader' };
const link = {
  url: 'https://news.test/privacy/confirm?token=t0k',
  validHours: 24,
  expiresAt: '2026-12-06T09:30:00.000Z',
};

describe('reply notifications in the article’s language', () => {
  it('an English article: the English text, the reply quoted, the date on the site’s clock', () => {
    const mail = replyMail(context('en'), to, reply, unsubscribe, englishSite);
    expect(mail.subject).toBe('[Steppe News] Aigerim replied to your comment on “Oil through the steppe”');
    expect(mail.text).toContain('On December 5, 2026 at 2:30 PM GMT+5, Aigerim replied to your comment');
    expect(mail.text).toContain('> First line\n> second line');
    expect(mail.text).toContain('Read and reply: https://news.test/article/oil#comment-7');
    expect(mail.text).toContain(`Stop these emails (one click): ${unsubscribe}`);
    expect(mail.headers).toEqual({
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Content-Language': 'en',
    });
  });

  it('a Russian article on an English site: Russian words and date, the same unsubscribe headers', () => {
    const mail = replyMail(context('ru', 'Нефть через степь'), to, reply, unsubscribe, englishSite);
    expect(mail.subject).toBe(
      '[Steppe News] Ответ от Aigerim на ваш комментарий к статье «Нефть через степь»',
    );
    expect(mail.text).toContain('5 декабря 2026');
    expect(mail.text).toContain('14:30');
    expect(mail.text).toContain('Прочитать и ответить: https://news.test/article/oil#comment-7');
    expect(mail.text).toContain(`Отписаться от этих писем (в один клик): ${unsubscribe}`);
    expect(mail.text).not.toMatch(/\b(replied|Read|Stop|emails)\b/);
    expect(mail.headers['List-Unsubscribe']).toBe(`<${unsubscribe}>`);
    expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(mail.headers['Content-Language']).toBe('ru');
  });

  it('Chinese, Kazakh and Uzbek articles each get their own language', () => {
    const zh = replyMail(context('zh-Hans', '草原上的石油'), to, reply, unsubscribe, englishSite);
    expect(zh.subject).toBe('[Steppe News] Aigerim 回复了您在“草原上的石油”下的评论');
    expect(zh.text).toContain('2026年12月5日');
    expect(zh.text).toContain('阅读并回复：');
    const kk = replyMail(context('kk'), to, reply, unsubscribe, englishSite);
    expect(kk.subject).toContain('пікіріңізге жауап берді');
    expect(kk.text).toContain('Оқу және жауап беру:');
    expect(kk.headers['Content-Language']).toBe('kk');
    const uz = replyMail(context('uz-Latn'), to, reply, unsubscribe, englishSite);
    expect(uz.subject).toContain('izohingizga javob berdi');
    expect(uz.text).toContain('Oʻqish va javob berish:');
  });

  it('an article in a language without a catalog falls back to the site’s language', () => {
    const russianSite = readerMailWriter({ language: 'ru', timeZone: 'UTC', dateStyle: 'long' });
    const mail = replyMail(context('de'), to, reply, unsubscribe, russianSite);
    expect(mail.subject).toContain('Ответ от Aigerim');
    expect(mail.headers['Content-Language']).toBe('ru');
    expect(mail.text).toContain('09:30');
  });

  it('header-breaking characters in a name or title never reach the subject', () => {
    const mail = replyMail(
      context('zh-Hans', 'Title\r\nBcc: victim@example.com'),
      to,
      { ...reply, authorName: 'Eve\nX-Evil: 1' },
      unsubscribe,
      englishSite,
    );
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });
});

describe('the reply-notification opt-in in the article’s language', () => {
  it('English keeps its words', () => {
    const mail = confirmSubscriptionMail(context('en'), to, 'https://news.test/c?token=1', englishSite);
    expect(mail.subject).toBe('[Steppe News] Confirm reply notifications for “Oil through the steppe”');
    expect(mail.text).toBe(
      [
        'You asked to be told by email when someone replies to your comment on “Oil through the steppe”.',
        'Confirm: https://news.test/c?token=1',
        'If you did not ask for this, ignore this message: nothing will be sent.',
      ].join('\n\n'),
    );
  });

  it('a Chinese article: a Chinese mail with the confirmation link', () => {
    const mail = confirmSubscriptionMail(
      context('zh-Hans', '草原上的石油'),
      to,
      'https://news.test/c?token=1',
      englishSite,
    );
    expect(mail.subject).toBe('[Steppe News] 确认接收“草原上的石油”的回复通知');
    expect(mail.text).toContain('确认：https://news.test/c?token=1');
    expect(mail.headers).toEqual({ 'Content-Language': 'zh-Hans' });
  });

  it('the pseudo-locale transforms every sentence (no English left outside the messages)', () => {
    const mail = confirmSubscriptionMail(context(PSEUDO_LOCALE, 'T'), to, 'https://news.test/c', englishSite);
    const outside = (mail.subject + mail.text)
      .replace(/⟦[^⟦⟧]*⟧/g, ' ')
      .replace('https://news.test/c', ' ')
      .replace('Steppe News', ' ');
    expect(outside).not.toMatch(/[A-Za-z]{2,}/);
  });
});

describe('privacy confirmations in the site’s language', () => {
  it('English: what was asked, for how long and until when the link works', () => {
    const mail = privacyConfirmMail(
      { siteTitle: 'Steppe News', language: 'en' },
      'reader@example.com',
      'erase',
      link,
      englishSite,
    );
    expect(mail.kind).toBe('privacy-erase');
    expect(mail.subject).toBe('[Steppe News] Confirm your request for erasure of your comment data');
    expect(mail.text).toContain('asked for erasure of the comment data stored for reader@example.com');
    expect(mail.text).toContain(
      `Confirm within 24 hours (until December 6, 2026 at 2:30 PM GMT+5): ${link.url}`,
    );
  });

  it('Russian counts hours right (1 часа, 2 часов, 21 часа, 24 часов)', () => {
    const russian = readerMailWriter({ language: 'ru', timeZone: 'Asia/Almaty', dateStyle: 'long' });
    const text = (validHours: number) =>
      privacyConfirmMail(
        { siteTitle: 'Степь', language: 'ru' },
        'reader@example.com',
        'export',
        { ...link, validHours },
        russian,
      ).text;
    expect(text(24)).toContain('Подтвердите в течение 24 часов (до 6 декабря 2026');
    expect(text(1)).toContain('в течение 1 часа');
    expect(text(2)).toContain('в течение 2 часов');
    expect(text(5)).toContain('в течение 5 часов');
    expect(text(21)).toContain('в течение 21 часа');
    expect(text(111)).toContain('в течение 111 часов');
    expect(text(24)).toContain('запросил копию данных комментариев');
  });

  it('Chinese, Kazakh and Uzbek sites', () => {
    for (const [language, words] of [
      ['zh-Hans', '请在 24 小时内'],
      ['kk', '24 сағат ішінде'],
      ['uz-Latn', '24 soat ichida'],
    ] as const) {
      const writer = readerMailWriter({ language, timeZone: 'UTC', dateStyle: 'long' });
      const mail = privacyConfirmMail({ siteTitle: 'S', language }, 'r@example.com', 'export', link, writer);
      expect(mail.text, language).toContain(words);
      expect(mail.headers['Content-Language'], language).toBe(language);
    }
  });
});
