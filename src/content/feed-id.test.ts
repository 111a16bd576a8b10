import { describe, expect, it } from 'vitest';
import { articleFeedId } from './feed-id.ts';

describe('articleFeedId', () => {
  const a = { id: 42, createdAt: '2026-09-25T11:00:00.000Z' };
  it('is a tag: URI of the host, the day of creation and the id, whatever the slug', () => {
    expect(articleFeedId(a, 'https://news.example:8443')).toBe('tag:news.example,2026-09-25:article:42');
  });
  it('is the stored id when there is one: a site path made absolute, or a URI as it is', () => {
    expect(articleFeedId({ ...a, feedId: '/article/old-slug' }, 'https://news.example')).toBe(
      'https://news.example/article/old-slug',
    );
    expect(articleFeedId({ ...a, feedId: 'https://old.example/?p=7' }, 'https://news.example')).toBe(
      'https://old.example/?p=7',
    );
  });
});
