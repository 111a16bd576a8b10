// Commenting in headless Chromium: post with JavaScript off and on, reply (the form moves under
// the comment), the awaiting-moderation notice, the IME Enter guard, moderating with the
// keyboard in the console and seeing the comment published, and no dialog from XSS payloads.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../admin/admin-client.ts';
import { formTokenFor, setCommentSettings } from '../comments/helpers.ts';
import { XSS_PAYLOADS } from '../comments/xss-payloads.ts';
import { chromiumAvailable, launchBrowser } from '../support/browser.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

// Browser steps on a busy 2-core machine: 90 s per test (the depth-limit test took 16 s alone, 30+ at load 9).
describe.runIf(chromiumAvailable())('comments in a browser', { timeout: 90_000 }, () => {
  let site: TestSite;
  let browser: Browser;
  let base: string;
  let articlePath: string;

  beforeAll(async () => {
    site = await createTestSite('sqlite', {
      siteUrl: 'http://127.0.0.1:0',
      env: { COMMENT_FLOOD_SECONDS: '0' },
    });
    await site.app.listen({ port: 0, host: '127.0.0.1' });
    const address = site.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchBrowser();
    const home = await site.app.inject({ url: '/' });
    articlePath = /href="(\/article\/[^"#?]+)"/.exec(home.body)![1]!;
    // Rendering, replies and escaping, not the spam filter (test/spam covers it): shadow mode
    // records its verdicts and blocks nothing.
    await setCommentSettings(site, { commentsHoldFirstTime: false, spamShadowMode: true });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function open(path: string, javaScriptEnabled = true): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(base + path);
    return page;
  }

  async function fillForm(page: Page, text: string, name: string, email: string) {
    await page.locator('#comment').fill(text);
    await page.locator('#author').fill(name);
    await page.locator('#email').fill(email);
  }

  it('posts a comment with JavaScript off and lands on it', async () => {
    const page = await open(articlePath, false);
    await fillForm(page, 'Posted without JavaScript', 'Nojs Reader', 'nojs@example.com');
    await page.getByRole('button', { name: 'Post Comment' }).click();
    await page.waitForURL(/#comment-\d+$/);
    const id = /#(comment-\d+)$/.exec(page.url())![1]!;
    await expect(page.locator(`#${id} .comment-content`).textContent()).resolves.toContain(
      'Posted without JavaScript',
    );
    await page.context().close();
  });

  it('replies with JavaScript on: the form moves under the comment and the reply nests', async () => {
    const page = await open(articlePath);
    const parent = page.locator('li.comment', { hasText: 'Posted without JavaScript' }).first();
    await parent.getByRole('link', { name: /Reply to Nojs Reader/ }).click();
    await expect(parent.locator('#respond').count()).resolves.toBe(1);
    await expect(page.locator('#reply-title').textContent()).resolves.toContain(
      'Leave a Reply to Nojs Reader',
    );
    await expect(page.locator('#cancel-comment-reply-link').isVisible()).resolves.toBe(true);
    await fillForm(page, 'A reply with JavaScript', 'Js Reader', 'js@example.com');
    await page.getByRole('button', { name: 'Post Comment' }).click();
    await page.waitForURL(/#comment-\d+$/);
    const reply = page.locator('li.comment.depth-2', { hasText: 'A reply with JavaScript' });
    await expect(reply.count()).resolves.toBe(1);
    await page.context().close();
  });

  it('replies without JavaScript through ?replyto', async () => {
    const page = await open(articlePath, false);
    await page
      .locator('li.comment', { hasText: 'Posted without JavaScript' })
      .first()
      .getByRole('link', { name: /Reply to/ })
      .first()
      .click();
    await page.waitForURL(/replyto=\d+#respond$/);
    await expect(page.locator('#reply-title').textContent()).resolves.toContain(
      'Leave a Reply to Nojs Reader',
    );
    await page.context().close();
  });

  it('shows a held comment only to its author, with the awaiting-moderation notice', async () => {
    await setCommentSettings(site, { commentsHoldAll: true });
    const page = await open(articlePath);
    await fillForm(page, 'Waiting for a moderator', 'Held Reader', 'held@example.com');
    await page.getByRole('button', { name: 'Post Comment' }).click();
    await page.waitForURL(/#comment-\d+$/);
    await expect(page.getByText('Your comment is awaiting moderation.').isVisible()).resolves.toBe(true);
    const stranger = await open(articlePath);
    await expect(stranger.getByText('Waiting for a moderator').count()).resolves.toBe(0);
    await stranger.context().close();
    await page.context().close();
    await setCommentSettings(site, { commentsHoldAll: false });
  });

  it('does not submit on Enter while an IME composition is active', async () => {
    const page = await open(articlePath);
    const name = page.locator('#author');
    await name.click();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
    const prevented = await name.evaluate((el) => {
      el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: 'にほん' }));
      const composing = new KeyboardEvent('keydown', {
        key: 'Enter',
        keyCode: 229,
        isComposing: true,
        bubbles: true,
        cancelable: true,
      });
      el.dispatchEvent(composing);
      const plain = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
      el.dispatchEvent(plain);
      return { composing: composing.defaultPrevented, plain: plain.defaultPrevented };
    });
    expect(prevented).toEqual({ composing: true, plain: false });
    await cdp.send('Input.insertText', { text: '' });
    expect(page.url()).toBe(base + articlePath);
    await page.context().close();
  });

  it('moderates with the keyboard in the console and the comment is published', async () => {
    await setCommentSettings(site, { commentsHoldAll: true });
    const reader = await open(articlePath);
    await fillForm(reader, 'Approve me with the keyboard', 'Key Reader', 'key@example.com');
    await reader.getByRole('button', { name: 'Post Comment' }).click();
    await reader.waitForURL(/#comment-\d+$/);
    await reader.context().close();
    await setCommentSettings(site, { commentsHoldAll: false });

    const owner = await makeUser(site, 'owner', 'Keyboard Owner');
    const page = await open('/admin/login');
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: /log in/i }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'));
    await page.goto(`${base}/admin/comments?status=pending`);
    await expect(page.getByText('Approve me with the keyboard').count()).resolves.toBe(1);
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).resolves.toBe(false);
    await page.keyboard.press('j');
    // The decision is taken without a reload: wait for its note, not for a URL.
    await page.keyboard.press('a');
    // The note in the list (the status region says the same words for screen readers).
    await page.locator('li.mod-done', { hasText: 'Approved: the comment by Key Reader.' }).waitFor();
    const anon = await open(articlePath);
    await expect(anon.getByText('Approve me with the keyboard').count()).resolves.toBe(1);
    await anon.context().close();
    await page.context().close();
  });

  it('at the depth limit: no Reply link; a reply sent anyway says whom it answers, with and without JS', async () => {
    const home = await site.app.inject({ url: '/' });
    const other = [...home.body.matchAll(/href="(\/article\/[^"#?]+)"/g)].map((m) => m[1]!)[1]!;
    await setCommentSettings(site, { commentsThreadDepth: 2 });
    try {
      // With JavaScript: a reply to a top-level comment lands at depth 2, the limit.
      const first = await open(other);
      await fillForm(first, 'Top of a short thread', 'Tess Top', 'tess@example.com');
      await first.getByRole('button', { name: 'Post Comment' }).click();
      await first.waitForURL(/#comment-\d+$/);
      const top = /#comment-(\d+)$/.exec(first.url())![1]!;
      await first
        .locator(`#comment-${top} > article`)
        .getByRole('link', { name: /Reply to Tess Top/ })
        .click();
      await fillForm(first, 'At the deepest level', 'Lev Limit', 'lev@example.com');
      await first.getByRole('button', { name: 'Post Comment' }).click();
      await first.waitForURL(/#comment-\d+$/);
      const deepest = /#comment-(\d+)$/.exec(first.url())![1]!;
      await expect(first.locator(`#comment-${deepest}`).getAttribute('class')).resolves.toContain('depth-2');
      await expect(first.locator(`#comment-${deepest} .reply-link`).count()).resolves.toBe(0);
      await first.context().close();

      // Without JavaScript, through a hand-made ?replyto (or a page from before the limit changed).
      const nojs = await open(`${other}?replyto=${deepest}#respond`, false);
      await expect(nojs.locator('#reply-title').textContent()).resolves.toContain(
        'Leave a Reply to Lev Limit',
      );
      await fillForm(nojs, 'Beyond the limit', 'Bea Beyond', 'bea@example.com');
      await nojs.getByRole('button', { name: 'Post Comment' }).click();
      await nojs.waitForURL(/#comment-\d+$/);
      const beyond = /#comment-(\d+)$/.exec(nojs.url())![1]!;
      await nojs.context().close();

      for (const javaScriptEnabled of [false, true]) {
        const page = await open(other, javaScriptEnabled);
        const item = page.locator(`#comment-${beyond}`);
        await expect(item.getAttribute('class')).resolves.toContain('depth-2');
        await expect(item.locator('.comment-reply').count()).resolves.toBe(0);
        const link = item.locator('.comment-in-reply-to a');
        await expect(item.locator('.comment-in-reply-to').textContent()).resolves.toBe(
          'In reply to Lev Limit',
        );
        await link.click();
        await page.waitForURL(new RegExp(`#comment-${deepest}$`));
        await expect(page.locator(`#comment-${deepest}:target`).count()).resolves.toBe(1);
        await page.context().close();
      }
    } finally {
      await setCommentSettings(site, { commentsThreadDepth: 5 });
    }
  });

  it('opens no dialog for XSS payloads as name, website and comment', async () => {
    const dialogs: string[] = [];
    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      // Each from its own reader's address with the form's token, as a browser sends it: the
      // payloads must reach the page, not the spam folder.
      await site.app.inject({
        method: 'POST',
        url: `${articlePath}/comments`,
        remoteAddress: `198.51.100.${10 + i}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          comment: `${payload} (${i})`,
          author: payload.slice(0, 90),
          email: `xss${i}@example.com`,
          url: payload.startsWith('http') ? payload : 'https://x.example/?q=<script>alert(1)</script>',
          formToken: formTokenFor(site.app),
        }).toString(),
      });
    }
    const page = await open(articlePath);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.waitForLoadState('load');
    await expect(
      page.locator('li.comment', { hasText: '<script>alert(1)</script> (0)' }).count(),
    ).resolves.toBe(1);
    for (const link of await page.locator('.comment-content a, .comment-author a').all()) {
      expect(await link.getAttribute('href')).toMatch(/^https?:/);
    }
    expect(dialogs).toEqual([]);
    await page.context().close();
  });
});
