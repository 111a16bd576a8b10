// The list of months with article counts on archive pages.
import { EMPTY_HTML, type Html, html } from './html.ts';
import type { Translator } from '../i18n/index.ts';
import { formatMonth } from './format-date.ts';
import { archivePath } from './urls.ts';

/** `<nav aria-label="Archive by month">` linking `/archive/YYYY/MM`; the listed month is marked current. */
export function renderArchiveMonths(
  months: { month: string; count: number }[],
  options: {
    ui: Translator;
    currentPath: string;
    currentMonth?: string;
    /** The path of a month's page (a language's front door has its own); `/archive/YYYY/MM` by default. */
    pathOf?: (month: string) => string;
  },
): Html {
  if (months.length === 0) return EMPTY_HTML;
  const items = months.map((m) => {
    const href = (options.pathOf ?? archivePath)(m.month);
    const label = formatMonth(m.month, options.ui.lang);
    const count = html`<span class="month-count"
      >${options.ui.t('archive.articleCount', { count: m.count })}</span
    >`;
    // `page` when the link is this very URL; `true` when the bare /archive shows that month.
    const current = href === options.currentPath ? 'page' : m.month === options.currentMonth ? 'true' : null;
    return current
      ? html`<li><a href="${href}" aria-current="${current}">${label}</a> ${count}</li>`
      : html`<li><a href="${href}">${label}</a> ${count}</li>`;
  });
  return html`<nav class="archive-months" aria-label="${options.ui.t('archive.monthsLabel')}">
    <h2 class="section-title">${options.ui.t('archive.browseByMonth')}</h2>
    <ul class="month-list">
      ${items}
    </ul>
  </nav>`;
}
