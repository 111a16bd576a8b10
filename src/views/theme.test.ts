import { describe, expect, it } from 'vitest';
import { sampleArticle, sampleMeta, sampleSite } from '../../test/support/view-fixtures.ts';
import { html } from './html.ts';
import { applyTheme, defaultTheme, ThemeError, themeFrom, themeOverridesOf } from './theme.ts';
import { renderArticle } from './article-page.ts';
import { renderError } from './error-page.ts';

const errorPage = (theme = defaultTheme) =>
  String(
    renderError({
      site: sampleSite({ theme: theme.views }),
      meta: sampleMeta('/missing'),
      status: 404,
      heading: 'Page not found',
      message: 'Nothing here.',
    }),
  );

describe('site theme', () => {
  it('is the stock views and stylesheet when nothing is configured', () => {
    const theme = themeFrom({ module: null, css: null });
    expect(theme).toBe(defaultTheme);
  });

  it('hands a replaced view the one it replaces, and every page uses the replacement', () => {
    const theme = applyTheme(defaultTheme, {
      views: {
        siteFooter: (props, parent) =>
          html`<p class="mine">${props.site.title}</p>
            ${parent(props)}`,
      },
    });
    const page = errorPage(theme);
    expect(page).toMatch(/<p class="mine">Silk Road Dispatch<\/p>\s*<footer class="site-footer"/);
    expect(errorPage()).not.toContain('class="mine"');
  });

  it('replaces the whole article page when the theme says so, keeping its layout', () => {
    const theme = applyTheme(defaultTheme, {
      views: {
        article: (p) =>
          p.site.theme.layout({
            site: p.site,
            meta: p.meta,
            main: html`<h1>${p.article.title}</h1>`,
            pageClass: 'x',
          }),
      },
    });
    const site = sampleSite({ theme: theme.views });
    const article = sampleArticle();
    const page = String(
      renderArticle({
        site,
        meta: sampleMeta('/article/a'),
        article,
        readingMinutes: 3,
        previous: null,
        next: null,
        related: [],
        commentsHtml: html``,
      }),
    );
    expect(page).toContain(`<h1>${article.title}</h1>`);
    expect(page).toContain('<body class="x">');
    expect(page).not.toContain('article-byline');
  });

  it('adds the THEME_CSS file after the stylesheet of the THEME module', () => {
    const theme = themeFrom({
      module: { path: '/t.js', exports: { default: { css: 'a{}' } } },
      css: { path: '/b.css', text: 'b{}' },
    });
    expect(theme.css).toBe('a{}\nb{}');
    expect(themeFrom({ module: null, css: { path: '/b.css', text: 'b{}' } }).css).toBe(
      `${defaultTheme.css}\nb{}`,
    );
  });

  it('calls a module written as a function with the kit (html, the stock theme)', () => {
    const overrides = themeOverridesOf(
      {
        theme: (kit: { defaultTheme: { css: string } }) => ({
          name: 'kit',
          css: `${kit.defaultTheme.css}x{}`,
        }),
      },
      '/t.js',
    );
    expect(overrides).toEqual({ name: 'kit', css: `${defaultTheme.css}x{}` });
  });

  it.each([
    [{}, 'exports neither a default export nor `theme`'],
    [{ default: 3 }, 'is not an object'],
    [{ default: { colour: 'red' } }, 'unknown field colour'],
    [{ default: { css: 4 } }, '`css` must be a string'],
    [{ default: { views: { sidebar: () => '' } } }, 'unknown view sidebar'],
    [{ default: { views: { layout: '<html>' } } }, 'view layout must be a function'],
  ])('refuses a module that is not a theme, naming it: %j', (exports, problem) => {
    expect(() => themeOverridesOf(exports, '/srv/theme.js')).toThrow(ThemeError);
    expect(() => themeOverridesOf(exports, '/srv/theme.js')).toThrow(`Theme /srv/theme.js: ${problem}`);
  });
});
