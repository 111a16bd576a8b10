import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { EMPTY_HTML } from './html.ts';
import { renderArticle } from './article-page.ts';
import { languageName } from './multilingual-text.ts';
import { articleTranslations, translationJsonLd } from './translation-links.ts';
import type { StoryVersion } from './types.ts';
import { sampleArticle, sampleMeta, sampleSite } from '../../test/support/view-fixtures.ts';

const site = { siteUrl: 'https://news.example.org', language: 'en' };
const v = (id: number, language: string, publishedAt: string): StoryVersion => ({
  id,
  language,
  title: `T${id}`,
  path: `/article/t${id}`,
  publishedAt,
});
const ru = v(1, 'ru', '2026-01-01T00:00:00.000Z');
const en = v(2, 'en', '2026-01-02T00:00:00.000Z');
const zh = v(3, 'zh-Hans', '2026-01-03T00:00:00.000Z');

describe('articleTranslations', () => {
  it('is null without a translation', () => {
    expect(articleTranslations(site, en, [])).toBeNull();
  });

  it('orders versions by tag, x-default in the site language, the first published as original', () => {
    const t = articleTranslations(site, zh, [ru, en])!;
    expect(t.versions.map((x) => [x.language, x.current])).toEqual([
      ['en', false],
      ['ru', false],
      ['zh-Hans', true],
    ]);
    expect(t.alternates.at(-1)).toEqual({
      hreflang: 'x-default',
      href: 'https://news.example.org/article/t2',
    });
    expect(t.originalId).toBe(1);
    // The same alternates from every version.
    expect(articleTranslations(site, ru, [en, zh])!.alternates).toEqual(t.alternates);
  });

  it('without a version in the site language, x-default is the original', () => {
    const t = articleTranslations({ ...site, language: 'kk' }, zh, [ru])!;
    expect(t.alternates.at(-1)?.href).toBe('https://news.example.org/article/t1');
  });

  it('JSON-LD: workTranslation on the original, translationOfWork on the others', () => {
    const original = translationJsonLd(articleTranslations(site, ru, [en, zh])!);
    expect(original).toEqual({
      workTranslation: [
        {
          '@type': 'NewsArticle',
          url: 'https://news.example.org/article/t2',
          headline: 'T2',
          inLanguage: 'en',
        },
        {
          '@type': 'NewsArticle',
          url: 'https://news.example.org/article/t3',
          headline: 'T3',
          inLanguage: 'zh-Hans',
        },
      ],
    });
    expect(translationJsonLd(articleTranslations(site, en, [ru])!)).toEqual({
      translationOfWork: {
        '@type': 'NewsArticle',
        url: 'https://news.example.org/article/t1',
        headline: 'T1',
        inLanguage: 'ru',
      },
    });
  });
});

describe('languageName', () => {
  it('names a language in itself, capitalised as menus write it', () => {
    expect(languageName('ru')).toBe('Русский');
    expect(languageName('zh-Hans')).toBe('简体中文');
    expect(languageName('kk')).toBe('Қазақ тілі');
    expect(languageName('en')).toBe('English');
    expect(languageName('x-unknown-tag!')).toBe('x-unknown-tag!');
  });
});

describe('an article page with translations', () => {
  it('passes html-validate', async () => {
    const article = sampleArticle({ language: 'ru' });
    const html = String(
      renderArticle({
        site: sampleSite(),
        meta: sampleMeta('/article/x', { ogType: 'article', language: 'ru' }),
        article,
        readingMinutes: 3,
        previous: null,
        next: null,
        related: [],
        commentsHtml: EMPTY_HTML,
        translations: articleTranslations(site, { ...ru, id: article.id }, [en, zh]),
      }),
    );
    expect(html).toContain('hreflang="zh-Hans" lang="zh-Hans"');
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(html, 'page.html');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});
