import { describe, expect, it } from 'vitest';
import type { PublicComment } from '../../comments/comment.ts';
import { serializeJsonLd } from '../../views/json-ld.ts';
import { commentJsonLd, commentsJsonLd } from './section.ts';

const comment = (over: Partial<PublicComment> = {}): PublicComment => ({
  id: 900_001,
  articleId: 1,
  parentId: null,
  status: 'approved',
  authorName: 'Ada',
  authorUrl: null,
  content: 'First <words> & more',
  createdAt: '2026-12-06T07:00:00.000Z',
  ...over,
});

describe('commentsJsonLd', () => {
  const canonical = 'https://news.test/article/a';
  const fresh = (url: string, c: PublicComment) => serializeJsonLd(commentJsonLd(url, c));

  it('writes each comment as its Comment object would be written', () => {
    const list = commentsJsonLd(canonical, [comment(), comment({ id: 900_002, parentId: 900_001 })]);
    expect(list.items).toEqual([
      fresh(canonical, comment()),
      fresh(canonical, comment({ id: 900_002, parentId: 900_001 })),
    ]);
    expect(serializeJsonLd({ comment: list })).toBe(
      serializeJsonLd({
        comment: [
          commentJsonLd(canonical, comment()),
          commentJsonLd(canonical, comment({ id: 900_002, parentId: 900_001 })),
        ],
      }),
    );
  });

  it('writes a comment afresh when any value it shows changed, and reuses it otherwise', () => {
    const first = commentsJsonLd(canonical, [comment()]).items[0];
    expect(commentsJsonLd(canonical, [comment()]).items[0]).toBe(first);
    const changes: [string, PublicComment][] = [
      [canonical, comment({ content: 'Edited' })],
      [canonical, comment({ content: '' })],
      [canonical, comment({ authorName: 'Bea' })],
      [canonical, comment({ authorUrl: 'https://ada.example' })],
      [canonical, comment({ parentId: 7 })],
      [canonical, comment({ createdAt: '2026-12-06T08:00:00.000Z' })],
      ['https://news.test/article/moved', comment()],
      [canonical, comment()],
    ];
    for (const [url, c] of changes) expect(commentsJsonLd(url, [c]).items[0]).toBe(fresh(url, c));
  });
});
