import { describe, expect, it } from 'vitest';
import { html as htmlTag } from './html.ts';
import { renderError, renderStaticPage } from './index.ts';
import { normalize, sampleArticle, sampleMeta, sampleSite } from '../../test/support/view-fixtures.ts';

describe('renderStaticPage', () => {
  it('renders the title, the body and trusted extra HTML', () => {
    const html = normalize(
      String(
        renderStaticPage({
          site: sampleSite(),
          meta: sampleMeta('/privacy'),
          page: sampleArticle({ kind: 'page', slug: 'privacy', title: 'How your comment data is processed' }),
          extraHtml: htmlTag`<form class="privacy-request" action="/privacy/request" method="post"></form>`,
        }),
      ),
    );
    expect(html).toContain('<h1 class="article-title">How your comment data is processed</h1>');
    expect(html).toContain('<h2>What is moving</h2>');
    expect(html).toContain('<form class="privacy-request" action="/privacy/request" method="post"></form>');
    expect(html).toContain('<li><a href="/privacy">Privacy</a></li>');
  });
});

describe('renderError', () => {
  it('renders a 404 with a pre-filled search box and a link home, not indexed', () => {
    const html = normalize(
      String(
        renderError({
          site: sampleSite(),
          meta: sampleMeta('/article/nope'),
          status: 404,
          heading: 'Page not found',
          message: 'We could not find that page.',
          query: 'khorgos port',
        }),
      ),
    );
    expect(html).toContain('<h1 class="page-title">Page not found</h1>');
    expect(html).toContain('Error 404');
    expect(html).toContain('name="q" value="khorgos port"');
    expect(html).toContain('<a href="/">Go to the home page</a>');
    expect(html).toContain('<meta name="robots" content="noindex, follow">');
  });

  it('renders a 500 without a search box or internals', () => {
    const html = normalize(
      String(
        renderError({
          site: sampleSite(),
          meta: sampleMeta('/'),
          status: 500,
          heading: 'Something went wrong',
          message: 'Please try again in a moment.',
        }),
      ),
    );
    expect(html).toContain('<h1 class="page-title">Something went wrong</h1>');
    expect(html).not.toContain('id="error-search"');
    expect(html).not.toMatch(/stack|at \w+ \(/i);
  });
});
