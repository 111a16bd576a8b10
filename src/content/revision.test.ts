import { describe, expect, it } from 'vitest';
import { diffText, parseRevisionFields, REVISIONS_KEPT, revisionsToPrune } from './revision.ts';

describe('revisions', () => {
  it('keeps the newest 30 saved revisions and prunes the rest', () => {
    const ids = Array.from({ length: 35 }, (_, i) => 100 - i); // newest first
    expect(REVISIONS_KEPT).toBeGreaterThanOrEqual(30);
    expect(revisionsToPrune(ids)).toEqual([70, 69, 68, 67, 66]);
    expect(revisionsToPrune(ids.slice(0, 30))).toEqual([]);
    expect(revisionsToPrune([3, 2, 1], 1)).toEqual([2, 1]);
  });

  it('diffs by line, marking removed and added lines and keeping the rest', async () => {
    expect(await diffText('one\ntwo\nthree\n', 'one\n2\nthree\nfour\n')).toEqual([
      { change: 'same', text: 'one' },
      { change: 'removed', text: 'two' },
      { change: 'added', text: '2' },
      { change: 'same', text: 'three' },
      { change: 'added', text: 'four' },
    ]);
    expect(await diffText('same', 'same')).toEqual([{ change: 'same', text: 'same' }]);
    expect(await diffText('', 'Новый текст\n中文')).toEqual([
      { change: 'added', text: 'Новый текст' },
      { change: 'added', text: '中文' },
    ]);
  });

  it('reads stored fields, tolerating damage', () => {
    const fallback = {
      slug: 'x',
      excerpt: '',
      authorId: 1,
      language: 'en',
      tagIds: [],
      featureImage: null,
      seoTitle: null,
      seoDescription: null,
      commentsOpen: true,
    };
    expect(parseRevisionFields('{"slug":"y","tagIds":[3]}', fallback)).toEqual({
      ...fallback,
      slug: 'y',
      tagIds: [3],
    });
    expect(parseRevisionFields('not json', fallback)).toBe(fallback);
  });
});
