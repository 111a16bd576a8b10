import { describe, expect, it } from 'vitest';
import { EMPTY_HTML } from './html.ts';
import type { ArticleSummary } from '../content/article.ts';
import {
  renderArticle,
  renderError,
  renderHome,
  renderListing,
  renderSearch,
  renderStaticPage,
} from './index.ts';
import {
  HOSTILE,
  jsonLdOfType,
  sampleArticle,
  sampleAuthor,
  sampleMeta,
  samplePagination,
  sampleSite,
  sampleSummary,
} from '../../test/support/view-fixtures.ts';

const evil = `${HOSTILE.script} ${HOSTILE.attribute} ${HOSTILE.closeScript}`;
const site = sampleSite({
  title: `Dispatch ${HOSTILE.attribute}`,
  tagline: evil,
  footerText: evil,
  logo: HOSTILE.attribute,
  navTags: [{ id: 9, slug: HOSTILE.attribute, name: evil, description: evil, count: 1 }],
});
const meta = sampleMeta('/x', { title: evil, description: evil, image: HOSTILE.attribute });
const author = { ...sampleAuthor, name: evil, bio: evil, slug: HOSTILE.attribute };
const tags = [{ id: 9, slug: HOSTILE.attribute, name: evil, description: evil }];
const item: ArticleSummary = sampleSummary(1, {
  title: evil,
  excerpt: evil,
  author,
  tags,
  slug: HOSTILE.attribute,
  featureImage: { src: HOSTILE.attribute, alt: evil },
});
const article = sampleArticle({ ...item, title: HOSTILE.closeScript, bodyMarkdown: evil });
const pagination = samplePagination(1, 1);

const pages: Record<string, string> = {
  home: String(renderHome({ site, meta, items: [item], pagination })),
  article: String(
    renderArticle({
      site,
      meta,
      article,
      readingMinutes: 1,
      previous: item,
      next: item,
      related: [item],
      commentsHtml: EMPTY_HTML,
    }),
  ),
  tag: String(
    renderListing({
      site,
      meta,
      kind: 'tag',
      heading: evil,
      intro: evil,
      items: [item],
      pagination,
      tag: tags[0],
    }),
  ),
  author: String(
    renderListing({
      site,
      meta,
      kind: 'author',
      heading: evil,
      intro: evil,
      items: [item],
      pagination,
      author,
    }),
  ),
  archive: String(
    renderListing({
      site,
      meta,
      kind: 'archive',
      heading: evil,
      intro: evil,
      items: [item],
      pagination,
      months: [{ month: HOSTILE.attribute, count: 1 }],
    }),
  ),
  search: String(
    renderSearch({
      site,
      meta,
      query: evil,
      results: [
        {
          article: item,
          snippet: [
            { text: evil, hit: true },
            { text: evil, hit: false },
          ],
        },
      ],
      total: 1,
      pagination,
    }),
  ),
  empty: String(renderSearch({ site, meta, query: evil, results: [], total: 0, pagination })),
  static: String(renderStaticPage({ site, meta, page: { ...article, kind: 'page' } })),
  error: String(renderError({ site, meta, status: 404, heading: evil, message: evil, query: evil })),
};

describe('hostile strings', () => {
  for (const [name, html] of Object.entries(pages)) {
    it(`appear only escaped on the ${name} page`, () => {
      expect(html).not.toContain(HOSTILE.script);
      // JSON-LD holds the strings as (escaped) JSON data; check the markup around it.
      const markup = html.replace(/(<script type="application\/ld\+json">)[\s\S]*?(<\/script>)/g, '$1$2');
      expect(markup).not.toMatch(/<[^>]*\sonerror=/i);
      expect(html).not.toContain('<img src=x');
      expect(html).not.toMatch(/<script>alert/);
      expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
      // The only script elements are the site script and JSON-LD blocks.
      const scripts = html.match(/<script[\s>]/g) ?? [];
      const allowed =
        html.match(/<script (src="\/assets\/site\.abc123\.js" defer|type="application\/ld\+json")>/g) ?? [];
      expect(scripts.length).toBe(allowed.length);
    });
  }

  it('cannot close the JSON-LD script from an article title, and the JSON still parses', () => {
    const html = pages.article ?? '';
    expect(html).not.toContain('</script><script>alert(2)');
    expect(jsonLdOfType(html, 'NewsArticle')).toMatchObject({ headline: HOSTILE.closeScript });
    expect(jsonLdOfType(html, 'BreadcrumbList')).toBeDefined();
  });
});
