// The document shell every page shares: head metadata, skip link, header, main, back-to-top, footer.
import { type Html, html } from './html.ts';
import { translatorFor } from '../i18n/index.ts';
import { type OgArticle, renderHeadMeta } from './head-meta.ts';
import { langAttr, textDirection } from './lang-attr.ts';
import { renderSiteFooter } from './site-footer.ts';
import { renderSiteHeader } from './site-header.ts';
import type { PageMeta, SiteView } from './types.ts';
import { pathOf } from './urls.ts';

/** What a page hands the layout: its `<main>` content (trusted HTML from our templates) and head extras. */
export interface LayoutInput {
  site: SiteView;
  meta: PageMeta;
  main: Html;
  /** JSON-LD built by the page (placed before `meta.jsonLd`). */
  jsonLd?: object[];
  ogArticle?: OgArticle;
  /** Class on `<body>` naming the page type, e.g. `page-article`. */
  pageClass: string;
}

/** A complete HTML document. */
export function renderLayout(input: LayoutInput): Html {
  const { site, meta } = input;
  const language = meta.language || site.language;
  const ui = translatorFor(site.language);
  // The header, footer and links around the page are in the site's language.
  const chromeLang = langAttr(ui.lang, language);
  const head = renderHeadMeta(site, meta, {
    jsonLd: [...(input.jsonLd ?? []), ...meta.jsonLd],
    ogArticle: input.ogArticle,
  });
  return html`<!doctype html>
    <html lang="${language}" dir="${textDirection(language)}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48" />
        <link rel="icon" href="/icon-192.png" type="image/png" sizes="192x192" />
        <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
        <link rel="manifest" href="/site.webmanifest" />
        ${head}
      </head>
      <body class="${input.pageClass}">
        <a class="skip-link" id="top" href="#content" ${chromeLang}>${ui.t('layout.skipLink')}</a>
        ${renderSiteHeader(site, ui, pathOf(meta.canonicalUrl), chromeLang)}
        <main id="content" class="site-main container" tabindex="-1">
          ${input.main}
          <p class="back-to-top-wrap" ${chromeLang}>
            <a href="#top" class="back-to-top">${ui.t('layout.backToTop')}</a>
          </p>
        </main>
        ${renderSiteFooter(site, ui, chromeLang)}
      </body>
    </html> `;
}
