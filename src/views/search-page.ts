// The search page: the form, the number of results, highlighted snippets and pagination.
import { html } from 'ghtml';
import { articlePath } from '../content/article.ts';
import { langAttr } from './lang-attr.ts';
import { renderLayout } from './layout.ts';
import { renderPagination } from './pagination.ts';
import { countOf } from './plural.ts';
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
): string {
  const a = r.article;
  const lang = langAttr(a.language, language);
  const date = a.publishedAt
    ? renderTime(a.publishedAt, { language: uiLanguage, timeZone, style: dateStyle })
    : '';
  return html`<li class="search-result">
    <h2 class="search-result-title" !${lang}><a href="${articlePath(a)}" class="card-link">${a.title}</a></h2>
    <p class="search-snippet" !${lang}>!${renderSnippet(r.snippet)}</p>
    <p class="card-meta"><a href="${authorPath(a.author.slug)}">${a.author.name}</a> !${date}</p>
  </li>`;
}

function renderEmpty(query: string): string {
  return html`<div class="empty-state">
    <p>No articles match “${query}”.</p>
    <p>Try fewer or different words, check the spelling, or browse <a href="/archive">the archive</a>.</p>
  </div>`;
}

/** The search page (with or without a query) as a complete document. */
export function renderSearch(p: SearchProps): string {
  const language = p.meta.language || p.site.language;
  const query = p.query.trim();
  let body = '';
  if (query) {
    const summary = html`<p class="search-summary">
      ${countOf(p.total, 'result', 'results', p.site.language)} for “${query}”
    </p>`;
    const list = p.results.length
      ? html`<ol class="search-results">
          !${p.results.map((r) => renderResult(r, language, p.site.language, p.site.dateStyle, p.site.timeZone))}
        </ol>`
      : renderEmpty(query);
    body = summary + list + renderPagination(p.pagination);
  } else {
    body = html`<p class="search-hint">Search every published article, in any language.</p>`;
  }
  const main = html`<header class="page-header">
      <h1 class="page-title">Search</h1>
    </header>
    !${renderSearchForm({ id: 'search-page', landmarkLabel: 'Search articles', label: 'Search for', query: p.query })}
    !${body}`;
  return renderLayout({ site: p.site, meta: p.meta, main, pageClass: 'page-search' });
}
