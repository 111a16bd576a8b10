import { describe, expect, it } from 'vitest';
import { articleChangeKeys, type ListedState } from './change-keys.ts';

const base: ListedState = {
  id: 7,
  status: 'published',
  publishedAt: '2026-01-01T00:00:00.000Z',
  authorId: 2,
  tagIds: [3, 4],
  slug: 'a',
  language: 'en',
};

describe('articleChangeKeys', () => {
  it('an edit that keeps membership touches only the article', () => {
    expect(articleChangeKeys(base, { ...base }, [5, 9])).toEqual(['article:7']);
  });

  it('publishing touches listings, author, tags and neighbours', () => {
    expect(articleChangeKeys({ ...base, status: 'draft' }, base, [5]).sort()).toEqual(
      ['article:7', 'listing', 'author:2', 'tag:3', 'tag:4', 'article:5'].sort(),
    );
  });

  it('retagging touches old and new tags', () => {
    const keys = articleChangeKeys(base, { ...base, tagIds: [4, 8] });
    expect(keys).toEqual(expect.arrayContaining(['tag:3', 'tag:4', 'tag:8', 'listing']));
  });

  it('a change of language touches listings (the per-language ones list it elsewhere)', () => {
    expect(articleChangeKeys(base, { ...base, language: 'ru' })).toContain('listing');
  });

  it('a new article touches listings', () => {
    expect(articleChangeKeys(null, base)).toContain('listing');
  });
});
