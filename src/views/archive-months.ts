// The list of months with article counts on archive pages.
import { html } from 'ghtml';
import { formatMonth } from './format-date.ts';
import { countOf } from './plural.ts';
import { archivePath } from './urls.ts';

/** `<nav aria-label="Archive by month">` linking `/archive/YYYY/MM`; the listed month is marked current. */
export function renderArchiveMonths(
  months: { month: string; count: number }[],
  options: { language: string; currentPath: string; currentMonth?: string },
): string {
  if (months.length === 0) return '';
  const items = months.map((m) => {
    const href = archivePath(m.month);
    const label = formatMonth(m.month, options.language);
    const count = html`<span class="month-count"
      >${countOf(m.count, 'article', 'articles', options.language)}</span
    >`;
    // `page` when the link is this very URL; `true` when the bare /archive shows that month.
    const current = href === options.currentPath ? 'page' : m.month === options.currentMonth ? 'true' : null;
    return current
      ? html`<li><a href="${href}" aria-current="${current}">${label}</a> !${count}</li>`
      : html`<li><a href="${href}">${label}</a> !${count}</li>`;
  });
  return html`<nav class="archive-months" aria-label="Archive by month">
    <h2 class="section-title">Browse by month</h2>
    <ul class="month-list">
      !${items}
    </ul>
  </nav>`;
}
