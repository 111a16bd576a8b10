// The pseudo-locale crawl: with the site and every article in `en-XA`, each public page type is
// fetched and its interface text checked. Every catalog message comes out bracketed ⟦…⟧ and
// accented, so a run of plain Latin letters outside the brackets, once the content (titles,
// bodies, names, tags, settings) and dates are taken out, is interface text that bypassed the
// catalogs. On SQLite and PostgreSQL with the demo content.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PSEUDO_LOCALE } from '../../src/i18n/index.ts';
import { unsubscribeSignature } from '../../src/http/shared/comment-deps.ts';
import { languageName } from '../../src/views/multilingual-text.ts';
import { commentIdOf, decodeHtml, postForm, setCommentSettings } from '../comments/helpers.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { testDialects } from '../support/test-db.ts';
import { CRAWL_SLUG, PUBLIC_CRAWL_PAGES, setCrawlLanguages, untransformedWords } from './pseudo-text.ts';

const slug = CRAWL_SLUG;

/** What a page shows a reader as interface: its text and its accessible names and hints. */
function interfaceText(body: string): string {
  let html = body
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<time[^>]*>[\s\S]*?<\/time>/g, ' ')
    // An article's own body is content; what follows it (tags, navigation, comments) is not.
    .replace(
      /<div class="article-body prose">[\s\S]*?<\/div>\s*(?=<footer class="article-footer"|<section\s+class="privacy-comments|<\/article>)/g,
      ' ',
    )
    .replace(/<div class="comment-content">[\s\S]*?<\/div>/g, ' ')
    .replace(/<p class="search-snippet"[\s\S]*?<\/p>/g, ' ')
    .replace(/<textarea[^>]*>[\s\S]*?<\/textarea>/g, ' ');
  const attributes = [
    ...html.matchAll(/\s(?:aria-label|placeholder|title|alt|data-confirm|data-say-[a-z-]+)="([^"]*)"/g),
  ].map((m) => m[1]);
  html = html.replace(/<[^>]+>/g, ' ');
  // The website field's placeholder is the start of any address, the same in every language.
  return decodeHtml([html, ...attributes].join(' ')).replaceAll('https://', ' ');
}

for (const dialect of testDialects()) {
  describe(`pseudo-locale crawl [${dialect}]`, () => {
    let site: TestSite;
    let content: string[] = [];
    /** A reply-notification subscription made on the crawled article (its mail's link and id). */
    let subscription = { confirmUrl: '', token: '', unsubscribeUrl: '' };
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const queued = (kind: string, to: string) =>
      site.services.database.db
        .selectFrom('mail_outbox')
        .select(['subject', 'text_body'])
        .where('kind', '=', kind)
        .where('to_address', '=', to)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
    /** A queued mail as a "page": its subject and text, links taken out. */
    const mailPage = async (kind: string, to: string) => {
      const mail = await queued(kind, to);
      return {
        statusCode: 200,
        body: `${mail.subject}\n${mail.text_body}`.replace(/https?:\/\/[^\s⟧]+/g, ' '),
      };
    };
    /** The privacy request's token (read once: erasure deletes mail to the erased address). */
    let privacyToken = '';
    const privacyLink = async () => {
      privacyToken ||= /token=([\w%-]+)/.exec(
        (await queued('privacy-erase', 'nobody@example.com')).text_body,
      )![1]!;
      return `/privacy/confirm?token=${privacyToken}`;
    };

    beforeAll(async () => {
      site = await createTestSite(dialect);
      const { db } = site.services.database;
      await setCommentSettings(site, {
        language: PSEUDO_LOCALE,
        commentsCloseAfterDays: 0,
        commentsHoldFirstTime: false,
        commentsHoldAll: false,
        spamHoldThreshold: 0.99,
        threadDepth: 2,
      });
      await setCrawlLanguages(site);
      // A thread deeper than the reply limit, so "In reply to" and every Reply link show.
      const first = commentIdOf(
        await postForm(site.app, slug, { author: 'Ann Reader' }, { ip: '198.51.100.1' }),
      );
      site.clock.advance(120_000);
      const second = commentIdOf(
        await postForm(
          site.app,
          slug,
          { author: 'Bob Reader', email: 'bob@example.com', comment: 'Reply one.', parentId: String(first) },
          { ip: '198.51.100.2' },
        ),
      );
      site.clock.advance(120_000);
      await postForm(
        site.app,
        slug,
        { author: 'Cy Reader', email: 'cy@example.com', comment: 'Reply two.', parentId: String(second) },
        { ip: '198.51.100.3' },
      );
      site.clock.advance(120_000);
      // A reader asking for reply notifications: the opt-in mail and the pages its links open.
      const dee = commentIdOf(
        await postForm(
          site.app,
          slug,
          { author: 'Dee Reader', email: 'dee@example.com', comment: 'Tell me.', notify: 'on' },
          { ip: '198.51.100.4' },
        ),
      );
      site.clock.advance(120_000);
      const optIn = await queued('subscription-confirm', 'dee@example.com');
      const confirmUrl = /http:\/\/news\.test(\/comments\/subscriptions\/confirm\?token=\S+)/.exec(
        optIn.text_body,
      )![1]!;
      const sub = await db
        .selectFrom('comment_subscriptions')
        .select('id')
        .where('comment_id', '=', dee)
        .executeTakeFirstOrThrow();
      subscription = {
        confirmUrl,
        token: new URL(confirmUrl, 'http://x').searchParams.get('token')!,
        unsubscribeUrl: `/comments/subscriptions/unsubscribe?s=${sub.id}&sig=${unsubscribeSignature(site.services.deps.comments!.secret, sub.id)}`,
      };
      const articles = await db
        .selectFrom('articles')
        .select(['title', 'excerpt', 'seo_title', 'seo_description'])
        .execute();
      const tags = await db.selectFrom('tags').select(['name', 'description']).execute();
      const users = await db.selectFrom('users').select(['name', 'bio']).execute();
      const settings = await site.services.deps.settings.readAll();
      const months = Array.from({ length: 12 }, (_, m) =>
        new Intl.DateTimeFormat(PSEUDO_LOCALE, { month: 'long', timeZone: 'UTC' }).format(
          new Date(Date.UTC(2026, m, 1)),
        ),
      );
      content = [
        ...articles.flatMap((a) => [a.title, a.excerpt, a.seo_title, a.seo_description]),
        ...tags.flatMap((t) => [t.name, t.description]),
        ...users.flatMap((u) => [u.name, u.bio]),
        ...[settings.title, settings.tagline, settings.description, settings.footerText].map(String),
        // The language's own name (front doors, switcher) is content in that language.
        languageName(PSEUDO_LOCALE),
        'Ann Reader',
        'Bob Reader',
        'Cy Reader',
        'Dee Reader',
        'AR',
        'BR',
        'CR',
        'DR',
        ...months,
      ].filter((c): c is string => typeof c === 'string' && c.length > 0);
    });
    afterAll(async () => site?.close());

    const pages: [string, () => Promise<{ statusCode: number; body: string }>][] = [
      ...PUBLIC_CRAWL_PAGES.map(
        ([name, url]) =>
          [name, () => site.app.inject({ url })] as [
            string,
            () => Promise<{ statusCode: number; body: string }>,
          ],
      ),
      [
        'rejected comment',
        () => postForm(site.app, slug, { comment: '', author: '', email: 'x', url: 'ftp://x' }),
      ],
      ['duplicate comment', () => postForm(site.app, slug, { author: 'Ann Reader' }, { ip: '198.51.100.1' })],
      // Mail to readers and the pages its links open (in order: each acts on the one before).
      ['reply-notification opt-in mail', () => mailPage('subscription-confirm', 'dee@example.com')],
      ['reply-notification confirm link', () => site.app.inject({ url: subscription.confirmUrl })],
      [
        'reply notifications confirmed',
        () =>
          site.app.inject({
            method: 'POST',
            url: '/comments/subscriptions/confirm',
            headers: form,
            payload: new URLSearchParams({ token: subscription.token }).toString(),
          }),
      ],
      ['reply notifications already confirmed', () => site.app.inject({ url: subscription.confirmUrl })],
      ['unsubscribe link', () => site.app.inject({ url: subscription.unsubscribeUrl })],
      [
        'unsubscribed',
        () =>
          site.app.inject({ method: 'POST', url: subscription.unsubscribeUrl, headers: form, payload: '' }),
      ],
      ['already unsubscribed', () => site.app.inject({ url: subscription.unsubscribeUrl })],
      [
        'privacy request refused',
        () =>
          site.app.inject({
            method: 'POST',
            url: '/privacy/requests',
            headers: form,
            payload: 'email=x&kind=erase',
          }),
      ],
      [
        'privacy request sent',
        () =>
          site.app.inject({
            method: 'POST',
            url: '/privacy/requests',
            headers: form,
            payload: 'email=nobody%40example.com&kind=erase',
          }),
      ],
      ['privacy confirmation mail', () => mailPage('privacy-erase', 'nobody@example.com')],
      ['privacy confirm link', async () => site.app.inject({ url: await privacyLink() })],
      [
        'privacy data erased',
        async () =>
          site.app.inject({
            method: 'POST',
            url: '/privacy/confirm',
            headers: form,
            payload: `token=${new URL(await privacyLink(), 'http://x').searchParams.get('token')!}`,
          }),
      ],
      ['privacy erasure already done', async () => site.app.inject({ url: await privacyLink() })],
    ];

    it('the crawled article shows its language switcher', async () => {
      expect((await site.app.inject({ url: `/article/${slug}` })).body).toContain('language-switcher');
    });

    for (const [name, fetch] of pages) {
      it(`${name}: every interface string came through the catalogs`, async () => {
        const res = await fetch();
        expect(res.body).toContain('⟦');
        const leftovers = untransformedWords(interfaceText(res.body), content);
        expect(leftovers, `${name} (${res.statusCode})`).toEqual([]);
      });
    }
  });
}
