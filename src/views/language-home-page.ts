// A language's front door (/lang/<tag>/): the latest posts in that language, with its own
// archive, search and feed, and links to the other languages' front doors.
import { EMPTY_HTML, html, type Html } from './html.ts';
import { renderCardGrid } from './article-card.ts';
import { renderFrontDoors } from './front-doors.ts';
import { langAttr } from './lang-attr.ts';
import { renderLayout } from './layout.ts';
import { translatorFor } from '../i18n/index.ts';
import { languageName } from './multilingual-text.ts';
import { renderPagination } from './pagination.ts';
import { renderSearchForm } from './search-form.ts';
import type { HomeProps } from './types.ts';

/** What a front door shows besides a home page's. */
export interface LanguageHomeProps extends HomeProps {
  /** The front door's language (a stored tag). */
  language: string;
  /** Every language with a front door. */
  languages: string[];
  paths: { archive: string; search: string; feed: string };
}

/** A front door page (and its `/page/N`) as a complete document. */
export function renderLanguageHome(p: LanguageHomeProps): Html {
  const language = p.meta.language || p.site.language;
  const ui = translatorFor(p.site.language);
  const first = p.pagination.page <= 1;
  const cards =
    p.items.length > 0
      ? renderCardGrid(p.items, {
          theme: p.site.theme,
          ui,
          language,
          lead: first,
          dateStyle: p.site.dateStyle,
          timeZone: p.site.timeZone,
        })
      : EMPTY_HTML;
  const main = html`<div class="page-header page-header--home">
      <h1 class="section-title" ${langAttr(p.language, language)}>${languageName(p.language)}</h1>
      ${renderFrontDoors(p.languages, { current: p.language, ui, outer: language, everything: true })}
    </div>
    ${renderSearchForm(ui, { id: 'language-search', landmarkLabel: ui.t('search.label'), action: p.paths.search })}
    ${cards} ${renderPagination(p.pagination, ui)}
    <p class="page-feed">
      <a href="${p.paths.archive}">${ui.t('archive.heading')}</a> ·
      <a href="${p.paths.feed}" type="application/rss+xml">${ui.t('translations.feed')}</a>
    </p>`;
  return renderLayout({ site: p.site, meta: p.meta, main, pageClass: 'page-home page-language-home' });
}
