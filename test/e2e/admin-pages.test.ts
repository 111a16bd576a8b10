// Every admin page in headless Chromium (issue 18): axe finds 0 violations at 390 and 1280 px in
// light and dark mode, the markup the browser holds passes html-validate, and nothing scrolls
// sideways at 360 px. The pages are the owner's navigation (so pages added later are checked too)
// plus the pages behind it: the editor, a comment, the outbox, the spam list, the login page.
// Also: from a fresh login to a published story in at most 3 actions besides typing.
import { AxeBuilder } from '@axe-core/playwright';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../admin/admin-client.ts';
import { firstArticleSlug, postForm, setCommentSettings } from '../comments/helpers.ts';
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

  // Four combinations, two kinds of difference: the width changes the layout, the colour scheme
  // only the colours (admin.css swaps custom properties under prefers-color-scheme). So every axe
  // rule runs at 1280 px light and at 390 px dark (each width's layout once, each scheme once),
  // and the colour rules alone at the two other combinations. Half the axe work of running every
  // rule four times, and nothing a colour or width change can break goes unchecked.
  const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
  const combos = [
    { width: 1280, scheme: 'light', rules: 'all' },
    { width: 390, scheme: 'dark', rules: 'all' },
    { width: 390, scheme: 'light', rules: 'colour' },
    { width: 1280, scheme: 'dark', rules: 'colour' },
  ] as const;
  for (const { width, scheme, rules } of combos)
    it(`axe finds nothing at ${width} px, ${scheme} (${rules === 'all' ? 'every rule' : 'colour rules'})`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      const problems: string[] = [];
      await page.goto(`${base}/admin/login`);
      for (const path of ['login', ...pages]) {
        if (path !== 'login') await page.goto(`${base}${path}`);
        const axe = new AxeBuilder({ page });
        if (rules === 'colour') axe.withRules(COLOUR_RULES);
        const results = await axe.analyze();
        for (const v of results.violations)
          problems.push(`${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        if (path === 'login') await logIn(page);
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
