// The reader's side in Chromium for a site in Simplified Chinese, Russian and Kazakh: article,
// comment form (its reply title as the site script writes it) and a refused submission's errors, search, 404, tag and archive pages show that
// language's interface, carry valid `lang` attributes wherever another language's text sits,
// and axe-core finds no violations. Kept cheap: one server, one browser, one page, the site's
// language changed between languages (the HTTP checks of every phrase are in
// test/i18n/reader-languages.test.ts).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentIdOf, postForm, setCommentSettings } from '../comments/helpers.ts';
import { axeViolations } from '../support/axe.ts';
import { chromiumAvailable, launchBrowser } from '../support/browser.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

const english = 'china-kazakhstan-oil-pipeline-two-decades';
const chinese = 'zhongya-hezuo-cong-xian-dao-asitana';
const russian = 'kazakhstan-china-bezvizovyj-rezhim-dva-goda';

/** A few words of each language's interface per page (from its catalog). */
const WANT = {
  'zh-Hans': {
    slug: chinese,
    home: '首页',
    form: '发表评论',
    replyTo: '回复 Ainur',
    refused: '请输入有效的电子邮箱地址',
    search: '搜索文章',
    notFound: '找不到页面',
    tag: '话题',
    archive: '按月浏览',
  },
  ru: {
    slug: russian,
    home: 'Главная',
    form: 'Добавить комментарий',
    replyTo: 'Ответить на комментарий: Ainur',
    refused: 'Введите правильный адрес электронной почты',
    search: 'Поиск статей',
    notFound: 'Страница не найдена',
    tag: 'Тема',
    archive: 'По месяцам',
  },
  kk: {
    slug: english,
    home: 'Басты бет',
    form: 'Пікір қалдыру',
    replyTo: 'Жауап беру: Ainur',
    refused: 'Дұрыс электрондық пошта мекенжайын енгізіңіз',
    search: 'Мақалалардан іздеу',
    notFound: 'Бет табылмады',
    tag: 'Тақырып',
    archive: 'Айлар бойынша',
  },
} as const;

describe.runIf(chromiumAvailable())('the reader’s side in Chinese, Russian and Kazakh, in a browser', () => {
  let site: TestSite;
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    site = await createTestSite('sqlite', { siteUrl: 'http://127.0.0.1:0' });
    await site.app.listen({ port: 0, host: '127.0.0.1' });
    const address = site.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    // A comment on each article, to reply to.
    for (const [i, slug] of [english, chinese, russian].entries()) {
      site.clock.advance(60_000);
      const posted = await postForm(
        site.app,
        slug,
        { comment: 'Thank you for the figures.', author: 'Ainur', email: `ainur${i}@example.com` },
        { ip: `192.0.2.${20 + i}` },
      );
      expect(posted.statusCode).toBe(303);
      // Shown to everyone, whatever the filter made of a first comment.
      await site.services.database.db
        .updateTable('comments')
        .set({ status: 'approved' })
        .where('id', '=', commentIdOf(posted))
        .execute();
    }
    await site.services.deps.changes.publish(['*']);
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Opens `path` (or uses the page as it is) and checks lang, the interface words and axe. */
  async function check(language: string, label: string, words: string[], path?: string, status = 200) {
    if (path) {
      const res = await page.goto(base + path);
      expect(res?.status(), `${label} status`).toBe(status);
    }
    expect(await page.locator('html').getAttribute('lang'), `${label} lang`).toBe(language);
    const text = (await page.locator('body').textContent()) ?? '';
    for (const w of words) expect(text, `${label}: ${w}`).toContain(w);
    // Every lang attribute is a well-formed tag Intl knows, and text of another language sits in one.
    const langs = await page
      .locator('[lang]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('lang') ?? ''));
    for (const tag of langs)
      expect(() => Intl.getCanonicalLocales(tag), `${label}: lang="${tag}"`).not.toThrow();
    expect(await axeViolations(page), label).toEqual([]);
  }

  for (const [language, want] of Object.entries(WANT)) {
    it(
      `${language}: article, refused comment, search, 404, tag and archive`,
      { timeout: 60_000 },
      async () => {
        await setCommentSettings(site, { language });
        if (want.slug === english) {
          await site.services.database.db
            .updateTable('articles')
            .set({ language })
            .where('slug', '=', english)
            .execute();
          await site.services.deps.changes.publish(['*']);
        }
        await check(language, `${language} article`, [want.home, want.form], `/article/${want.slug}`);
        // Reply: the site script moves the form under the comment and words the title from the
        // page's catalog text, then Cancel gives the plain title back.
        const title = page.locator('#reply-title .comment-reply-title-text');
        await page.locator('li.comment', { hasText: 'Ainur' }).first().locator('a.reply-link').click();
        await expect(title.innerText(), `${language} reply title`).resolves.toBe(want.replyTo);
        await check(language, `${language} reply`, [want.replyTo]);
        await page.locator('#cancel-comment-reply-link').click();
        await expect(title.innerText(), `${language} title`).resolves.toBe(want.form);
        // A refused submission: the browser's own checks are skipped so the server's errors show.
        await page.locator('#commentform').evaluate((f) => ((f as HTMLFormElement).noValidate = true));
        await page.fill('#commentform [name="comment"]', 'A comment.');
        await page.fill('#commentform [name="author"]', 'Reader');
        await page.fill('#commentform [name="email"]', 'not-an-address');
        await Promise.all([page.waitForLoadState('load'), page.click('#comment-submit')]);
        await page.waitForSelector('[role="alert"], .comment-errors, [aria-invalid="true"]');
        await check(language, `${language} refused comment`, [want.refused]);
        await check(language, `${language} search`, [want.search], `/search?q=${encodeURIComponent('中亚')}`);
        await check(language, `${language} 404`, [want.notFound], '/no-such-page-here', 404);
        await check(language, `${language} tag`, [want.tag], '/tag/trade');
        await check(language, `${language} archive`, [want.archive], '/archive');
      },
    );
  }
});
