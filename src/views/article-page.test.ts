import { describe, expect, it } from 'vitest';
import { EMPTY_HTML } from './html.ts';
import type { Article } from '../content/article.ts';
import { renderArticle } from './index.ts';
import {
  COMMENTS_PLACEHOLDER,
  jsonLdOfType,
  normalize,
  sampleArticle,
  sampleMeta,
  sampleSite,
  sampleSummary,
} from '../../test/support/view-fixtures.ts';
import type { SiteView } from './types.ts';

function page(article: Article = sampleArticle(), site: SiteView = sampleSite()): string {
  return String(
    renderArticle({
      site,
      meta: sampleMeta(`/article/${article.slug}`, {
        title: article.title,
        ogType: 'article',
        language: article.language,
        publishedTime: article.publishedAt ?? undefined,
        modifiedTime: article.updatedAt,
      }),
      article,
      readingMinutes: 4,
      previous: sampleSummary(7),
      next: sampleSummary(8),
      related: [sampleSummary(9), sampleSummary(10)],
      commentsHtml: COMMENTS_PLACEHOLDER,
    }),
  );
}

describe('renderArticle', () => {
  it('shows headline, byline with author link, dates, reading time and tags', () => {
    const html = normalize(page());
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain(
      '<h1 class="article-title">China–Central Asia trade climbs to a record as overland routes fill up</h1>',
    );
    expect(html).toContain('<a href="/author/aigerim-sadykova" rel="author">Aigerim Sadykova</a>');
    expect(html).toContain('Published <time datetime="2026-03-10T08:30:00.000Z">March 10, 2026</time>');
    expect(html).toContain('Updated <time datetime="2026-03-12T15:00:00.000Z">March 12, 2026</time>');
    expect(html).toContain('4 min read');
    expect(html).toContain('<a class="tag" href="/tag/transport" rel="tag">Transport</a>');
  });

  it('leaves out "Updated" when the update is not meaningfully later', () => {
    const html = page(sampleArticle({ updatedAt: '2026-03-10T08:31:00.000Z' }));
    expect(html).not.toContain('Updated');
  });

  it('includes the rendered body with tables, footnotes and blockquotes', () => {
    const html = page();
    expect(html).toContain('<div class="table-wrap" tabindex="0" role="region" aria-label="Table">');
    expect(html).toContain('class="footnotes"');
    expect(html).toContain('<blockquote>');
  });

  it('shows the feature image with its alt text when present', () => {
    const html = normalize(
      page(sampleArticle({ featureImage: { src: '/media/port.jpg', alt: 'Cranes at Khorgos' } })),
    );
    expect(html).toContain('<img src="/media/port.jpg" alt="Cranes at Khorgos"');
    expect(normalize(page())).not.toContain('article-figure');
  });

  it('has previous/next navigation, related articles and the comments section after the body', () => {
    const html = normalize(page());
    expect(html).toContain('<nav class="article-nav" aria-label="Previous and next articles">');
    expect(html).toContain('href="/article/khorgos-record-7"');
    expect(html).toContain('<h2 class="section-title" id="related-heading">Related articles</h2>');
    expect(html).toContain(
      `<section id="comments" class="comments" aria-label="Comments">${normalize(COMMENTS_PLACEHOLDER)}`,
    );
    expect(html.indexOf('id="comments"')).toBeGreaterThan(html.indexOf('class="article-body prose"'));
  });

  it('adds Open Graph article tags and a large Twitter card when there is an image', () => {
    const article = sampleArticle();
    const html = normalize(
      String(
        renderArticle({
          site: sampleSite(),
          meta: sampleMeta('/article/x', {
            ogType: 'article',
            image: 'https://news.example.org/media/port.jpg',
            publishedTime: article.publishedAt ?? undefined,
            modifiedTime: article.updatedAt,
          }),
          article,
          readingMinutes: 2,
          previous: null,
          next: null,
          related: [],
          commentsHtml: EMPTY_HTML,
        }),
      ),
    );
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain('<meta property="og:image" content="https://news.example.org/media/port.jpg">');
    expect(html).toContain('<meta property="article:published_time" content="2026-03-10T08:30:00.000Z">');
    expect(html).toContain('<meta property="article:modified_time" content="2026-03-12T15:00:00.000Z">');
    expect(html).toContain(
      '<meta property="article:author" content="https://news.example.org/author/aigerim-sadykova">',
    );
    expect(html).toContain('<meta property="article:tag" content="Trade">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).not.toContain('class="article-nav"');
    expect(html).not.toContain('class="related"');
  });

  it('emits NewsArticle and BreadcrumbList JSON-LD with the required fields', () => {
    const site = sampleSite({ logo: '/media/logo.png' });
    const html = page(sampleArticle({ featureImage: { src: '/media/port.jpg', alt: 'Port' } }), site);
    const news = jsonLdOfType(html, 'NewsArticle');
    expect(news).toMatchObject({
      '@context': 'https://schema.org',
      headline: 'China–Central Asia trade climbs to a record as overland routes fill up',
      datePublished: '2026-03-10T08:30:00.000Z',
      dateModified: '2026-03-12T15:00:00.000Z',
      inLanguage: 'en',
      description: 'Rail freight through the border hub grew again this quarter as new tracks opened.',
      keywords: 'Trade, Transport',
      image: ['https://news.example.org/media/port.jpg'],
      mainEntityOfPage: {
        '@type': 'WebPage',
        '@id': 'https://news.example.org/article/china-central-asia-trade-record',
      },
      author: [
        {
          '@type': 'Person',
          name: 'Aigerim Sadykova',
          url: 'https://news.example.org/author/aigerim-sadykova',
        },
      ],
      publisher: {
        '@type': 'Organization',
        name: 'Silk Road Dispatch',
        logo: { '@type': 'ImageObject', url: 'https://news.example.org/media/logo.png' },
      },
    });
    const crumbs = jsonLdOfType(html, 'BreadcrumbList') as {
      itemListElement: { name: string; item: string }[];
    };
    expect(crumbs.itemListElement.map((c) => c.name)).toEqual([
      'Silk Road Dispatch',
      'Trade',
      'China–Central Asia trade climbs to a record as overland routes fill up',
    ]);
    expect(crumbs.itemListElement[1]?.item).toBe('https://news.example.org/tag/trade');
  });

  it('takes the page language from the article and keeps the site chrome in the site language', () => {
    const zh = sampleArticle({ language: 'zh-Hans', title: '中国—中亚贸易创新高' });
    const html = normalize(page(zh));
    expect(html).toContain('<html lang="zh-Hans" dir="ltr">');
    expect(html).toContain('<header class="site-header" lang="en">');
    expect(html).toContain('<meta property="og:locale" content="zh_CN">');
    expect(jsonLdOfType(html, 'NewsArticle')).toMatchObject({ inLanguage: 'zh-Hans' });
  });

  it('never renders an email address', () => {
    const html = page();
    expect(html).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
  });
});

describe('renderArticle without a comment section', () => {
  it('keeps the marked, empty #comments section so the theme can hide it', () => {
    const html = String(
      renderArticle({
        site: sampleSite(),
        meta: sampleMeta('/article/x'),
        article: sampleArticle(),
        readingMinutes: 1,
        previous: null,
        next: null,
        related: [],
        commentsHtml: EMPTY_HTML,
      }),
    );
    expect(html).toContain('<section id="comments" class="comments" aria-label="Comments"></section>');
  });
});
