// The pseudo-locale crawl in headless Chromium: the HTTP crawls (test/i18n/pseudo-locale.test.ts,
// test/i18n/admin-pseudo-locale.test.ts) read the HTML the server sends; this pass opens one page
// of every page kind of both crawls in a browser with the site in `en-XA`, lets the scripts run,
// performs the interactions that make scripts write text (Reply and Cancel on a comment, the
// editor's autosave, the moderation console's help, decision notice and undo), and checks what
// the live page shows: document.body.innerText, the live regions, and the same attributes
// (aria-label, placeholder, title, alt, data-confirm, data-say-*). A run of plain Latin letters
// outside the ⟦…⟧ brackets, once content and dates are taken out, is interface text that
// bypassed the catalogs. SQLite only: the scripts and templates do not depend on the database,
// and the HTTP crawl of the public site runs on both.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PSEUDO_LOCALE } from '../../src/i18n/index.ts';
import { PUBLIC_LEARNING_CURVE } from '../../src/spam/index.ts';
import { languageName } from '../../src/views/multilingual-text.ts';
import { makeUser, TEST_PASSWORD } from '../admin/admin-client.ts';
import { commentIdOf, postForm, setCommentSettings } from '../comments/helpers.ts';
import { chromiumAvailable, launchBrowser } from '../support/browser.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import {
  CRAWL_SLUG,
  PUBLIC_CRAWL_PAGES,
  setCrawlLanguages,
  untransformedWords,
} from '../i18n/pseudo-text.ts';

const slug = CRAWL_SLUG;

/** Parts of a page that are content, not interface (as the HTTP crawls take them out). */
const CONTENT_SELECTORS = [
  'script',
  'style',
  'time',
  'textarea',
  'code',
  'pre',
  'option[lang]',
  '.article-body',
  '.comment-content',
  '.search-snippet',
  '[data-preview-target]',
].join(', ');

/**
 * What the live page shows as interface: the body's rendered text with the content parts hidden,
 * the text of its live regions (read by screen readers even when visually hidden), and the
 * accessible names and hints of every element outside the content parts.
 */
async function liveInterfaceText(page: Page): Promise<string> {
  return page.evaluate((contentSelectors) => {
    // Content parts leave the page while its text is read (a select's options are in its text
    // whatever their style), then come back where they were.
    const taken = [...document.querySelectorAll(contentSelectors)].map((el) => {
      const mark = document.createElement('span');
      el.replaceWith(mark);
      return [el, mark] as const;
    });
    // innerText applies text-transform: the words as written are compared with the content (set
    // on each element's own style: the Content-Security-Policy refuses an added style sheet).
    const transformed = [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((el) => getComputedStyle(el).textTransform !== 'none')
      .map((el) => [el, el.getAttribute('style')] as const);
    for (const [el] of transformed) el.style.setProperty('text-transform', 'none', 'important');
    const text = document.body.innerText;
    for (const [el, style] of transformed) {
      if (style === null) el.removeAttribute('style');
      else el.setAttribute('style', style);
    }
    for (const [el, mark] of taken.reverse()) mark.replaceWith(el);
    const outside = (el: Element) => !el.closest(contentSelectors);
    const live = [...document.querySelectorAll('[aria-live], [role="status"], [role="alert"]')]
      .filter(outside)
      .map((el) => el.textContent ?? '');
    const attributes = [...document.querySelectorAll('*')]
      .filter(outside)
      .flatMap((el) =>
        [...el.attributes]
          .filter((a) => /^(?:aria-label|placeholder|title|alt|data-confirm|data-say-[a-z-]+)$/.test(a.name))
          .map((a) => a.value),
      );
    return [text, ...live, ...attributes].join('\n');
  }, CONTENT_SELECTORS);
}

// One browser, one context, one tab for the whole pass; 90 s per step on a busy 2-core machine
// (the editor step waits for the 5-second autosave).
describe.runIf(chromiumAvailable())('pseudo-locale crawl in a browser [sqlite]', { timeout: 90_000 }, () => {
  let site: TestSite;
  let browser: Browser;
  let page: Page;
  let base = '';
  let content: string[] = [];
  let owner = { email: '', name: 'Olga Owner' };
  let crawledPostId = 0;
  let commentId = 0;

  /** Plain-Latin words left once messages, content and addresses are taken out. */
  const leftovers = async (): Promise<string[]> => {
    const text = (await liveInterfaceText(page))
      .replaceAll(base.replace(/^http:\/\//, ''), ' ')
      .replaceAll('https://', ' ')
      .replaceAll('http://', ' ');
    return untransformedWords(text, content);
  };
  const expectTransformed = async (what: string) => {
    expect(await page.evaluate(() => document.body.innerText)).toContain('⟦');
    expect(await leftovers(), `${what} (${page.url()})`).toEqual([]);
  };
  const open = async (path: string) => {
    await page.goto(base + path);
    // The floating back-to-top link shows after a viewport's scroll.
    await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
  };

  beforeAll(async () => {
    site = await createTestSite('sqlite', { siteUrl: 'http://127.0.0.1:0' });
    const { db } = site.services.database;
    await setCommentSettings(site, {
      language: PSEUDO_LOCALE,
      commentsCloseAfterDays: 0,
      commentsHoldFirstTime: false,
      commentsHoldAll: false,
      spamShadowMode: true,
      threadDepth: 2,
    });
    // One language for every article, and one translation in another, as the HTTP crawl has it.
    await setCrawlLanguages(site);
    // A thread on the crawled article (Reply links), then two comments waiting in the queue.
    const first = commentIdOf(
      await postForm(site.app, slug, { author: 'Ann Reader' }, { ip: '198.51.100.1' }),
    );
    site.clock.advance(120_000);
    await postForm(
      site.app,
      slug,
      { author: 'Bob Reader', email: 'bob@example.com', comment: 'Reply one.', parentId: String(first) },
      { ip: '198.51.100.2' },
    );
    site.clock.advance(120_000);
    await setCommentSettings(site, { commentsHoldAll: true });
    commentId = first;
    await postForm(
      site.app,
      slug,
      { author: 'Cy Reader', email: 'cy@example.com', comment: 'Waiting.' },
      { ip: '198.51.100.3' },
    );
    site.clock.advance(120_000);
    await postForm(
      site.app,
      slug,
      { author: 'Dee Reader', email: 'dee@example.com', comment: 'Waiting too.' },
      { ip: '198.51.100.4' },
    );
    const user = await makeUser(site, 'owner', owner.name);
    owner = { email: user.email, name: owner.name };
    await site.app.listen({ port: 0, host: '127.0.0.1' });
    const address = site.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    const articles = await db
      .selectFrom('articles')
      .select(['id', 'slug', 'title', 'excerpt', 'seo_title', 'seo_description', 'language'])
      .execute();
    crawledPostId = articles.find((a) => a.slug === slug)?.id ?? 0;
    const tags = await db.selectFrom('tags').select(['name', 'description']).execute();
    const users = await db.selectFrom('users').select(['name', 'email', 'bio']).execute();
    const comments = await db
      .selectFrom('comments')
      .select(['author_name', 'author_email', 'author_url', 'user_agent', 'content'])
      .execute();
    const actors = await db.selectFrom('audit_log').select(['actor_name']).distinct().execute();
    const mail = await db.selectFrom('mail_outbox').select(['subject', 'to_address']).execute();
    const settings = await site.services.deps.settings.readAll();
    const months = Array.from({ length: 12 }, (_, m) =>
      new Intl.DateTimeFormat(PSEUDO_LOCALE, { month: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2026, m, 1)),
      ),
    );
    content = [
      ...articles.flatMap((a) => [a.title, a.excerpt, a.seo_title, a.seo_description, a.language]),
      ...tags.flatMap((t) => [t.name, t.description]),
      ...users.flatMap((u) => [u.name, u.email, u.bio]),
      ...comments.flatMap((c) => [c.author_name, c.author_email, c.author_url, c.user_agent, c.content]),
      // Avatars show a commenter's initials.
      ...comments.map((c) =>
        c.author_name
          .split(/\s+/)
          .map((w) => w[0])
          .join(''),
      ),
      ...actors.map((a) => a.actor_name),
      ...mail.flatMap((m) => [m.subject, m.to_address]),
      ...[settings.title, settings.tagline, settings.description, settings.footerText].map(String),
      ...PUBLIC_LEARNING_CURVE.curves.map((c) => c.video.replace(/^Youtube\d+-/, '')),
      languageName(PSEUDO_LOCALE),
      PSEUDO_LOCALE,
      'Pseudo post',
      ...months,
    ]
      .filter((c): c is string => typeof c === 'string' && c.length > 0)
      // Longest first (a title may contain a tag's name).
      .sort((a, b) => b.length - a.length);

    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    page = await context.newPage();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  // Every page of the public crawl's list that a GET opens (its pages after a form post and its
  // mails are server text with no script of their own: the HTTP crawl reads those).
  for (const [name, path] of PUBLIC_CRAWL_PAGES) {
    it(`public ${name}: every string on the live page came through the catalogs`, async () => {
      await open(path);
      await expectTransformed(name);
    });
  }

  it('public article: with the thread, after Reply (the script writes the title) and after Cancel', async () => {
    await open(`/article/${slug}`);
    await expectTransformed('article');
    const parent = page.locator('li.comment', { hasText: 'Ann Reader' }).first();
    await parent.locator('a.reply-link').first().click();
    await expect(parent.locator('#respond').count()).resolves.toBe(1);
    await expect(page.locator('#reply-title .comment-reply-to-name').textContent()).resolves.toBe(
      'Ann Reader',
    );
    await expectTransformed('article after Reply');
    await page.locator('#cancel-comment-reply-link').click();
    await expect(page.locator('#cancel-comment-reply-link').isHidden()).resolves.toBe(true);
    await expectTransformed('article after Cancel');
  });

  it('admin login page, then logging in', async () => {
    await open('/admin/login');
    await expectTransformed('login');
    await page.locator('input[name="email"]').fill(owner.email);
    await page.locator('input[name="password"]').fill(TEST_PASSWORD);
    await page.locator('form button[type="submit"]').first().click();
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'));
  });

  // One page of each admin page kind of the HTTP crawl that a GET opens.
  const adminPages: [string, () => string][] = [
    ['dashboard', () => '/admin'],
    ['profile', () => '/admin/profile'],
    ['settings', () => '/admin/settings'],
    ['comment settings', () => '/admin/settings/comments'],
    ['import/export', () => '/admin/import-export'],
    ['users', () => '/admin/users'],
    ['posts', () => '/admin/posts'],
    ['pages', () => '/admin/pages'],
    ['posts filtered, none found', () => '/admin/posts?status=draft&q=nothing-like-this'],
    ['editor of a post with translations', () => `/admin/posts/${crawledPostId}/edit`],
    ['comment detail', () => `/admin/comments/${commentId}`],
    ['comments, approved', () => '/admin/comments?status=approved'],
    ['mail outbox', () => '/admin/comments/outbox'],
    ['spam dashboard (charts)', () => '/admin/spam'],
    ['media', () => '/admin/media'],
    ['audit log', () => '/admin/audit'],
    ['404', () => '/admin/no-such-page'],
  ];
  for (const [name, path] of adminPages) {
    it(`admin ${name}: every string on the live page came through the catalogs`, async () => {
      await open(path());
      await expectTransformed(name);
    });
  }

  it('admin editor: the autosave status the script writes, then the revisions compared', async () => {
    // Playwright's clock in the page (it runs on as usual), so the autosave's 5-second timer can be
    // brought forward instead of waited for.
    await page.clock.install();
    await open('/admin/posts/new');
    await expectTransformed('new post');
    await page.locator('input[name="title"]').fill('Pseudo post');
    await page.locator('textarea[name="bodyMarkdown"]').fill('Pseudo post');
    // Autosave runs every 5 s: the first one creates the draft and says so.
    await page.clock.runFor(5_000);
    const status = page.locator('[data-autosave-status]');
    await expect
      .poll(async () => (await status.textContent())?.trim() ?? '', { timeout: 20_000, interval: 250 })
      .not.toBe('');
    await expectTransformed('editor after autosave');
    // The next autosave edits the draft (another sentence).
    const before = await status.textContent();
    await page.locator('textarea[name="bodyMarkdown"]').fill('Pseudo post Pseudo post');
    await page.clock.runFor(5_000);
    await expect.poll(async () => status.textContent(), { timeout: 20_000, interval: 250 }).not.toBe(before);
    await expectTransformed('editor after a second autosave');
    // The draft's revisions compared (the autosaves are revisions).
    const draftId = Number(/\/admin\/posts\/(\d+)\/edit/.exec(page.url())?.[1]);
    const revisions = (await site.services.deps.editorial.revisions.list(draftId)).map((r) => r.id);
    expect(revisions.length).toBeGreaterThanOrEqual(2);
    await open(`/admin/posts/${draftId}/revisions?a=${revisions.at(-1)}&b=${revisions[0]}`);
    await expectTransformed('revisions compared');
  });

  it('admin moderation console: keyboard help, a decision notice with Undo, the undo and nothing to undo', async () => {
    await open('/admin/comments?status=pending');
    await expectTransformed('console');
    await page.keyboard.press('?');
    await expect(page.locator('#shortcut-help').getAttribute('open')).resolves.not.toBeNull();
    await expectTransformed('console with the keyboard help');
    await page.keyboard.press('?');
    await page.keyboard.press('j');
    await page.keyboard.press('a');
    await page.locator('li.mod-done').first().waitFor();
    await expect.poll(async () => page.locator('#mod-live').textContent()).not.toBe('');
    await expectTransformed('console after a decision');
    const decided = await page.locator('#mod-live').textContent();
    await page.keyboard.press('z');
    await expect.poll(async () => page.locator('#mod-live').textContent()).not.toBe(decided);
    await expect.poll(async () => page.locator('#mod-live').textContent()).not.toBe('');
    await expectTransformed('console after an undo');
    const undone = await page.locator('#mod-live').textContent();
    await page.keyboard.press('z');
    await expect.poll(async () => page.locator('#mod-live').textContent()).not.toBe(undone);
    await expect.poll(async () => page.locator('#mod-live').textContent()).not.toBe('');
    await expectTransformed('console with nothing to undo');
  });
});
