// Links to the previous and next article under an article.
import { EMPTY_HTML, type Html, html } from './html.ts';
import type { ArticleSummary } from '../content/article.ts';
import { articlePath } from '../content/article.ts';
import type { Translator } from '../i18n/index.ts';
import { langAttr } from './lang-attr.ts';

function navLink(a: ArticleSummary, label: string, className: string, language: string): Html {
  return html`<li class="${className}">
    <a href="${articlePath(a)}"
      ><span class="article-nav-label">${label}</span>
      <span class="article-nav-title" ${langAttr(a.language, language)}>${a.title}</span></a
    >
  </li>`;
}

/** `<nav>` with "Previous article" and "Next article" links; empty when there is neither. */
export function renderArticleNav(
  previous: ArticleSummary | null,
  next: ArticleSummary | null,
  ui: Translator,
  langAttribute: Html = EMPTY_HTML,
): Html {
  if (!previous && !next) return EMPTY_HTML;
  const language = ui.lang;
  const items = [
    previous ? navLink(previous, ui.t('articleNav.previous'), 'article-nav-prev', language) : EMPTY_HTML,
    next ? navLink(next, ui.t('articleNav.next'), 'article-nav-next', language) : EMPTY_HTML,
  ];
  return html`<nav class="article-nav" aria-label="${ui.t('articleNav.label')}" ${langAttribute}>
    <ul class="article-nav-list">
      ${items}
    </ul>
  </nav>`;
}
