import { describe, expect, it } from 'vitest';
import { isValidSlug, slugFromTitle, uniqueSlug } from './slug.ts';

describe('slugFromTitle', () => {
  it.each([
    ['China–Central Asia Summit opens in Xi’an', 'china-central-asia-summit-opens-in-xi-an'],
    ['Казахстан и Китай отменили визы', 'kazahstan-i-kitay-otmenili-vizy'],
    ['中亚峰会', 'zhong-ya-feng-hui'],
    ['!!!', 'untitled'],
    ['  Trade: $94 billion  ', 'trade-94-billion'],
  ])('%s → %s', (title, slug) => expect(slugFromTitle(title)).toBe(slug));

  it('keeps slugs at most 80 characters, cut at a dash', () => {
    const slug = slugFromTitle('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('uniqueSlug', () => {
  it('appends the first free number', async () => {
    const taken = new Set(['a', 'a-2']);
    expect(await uniqueSlug('a', async (s) => taken.has(s))).toBe('a-3');
    expect(await uniqueSlug('b', async (s) => taken.has(s))).toBe('b');
  });
});

describe('isValidSlug', () => {
  it.each([
    ['abc-123', true],
    ['Abc', false],
    ['a--b', false],
    ['-a', false],
    ['a/b', false],
  ])('%s → %s', (s, ok) => expect(isValidSlug(s)).toBe(ok));
});
