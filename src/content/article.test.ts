import { describe, expect, it } from 'vitest';
import { articlePath, createReadingTime, isPublic, readingMinutes } from './article.ts';

describe('readingMinutes', () => {
  it.each([
    ['', 1],
    ['word '.repeat(230), 1],
    ['word '.repeat(1150), 5],
    ['中'.repeat(2000), 5],
    [`${'слово '.repeat(460)}`, 2],
  ])('%#', (text, minutes) => expect(readingMinutes(text)).toBe(minutes));
});

describe('createReadingTime', () => {
  const article = (over: { updatedAt?: string; bodyText?: string } = {}) => ({
    id: 7,
    updatedAt: '2026-01-01T00:00:00.000Z',
    bodyText: 'word '.repeat(1150),
    bodyMarkdown: '',
    ...over,
  });

  it('counts once per article version and again after an edit', () => {
    let conversions = 0;
    const readingTime = createReadingTime((md) => {
      conversions++;
      return md;
    });
    expect(readingTime(article())).toBe(5);
    expect(readingTime(article({ bodyText: 'word' }))).toBe(5); // same version: remembered
    expect(readingTime(article({ updatedAt: '2026-01-02T00:00:00.000Z', bodyText: 'word' }))).toBe(1);
    // Without stored text the Markdown is converted, also once per version.
    const noText = article({ updatedAt: '2026-01-03T00:00:00.000Z', bodyText: '' });
    readingTime({ ...noText, bodyMarkdown: 'слово '.repeat(460) });
    expect(readingTime({ ...noText, bodyMarkdown: 'слово '.repeat(460) })).toBe(2);
    expect(conversions).toBe(1);
  });
});

describe('isPublic', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  it.each([
    ['published', '2025-12-31T00:00:00.000Z', true],
    ['published', '2026-01-02T00:00:00.000Z', false],
    ['published', null, false],
    ['draft', '2025-12-31T00:00:00.000Z', false],
    ['scheduled', '2025-12-31T00:00:00.000Z', false],
  ] as const)('%s at %s → %s', (status, publishedAt, expected) => {
    expect(isPublic({ status, publishedAt }, now)).toBe(expected);
  });
});

describe('articlePath', () => {
  it('puts posts under /article and pages at the root', () => {
    expect(articlePath({ kind: 'post', slug: 'a-b' })).toBe('/article/a-b');
    expect(articlePath({ kind: 'page', slug: 'about' })).toBe('/about');
  });
});
