// What an editor does, in headless Chromium: log in, upload an image, write a post in Markdown,
// preview it (live and with the button), schedule it, see it appear on the public site when the
// injected clock reaches its time, edit it, restore a revision, log out.
import sharp from 'sharp';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../admin/admin-client.ts';
import { axeViolations } from '../support/axe.ts';
import { chromiumAvailable, launchBrowser } from '../support/browser.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

describe.runIf(chromiumAvailable())('the editor in a browser', () => {
  let site: TestSite;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    site = await createTestSite('sqlite', { siteUrl: 'http://127.0.0.1:0' });
    await makeUser(site, 'owner');
    await site.app.listen({ port: 0, host: '127.0.0.1' });
    const address = site.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('writes, previews, schedules, publishes on time, edits and restores a revision', async () => {
    const editor = await makeUser(site, 'editor', 'Dana Editor');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();

    await page.goto(`${base}/admin/login`);
    await page.getByLabel('Email').fill(editor.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${base}/admin`);

    // Upload an image in the media library (a plain file field).
    const photo = await sharp({ create: { width: 1000, height: 500, channels: 3, background: '#c05a28' } })
      .jpeg()
      .toBuffer();
    await page.goto(`${base}/admin/media`);
    await page.getByLabel('Image description (alt text)').fill('Red dunes');
    await page
      .getByLabel('Image', { exact: true })
      .setInputFiles({ name: 'dunes.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByText('Uploaded. Its address is').waitFor();
    const src = (await page.locator('.notice--success code').textContent())!;
    expect(await axeViolations(page)).toEqual([]);
    expect(src).toMatch(/^\/media\/[a-f0-9]{16}-1000w\.jpg$/);

    // Write the post; the live preview renders as we type. The page's clock is Playwright's (it
    // runs on as usual) so that the autosave's 5-second timer can be brought forward below.
    await page.clock.install();
    await page.goto(`${base}/admin/posts/new`);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#f-title').fill('Dunes at dawn');
    const body = page.locator('#f-bodyMarkdown');
    await body.fill(`The dunes **glow** at dawn.\n\n![Red dunes](${src})`);
    await page.locator('[data-preview-target] strong', { hasText: 'glow' }).waitFor();
    // Autosave creates the draft within a few seconds and the form switches to editing it.
    await page.clock.runFor(5_000);
    await page.waitForURL(/\/admin\/posts\/\d+\/edit$/, { timeout: 15_000 });
    await page.getByText(/Saved as a draft at/).waitFor();
    await page.locator('#f-tags').fill('Travel');
    await page.locator('#f-featureImageSrc').fill(src);
    await page.locator('#f-featureImageAlt').fill('Red dunes under a pale sky');

    // The Preview button renders on the server and keeps every field.
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await page.locator('[data-preview-target] img[srcset]').waitFor();
    expect(await page.locator('#f-title').inputValue()).toBe('Dunes at dawn');

    // Schedule for tomorrow 09:00 in the site timezone (UTC here).
    await page.locator('#f-scheduleDate').fill('2026-11-27');
    await page.locator('#f-scheduleTime').fill('09:00');
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await page.getByText('Scheduled.').waitFor();
    const editUrl = page.url();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${base}/admin/posts`);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(editUrl);

    const publicPage = await context.newPage();
    expect((await publicPage.goto(`${base}/article/dunes-at-dawn`))?.status()).toBe(404);

    // Time passes; the scheduler publishes it.
    site.clock.set('2026-11-27T09:00:30Z');
    await site.services.jobs.find((j) => j.name === 'publish-scheduled')!.run();
    expect((await publicPage.goto(`${base}/article/dunes-at-dawn`))?.status()).toBe(200);
    await publicPage.locator('.article-body strong', { hasText: 'glow' }).waitFor();
    expect(await publicPage.locator('.article-figure img').getAttribute('srcset')).toContain('480w');

    // The next morning the session has gone idle: log in again and land back in the editor.
    await page.goto(editUrl);
    await page.waitForURL(/\/admin\/login\?next=/);
    await page.getByLabel('Email').fill(editor.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(editUrl);

    // Edit the live post.
    await page.locator('#f-bodyMarkdown').fill('The dunes are silent tonight.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Published.').waitFor();
    await publicPage.goto(`${base}/article/dunes-at-dawn`);
    await publicPage.locator('.article-body', { hasText: 'The dunes are silent tonight.' }).waitFor();
    // Nobody wrote an excerpt: the standfirst follows the body.
    expect(await publicPage.locator('.article-standfirst').textContent()).toBe(
      'The dunes are silent tonight.',
    );

    // Restore the first revision.
    await page.getByRole('link', { name: 'Compare and restore revisions' }).click();
    await page.getByRole('heading', { name: /Revisions of/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('button', { name: /^Restore/ })
      .last()
      .click();
    await page.getByText('Revision restored.').waitFor();
    await publicPage.goto(`${base}/article/dunes-at-dawn`);
    await publicPage.locator('.article-body strong', { hasText: 'glow' }).waitFor();

    await page.getByRole('button', { name: 'Log out', exact: true }).click();
    await page.waitForURL(/\/admin\/login/);
    expect((await page.goto(`${base}/admin/posts`))?.url()).toMatch(/\/admin\/login/);
    await context.close();
  }, 180_000);
});
