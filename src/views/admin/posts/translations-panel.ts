// The editor's translations panel: the article's translations (each opens in the editor, each
// can be unlinked) and a search of articles in other languages to link as translations. Every
// action is its own small form, so none posts the editor's fields; the search is a GET that
// reloads the editor at this panel.
import { type Html, html, EMPTY_HTML } from '../../html.ts';
import type { ArticleKind, ArticleStatus } from '../../../content/article.ts';
import { csrfInput } from '../form.ts';
import { kindBase, statusBadge } from './labels.ts';

/** One article in the panel. */
export interface TranslationPanelItem {
  id: number;
  title: string;
  language: string;
  status: ArticleStatus;
}

/** What the panel shows (null: the article is not saved yet). */
export interface TranslationPanelView {
  kind: ArticleKind;
  articleId: number;
  language: string;
  /** The article's translations (itself left out). */
  linked: TranslationPanelItem[];
  /** The words searched for, and the articles found (or the latest ones when none were typed). */
  query: string;
  candidates: TranslationPanelItem[];
  /** False: the user may look but not change the links. */
  canEdit: boolean;
  csrfToken: string;
}

const label = (item: TranslationPanelItem, kind: ArticleKind) =>
  html`<span class="editor-translation-language">${item.language}</span>
    <a href="${kindBase(kind)}/${String(item.id)}/edit" lang="${item.language}"
      >${item.title || '(untitled)'}</a
    >
    ${statusBadge(item.status)}`;

/** The panel (empty for an article not saved yet). */
export function translationsPanel(v: TranslationPanelView | null): Html {
  if (!v) return EMPTY_HTML;
  const action = `${kindBase(v.kind)}/${String(v.articleId)}/translations`;
  const linked = v.linked.length
    ? html`<ul class="editor-links">
        ${v.linked.map(
          (t) =>
            html`<li>
              ${label(t, v.kind)}
              ${
                v.canEdit
                  ? html`<form
                      method="post"
                      action="${action}/${String(t.id)}/unlink"
                      class="admin-inline-form"
                    >
                      ${csrfInput(v.csrfToken)}
                      <button type="submit" class="button button--small button--secondary">Unlink</button>
                    </form>`
                  : ''
              }
            </li>`,
        )}
      </ul>`
    : html`<p>No translations linked. This ${v.kind} is in ${v.language}.</p>`;
  const candidates = v.candidates.length
    ? html`<ul class="editor-links">
        ${v.candidates.map(
          (c) =>
            html`<li>
              ${label(c, v.kind)}
              <form method="post" action="${action}" class="admin-inline-form">
                ${csrfInput(v.csrfToken)}
                <input type="hidden" name="otherId" value="${String(c.id)}" />
                <button type="submit" class="button button--small button--secondary">
                  Link as translation
                </button>
              </form>
            </li>`,
        )}
      </ul>`
    : html`<p>
        ${v.query ? 'No article in another language matches.' : 'No articles in other languages yet.'}
      </p>`;
  const picker = v.canEdit
    ? html`<form
          method="get"
          action="${kindBase(v.kind)}/${String(v.articleId)}/edit#translations"
          class="editor-translation-search"
          role="search"
        >
          <label class="form-label" for="f-translation-q">Find a ${v.kind} in another language</label>
          <input
            class="form-input"
            type="search"
            id="f-translation-q"
            name="translation_q"
            value="${v.query}"
            maxlength="200"
          />
          <button type="submit" class="button button--secondary">Search</button>
        </form>
        ${candidates}`
    : EMPTY_HTML;
  return html`<section class="admin-section" id="translations" aria-labelledby="translations-heading">
    <h2 id="translations-heading">Translations</h2>
    <p>
      Versions of this ${v.kind} in other languages. Readers see the published ones in a language switcher.
    </p>
    ${linked} ${picker}
  </section>`;
}
