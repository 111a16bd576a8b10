// What a new site owner does, in headless Chromium: first-run setup, log out, a wrong password,
// log in, change the site title, see it on the public site, log out. axe-core checks the admin
// pages (light and dark, wide and narrow); the main journey runs with JavaScript off.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { chromiumAvailable, launchBrowser } from '../support/browser.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

const EMAIL = 'owner@steppe.test';
const PASSWORD = 'juniper caravan morning 19';

describe.runIf(chromiumAvailable())('the admin in a browser', { timeout: 120_000 }, () => {
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

  it('shows an accessible setup page first', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${base}/admin/login`);
    await page.waitForURL(`${base}/admin/setup`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('sets up the owner, logs out and in, changes a setting the public site then shows, logs out', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);

    await page.goto(`${base}/admin`);
    await page.waitForURL(`${base}/admin/setup`);
    await page.getByLabel('Your name').fill('Saule Owner');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByLabel('Repeat the password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create the owner account' }).click();
    await page.waitForURL(`${base}/admin`);
    await page.getByText('Welcome, Saule Owner!').waitFor();
    expect(await page.locator('nav[aria-label="Admin"] a[aria-current="page"]').textContent()).toBe(
      'Dashboard',
    );

    await page.getByRole('button', { name: 'Log out', exact: true }).click();
    await page.waitForURL(/\/admin\/login\?notice=logged-out$/);
    await page.getByText('You have logged out.').waitFor();
    expect((await page.goto(`${base}/admin/setup`))?.status()).toBe(404);

    await page.goto(`${base}/admin/settings`);
    await page.waitForURL(/\/admin\/login\?next=%2Fadmin%2Fsettings/);
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill('not my password at all');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText('Email or password is incorrect.').waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${base}/admin/settings`);
    expect(await page.locator('nav[aria-label="Admin"] a[aria-current="page"]').textContent()).toBe(
      'Settings',
    );

    await page.getByLabel('Site title').fill('The Steppe Courier');
    await page.getByLabel('Timezone').fill('Asia/Almaty');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();

    await page.goto(`${base}/`);
    expect(await page.title()).toContain('The Steppe Courier');
    expect((await page.locator('.site-title').textContent())?.trim()).toBe('The Steppe Courier');

    await page.goto(`${base}/admin`);
    await page.getByRole('button', { name: 'Log out', exact: true }).click();
    await page.waitForURL(/\/admin\/login/);
    await page.goto(`${base}/admin/settings`);
    await page.waitForURL(/\/admin\/login/);
    await context.close();
  });

  it('has no accessibility violations in dark mode on a narrow screen, and is usable by keyboard', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${base}/admin/login`);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.getByLabel('Email').focus();
    await page.keyboard.type(EMAIL);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/admin`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    for (const path of ['/admin', '/admin/users', '/admin/profile', '/admin/settings', '/admin/audit']) {
      await page.goto(base + path);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await context.close();
  });

  it('imports a WordPress export from the Import/Export page and shows the report', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000); // an import on a busy 2-core machine
    await page.goto(`${base}/admin/login`);
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${base}/admin`);
    await page.goto(`${base}/admin/import-export`);
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByLabel('WordPress export file (.xml)')
      .setInputFiles(new URL('../fixtures/wxr/small-export.xml', import.meta.url).pathname);
    await page.getByLabel(/Teach the spam filter/).check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Import report' }).waitFor();
    const posts = page.locator('tr', { has: page.locator('th[scope="row"]', { hasText: /^posts$/ }) });
    expect(Number(await posts.locator('td').first().textContent())).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
