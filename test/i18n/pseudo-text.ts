// What the pseudo-locale crawls share: the HTTP crawls (test/i18n/pseudo-locale.test.ts,
// test/i18n/admin-pseudo-locale.test.ts) read the HTML the server sends, the browser pass
// (test/e2e/pseudo-locale-browser.test.ts) reads the live page after its scripts ran. In `en-XA`
// every catalog message comes out bracketed ⟦…⟧ and accented, so a run of plain Latin letters
// outside the brackets, once content (titles, names, settings) is taken out, is interface text
// that bypassed the catalogs.

import { PSEUDO_LOCALE } from '../../src/i18n/index.ts';
import type { TestSite } from '../support/test-site.ts';

/** The article the public crawls comment on and open with its thread. */
export const CRAWL_SLUG = 'china-kazakhstan-oil-pipeline-two-decades';

/**
 * Every article in the pseudo-locale (translation groups, one article per language, dissolve),
 * then one other post in Russian as the crawled article's translation, so its page shows the
 * language switcher; every cached page is dropped.
 */
export async function setCrawlLanguages(site: TestSite): Promise<void> {
  const { db } = site.services.database;
  await db.updateTable('articles').set({ language: PSEUDO_LOCALE, translation_group: null }).execute();
  const other = await db
    .selectFrom('articles')
    .select('id')
    .where('kind', '=', 'post')
    .where('status', '=', 'published')
    .where('slug', '!=', CRAWL_SLUG)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  await db
    .updateTable('articles')
    .set({ language: 'ru', translation_group: 'crawl' })
    .where('id', '=', other.id)
    .execute();
  await db
    .updateTable('articles')
    .set({ translation_group: 'crawl' })
    .where('slug', '=', CRAWL_SLUG)
    .execute();
  await site.services.deps.changes.publish(['*']);
}

/** Removes bracketed messages (innermost first: a message may hold another). */
export function withoutMessages(text: string): string {
  let out = text;
  for (let before = ''; before !== out;) {
    before = out;
    out = out.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  return out;
}

/** The plain-Latin words left in `text` once `content` (longest first) and messages are out. */
export function untransformedWords(text: string, content: readonly string[]): string[] {
  let rest = text;
  for (const c of [...content].sort((a, b) => b.length - a.length)) if (c) rest = rest.split(c).join(' ');
  return withoutMessages(rest).match(/[A-Za-z]{2,}/g) ?? [];
}

/**
 * The public pages a GET opens, one of each kind, as the crawls set the site up (the crawled
 * article with a thread and a translation, the `en-XA` front door, links that are not valid).
 */
export const PUBLIC_CRAWL_PAGES: readonly (readonly [name: string, path: string])[] = [
  ['home', '/'],
  ['home page 2', '/page/2'],
  ['article with a thread and a translation', `/article/${CRAWL_SLUG}`],
  ['reply form', `/article/${CRAWL_SLUG}?replyto=1#respond`],
  ['tag', '/tag/trade'],
  ['author', '/author/tom-hartley'],
  ['archive', '/archive'],
  ['archive month', '/archive/2025/10'],
  ['search form', '/search'],
  ['search results', '/search?q=pipeline'],
  ['search without results', '/search?q=qqqzzz'],
  ['404', '/no-such-page'],
  ['400', '/page/abc'],
  ['about', '/about'],
  ['front door', '/lang/en-xa/'],
  ['front door archive', '/lang/en-xa/archive'],
  ['front door archive month', '/lang/en-xa/archive/2025/10'],
  ['front door search', '/lang/en-xa/search?q=pipeline'],
  ['front door search form', '/lang/en-xa/search'],
  ['privacy', '/privacy'],
  ['reply-notification confirm link not valid', '/comments/subscriptions/confirm?token=nope'],
  ['unsubscribe link not valid', '/comments/subscriptions/unsubscribe?s=1&sig=forged'],
  ['privacy link not valid', '/privacy/confirm?token=nope'],
];
