// Every admin page in headless Chromium (issue 18): axe finds 0 violations at 390 and 1280 px in
// light and dark mode, the markup the browser holds passes html-validate, and nothing scrolls
// sideways at 360 px. The pages are the owner's navigation (so pages added later are checked too)
// plus the pages behind it: the editor, a comment, the outbox, the spam list, the login page.
// Also: from a fresh login to a published story in at most 3 actions besides typing.
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../admin/admin-client.ts';
import { firstArticleSlug, postForm, setCommentSettings } from '../comments/helpers.ts';
import { axeViolations } from '../support/axe.ts';
import { chromiumAvailable, launchBrowser } from '../support/browser.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

describe.runIf(chromiumAvailable())('admin pages in a browser', () => {
  let site: TestSite;
  let browser: Browser;
  let base: string;
  let email: string;
  let pages: string[] = [];

  async function logIn(page: Page, as = email): Promise<void> {
    await page.goto(`${base}/admin/login`);
    await page.getByLabel('Email').fill(as);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: /log in/i }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'));
  }

  beforeAll(async () => {
    site = await createTestSite('sqlite', {
      siteUrl: 'http://127.0.0.1:0',
      env: { COMMENT_FLOOD_SECONDS: '0' },
    });
    await site.app.listen({ port: 0, host: '127.0.0.1' });
    const address = site.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    email = (await makeUser(site, 'owner', 'Page Owner')).email;
    const slug = await firstArticleSlug(site.app);
    await setCommentSettings(site, { commentsHoldAll: true });
    for (const [i, comment] of [
      'A question about the figures.',
      'Great read. More at http://bit.ly/a1 and http://bit.ly/a2',
    ].entries()) {
      site.clock.advance(60_000);
      await postForm(
        site.app,
        slug,
        { comment, author: `Reader${i}`, email: `reader${i}@example.com` },
        { ip: `192.0.2.${i + 1}` },
      );
    }
    browser = await launchBrowser();
    const page = await browser.newPage();
    await logIn(page);
    const nav = await page.$$eval('nav.admin-nav a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    await page.goto(`${base}/admin/comments?status=pending`);
    const comment = await page.getAttribute('li.mod-item', 'data-comment-id');
    await page.goto(`${base}/admin/posts`);
    const edit = await page.getAttribute('a[href$="/edit"]', 'href');
    await page.close();
    pages = [
      ...nav,
      '/admin/posts/new',
      edit!,
      '/admin/comments?status=spam',
      `/admin/comments/${comment}`,
      '/admin/comments/outbox',
    ];
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  // Every axe rule at 390 and 1280 px, light and dark. The width changes the layout and, through
  // the fluid type scale (theme.css --step-2 and up), the font sizes the contrast thresholds depend
  // on; the colour scheme changes the colours (custom properties under prefers-color-scheme). Each
  // page is loaded once and the four combinations are set on it (viewport size, emulated media):
  // CSS media queries apply live, and no admin script reads the width or the scheme. So axe is
  // injected once per page and runs four times on it, instead of the page being loaded and axe
  // injected (and, with AxeBuilder, a blank page opened) for every combination: every rule at
  // every combination now costs less than half of what two full and two colour-only passes did.
  const COMBINATIONS = [
    { width: 1280, scheme: 'light' },
    { width: 1280, scheme: 'dark' },
    { width: 390, scheme: 'dark' },
    { width: 390, scheme: 'light' },
  ] as const;
  it('axe finds nothing on any page at 390 and 1280 px, in light and dark (every rule)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of ['/admin/login', ...pages]) {
      await page.goto(`${base}${path}`);
      for (const { width, scheme } of COMBINATIONS) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        for (const v of await axeViolations(page)) problems.push(`${path} at ${width} px, ${scheme}: ${v}`);
      }
      if (path === '/admin/login') await logIn(page);
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);

  it('html-validate passes on the markup of every page, and nothing scrolls sideways at 360 px', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await logIn(page);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const path of pages) {
      const res = await page.goto(`${base}${path}`);
      const report = await validator.validateString(await res!.text(), `${path}.html`);
      for (const r of report.results)
        for (const m of r.messages) problems.push(`${path}: ${m.ruleId} ${m.message}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) problems.push(`${path}: scrolls ${overflow} px sideways at 360 px`);
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);

  it('publishes a story from a fresh login in at most 3 actions besides typing', async () => {
    const editor = await makeUser(site, 'editor', 'Quick Editor');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logIn(page, editor.email); // lands on the dashboard
    let actions = 0;
    await page.getByRole('link', { name: 'Write a story' }).click();
    actions += 1;
    await page.locator('#f-title').fill('Night trains return to the valley');
    await page.locator('#f-bodyMarkdown').fill('The first **night train** in a decade left at 22:10.');
    await page.getByRole('button', { name: 'Publish now' }).click();
    actions += 1;
    await page.waitForURL(/\/edit$/);
    expect(actions).toBeLessThanOrEqual(3);
    const published = await site.services.deps.articles.findPublishedBySlug(
      'post',
      'night-trains-return-to-the-valley',
      site.clock.now(),
    );
    expect(published?.title).toBe('Night trains return to the valley');
    console.info(`publishing: ${actions} actions from the dashboard to a published story`);
    await context.close();
  }, 120_000);
});
