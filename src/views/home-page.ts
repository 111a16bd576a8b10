// The home page: the latest stories, the first one as the lead on page one.
import { type Html, html } from './html.ts';
import { translatorFor } from '../i18n/index.ts';
import { renderCardGrid } from './article-card.ts';
import { renderLayout } from './layout.ts';
import { renderPagination } from './pagination.ts';
import { webSiteJsonLd } from './schema-org.ts';
import type { HomeProps } from './types.ts';

/** The home page (and `/page/N`) as a complete document. */
export function renderHome(p: HomeProps): Html {
  const language = p.meta.language || p.site.language;
  const ui = translatorFor(p.site.language);
  const firstPage = p.pagination.page <= 1;
  const content =
    p.items.length > 0
      ? renderCardGrid(p.items, {
          theme: p.site.theme,
          ui,
          language,
          lead: firstPage,
          dateStyle: p.site.dateStyle,
          timeZone: p.site.timeZone,
        })
      : html`<div class="empty-state"><p>${ui.t('home.empty')}</p></div>`;
  const main = html`<div class="page-header page-header--home">
      <h1 class="section-title">${ui.t('home.heading')}</h1>
    </div>
    ${content} ${renderPagination(p.pagination, ui)}`;
  return renderLayout({
    site: p.site,
    meta: p.meta,
    main,
    jsonLd: firstPage ? [webSiteJsonLd(p.site)] : [],
    pageClass: 'page-home',
  });
}
