import { describe, expect, it } from 'vitest';
import { renderListing } from './index.ts';
import {
  jsonLdOfType,
  normalize,
  sampleAuthor,
  sampleMeta,
  samplePagination,
  sampleSite,
  sampleSummary,
  sampleTags,
} from '../../test/support/view-fixtures.ts';
import type { ListingProps } from './types.ts';

function listing(props: Partial<ListingProps> & Pick<ListingProps, 'kind' | 'heading'>): string {
  return normalize(
    renderListing({
      site: sampleSite(),
      meta: sampleMeta('/tag/trade'),
      intro: '',
      items: [sampleSummary(1), sampleSummary(2)],
      pagination: samplePagination(1, 1),
      ...props,
    }),
  );
}

describe('renderListing', () => {
  it('renders a tag page: heading, intro, tag feed, cards, pagination, CollectionPage', () => {
    const html = listing({
      kind: 'tag',
      heading: 'Trade',
      intro: 'Goods and customs.',
      tag: sampleTags[0],
      pagination: samplePagination(1, 2, '/tag/trade'),
    });
    expect(html).toContain('<h1 class="page-title">Trade</h1>');
    expect(html).toContain('<p class="page-intro">Goods and customs.</p>');
    expect(html).toContain('href="/tag/trade/feed.xml"');
    expect(html).toContain('href="/tag/trade/page/2" rel="next"');
    expect(html).toContain('<li><a href="/tag/trade" aria-current="page">Trade</a></li>');
    expect(jsonLdOfType(html, 'CollectionPage')).toMatchObject({
      name: 'Trade',
      url: 'https://news.example.org/tag/trade',
    });
  });

  it('renders an author page with name, bio and Person JSON-LD', () => {
    const html = listing({
      kind: 'author',
      heading: sampleAuthor.name,
      intro: sampleAuthor.bio,
      author: sampleAuthor,
      meta: sampleMeta('/author/aigerim-sadykova', { ogType: 'profile' }),
    });
    expect(html).toContain('<h1 class="page-title">Aigerim Sadykova</h1>');
    expect(html).toContain(sampleAuthor.bio);
    expect(jsonLdOfType(html, 'ProfilePage')).toMatchObject({
      mainEntity: {
        '@type': 'Person',
        name: 'Aigerim Sadykova',
        url: 'https://news.example.org/author/aigerim-sadykova',
      },
    });
  });

  it('renders an archive page with the months and their counts', () => {
    const html = listing({
      kind: 'archive',
      heading: 'March 2026',
      meta: sampleMeta('/archive/2026/03'),
      months: [
        { month: '2026-04', count: 1 },
        { month: '2026-03', count: 4 },
      ],
    });
    expect(html).toContain(
      '<a href="/archive/2026/04">April 2026</a><span class="month-count">1 article</span>',
    );
    expect(html).toContain(
      '<a href="/archive/2026/03" aria-current="page">March 2026</a><span class="month-count">4 articles</span>',
    );
  });

  it('marks the listed month on the bare /archive page', () => {
    const html = listing({
      kind: 'archive',
      heading: 'Archive',
      meta: sampleMeta('/archive'),
      currentMonth: '2026-04',
      months: [
        { month: '2026-04', count: 1 },
        { month: '2026-03', count: 4 },
      ],
    });
    expect(html).toContain('<a href="/archive/2026/04" aria-current="true">April 2026</a>');
    expect(html).toContain('<a href="/archive/2026/03">March 2026</a>');
  });

  it('shows an empty state without items', () => {
    expect(listing({ kind: 'tag', heading: 'Empty', items: [] })).toContain(
      'There are no articles here yet.',
    );
  });
});
