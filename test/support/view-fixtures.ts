// Sample props for the view tests and for previewing pages (not used in production code).
import type { Article, ArticleSummary, Author, Tag } from '../../src/content/article.ts';
import { createMarkdownRenderer } from '../../src/content/markdown.ts';
import type { Pagination, PageMeta, SiteView } from '../../src/views/types.ts';
import { type Html, html } from '../../src/views/html.ts';
import { defaultTheme } from '../../src/views/theme.ts';

/** Strings that must only ever appear escaped. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  attribute: '"><img src=x onerror=alert(1)>',
  closeScript: 'Ends </script><script>alert(2)</script> here',
} as const;

/** A site with a couple of navigation tags. */
export function sampleSite(overrides: Partial<SiteView> = {}): SiteView {
  return {
    title: 'Silk Road Dispatch',
    tagline: 'News on China and Central Asia',
    description: 'Independent reporting on China–Central Asia relations.',
    language: 'en',
    siteUrl: 'https://news.example.org',
    footerText: 'Independent regional journalism since 2024.',
    logo: null,
    navTags: [
      { id: 1, slug: 'trade', name: 'Trade', description: 'Goods and customs.', count: 5 },
      { id: 2, slug: 'energy', name: 'Energy', description: 'Pipelines and power.', count: 4 },
    ],
    assets: {
      css: '/assets/theme.abc123.css',
      js: '/assets/site.abc123.js',
      stockCss: '/assets/theme.abc123.css',
    },
    theme: defaultTheme.views,
    year: 2026,
    ...overrides,
  };
}

/** Page metadata for `path` on the sample site. */
export function sampleMeta(path: string, overrides: Partial<PageMeta> = {}): PageMeta {
  return {
    title: 'Silk Road Dispatch',
    description: 'Independent reporting on China–Central Asia relations.',
    canonicalUrl: `https://news.example.org${path}`,
    language: 'en',
    ogType: 'website',
    jsonLd: [],
    feeds: [
      {
        href: 'https://news.example.org/feed.xml',
        type: 'application/rss+xml',
        title: 'Silk Road Dispatch (RSS)',
      },
      {
        href: 'https://news.example.org/atom.xml',
        type: 'application/atom+xml',
        title: 'Silk Road Dispatch (Atom)',
      },
      {
        href: 'https://news.example.org/feed.json',
        type: 'application/feed+json',
        title: 'Silk Road Dispatch (JSON Feed)',
      },
    ],
    ...overrides,
  };
}

/** An author with a bio (authors never carry an email). */
export const sampleAuthor: Author = {
  id: 1,
  name: 'Aigerim Sadykova',
  slug: 'aigerim-sadykova',
  bio: 'Almaty-based correspondent covering trade, customs and summit diplomacy.',
};

/** Two tags, the first one named in breadcrumbs. */
export const sampleTags: Tag[] = [
  { id: 1, slug: 'trade', name: 'Trade', description: 'Goods and customs.' },
  { id: 3, slug: 'transport', name: 'Transport', description: 'Roads and railways.' },
];

/** A summary; `n` varies slug, title and date. */
export function sampleSummary(n: number, overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  const day = String(10 + (n % 18)).padStart(2, '0');
  return {
    id: n,
    kind: 'post',
    title: `Khorgos dry port handles record container traffic, part ${n}`,
    slug: `khorgos-record-${n}`,
    excerpt: 'Rail freight through the border hub grew again this quarter as new tracks opened.',
    author: sampleAuthor,
    tags: sampleTags,
    language: 'en',
    publishedAt: `2026-03-${day}T08:30:00.000Z`,
    updatedAt: `2026-03-${day}T08:30:00.000Z`,
    featureImage: null,
    ...overrides,
  };
}

const BODY = `ALMATY — Trade between China and Central Asia reached a record, customs figures show.

## What is moving

Machinery, vehicles and electronics travel west; energy and ores travel east.

- **Infrastructure.** New rail links at Khorgos.
- **Policy.** Simpler customs procedures.

> "Paperwork is still the real border," a trader said.

| Country | Trade (bn yuan) |
| --- | --- |
| Kazakhstan | 296.3 |
| Uzbekistan | 106.8 |

Use \`code\` sparingly.[^1]

[^1]: Conversions are approximate.
`;

/** A full article rendered with the real Markdown renderer. */
export function sampleArticle(overrides: Partial<Article> = {}): Article {
  const md = createMarkdownRenderer();
  const bodyMarkdown = overrides.bodyMarkdown ?? BODY;
  return {
    ...sampleSummary(1),
    title: 'China–Central Asia trade climbs to a record as overland routes fill up',
    slug: 'china-central-asia-trade-record',
    updatedAt: '2026-03-12T15:00:00.000Z',
    publishedAt: '2026-03-10T08:30:00.000Z',
    status: 'published',
    bodyMarkdown,
    bodyHtml: md.toHtml(bodyMarkdown),
    seoTitle: null,
    seoDescription: null,
    commentsOpen: true,
    createdAt: '2026-03-09T10:00:00.000Z',
    excerptAuto: false,
    ...overrides,
  };
}

/** Pagination for page `page` of `total` under `base` ('' for home). */
export function samplePagination(page: number, total: number, base = ''): Pagination {
  const url = (n: number): string => (n === 1 ? base || '/' : `${base}/page/${n}`);
  return {
    page,
    totalPages: total,
    previousUrl: page > 1 ? url(page - 1) : null,
    nextUrl: page < total ? url(page + 1) : null,
  };
}

/** The placeholder the article route passes until comments exist. */
export const COMMENTS_PLACEHOLDER: Html = html`<h2 class="section-title" id="comments-heading">Comments</h2>
  <p>Comments are coming soon.</p>`;

/** Every JSON-LD block of a page, parsed. */
export function jsonLdBlocks(page: string): Record<string, unknown>[] {
  const blocks = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  return blocks.map((m) => JSON.parse(m[1] ?? 'null') as Record<string, unknown>);
}

/** The JSON-LD block of the given `@type`. */
export function jsonLdOfType(page: string, type: string): Record<string, unknown> | undefined {
  return jsonLdBlocks(page).find((b) => b['@type'] === type);
}

/** Page HTML with whitespace collapsed and `/>` written as `>`, so tests don't depend on formatting. */
export function normalize(page: string | Html): string {
  return String(page)
    .replace(/\s+/g, ' ')
    .replace(/\s*\/>/g, '>')
    .replace(/\s+>/g, '>')
    .replace(/>\s+</g, '><');
}
