// The spam explanation in the moderation console, in headless Chromium: a comment caught by the
// filter shows its verdict and reasons, and a reason link filters the list.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../admin/admin-client.ts';
import { firstArticleSlug, postForm } from '../comments/helpers.ts';
import { chromiumAvailable, launchBrowser } from '../support/browser.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

describe.runIf(chromiumAvailable())('spam reasons in the console, in a browser', () => {
  let site: TestSite;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    site = await createTestSite('sqlite', { siteUrl: 'http://127.0.0.1:0' });
    await site.app.listen({ port: 0, host: '127.0.0.1' });
    const address = site.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('shows the verdict and its reasons, and filters by a reason', async () => {
    const slug = await firstArticleSlug(site.app);
    site.clock.advance(60_000);
    const posted = await postForm(
      site.app,
      slug,
      {
        comment: 'Great read. More at http://bit.ly/a1 and http://bit.ly/a2',
        author: 'Promo',
        email: 'p@example.com',
      },
      { ip: '192.0.2.90' },
    );
    expect(posted.statusCode).toBe(303);
    const owner = await makeUser(site, 'owner', 'Spam Owner');
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/admin/login`);
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: /log in/i }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'));
    await page.goto(`${base}/admin/comments?status=spam`);
    const verdict = page.locator('.comment-spam-verdict').first();
    await expect(verdict.isVisible()).resolves.toBe(true);
    const text = await verdict.innerText();
    expect(text).toMatch(/Spam filter: spam/);
    expect(text).toMatch(/2 links to a URL shortener/);
    await verdict.getByRole('link', { name: /URL shortener/ }).click();
    await page.waitForURL(/reason=url-shortener/);
    await expect(page.getByText('Great read. More at').count()).resolves.toBe(1);
    await context.close();
  }, 120_000);
});
