// Panels under the editor form: the public link, private preview links (create, revoke), the
// revisions link and permanent deletion. Each is its own small form, so none posts the editor's
// fields by accident.
import { type Html, html, EMPTY_HTML } from '../../html.ts';
import { messageHtml } from '../../message-html.ts';
import { csrfInput } from '../form.ts';
import type { AdminT } from '../types.ts';
import { translationsPanel, type TranslationPanelView } from './translations-panel.ts';

/** What the panels show. */
export interface EditorSideView {
  id: number | null;
  csrfToken: string;
  /** The public address when the article is live. */
  publicUrl: string | null;
  /** Preview links (the token itself is only known right after creation). */
  previewLinks: { id: number; createdAt: string; revoked: boolean }[];
  /** A link created just now, shown once. */
  newPreviewUrl: string | null;
  canPreviewLink: boolean;
  canDelete: boolean;
  revisionCount: number;
  formatTime(iso: string): string;
  /** The translations panel (null: not shown). */
  translations: TranslationPanelView | null;
}

function previewPanel(ui: AdminT, v: EditorSideView, base: string): Html {
  if (!v.canPreviewLink || v.id === null) return EMPTY_HTML;
  const fresh = v.newPreviewUrl
    ? html`<div class="notice notice--success" role="status">
        <p>${ui.t('editor.previewLinkOnce')}</p>
        <p>
          <input
            class="form-input editor-copy"
            type="url"
            readonly
            value="${v.newPreviewUrl}"
            aria-label="${ui.t('editor.previewLink')}"
          />
        </p>
      </div>`
    : EMPTY_HTML;
  const live = v.previewLinks.filter((l) => !l.revoked);
  const list = live.length
    ? html`<ul class="editor-links">
        ${live.map(
          (l) =>
            html`<li>
              ${messageHtml(ui, 'editor.linkCreated', { time: html`<time datetime="${l.createdAt}">${v.formatTime(l.createdAt)}</time>` })}
              <form
                method="post"
                action="${base}/${String(v.id)}/preview-links/${String(l.id)}/revoke"
                class="admin-inline-form"
              >
                ${csrfInput(v.csrfToken)}
                <button type="submit" class="button button--small button--secondary">
                  ${ui.t('editor.revoke')}
                </button>
              </form>
            </li>`,
        )}
      </ul>`
    : html`<p>${ui.t('editor.noPreviewLinks')}</p>`;
  return html`<section class="admin-section" aria-labelledby="preview-links-heading">
    <h2 id="preview-links-heading">${ui.t('editor.privatePreview')}</h2>
    <p>${ui.t('editor.privatePreviewIntro')}</p>
    ${fresh} ${list}
    <form method="post" action="${base}/${String(v.id)}/preview-links">
      ${csrfInput(v.csrfToken)}
      <button type="submit" class="button button--secondary">${ui.t('editor.createPreviewLink')}</button>
    </form>
  </section>`;
}

/** The panels below the editor form (empty for an article not saved yet). */
export function editorSidePanels(ui: AdminT, v: EditorSideView, base: string): Html {
  if (v.id === null) return EMPTY_HTML;
  const live = v.publicUrl
    ? html`<p>
        ${messageHtml(ui, 'editor.liveAt', { url: html`<a href="${v.publicUrl}">${v.publicUrl}</a>` })}
      </p>`
    : EMPTY_HTML;
  const revisions = html`<section class="admin-section" aria-labelledby="revisions-heading">
    <h2 id="revisions-heading">${ui.t('revisions.heading')}</h2>
    <p>
      ${messageHtml(ui, 'editor.revisionsLink', { count: v.revisionCount }, { link: (inner: Html) => html`<a href="${base}/${String(v.id)}/revisions">${inner}</a>` })}
    </p>
  </section>`;
  const del = v.canDelete
    ? html`<section class="admin-section" aria-labelledby="delete-heading">
        <h2 id="delete-heading">${ui.t('article.action.delete')}</h2>
        <form
          method="post"
          action="${base}/${String(v.id)}/status"
          data-confirm="${ui.t('posts.confirmDelete')}"
        >
          ${csrfInput(v.csrfToken)}
          <button type="submit" name="action" value="delete" class="button button--secondary">
            ${ui.t('article.action.delete')}
          </button>
        </form>
      </section>`
    : EMPTY_HTML;
  return html`<div class="editor-panels">
    ${live} ${previewPanel(ui, v, base)} ${translationsPanel(ui, v.translations)} ${revisions} ${del}
  </div>`;
}
