// Every page must pass html-validate with the repository's `.htmlvalidate.json`
// (html-validate:recommended). Rules adjusted there, and why (JSON has no comments):
// - long-title: off. Headlines are editorial content and the site name is appended, so titles
//   often exceed 70 characters; search engines truncate them rather than reject them.
// - no-trailing-whitespace: off. The markup is generated; indentation left by empty conditional
//   fragments is harmless, and stripping it could alter `<pre>` content from the Markdown body.
// - void-style: off. Prettier formats the templates with `<meta />` while the Markdown renderer
//   writes `<img>`; both are valid HTML.
// - doctype-style: set to lowercase, the HTML standard's own spelling `<!doctype html>`.
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import {
  renderArticle,
  renderError,
  renderHome,
  renderListing,
  renderSearch,
  renderStaticPage,
} from './index.ts';
import { SAMPLE_COMMENTS_HTML } from '../../test/support/sample-comments-html.ts';
import { unsafeRawHtml } from './html.ts';
import {
  sampleArticle,
  sampleAuthor,
  sampleMeta,
  samplePagination,
  sampleSite,
  sampleSummary,
  sampleTags,
} from '../../test/support/view-fixtures.ts';

const site = sampleSite({ logo: '/media/logo.png' });
const items = [
  sampleSummary(1, { featureImage: { src: '/media/a.jpg', alt: 'Trucks at a border crossing' } }),
  sampleSummary(2, { language: 'ru', title: 'Два года без виз' }),
  sampleSummary(3, { language: 'zh-Hans', title: '中国—中亚峰会' }),
];
const paged = samplePagination(2, 3);

const pages: Record<string, string> = {
  home: String(renderHome({ site, meta: sampleMeta('/'), items, pagination: paged })),
  article: String(
    renderArticle({
      site,
      meta: sampleMeta('/article/x', { ogType: 'article', image: 'https://news.example.org/media/a.jpg' }),
      article: sampleArticle({ featureImage: { src: '/media/a.jpg', alt: 'Trucks at a border crossing' } }),
      readingMinutes: 3,
      previous: items[1] ?? null,
      next: items[2] ?? null,
      related: items,
      // Example markup written by hand for this test.
      commentsHtml: unsafeRawHtml(SAMPLE_COMMENTS_HTML),
    }),
  ),
  tag: String(
    renderListing({
      site,
      meta: sampleMeta('/tag/trade'),
      kind: 'tag',
      heading: 'Trade',
      intro: 'Goods.',
      items,
      pagination: paged,
      tag: sampleTags[0],
    }),
  ),
  author: String(
    renderListing({
      site,
      meta: sampleMeta('/author/a', { ogType: 'profile' }),
      kind: 'author',
      heading: sampleAuthor.name,
      intro: sampleAuthor.bio,
      items,
      pagination: paged,
      author: sampleAuthor,
    }),
  ),
  archive: String(
    renderListing({
      site,
      meta: sampleMeta('/archive/2026/03'),
      kind: 'archive',
      heading: 'March 2026',
      intro: '',
      items,
      pagination: paged,
      months: [{ month: '2026-03', count: 3 }],
    }),
  ),
  search: String(
    renderSearch({
      site,
      meta: sampleMeta('/search', { noindex: true }),
      query: 'pipeline',
      results: items.map((article) => ({ article, snippet: [{ text: 'pipeline', hit: true }] })),
      total: 3,
      pagination: paged,
    }),
  ),
  'empty search': String(
    renderSearch({
      site,
      meta: sampleMeta('/search'),
      query: '',
      results: [],
      total: 0,
      pagination: samplePagination(1, 1),
    }),
  ),
  static: String(
    renderStaticPage({ site, meta: sampleMeta('/about'), page: sampleArticle({ kind: 'page' }) }),
  ),
  404: String(
    renderError({
      site,
      meta: sampleMeta('/x'),
      status: 404,
      heading: 'Page not found',
      message: 'Gone.',
    }),
  ),
  500: String(
    renderError({ site, meta: sampleMeta('/x'), status: 500, heading: 'Error', message: 'Try again.' }),
  ),
};

describe('html-validate', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  for (const [name, html] of Object.entries(pages)) {
    it(`reports no errors on the ${name} page`, async () => {
      const report = await validator.validateString(html, 'page.html');
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
      expect(messages).toEqual([]);
    });
  }
});
