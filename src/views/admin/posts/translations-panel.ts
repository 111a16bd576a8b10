// The editor's translations panel: the article's translations (each opens in the editor, each
// can be unlinked) and a search of articles in other languages to link as translations. Every
// action is its own small form, so none posts the editor's fields; the search is a GET that
// reloads the editor at this panel.
import { type Html, html, EMPTY_HTML } from '../../html.ts';
import type { ArticleKind, ArticleStatus } from '../../../content/article.ts';
import { csrfInput } from '../form.ts';
import type { AdminT } from '../types.ts';
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

const label = (ui: AdminT, item: TranslationPanelItem, kind: ArticleKind) =>
  html`<span class="editor-translation-language">${item.language}</span>
    <a href="${kindBase(kind)}/${String(item.id)}/edit" lang="${item.language}"
      >${item.title || ui.t('translations.untitled')}</a
    >
    ${statusBadge(ui, item.status)}`;

/** The panel (empty for an article not saved yet). */
export function translationsPanel(ui: AdminT, v: TranslationPanelView | null): Html {
  if (!v) return EMPTY_HTML;
  const action = `${kindBase(v.kind)}/${String(v.articleId)}/translations`;
  const linked = v.linked.length
    ? html`<ul class="editor-links">
        ${v.linked.map(
          (t) =>
            html`<li>
              ${label(ui, t, v.kind)}
              ${
                v.canEdit
                  ? html`<form
                      method="post"
                      action="${action}/${String(t.id)}/unlink"
                      class="admin-inline-form"
                    >
                      ${csrfInput(v.csrfToken)}
                      <button type="submit" class="button button--small button--secondary">
                        ${ui.t('translations.unlink')}
                      </button>
                    </form>`
                  : ''
              }
            </li>`,
        )}
      </ul>`
    : html`<p>${ui.t('translations.none', { kind: v.kind, language: v.language })}</p>`;
  const candidates = v.candidates.length
    ? html`<ul class="editor-links">
        ${v.candidates.map(
          (c) =>
            html`<li>
              ${label(ui, c, v.kind)}
              <form method="post" action="${action}" class="admin-inline-form">
                ${csrfInput(v.csrfToken)}
                <input type="hidden" name="otherId" value="${String(c.id)}" />
                <button type="submit" class="button button--small button--secondary">
                  ${ui.t('translations.link')}
                </button>
              </form>
            </li>`,
        )}
      </ul>`
    : html`<p>${ui.t(v.query ? 'translations.noMatch' : 'translations.noOthers')}</p>`;
  const picker = v.canEdit
    ? html`<form
          method="get"
          action="${kindBase(v.kind)}/${String(v.articleId)}/edit#translations"
          class="editor-translation-search"
          role="search"
        >
          <label class="form-label" for="f-translation-q"
            >${ui.t('translations.find', { kind: v.kind })}</label
          >
          <input
            class="form-input"
            type="search"
            id="f-translation-q"
            name="translation_q"
            value="${v.query}"
            maxlength="200"
          />
          <button type="submit" class="button button--secondary">${ui.t('translations.search')}</button>
        </form>
        ${candidates}`
    : EMPTY_HTML;
  return html`<section class="admin-section" id="translations" aria-labelledby="translations-heading">
    <h2 id="translations-heading">${ui.t('translations.heading')}</h2>
    <p>${ui.t('translations.intro', { kind: v.kind })}</p>
    ${linked} ${picker}
  </section>`;
}
