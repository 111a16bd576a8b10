// The search page: the form, the number of results, highlighted snippets and pagination.
import { EMPTY_HTML, html, type Html } from './html.ts';
import { type Translator, translatorFor } from '../i18n/index.ts';
import { articlePath } from '../content/article.ts';
import { langAttr } from './lang-attr.ts';
import { renderLayout } from './layout.ts';
import { renderPagination } from './pagination.ts';
import { messageHtml } from './message-html.ts';
import { renderSearchForm } from './search-form.ts';
import { renderSnippet } from './snippet.ts';
import type { DateStyle } from './format-date.ts';
import { renderTime } from './time-element.ts';
import type { SearchProps, SearchResult } from './types.ts';
import { authorPath } from './urls.ts';

function renderResult(
  r: SearchResult,
  language: string,
  uiLanguage: string,
  dateStyle?: DateStyle,
  timeZone?: string,
): Html {
  const a = r.article;
  const lang = langAttr(a.language, language);
  const date = a.publishedAt
    ? renderTime(a.publishedAt, { language: uiLanguage, timeZone, style: dateStyle })
    : EMPTY_HTML;
  return html`<li class="search-result">
    <h2 class="search-result-title" ${lang}><a href="${articlePath(a)}" class="card-link">${a.title}</a></h2>
    <p class="search-snippet" ${lang}>${renderSnippet(r.snippet)}</p>
    <p class="card-meta"><a href="${authorPath(a.author.slug)}">${a.author.name}</a> ${date}</p>
  </li>`;
}

function renderEmpty(query: string, ui: Translator): Html {
  return html`<div class="empty-state">
    <p>${ui.t('search.noMatch', { query })}</p>
    <p>
      ${messageHtml(ui, 'search.suggestion', {}, { archive: (inner) => html`<a href="/archive">${inner}</a>` })}
    </p>
  </div>`;
}

/** The search page (with or without a query) as a complete document. */
export function renderSearch(p: SearchProps): Html {
  const language = p.meta.language || p.site.language;
  const ui = translatorFor(p.site.language);
  const query = p.query.trim();
  let body: Html;
  if (query) {
    const summary = html`<p class="search-summary">${ui.t('search.summary', { count: p.total, query })}</p>`;
    const list = p.results.length
      ? html`<ol class="search-results">
          ${p.results.map((r) => renderResult(r, language, ui.lang, p.site.dateStyle, p.site.timeZone))}
        </ol>`
      : renderEmpty(query, ui);
    body = html`${summary}${list}${renderPagination(p.pagination, ui)}`;
  } else {
    body = html`<p class="search-hint">${ui.t('search.hint')}</p>`;
  }
  const main = html`<header class="page-header">
      <h1 class="page-title">${ui.t('search.heading')}</h1>
    </header>
    ${renderSearchForm(ui, {
      id: 'search-page',
      landmarkLabel: ui.t('search.label'),
      label: ui.t('search.pageLabel'),
      query: p.query,
      ...(p.action ? { action: p.action } : {}),
    })}
    ${body}`;
  return renderLayout({ site: p.site, meta: p.meta, main, pageClass: 'page-search' });
}
