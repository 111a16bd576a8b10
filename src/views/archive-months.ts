// The list of months with article counts on archive pages.
import { html } from 'ghtml';
import { formatMonth } from './format-date.ts';
import { countOf } from './plural.ts';
import { archivePath } from './urls.ts';

/** `<nav aria-label="Archive by month">` linking `/archive/YYYY/MM`; the current month is marked. */
export function renderArchiveMonths(
  months: { month: string; count: number }[],
  options: { language: string; currentPath: string },
): string {
  if (months.length === 0) return '';
  const items = months.map((m) => {
    const href = archivePath(m.month);
    const label = formatMonth(m.month, options.language);
    const count = html`<span class="month-count"
      >${countOf(m.count, 'article', 'articles', options.language)}</span
    >`;
    return href === options.currentPath
      ? html`<li><a href="${href}" aria-current="page">${label}</a> !${count}</li>`
      : html`<li><a href="${href}">${label}</a> !${count}</li>`;
  });
  return html`<nav class="archive-months" aria-label="Archive by month">
    <h2 class="section-title">Browse by month</h2>
    <ul class="month-list">
      !${items}
    </ul>
  </nav>`;
}
