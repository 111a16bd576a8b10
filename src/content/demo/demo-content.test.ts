import { describe, it, expect } from 'vitest';
import { demoArticles, demoAuthors, demoPages, demoTags } from './demo-content.ts';

const CUTOFF = Date.parse('2026-11-26T00:00:00.000Z');

describe('demo content', () => {
  it('has enough articles, authors and tags', () => {
    expect(demoArticles.length).toBeGreaterThanOrEqual(10);
    expect(demoAuthors.length).toBeGreaterThanOrEqual(3);
    expect(demoTags.length).toBeGreaterThanOrEqual(6);
  });

  it('uses unique slugs', () => {
    for (const list of [demoArticles, demoAuthors, demoTags, demoPages]) {
      const slugs = list.map((item) => item.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
    for (const article of demoArticles) {
      expect(article.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('references only existing authors and tags', () => {
    const authors = new Set(demoAuthors.map((a) => a.slug));
    const tags = new Set(demoTags.map((t) => t.slug));
    for (const article of demoArticles) {
      expect(authors.has(article.authorSlug), `${article.slug}: ${article.authorSlug}`).toBe(true);
      expect(article.tagSlugs.length).toBeGreaterThan(0);
      for (const tag of article.tagSlugs) {
        expect(tags.has(tag), `${article.slug}: ${tag}`).toBe(true);
      }
    }
  });

  it('includes Chinese, Russian and pipeline coverage', () => {
    expect(demoArticles.some((a) => a.language.startsWith('zh') && a.bodyMarkdown.includes('中亚'))).toBe(
      true,
    );
    expect(demoArticles.some((a) => a.language === 'ru' && a.bodyMarkdown.includes('Казахстан'))).toBe(true);
    const pipelineArticles = demoArticles.filter(
      (a) => a.language === 'en' && a.bodyMarkdown.toLowerCase().includes('pipeline'),
    );
    expect(pipelineArticles.length).toBeGreaterThanOrEqual(2);
  });

  it('tells one story in English, Chinese and Russian, one article per language', () => {
    const stories = new Map<string, string[]>();
    for (const a of demoArticles)
      if (a.story) stories.set(a.story, [...(stories.get(a.story) ?? []), a.language]);
    expect([...stories.values()].some((l) => ['en', 'ru', 'zh-Hans'].every((x) => l.includes(x)))).toBe(true);
    for (const languages of stories.values()) expect(new Set(languages).size).toBe(languages.length);
  });

  it('has parseable dates before the cutoff', () => {
    for (const article of demoArticles) {
      for (const date of [article.publishedAt, article.updatedAt]) {
        if (date === undefined) continue;
        const time = Date.parse(date);
        expect(Number.isNaN(time), `${article.slug}: ${date}`).toBe(false);
        expect(time, `${article.slug}: ${date}`).toBeLessThan(CUTOFF);
        expect(new Date(time).toISOString()).toBe(date);
      }
      if (article.updatedAt !== undefined) {
        expect(Date.parse(article.updatedAt)).toBeGreaterThan(Date.parse(article.publishedAt));
      }
    }
  });

  it('provides the about and privacy pages', () => {
    expect(demoPages.map((p) => p.slug)).toEqual(expect.arrayContaining(['about', 'privacy']));
  });
});
