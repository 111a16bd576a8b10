import { describe, expect, it } from 'vitest';
import type { Article, ArticleSummary } from './article.ts';
import { articleBytes, KeptArticleParts, summaryBytes } from './kept-articles.ts';

const summary = (id: number, over: Partial<ArticleSummary> = {}): ArticleSummary => ({
  id,
  kind: 'post',
  title: `Title ${id}`,
  slug: `title-${id}`,
  excerpt: 'An excerpt of the story.',
  author: { id: 7, name: 'Aigerim Sadykova', slug: 'aigerim', bio: 'Almaty-based correspondent.' },
  tags: [
    { id: 1, slug: 'trade', name: 'Trade', description: 'Trade across Central Asia.' },
    { id: 2, slug: 'energy', name: 'Energy', description: 'Pipelines and power.' },
  ],
  language: 'en',
  publishedAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  featureImage: null,
  ...over,
});

describe('KeptArticleParts', () => {
  it('shares one author and one tag object among kept summaries with equal ones, and freezes them', () => {
    const parts = new KeptArticleParts();
    const a = parts.freeze(summary(1));
    const b = parts.freeze(summary(2));
    expect(b.author).toBe(a.author);
    expect(b.tags[0]).toBe(a.tags[0]);
    expect(b.tags[1]).toBe(a.tags[1]);
    expect(b.tags).not.toBe(a.tags);
    for (const o of [a, a.author, a.tags, a.tags[0], b]) expect(Object.isFrozen(o)).toBe(true);
  });

  it('keeps a changed author or tag as it was read, not the earlier one', () => {
    const parts = new KeptArticleParts();
    const a = parts.freeze(summary(1));
    const renamed = summary(2, {
      author: { id: 7, name: 'Aigerim S.', slug: 'aigerim', bio: 'Almaty-based correspondent.' },
      tags: [{ id: 1, slug: 'trade', name: 'Trade', description: 'Trade, customs and tariffs.' }],
    });
    const b = parts.freeze(renamed);
    expect(b.author.name).toBe('Aigerim S.');
    expect(b.author).not.toBe(a.author);
    expect(b.tags[0]?.description).toBe('Trade, customs and tariffs.');
    // The newer ones are shared from then on.
    expect(parts.freeze(summary(3, { author: renamed.author })).author).toBe(b.author);
  });
});

describe('kept sizes', () => {
  it('counts a summary by its own texts, two bytes a character beyond Latin-1', () => {
    const plain = summaryBytes(summary(1, { excerpt: 'a'.repeat(1000) }));
    const curly = summaryBytes(summary(1, { excerpt: `${'a'.repeat(999)}’` }));
    expect(plain).toBeGreaterThan(1000);
    expect(curly - plain).toBeGreaterThanOrEqual(1000);
    // Its author and tags are shared, so their texts do not count.
    const longBio = summary(1, {
      excerpt: 'a'.repeat(1000),
      author: { id: 7, name: 'A', slug: 'a', bio: 'b'.repeat(5000) },
    });
    expect(summaryBytes(longBio)).toBe(plain);
  });

  it('counts an article by its body in all three forms', () => {
    const article: Article = {
      ...summary(1),
      status: 'published',
      bodyMarkdown: 'm'.repeat(10_000),
      bodyHtml: 'h'.repeat(12_000),
      bodyText: 't'.repeat(9_000),
      excerptAuto: true,
      translationGroup: null,
      seoTitle: null,
      seoDescription: null,
      commentsOpen: true,
      createdAt: '2026-12-01T10:00:00.000Z',
    };
    expect(articleBytes(article)).toBeGreaterThan(31_000);
    expect(articleBytes(article)).toBeLessThan(33_000);
  });
});
