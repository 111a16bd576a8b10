// Catalog completeness and the plural tables of every shipped language, and a glossary for each.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCatalogs, formatProblems } from './check.ts';
import { shippedAdminCatalogs, shippedCatalogs } from './catalogs.ts';
import { adminLocales, adminTranslatorFor, shippedLocales, translatorFor } from './translator.ts';

const COUNTS = [1, 2, 5, 11, 21, 22, 25, 111];

describe('shipped catalogs', () => {
  it('ship the five reader languages', () => {
    expect(shippedLocales()).toEqual(['en', 'kk', 'ru', 'uz-Latn', 'zh-Hans']);
  });

  it('have every English key, nothing more, the same placeholders, and parse', () => {
    expect(formatProblems(checkCatalogs(shippedCatalogs()))).toEqual([]);
  });

  it('name Uzbek letters with the modifier letters oʻ gʻ and the tutuq belgisi ʼ, never an ASCII quote', () => {
    const uz = Object.values(shippedCatalogs().get('uz-Latn') ?? {}).join('\n');
    expect(uz).not.toMatch(/['‘’`]/);
    expect(uz).toContain('soʻrov');
    expect(uz).toContain('eʼlon');
  });

  it('write Chinese with full-width punctuation after Chinese text', () => {
    const zh = Object.values(shippedCatalogs().get('zh-Hans') ?? {});
    for (const message of zh) expect(message, message).not.toMatch(/[\u4e00-\u9fff][,.:;!?]/);
  });
});

describe('admin catalogs', () => {
  it('ship the admin in English, Simplified Chinese and Russian', () => {
    expect(adminLocales()).toEqual(['en', 'ru', 'zh-Hans']);
  });

  it('have every English key, nothing more, the same placeholders, and parse', () => {
    expect(formatProblems(checkCatalogs(shippedAdminCatalogs()))).toEqual([]);
  });

  it('write Chinese with full-width punctuation after Chinese text', () => {
    const zh = Object.values(shippedAdminCatalogs().get('zh-Hans') ?? {});
    for (const message of zh) expect(message, message).not.toMatch(/[\u4e00-\u9fff][,.:;!?()]/);
  });

  it('count in Russian with one, few and many', () => {
    const ru = adminTranslatorFor('ru');
    expect(COUNTS.map((count) => ru.t('dashboard.commentsWaiting', { count })).join(', ')).toBe(
      'комментарий ждёт проверки, комментария ждут проверки, комментариев ждут проверки, ' +
        'комментариев ждут проверки, комментарий ждёт проверки, комментария ждут проверки, ' +
        'комментариев ждут проверки, комментариев ждут проверки',
    );
    expect(
      COUNTS.map((count) => /Заверш\S* (\d+ [^.]+)/.exec(ru.t('profile.otherSessionsEnded', { count }))?.[1]),
    ).toEqual([
      '1 другой сеанс',
      '2 других сеанса',
      '5 других сеансов',
      '11 других сеансов',
      '21 другой сеанс',
      '22 других сеанса',
      '25 других сеансов',
      '111 других сеансов',
    ]);
  });

  it('count in English and Chinese', () => {
    const en = adminTranslatorFor('en');
    expect(COUNTS.map((count) => en.t('dashboard.all', { count })).join(', ')).toBe(
      'All 1, All 2, All 5, All 11, All 21, All 22, All 25, All 111',
    );
    expect(en.t('dashboard.drafts', { count: 1 })).toBe('draft of yours');
    expect(en.t('dashboard.drafts', { count: 21 })).toBe('drafts of yours');
    const zh = adminTranslatorFor('zh-Hans');
    expect(COUNTS.map((count) => zh.t('dashboard.all', { count })).join(', ')).toBe(
      '全部 1 篇, 全部 2 篇, 全部 5 篇, 全部 11 篇, 全部 21 篇, 全部 22 篇, 全部 25 篇, 全部 111 篇',
    );
  });

  it('fall back to English for a site language without an admin catalog', () => {
    expect(adminTranslatorFor('kk').locale).toBe('en');
    expect(adminTranslatorFor('zh-CN').locale).toBe('zh-Hans');
    expect(adminTranslatorFor('ru-RU').t('nav.posts')).toBe('Статьи');
  });
});

describe('glossaries', () => {
  const glossary = (locale: string) => new URL(`../../docs/glossary/${locale}.md`, import.meta.url);

  it('one per reader language in docs/glossary/, with an admin section for each admin language', () => {
    for (const locale of shippedCatalogs().keys())
      expect(existsSync(glossary(locale)), `docs/glossary/${locale}.md`).toBe(true);
    for (const locale of shippedAdminCatalogs().keys())
      if (locale !== 'en')
        expect(readFileSync(glossary(locale), 'utf8'), locale).toMatch(/^## .*src\/i18n\/admin-catalogs\//m);
  });
});

describe('the check', () => {
  const en = {
    a: 'Hello {name}',
    b: '{count, plural, one {# item} other {# items}}',
    c: 'See <link>this</link>',
  };
  it('reports missing and extra keys, lost placeholders and tags, and syntax errors', () => {
    const problems = checkCatalogs(
      new Map<string, Record<string, string>>([
        ['en', en],
        ['xx', { a: 'Hallo {nom}', c: 'Siehe dies', d: 'extra', b: '{count, plural, one {# x}' }],
      ]),
    );
    expect(problems.map((p) => `${p.kind} ${p.key}`).sort()).toEqual([
      'extra d',
      'placeholders a',
      'placeholders c',
      'syntax b',
    ]);
    expect(problems.find((p) => p.key === 'a')?.detail).toBe('lacks name; adds nom');
    const missing = checkCatalogs(
      new Map<string, Record<string, string>>([
        ['en', en],
        ['yy', { a: 'x {name}' }],
      ]),
    );
    expect(missing.map((p) => `${p.kind} ${p.key}`)).toEqual(['missing b', 'missing c']);
  });
});

describe('plurals', () => {
  const table = (locale: string) =>
    COUNTS.map((count) => translatorFor(locale).t('card.comments', { count })).join(', ');

  it('English: one and other', () => {
    expect(table('en')).toBe(
      '1 comment, 2 comments, 5 comments, 11 comments, 21 comments, 22 comments, 25 comments, 111 comments',
    );
  });

  it('Russian: one, few and many', () => {
    expect(table('ru')).toBe(
      '1 комментарий, 2 комментария, 5 комментариев, 11 комментариев, 21 комментарий, 22 комментария, ' +
        '25 комментариев, 111 комментариев',
    );
    const ru = translatorFor('ru');
    expect(COUNTS.map((n) => ru.t('archive.articleCount', { count: n })).join(', ')).toBe(
      '1 статья, 2 статьи, 5 статей, 11 статей, 21 статья, 22 статьи, 25 статей, 111 статей',
    );
    expect(COUNTS.map((n) => ru.t('byline.readingTime', { minutes: n })).join(', ')).toBe(
      '1 минута чтения, 2 минуты чтения, 5 минут чтения, 11 минут чтения, 21 минута чтения, ' +
        '22 минуты чтения, 25 минут чтения, 111 минут чтения',
    );
    expect(
      COUNTS.map((n) => /Подождите (\d+ \S+)/.exec(ru.t('commentForm.notice.flood', { seconds: n }))?.[1]),
    ).toEqual([
      '1 секунду',
      '2 секунды',
      '5 секунд',
      '11 секунд',
      '21 секунду',
      '22 секунды',
      '25 секунд',
      '111 секунд',
    ]);
    expect(ru.t('search.summary', { count: 22, query: 'газ' })).toBe('22 результата по запросу «газ»');
  });

  it('Kazakh: the noun stays singular after a number', () => {
    expect(table('kk')).toBe('1 пікір, 2 пікір, 5 пікір, 11 пікір, 21 пікір, 22 пікір, 25 пікір, 111 пікір');
  });

  it('Uzbek: the noun stays singular after a number, with the counting word ta', () => {
    expect(table('uz-Latn')).toBe(
      '1 ta izoh, 2 ta izoh, 5 ta izoh, 11 ta izoh, 21 ta izoh, 22 ta izoh, 25 ta izoh, 111 ta izoh',
    );
  });

  it('Chinese: one form, with a measure word', () => {
    expect(table('zh-Hans')).toBe(
      '1 条评论, 2 条评论, 5 条评论, 11 条评论, 21 条评论, 22 条评论, 25 条评论, 111 条评论',
    );
  });

  it('group thousands the language’s way', () => {
    expect(translatorFor('ru').t('card.comments', { count: 1021 })).toBe('1\u00a0021 комментарий');
    expect(translatorFor('en').t('card.comments', { count: 1021 })).toBe('1,021 comments');
  });
});
