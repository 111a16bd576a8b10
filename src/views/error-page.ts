// Error pages (404, 400, 500) in the site's layout; never shows internals.
import { EMPTY_HTML, html, type Html } from './html.ts';
import { translatorFor } from '../i18n/index.ts';
import { renderLayout } from './layout.ts';
import { renderSearchForm } from './search-form.ts';
import type { ErrorProps } from './types.ts';

/** An error page as a complete document; the 404 offers a search box. */
export function renderError(p: ErrorProps): Html {
  const ui = translatorFor(p.site.language);
  const search =
    p.status === 404
      ? renderSearchForm(ui, {
          id: 'error-search',
          landmarkLabel: ui.t('search.label'),
          label: ui.t('error.searchLabel'),
          query: p.query ?? '',
        })
      : EMPTY_HTML;
  const main = html`<div class="error-page">
    <p class="error-status">${ui.t('error.status', { status: String(p.status) })}</p>
    <h1 class="page-title">${p.heading}</h1>
    <p class="error-message">${p.message}</p>
    ${search}
    <p class="error-home"><a href="/">${ui.t('error.home')}</a></p>
  </div>`;
  return renderLayout({
    site: p.site,
    meta: { ...p.meta, noindex: true },
    main,
    pageClass: `page-error page-error-${p.status}`,
  });
}
