import { describe, expect, it } from 'vitest';
import { renderSearch } from './index.ts';
import {
  normalize,
  sampleMeta,
  samplePagination,
  sampleSite,
  sampleSummary,
} from '../../test/support/view-fixtures.ts';
import type { SearchProps } from './types.ts';

function search(props: Partial<SearchProps>): string {
  return normalize(
    renderSearch({
      site: sampleSite(),
      meta: sampleMeta('/search', { noindex: true }),
      query: '',
      results: [],
      total: 0,
      pagination: samplePagination(1, 1),
      ...props,
    }),
  );
}

describe('renderSearch', () => {
  it('shows a labelled search form keeping the query, the count and highlighted snippets', () => {
    const html = search({
      query: 'pipeline',
      total: 12,
      results: [
        {
          article: sampleSummary(1),
          snippet: [
            { text: 'The crude oil ', hit: false },
            { text: 'pipeline', hit: true },
            { text: ' runs east.', hit: false },
          ],
        },
      ],
      pagination: { page: 1, totalPages: 2, previousUrl: null, nextUrl: '/search?q=pipeline&page=2' },
    });
    expect(html).toContain('<label class="form-label" for="search-page-q">Search for</label>');
    expect(html).toMatch(
      /<input class="form-input" id="search-page-q" type="search" name="q" value="pipeline"/,
    );
    expect(html).toContain('12 results for “pipeline”');
    expect(html).toContain('The crude oil <mark>pipeline</mark> runs east.');
    expect(html).toContain('rel="next"');
    expect(html).toContain('<meta name="robots" content="noindex, follow">');
  });

  it('uses the singular for one result and handles Chinese queries', () => {
    const html = search({
      query: '中亚',
      total: 1,
      results: [
        { article: sampleSummary(2, { language: 'zh-Hans' }), snippet: [{ text: '中亚', hit: true }] },
      ],
    });
    expect(html).toContain('1 result for “中亚”');
    expect(html).toContain('<p class="search-snippet" lang="zh-Hans"><mark>中亚</mark></p>');
  });

  it('shows a friendly empty state', () => {
    const html = search({ query: 'zzz' });
    expect(html).toContain('0 results for “zzz”');
    expect(html).toContain('No articles match “zzz”.');
  });

  it('shows only the form without a query', () => {
    const html = search({});
    expect(html).toContain('name="q" value=""');
    expect(html).not.toContain('results for');
    expect(html).not.toContain('<mark>');
  });
});
