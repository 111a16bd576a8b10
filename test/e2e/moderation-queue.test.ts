// Clearing the comment queue in headless Chromium, counted by the test (issue 18): 20 pending
// comments (half spam, half genuine) on a 390 px phone with one tap per comment, then one Undo and
// the decision again (+2); the same with the keyboard on a desktop. Each decision is taken without
// a page load, the next comment takes focus, and the database ends with every comment where the
// moderator put it. Without JavaScript the buttons still decide, and the flash offers Undo.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../admin/admin-client.ts';
import { commentIdOf, firstArticleSlug, postForm, setCommentSettings } from '../comments/helpers.ts';
import { chromiumAvailable, launchBrowser } from '../support/browser.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

const GENUINE = [
  'The council vote on the library hours was closer than the article suggests.',
  'My daughter takes that bus every morning; the new timetable helps.',
  'Could you add the source for the rainfall figures?',
  'Thank you for covering the school budget in such detail.',
  'The photo caption names the wrong bridge, it is the old one.',
  'I was at the meeting and the mayor said something different.',
  'Good piece. The map of the new cycle lanes is very useful.',
  'Is there a recording of the debate anywhere?',
  'We need more reporting like this on the housing waiting list.',
  'The interview with the nurses was moving. Thank you.',
];
const spam = (n: number) => `Best cheap replica watches http://bit.ly/rw${n} http://bit.ly/rx${n} order now`;

describe.runIf(chromiumAvailable())('clearing the moderation queue in a browser', () => {
  let site: TestSite;
  let browser: Browser;
  let base: string;
  let slug: string;

  beforeAll(async () => {
    site = await createTestSite('sqlite', {
      siteUrl: 'http://127.0.0.1:0',
      env: { COMMENT_FLOOD_SECONDS: '0' },
    });
    await site.app.listen({ port: 0, host: '127.0.0.1' });
    const address = site.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    slug = await firstArticleSlug(site.app);
    await setCommentSettings(site, { commentsHoldAll: true, spamShadowMode: true });
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** 20 pending comments, spam and genuine interleaved; returns id → expected status. */
  async function fillQueue(tag: string): Promise<Map<number, 'approved' | 'spam'>> {
    const expected = new Map<number, 'approved' | 'spam'>();
    for (let i = 0; i < 10; i += 1) {
      for (const [text, status] of [
        [`${GENUINE[i]} (${tag})`, 'approved'],
        [`${spam(i)} ${tag}`, 'spam'],
      ] as const) {
        site.clock.advance(60_000);
        const res = await postForm(
          site.app,
          slug,
          { comment: text, author: `Reader ${tag}${i}${status}`, email: `r${tag}${i}${status}@example.com` },
          { ip: `198.51.100.${i + 1}` },
        );
        expected.set(commentIdOf(res), status);
      }
    }
    return expected;
  }

  async function logIn(options: BrowserContextOptions): Promise<Page> {
    const owner = await makeUser(site, 'owner', 'Queue Owner');
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(`${base}/admin/login`);
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: /log in/i }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'));
    await page.goto(`${base}/admin/comments`);
    // A marker that a page load would wipe: decisions must not reload the page.
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    return page;
  }

  const visibleItems = (page: Page) => page.locator('li.mod-item:visible');
  const statuses = async (ids: number[]) =>
    Promise.all(ids.map(async (id) => (await site.services.deps.comments.comments.findById(id))!.status));
  const decisionFor = async (page: Page, id: string, expected: Map<number, string>) =>
    expected.get(Number(id)) === 'spam' ? 'spam' : 'approve';

  it('on a 390 px phone: one tap per comment, one Undo and the decision again', async () => {
    const expected = await fillQueue('p');
    const page = await logIn({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    let taps = 0;
    const started = Date.now();
    let lastId = '';
    while ((await visibleItems(page).count()) > 0) {
      const item = visibleItems(page).first();
      const id = (await item.getAttribute('data-comment-id'))!;
      const action = await decisionFor(page, id, expected);
      await item.locator(`button[data-action="${action}"]`).tap();
      taps += 1;
      await page.locator(`li.mod-item[data-comment-id="${id}"]`).waitFor({ state: 'hidden' });
      // The next comment takes focus (or the "all decided" note once the page is clear).
      const focused = await page.evaluate(
        () => document.activeElement?.getAttribute('data-comment-id') ?? document.activeElement?.id,
      );
      if ((await visibleItems(page).count()) > 0)
        expect(focused).toBe(await visibleItems(page).first().getAttribute('data-comment-id'));
      else expect(focused).toBe('mod-cleared');
      lastId = id;
    }
    const elapsed = Date.now() - started;
    // Undo the last decision with one tap, then take it again with one tap.
    await page.locator('li.mod-done').last().getByRole('button', { name: 'Undo' }).tap();
    taps += 1;
    const restored = page.locator(`li.mod-item[data-comment-id="${lastId}"]`);
    await restored.waitFor({ state: 'visible' });
    expect((await statuses([Number(lastId)]))[0]).toBe('pending');
    await restored.locator(`button[data-action="${await decisionFor(page, lastId, expected)}"]`).tap();
    taps += 1;
    await restored.waitFor({ state: 'hidden' });
    expect(taps).toBeLessThanOrEqual(expected.size + 2);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    // Nothing lost: every comment is where the moderator put it.
    const ids = [...expected.keys()];
    expect(await statuses(ids)).toEqual(ids.map((id) => expected.get(id)));
    // Phones scroll only downwards.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    console.info(
      `phone: ${expected.size} comments cleared with ${taps} taps (incl. undo + redo) in ${elapsed} ms`,
    );
    await page.context().close();
  }, 180_000);

  it('on a desktop by keyboard: one key per comment, z to undo and the key again', async () => {
    const expected = await fillQueue('k');
    const page = await logIn({ viewport: { width: 1280, height: 900 } });
    let keys = 0;
    const started = Date.now();
    let lastId = '';
    while ((await visibleItems(page).count()) > 0) {
      const id =
        (await page.evaluate(() => document.activeElement?.getAttribute('data-comment-id'))) ??
        (await visibleItems(page).first().getAttribute('data-comment-id'))!;
      await page.keyboard.press((await decisionFor(page, id, expected)) === 'spam' ? 's' : 'a');
      keys += 1;
      await page.locator(`li.mod-item[data-comment-id="${id}"]`).waitFor({ state: 'hidden' });
      lastId = id;
    }
    const elapsed = Date.now() - started;
    await page.keyboard.press('z');
    keys += 1;
    await page.locator(`li.mod-item[data-comment-id="${lastId}"]`).waitFor({ state: 'visible' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-comment-id')))
      .toBe(lastId);
    await page.keyboard.press((await decisionFor(page, lastId, expected)) === 'spam' ? 's' : 'a');
    keys += 1;
    await page.locator(`li.mod-item[data-comment-id="${lastId}"]`).waitFor({ state: 'hidden' });
    expect(keys).toBeLessThanOrEqual(expected.size + 2);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    const ids = [...expected.keys()];
    expect(await statuses(ids)).toEqual(ids.map((id) => expected.get(id)));
    console.info(
      `keyboard: ${expected.size} comments cleared with ${keys} keys (incl. undo + redo) in ${elapsed} ms`,
    );
    await page.context().close();
  }, 180_000);

  it('without JavaScript: a tap decides, and the flash’s Undo takes it back', async () => {
    site.clock.advance(60_000);
    const id = commentIdOf(
      await postForm(site.app, slug, {
        comment: 'No script here.',
        author: 'Nojs',
        email: 'nojs@example.com',
      }),
    );
    const page = await logIn({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const item = page.locator(`li.mod-item[data-comment-id="${id}"]`);
    await item.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('1 comment approved.').waitFor();
    expect((await statuses([id]))[0]).toBe('approved');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Undone: 1 comment back where it was.').waitFor();
    expect((await statuses([id]))[0]).toBe('pending');
    await page.context().close();
  }, 120_000);
});
