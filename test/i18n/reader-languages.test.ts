// The reader's interface in the site's language over HTTP (zh-Hans, ru, kk, uz-Latn), the
// comment section in each article's language, lang attributes where languages meet, and pages
// that never vary by Accept-Language. On SQLite and PostgreSQL with the demo content.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHtml, postForm, setCommentSettings } from '../comments/helpers.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { testDialects } from '../support/test-db.ts';

const english = 'china-kazakhstan-oil-pipeline-two-decades';
const chinese = 'zhongya-hezuo-cong-xian-dao-asitana';
const russian = 'kazakhstan-china-bezvizovyj-rezhim-dva-goda';

/** Interface text each language must show on each kind of page (from its catalog). */
const EXPECTED = {
  'zh-Hans': {
    article: [
      '返回顶部',
      '首页',
      '作者：',
      '发布于',
      '阅读约需',
      '发表评论',
      '电子邮箱',
      '您的电子邮箱地址不会被公开。',
    ],
    rejected: [
      '您的评论尚未发表，请更正以下问题：',
      '电子邮箱：请输入有效的电子邮箱地址，例如 name@example.com。',
    ],
    search: ['“丝绸”的搜索结果', '搜索文章'],
    searchNone: ['没有找到与“qqqzzz”匹配的文章。'],
    notFound: ['找不到页面', '抱歉，我们找不到这个页面。', '错误 404', '返回首页'],
    tag: ['话题', '的 RSS 订阅'],
    archive: ['按月浏览', '篇文章'],
  },
  ru: {
    article: [
      'Наверх',
      'Главная',
      'Автор:',
      'Опубликовано',
      'чтения',
      'Добавить комментарий',
      'Электронная почта',
    ],
    rejected: [
      'Комментарий пока не опубликован. Исправьте, пожалуйста, ошибку:',
      'Электронная почта: Введите правильный адрес электронной почты, например name@example.com.',
    ],
    search: ['по запросу «шелк»', 'Поиск статей'],
    searchNone: ['По запросу «qqqzzz» ничего не найдено.'],
    notFound: ['Страница не найдена', 'К сожалению, мы не нашли эту страницу.', 'Ошибка 404'],
    tag: ['Тема', 'RSS-лента по теме «'],
    archive: ['По месяцам', 'Архив'],
  },
  kk: {
    article: [
      'Жоғарыға',
      'Басты бет',
      'Авторы:',
      'Жарияланды:',
      'Оқу уақыты:',
      'Пікір қалдыру',
      'Электрондық пошта',
    ],
    rejected: [
      'Пікіріңіз әлі жарияланған жоқ. Мына қатені түзетіңіз:',
      'Дұрыс электрондық пошта мекенжайын енгізіңіз',
    ],
    search: ['сұрауы бойынша', 'Мақалалардан іздеу'],
    searchNone: ['«qqqzzz» сұрауына сәйкес мақала табылмады.'],
    notFound: ['Бет табылмады', 'Кешіріңіз, бұл бетті таба алмадық.', 'Қате 404'],
    tag: ['Тақырып', 'тақырыбының RSS арнасы'],
    archive: ['Айлар бойынша', 'мақала'],
  },
  'uz-Latn': {
    article: [
      'Yuqoriga',
      'Bosh sahifa',
      'Muallif:',
      'Eʼlon qilindi:',
      'Oʻqish vaqti:',
      'Izoh qoldiring',
      'Elektron pochta',
    ],
    rejected: ['Izohingiz hali eʼlon qilinmadi.', 'Toʻgʻri elektron pochta manzilini kiriting'],
    search: ['soʻrovi boʻyicha', 'Maqolalarni qidirish'],
    searchNone: ['“qqqzzz” soʻroviga mos maqola topilmadi.'],
    notFound: ['Sahifa topilmadi', 'Kechirasiz, bu sahifani topa olmadik.', 'Xato 404'],
    tag: ['Mavzu', 'mavzusining RSS lentasi'],
    archive: ['Oylar boʻyicha', 'ta maqola'],
  },
} as const;

/** English interface text that must not appear on a page of another language. */
const ENGLISH_UI = [
  'Back to top',
  'Leave a Reply',
  'Skip to content',
  'Page not found',
  'Browse by month',
  'Topic',
];

/** Text of a page as a reader sees it (tags dropped, references decoded). */
const textOf = (body: string) => decodeHtml(body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));

for (const dialect of testDialects()) {
  describe(`reader languages [${dialect}]`, () => {
    let site: TestSite;
    const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ url, headers });
    const setLanguage = (language: string) => setCommentSettings(site, { language });
    const setArticleLanguage = async (slug: string, language: string) => {
      const article = await site.services.deps.articles.findPublishedBySlug('post', slug, site.clock.now());
      await site.services.database.db
        .updateTable('articles')
        .set({ language })
        .where('id', '=', article!.id)
        .execute();
      await site.services.deps.changes.publish(['*']);
    };

    beforeAll(async () => {
      site = await createTestSite(dialect);
      await setCommentSettings(site, { commentsCloseAfterDays: 0 });
    });
    afterAll(async () => site?.close());

    for (const [language, want] of Object.entries(EXPECTED)) {
      it(`a ${language} site shows its interface in ${language} on every public page type`, async () => {
        await setLanguage(language);
        // The demo has Chinese and Russian stories; for Kazakh and Uzbek an English one is relabelled.
        const slug = language === 'zh-Hans' ? chinese : language === 'ru' ? russian : english;
        if (slug === english) await setArticleLanguage(english, language);
        const pages = {
          article: await get(`/article/${slug}`),
          rejected: await postForm(site.app, slug, { email: 'not-an-address' }),
          search: await get(`/search?q=${encodeURIComponent(language === 'ru' ? 'шелк' : '丝绸')}`),
          searchNone: await get('/search?q=qqqzzz'),
          notFound: await get('/no-such-page-here'),
          tag: await get('/tag/trade'),
          archive: await get('/archive'),
        };
        expect(pages.rejected.statusCode).toBe(422);
        expect(pages.notFound.statusCode).toBe(404);
        for (const [kind, res] of Object.entries(pages)) {
          const text = textOf(res.body);
          for (const phrase of want[kind as keyof typeof want])
            expect(text, `${kind}: ${phrase}`).toContain(phrase);
          // The page's interface is not English (the English article's own text may be).
          if (slug !== english || !['article', 'rejected'].includes(kind))
            for (const phrase of ENGLISH_UI) expect(text, `${kind} has "${phrase}"`).not.toContain(phrase);
        }
        if (slug === english) await setArticleLanguage(english, 'en');
        // Pages that are not an article are in the site's language throughout.
        for (const kind of ['searchNone', 'notFound', 'tag', 'archive'] as const) {
          expect(pages[kind].body).toContain(`<html lang="${language}"`);
          expect(pages[kind].body).not.toMatch(/<(header|footer|main)[^>]* lang=/);
        }
      });
    }

    it('an English article on a Chinese site: Chinese interface marked zh-Hans, English comment form', async () => {
      await setLanguage('zh-Hans');
      const page = (await get(`/article/${english}`)).body;
      expect(page).toContain('<html lang="en"');
      expect(page).toMatch(/<header class="site-header"\s+lang="zh-Hans">/);
      expect(page).toMatch(/<footer class="site-footer"\s+lang="zh-Hans">/);
      expect(page).toMatch(/<div class="article-byline"\s+lang="zh-Hans">/);
      expect(page).toMatch(/<a class="skip-link" id="top" href="#content"\s+lang="zh-Hans">跳到正文<\/a>/);
      // The discussion is the article's: in English, inheriting lang="en" from the page.
      expect(page).toContain('<section id="comments" class="comments" aria-label="Comments">');
      expect(textOf(page)).toContain('Leave a Reply');
      const rejected = await postForm(site.app, english, { comment: '' });
      expect(rejected.statusCode).toBe(422);
      expect(rejected.body).toContain('<html lang="en"');
      expect(textOf(rejected.body)).toContain('Comment: Please type your comment.');
      expect(rejected.body).toMatch(/<header class="site-header"\s+lang="zh-Hans">/);
    });

    it('a Chinese article on an English site gets a Chinese form and Chinese validation errors', async () => {
      await setLanguage('en');
      const page = (await get(`/article/${chinese}`)).body;
      expect(page).toContain('<html lang="zh-Hans"');
      expect(page).toMatch(/<header class="site-header"\s+lang="en">/);
      expect(page).toContain('<section id="comments" class="comments" aria-label="评论">');
      expect(textOf(page)).toContain('发表评论');
      expect(textOf(page)).toContain('Back to top');
      const rejected = await postForm(site.app, chinese, { author: '', email: '' });
      expect(rejected.statusCode).toBe(422);
      expect(rejected.body).toContain('<html lang="zh-Hans"');
      const text = textOf(rejected.body);
      expect(text).toContain('姓名：请输入您的姓名。');
      expect(text).toContain('电子邮箱：请输入您的电子邮箱地址。');
      expect(text).not.toContain('Please enter');
      // What the reader typed is kept.
      expect(decodeHtml(rejected.body)).toContain('A thoughtful comment.');
    });

    it('an article in a language without a catalog gets the site’s language, marked as such', async () => {
      await setLanguage('ru');
      await setArticleLanguage(english, 'de');
      try {
        const page = (await get(`/article/${english}`)).body;
        expect(page).toContain('<html lang="de"');
        expect(page).toContain('<section id="comments" class="comments" aria-label="Комментарии" lang="ru">');
        expect(textOf(page)).toContain('Добавить комментарий');
      } finally {
        await setArticleLanguage(english, 'en');
      }
    });

    it('never varies a page by Accept-Language', async () => {
      await setLanguage('ru');
      for (const url of ['/', `/article/${english}`, '/search?q=gas', '/archive', '/no-such-page']) {
        const plain = await get(url);
        const asked = await get(url, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5' });
        expect(asked.body, url).toBe(plain.body);
        expect(String(asked.headers.vary ?? '')).not.toMatch(/accept-language/i);
      }
      await setLanguage('en');
    });
  });
}
