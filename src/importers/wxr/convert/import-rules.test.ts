// Known answers for the pure import rules: statuses, slugs, comment types (legacy URL keys:
// content/legacy-path-key.test.ts).
import { describe, expect, it } from 'vitest';
import { itemDate, mapCommentType, mapItemStatus, wantedSlug } from './import-mapping.ts';
import { mediaRewriter } from './import-prepare.ts';
import type { WxrItem } from '../parse/wxr-records.ts';

const item = (over: Partial<WxrItem>): WxrItem => ({
  kind: 'item',
  line: 1,
  wpId: 1,
  guid: '',
  postType: 'post',
  title: 't',
  slug: '',
  link: '',
  creator: '',
  contentHtml: '',
  excerptHtml: '',
  status: 'publish',
  postDate: '2024-05-01 10:00:00',
  postDateGmt: '2024-05-01T08:00:00Z',
  modifiedGmt: null,
  commentStatus: 'open',
  pingStatus: 'open',
  sticky: false,
  password: null,
  parentWpId: null,
  menuOrder: 0,
  attachmentUrl: null,
  categories: [],
  meta: {},
  comments: [],
  ...over,
});

describe('import rules', () => {
  it.each([
    ['publish', null, 'published', '2024-05-01T08:00:00.000Z'],
    ['future', null, 'scheduled', '2024-05-01T08:00:00.000Z'],
    ['draft', null, 'draft', null],
    ['pending', null, 'review', null],
    ['private', null, 'draft', null],
    ['trash', null, 'trash', null],
    ['publish', 'secret', 'draft', null],
  ])('maps status %s (password %s) to %s', (status, password, expected, publishedAt) => {
    const r = mapItemStatus(item({ status, password }));
    expect(r.status).toBe(expected);
    expect(r.publishedAt).toBe(publishedAt);
    expect(r.warning !== null).toBe(status === 'private' || password !== null);
  });

  it('falls back to the local date when the GMT date is zero', () => {
    expect(itemDate(item({ postDateGmt: null }))).toBe('2024-05-01T10:00:00.000Z');
  });

  it.each([
    ['%d0%bd%d0%be%d0%b2%d0%be%d1%81%d1%82%d0%b8', 'x', 'novosti'],
    ['', 'Market day notes', 'market-day-notes'],
    ['Hello-World', 'x', 'hello-world'],
  ])('slug %s (title %s) → %s', (slug, title, expected) => {
    expect(wantedSlug({ slug }, title)).toBe(expected);
  });

  it('keeps pingbacks and trackbacks, reads other types as comments', () => {
    expect(['pingback', 'trackback', 'comment', 'review'].map(mapCommentType)).toEqual([
      'pingback',
      'trackback',
      'comment',
      'comment',
    ]);
  });

  it('rewrites imported media, resized copies too, and leaves other URLs', () => {
    const rewrite = mediaRewriter(
      new Map([['https://o.example/wp-content/uploads/a.jpg', '/media/h-960w.webp']]),
    );
    expect(rewrite?.('https://o.example/wp-content/uploads/a-300x200.jpg')).toBe('/media/h-960w.webp');
    expect(rewrite?.('https://o.example/wp-content/uploads/b.jpg')).toBe(
      'https://o.example/wp-content/uploads/b.jpg',
    );
    expect(mediaRewriter(new Map())).toBeUndefined();
  });
});
