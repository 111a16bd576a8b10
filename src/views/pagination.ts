// Previous/next links between pages of a listing, with "Page N of M".
import { EMPTY_HTML, html, type Html } from './html.ts';
import type { Translator } from '../i18n/index.ts';
import type { Pagination } from './types.ts';

/** `<nav class="pagination">` with `rel="prev"`/`rel="next"` links; empty when there is one page. */
export function renderPagination(p: Pagination, ui: Translator): Html {
  if (p.totalPages <= 1 && !p.previousUrl && !p.nextUrl) return EMPTY_HTML;
  const previous = p.previousUrl
    ? html`<a class="pagination-link pagination-prev" href="${p.previousUrl}" rel="prev"
        ><span aria-hidden="true">←</span> ${ui.t('pagination.previous')}</a
      >`
    : EMPTY_HTML;
  const next = p.nextUrl
    ? html`<a class="pagination-link pagination-next" href="${p.nextUrl}" rel="next"
        >${ui.t('pagination.next')} <span aria-hidden="true">→</span></a
      >`
    : EMPTY_HTML;
  return html`<nav class="pagination" aria-label="${ui.t('pagination.label')}">
    ${previous}
    <p class="pagination-status">
      ${ui.t('pagination.status', { page: p.page, total: Math.max(p.totalPages, p.page) })}
    </p>
    ${next}
  </nav>`;
}
