// The document shell every page shares: head metadata, skip link, header, main, back-to-top, footer.
import { type Html, html } from './html.ts';
import { translatorFor } from '../i18n/index.ts';
import { renderHeadMeta } from './head-meta.ts';
import { langAttr, textDirection } from './lang-attr.ts';
import type { LayoutInput } from './types.ts';
import { pathOf } from './urls.ts';

export type { LayoutInput } from './types.ts';

/** A complete HTML document, in the site theme's layout (`site.theme.layout`, views/theme.ts). */
export function renderLayout(input: LayoutInput): Html {
  return input.site.theme.layout(input);
}

/** The stock layout: a complete HTML document with the theme's header and footer. */
export function defaultLayout(input: LayoutInput): Html {
  const { site, meta } = input;
  const language = meta.language || site.language;
  const ui = translatorFor(site.language);
  // The header, footer and links around the page are in the site's language.
  const chromeLang = langAttr(ui.lang, language);
  const chrome = { site, ui, currentPath: pathOf(meta.canonicalUrl), langAttribute: chromeLang };
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
        ${site.theme.siteHeader(chrome)}
        <main id="content" class="site-main container" tabindex="-1">
          ${input.main}
          <p class="back-to-top-wrap" ${chromeLang}>
            <a href="#top" class="back-to-top">${ui.t('layout.backToTop')}</a>
          </p>
        </main>
        ${site.theme.siteFooter(chrome)}
      </body>
    </html> `;
}
