import { translatorFor } from '../i18n/index.ts';
import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, isMeaningfulUpdate, isSameDay } from './format-date.ts';
import { ogLocale } from './head-meta.ts';
import { langAttr, textDirection } from './lang-attr.ts';
import { renderPagination } from './pagination.ts';
import { renderSnippet } from './snippet.ts';
import { absoluteUrl, archivePath, authorPath, pathOf, searchPath, tagFeedPath, tagPath } from './urls.ts';

describe('urls', () => {
  it('builds the public paths, encoding slugs and queries', () => {
    expect(tagPath('green transition')).toBe('/tag/green%20transition');
    expect(tagFeedPath('trade')).toBe('/tag/trade/feed.xml');
    expect(authorPath('chen-liwei')).toBe('/author/chen-liwei');
    expect(archivePath('2026-03')).toBe('/archive/2026/03');
    expect(searchPath('中亚 & co')).toBe('/search?q=%E4%B8%AD%E4%BA%9A%20%26%20co');
    expect(searchPath()).toBe('/search');
    expect(absoluteUrl({ siteUrl: 'https://n.example' }, '/a')).toBe('https://n.example/a');
    expect(absoluteUrl({ siteUrl: 'https://n.example' }, 'https://cdn.example/x.jpg')).toBe(
      'https://cdn.example/x.jpg',
    );
    expect(pathOf('https://n.example/tag/trade?x=1')).toBe('/tag/trade');
  });
});

describe('dates', () => {
  it('formats dates and months in UTC in the given language', () => {
    expect(formatDate('2026-03-01T23:30:00.000Z', { language: 'en' })).toBe('March 1, 2026');
    expect(formatDate('2026-03-01T23:30:00.000Z', { language: 'en-GB' })).toBe('1 March 2026');
    expect(formatDate('2026-03-01T23:30:00.000Z', { language: 'en', withTime: true })).toMatch(
      /^March 1, 2026\b.*11:30\sPM UTC$/,
    );
    expect(formatDate('not a date', { language: 'en' })).toBe('not a date');
  });

  it('writes dates in the site date-format setting', () => {
    const iso = '2026-03-01T23:30:00.000Z';
    expect(formatDate(iso, { language: 'en', style: 'medium' })).toBe('Mar 1, 2026');
    expect(formatDate(iso, { language: 'en', style: 'short' })).toBe('3/1/26');
    expect(formatDate(iso, { language: 'en', style: 'iso' })).toBe('2026-03-01');
    expect(formatDate(iso, { language: 'en', withTime: true, style: 'iso' })).toBe('2026-03-01 23:30 UTC');
    expect(formatDate('2026-03-01T00:00:00.000Z', { language: 'no-such-language-tag-!!' })).toBe(
      'March 1, 2026',
    );
    expect(formatMonth('2025-06', 'en')).toBe('June 2025');
    expect(formatMonth('2025-06', 'ru')).toMatch(/^июнь 2025/);
  });

  it('writes dates and times on the wall clock of the site timezone (issue 13 defect 9)', () => {
    // 21:30 UTC on 1 March is 02:30 on 2 March in Almaty (UTC+5).
    const iso = '2026-03-01T21:30:00.000Z';
    const almaty = { timeZone: 'Asia/Almaty' };
    expect(formatDate(iso, { language: 'en-GB', ...almaty })).toBe('2 March 2026');
    expect(formatDate(iso, { language: 'en-GB', ...almaty, withTime: true })).toMatch(
      /^2 March 2026(,| at) 02:30 GMT\+5$/,
    );
    expect(formatDate(iso, { language: 'en', ...almaty, withTime: true, style: 'iso' })).toBe(
      '2026-03-02 02:30 GMT+5',
    );
    expect(formatDate(iso, { language: 'ru', ...almaty })).toMatch(/^2 марта 2026/);
    // Daylight saving: the zone's name follows the instant.
    expect(
      formatDate('2026-07-01T12:00:00Z', { language: 'en-GB', timeZone: 'Europe/London', withTime: true }),
    ).toMatch(/13:00 BST$/);
    expect(
      formatDate('2026-01-01T12:00:00Z', { language: 'en-GB', timeZone: 'Europe/London', withTime: true }),
    ).toMatch(/12:00 GMT$/);
    // An unknown zone (a hand-edited setting) is UTC rather than an error page.
    expect(formatDate(iso, { language: 'en-GB', timeZone: 'Mars/Olympus', withTime: true })).toMatch(
      /21:30 UTC$/,
    );
  });

  it('tells whether two instants fall on the same day of the site clock', () => {
    expect(isSameDay('2026-03-01T18:00:00Z', '2026-03-01T20:00:00Z')).toBe(true);
    expect(isSameDay('2026-03-01T18:00:00Z', '2026-03-01T20:00:00Z', 'Asia/Almaty')).toBe(false);
    expect(isSameDay('2026-03-01T20:00:00Z', '2026-03-02T10:00:00Z', 'Asia/Almaty')).toBe(true);
    expect(isSameDay('2026-03-01T20:00:00Z', 'garbage')).toBe(false);
  });

  it('calls an update meaningful only when it is more than an hour later', () => {
    expect(isMeaningfulUpdate('2026-03-01T10:00:00Z', '2026-03-01T10:59:00Z')).toBe(false);
    expect(isMeaningfulUpdate('2026-03-01T10:00:00Z', '2026-03-01T11:01:00Z')).toBe(true);
    expect(isMeaningfulUpdate('2026-03-01T10:00:00Z', 'garbage')).toBe(false);
  });
});

describe('languages', () => {
  it('maps BCP 47 tags to Open Graph locales', () => {
    expect(ogLocale('en')).toBe('en');
    expect(ogLocale('en-GB')).toBe('en_GB');
    expect(ogLocale('zh-Hans')).toBe('zh_CN');
    expect(ogLocale('ru')).toBe('ru');
  });

  it('adds lang (and dir) only when the language differs', () => {
    expect(String(langAttr('en', 'en'))).toBe('');
    expect(String(langAttr('ru', 'en'))).toBe(' lang="ru"');
    expect(String(langAttr('ar', 'en'))).toBe(' lang="ar" dir="rtl"');
    expect(textDirection('he-IL')).toBe('rtl');
    expect(textDirection('zh-Hans')).toBe('ltr');
  });
});

describe('snippet and pagination', () => {
  it('escapes every snippet part and marks hits', () => {
    expect(
      String(
        renderSnippet([
          { text: 'a <b> ', hit: false },
          { text: '<i>', hit: true },
        ]),
      ),
    ).toBe('a &#60;b&#62; <mark>&#60;i&#62;</mark>');
  });

  it('renders nothing for a single page', () => {
    expect(
      String(
        renderPagination({ page: 1, totalPages: 1, previousUrl: null, nextUrl: null }, translatorFor('en')),
      ),
    ).toBe('');
  });
});

describe('isSameDay, asked again', () => {
  it('answers each pair and zone as the first time', () => {
    for (let round = 0; round < 2; round++) {
      expect(isSameDay('2026-03-01T18:00:00Z', '2026-03-01T20:00:00Z')).toBe(true);
      expect(isSameDay('2026-03-01T18:00:00Z', '2026-03-01T20:00:00Z', 'Asia/Almaty')).toBe(false);
      expect(isSameDay('2026-03-01T20:00:00Z', '2026-03-02T10:00:00Z', 'Asia/Almaty')).toBe(true);
      expect(isSameDay('2026-03-01T20:00:00Z', '2026-03-02T10:00:00Z')).toBe(false);
      expect(isSameDay('2026-03-01T20:00:00Z', 'garbage')).toBe(false);
    }
  });
});
