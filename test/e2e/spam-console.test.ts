// The spam explanation in the moderation console, in headless Chromium: a comment caught by the
// filter shows its verdict and reasons, and a reason link filters the list. Then the spam pages
// (/admin/spam, a created key, a refused list, the spam list, a reason's filter, the comment)
// for a user whose admin language is Russian or Chinese: that language's words, lang on <html>,
// and axe-core finds no violations (issue 16).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../admin/admin-client.ts';
import { firstArticleSlug, postForm } from '../comments/helpers.ts';
import { axeViolations } from '../support/axe.ts';
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
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function logIn(page: Page, email: string): Promise<void> {
    await page.goto(`${base}/admin/login`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: /log in/i }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'));
  }

  it('shows the verdict and its reasons, and filters by a reason', async () => {
    const owner = await makeUser(site, 'owner', 'Spam Owner');
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await logIn(page, owner.email);
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

  /** Words each spam page must show in the admin language (from its catalog). */
  const WANT = {
    ru: {
      heading: 'Защита от спама',
      newKey: 'Новый ключ (показывается один раз',
      refused: 'Список не добавлен. Проверьте',
      weight: 'вес (число от −10 до 10)',
      verdict: 'Спам-фильтр:',
      reason: '2 ссылки на сервис коротких ссылок',
    },
    'zh-Hans': {
      heading: '垃圾评论防护',
      newKey: '新密钥（仅显示一次',
      refused: '名单未添加。请检查',
      weight: '权重（−10 到 10 之间的数字）',
      verdict: '垃圾评论过滤器：',
      reason: '2 个指向短网址服务的链接',
    },
  } as const;

  for (const [language, want] of Object.entries(WANT))
    it(`the spam pages in ${language}: the admin language's words, lang and 0 axe violations`, async () => {
      const owner = await makeUser(site, 'owner', `Spam Owner ${language}`);
      const profile = { name: owner.name, bio: owner.bio, notifications: owner.notifications };
      await site.services.deps.accounts.users.updateProfile(
        owner.id,
        { ...profile, adminLanguage: language },
        site.clock.now(),
      );
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await logIn(page, owner.email);
      const problems: string[] = [];
      const check = async (label: string, words: string[]) => {
        expect(await page.locator('html').getAttribute('lang'), `${label}: lang`).toBe(language);
        const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
        for (const w of words) expect(text, `${label}: ${w}`).toContain(w);
        // Any element marked with another language carries a tag Intl knows.
        for (const tag of await page
          .locator('body [lang]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('lang') ?? '')))
          expect(() => Intl.getCanonicalLocales(tag), `${label}: lang="${tag}"`).not.toThrow();
        for (const v of await axeViolations(page)) problems.push(`${label}: ${v}`);
      };
      await page.goto(`${base}/admin/spam`);
      await check('dashboard', [want.heading]);
      // A key created: the page that shows it once.
      await page.locator('#key-label').fill(`Sister site ${language}`);
      await Promise.all([page.waitForLoadState('load'), page.locator('.spam-key-form button').click()]);
      await page.locator('#new-api-key').waitFor();
      await check('new key', [want.heading, want.newKey]);
      // A refused reputation list (the browser's own checks off so the server's rules show).
      await page.goto(`${base}/admin/spam`);
      await page.locator('.spam-list-form').evaluate((f) => ((f as HTMLFormElement).noValidate = true));
      await page.locator('#list-location').fill('https://lists.example/bad.txt');
      await page.locator('.spam-list-form [name="name"]').fill(`bad-${language}`);
      await page.locator('.spam-list-form [name="weight"]').fill('99');
      await Promise.all([
        page.waitForURL(/\/admin\/spam/),
        page.locator('.spam-list-form button[type="submit"]').click(),
      ]);
      await check('refused list', [want.refused, want.weight]);
      await page.goto(`${base}/admin/comments?status=spam`);
      await check('spam list', [want.verdict, want.reason]);
      const reason = page.locator('.comment-spam-verdict a[href*="reason=url-shortener"]').first();
      await Promise.all([page.waitForURL(/reason=url-shortener/), reason.click()]);
      await check('reason filter', [want.verdict, want.reason]);
      const id = await page.getAttribute('li.mod-item', 'data-comment-id');
      await page.goto(`${base}/admin/comments/${id}`);
      await check('spam comment', [want.verdict, want.reason]);
      expect(problems).toEqual([]);
      await context.close();
    }, 180_000);
});
