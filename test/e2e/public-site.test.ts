// What a reader does, in headless Chromium: open the home page, follow an article, search in
// Chinese, use "Back to top" with keyboard and mouse (with and without JavaScript), and axe-core
// finds no accessibility violations on the main pages in light and dark mode.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { chromiumAvailable, launchBrowser } from '../support/browser.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

describe.runIf(chromiumAvailable())('the public site in a browser', () => {
  let site: TestSite;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    site = await createTestSite('sqlite', { siteUrl: 'http://127.0.0.1:0' });
    await site.app.listen({ port: 0, host: '127.0.0.1' });
    const address = site.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function open(
    path: string,
    options: {
      javaScriptEnabled?: boolean;
      colorScheme?: 'light' | 'dark';
      reducedMotion?: 'reduce' | 'no-preference';
    } = {},
  ): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
    const page = await context.newPage();
    await page.goto(base + path);
    return page;
  }

  it('opens the home page and follows an article', async () => {
    const page = await open('/');
    await expect(page.title()).resolves.toContain('Silk Road Dispatch');
    const firstHeadline = page.locator('main h2 a').first();
    const headline = (await firstHeadline.textContent())?.trim() ?? '';
    await firstHeadline.click();
    await page.waitForURL(/\/article\//);
    expect((await page.locator('h1').textContent())?.trim()).toBe(headline);
    await page.context().close();
  });

  it('searches in Chinese from the search box', async () => {
    const page = await open('/');
    await page.getByRole('searchbox').first().fill('中亚');
    await page.getByRole('searchbox').first().press('Enter');
    await page.waitForURL(/\/search\?q=/);
    await expect(page.locator('mark').first().textContent()).resolves.toBe('中亚');
    await page.locator('main a[href="/article/zhongya-hezuo-cong-xian-dao-asitana"]').first().click();
    await page.waitForURL(/zhongya-hezuo/);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    await page.context().close();
  });

  it('"Back to top" appears after scrolling and works with mouse and keyboard', async () => {
    const page = await open('/article/china-kazakhstan-oil-pipeline-two-decades', {
      viewport: undefined,
    } as never);
    const link = page.locator('a.back-to-top');
    await expect(link.isVisible()).resolves.toBe(false);
    await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
    await link.waitFor({ state: 'visible' });
    await link.click();
    await page.waitForFunction(() => window.scrollY === 0);

    await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
    await link.waitFor({ state: 'visible' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.scrollY === 0);
    const focused = await page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);
    expect(focused).toBe('top');
    await page.context().close();
  });

  it('"Back to top" is a visible, working link without JavaScript', async () => {
    const page = await open('/article/china-kazakhstan-oil-pipeline-two-decades', {
      javaScriptEnabled: false,
    });
    const link = page.locator('a.back-to-top');
    await expect(link.getAttribute('href')).resolves.toBe('#top');
    await link.scrollIntoViewIfNeeded();
    await expect(link.isVisible()).resolves.toBe(true);
    expect((await page.locator('#top').boundingBox())!.y).toBeLessThan(0);
    await link.click();
    await page.waitForURL(/#top$/);
    // Smooth scrolling (no reduced-motion preference) takes a moment to land; scripts are off,
    // so poll the layout from outside the page.
    await expect
      .poll(async () => (await page.locator('#top').boundingBox())!.y, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(0);
    await page.context().close();
  });

  it('scrolls smoothly only when the reader has not asked for reduced motion', async () => {
    const smooth = await open('/', { reducedMotion: 'no-preference' });
    const reduced = await open('/', { reducedMotion: 'reduce' });
    const behaviour = (p: Page) =>
      p.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    expect(await behaviour(smooth)).toBe('smooth');
    expect(await behaviour(reduced)).toBe('auto');
    await smooth.context().close();
    await reduced.context().close();
  });

  const pages: [string, string][] = [
    ['home', '/'],
    ['article', '/article/china-kazakhstan-oil-pipeline-two-decades'],
    ['Chinese article', '/article/zhongya-hezuo-cong-xian-dao-asitana'],
    ['tag', '/tag/energy'],
    ['search', '/search?q=pipeline'],
    ['404', '/article/no-such-story'],
  ];
  // Each page is loaded once and checked in light, then in dark (emulated on the same page: the
  // scheme only swaps theme.css's custom properties, and site.js does not read it).
  it.each(pages)('axe finds no violations on the %s page, light and dark', async (_name, path) => {
    const page = await open(path, { colorScheme: 'light' });
    const light = await axeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await axeViolations(page);
    expect({ light, dark }).toEqual({ light: [], dark: [] });
    await page.context().close();
  });

  it('makes no requests to any other host', async () => {
    const page = await (await browser.newContext()).newPage();
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));
    for (const path of ['/', '/article/china-kazakhstan-oil-pipeline-two-decades', '/search?q=trade']) {
      await page.goto(base + path);
      await page.waitForLoadState('networkidle');
    }
    expect([...hosts]).toEqual([new URL(base).host]);
    await page.context().close();
  });
});
