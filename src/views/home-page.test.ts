import { describe, expect, it } from 'vitest';
import { renderHome } from './index.ts';
import {
  jsonLdOfType,
  normalize,
  sampleMeta,
  samplePagination,
  sampleSite,
  sampleSummary,
} from '../../test/support/view-fixtures.ts';

function home(page = 1, total = 3): string {
  return normalize(
    renderHome({
      site: sampleSite(),
      meta: sampleMeta(page === 1 ? '/' : `/page/${page}`),
      items: [1, 2, 3].map((n) => sampleSummary(n)),
      pagination: samplePagination(page, total),
    }),
  );
}

describe('renderHome', () => {
  it('renders a complete document with the layout landmarks and one h1', () => {
    const page = home();
    expect(page.startsWith('<!doctype html><html lang="en" dir="ltr">')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toMatch(/<body[^>]*><a class="skip-link" id="top" href="#content">Skip to content<\/a>/);
    for (const tag of [
      '<header',
      '<nav class="site-nav" aria-label="Main">',
      '<main id="content"',
      '<footer',
    ])
      expect(page).toContain(tag);
    expect(page.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(page).toContain('<a href="#top" class="back-to-top">Back to top</a>');
  });

  it('links the stylesheet and the deferred external script, with no inline script or style', () => {
    const page = home();
    expect(page).toContain('<link rel="stylesheet" href="/assets/theme.abc123.css">');
    expect(page).toContain('<script src="/assets/site.abc123.js" defer></script>');
    expect(page.match(/<script(?![^>]*(src=|type="application\/ld\+json"))/g)).toBeNull();
    expect(page).not.toMatch(/\sstyle=|<style|\son[a-z]+=/i);
  });

  it('shows cards with headline link, excerpt, author link, date and tags', () => {
    const page = home();
    expect(page).toContain('<a class="card-link" href="/article/khorgos-record-2">');
    expect(page).toContain('href="/author/aigerim-sadykova"');
    expect(page).toContain('<time datetime="2026-03-12T08:30:00.000Z">March 12, 2026</time>');
    expect(page).toContain('<a class="tag" href="/tag/trade" rel="tag">Trade</a>');
    expect(page).toContain('card card--lead');
  });

  it('paginates with rel links and "Page N of M"', () => {
    const page = home(2, 3);
    expect(page).toContain('href="/" rel="prev"');
    expect(page).toContain('href="/page/3" rel="next"');
    expect(page).toContain('Page 2 of 3');
    expect(page).not.toContain('card--lead');
  });

  it('has head metadata: canonical, Open Graph, Twitter, feeds, hreflang', () => {
    const page = home();
    expect(page).toContain('<link rel="canonical" href="https://news.example.org/">');
    expect(page).toContain('<meta property="og:type" content="website">');
    expect(page).toContain('<meta property="og:locale" content="en">');
    expect(page).toContain('<meta name="twitter:card" content="summary">');
    expect(page).toContain('<link rel="alternate" hreflang="en" href="https://news.example.org/">');
    expect(page).toContain('type="application/atom+xml"');
    expect(page).toContain('type="application/feed+json"');
    expect(page).not.toContain('noindex');
    expect(jsonLdOfType(page, 'WebSite')).toMatchObject({ name: 'Silk Road Dispatch' });
  });

  it('marks the current navigation item and offers a labelled search form', () => {
    const page = home();
    expect(page).toContain('<li><a href="/" aria-current="page">Home</a></li>');
    expect(page).toContain('<label class="visually-hidden" for="site-search-q">Search articles</label>');
    expect(page).toContain('<a href="/tag/energy">Energy</a>');
  });

  it('shows an empty state when nothing is published', () => {
    const page = normalize(
      renderHome({
        site: sampleSite(),
        meta: sampleMeta('/'),
        items: [],
        pagination: samplePagination(1, 1),
      }),
    );
    expect(page).toContain('Nothing has been published yet');
    expect(page).not.toContain('class="pagination"');
  });
});
