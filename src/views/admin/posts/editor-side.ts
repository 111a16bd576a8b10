// Panels under the editor form: the public link, private preview links (create, revoke), the
// revisions link and permanent deletion. Each is its own small form, so none posts the editor's
// fields by accident.
import { type Html, html, EMPTY_HTML } from '../../html.ts';
import { csrfInput } from '../form.ts';
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

function previewPanel(v: EditorSideView, base: string): Html {
  if (!v.canPreviewLink || v.id === null) return EMPTY_HTML;
  const fresh = v.newPreviewUrl
    ? html`<div class="notice notice--success" role="status">
        <p>Private preview link (copy it now; it is not shown again):</p>
        <p>
          <input
            class="form-input editor-copy"
            type="url"
            readonly
            value="${v.newPreviewUrl}"
            aria-label="Preview link"
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
              Link created ${v.formatTime(l.createdAt)}
              <form
                method="post"
                action="${base}/${String(v.id)}/preview-links/${String(l.id)}/revoke"
                class="admin-inline-form"
              >
                ${csrfInput(v.csrfToken)}
                <button type="submit" class="button button--small button--secondary">Revoke</button>
              </form>
            </li>`,
        )}
      </ul>`
    : html`<p>No active preview links.</p>`;
  return html`<section class="admin-section" aria-labelledby="preview-links-heading">
    <h2 id="preview-links-heading">Private preview</h2>
    <p>Anyone with a preview link can read this draft, until you revoke the link.</p>
    ${fresh} ${list}
    <form method="post" action="${base}/${String(v.id)}/preview-links">
      ${csrfInput(v.csrfToken)}
      <button type="submit" class="button button--secondary">Create a preview link</button>
    </form>
  </section>`;
}

/** The panels below the editor form (empty for an article not saved yet). */
export function editorSidePanels(v: EditorSideView, base: string): Html {
  if (v.id === null) return EMPTY_HTML;
  const live = v.publicUrl ? html`<p>Live at <a href="${v.publicUrl}">${v.publicUrl}</a></p>` : EMPTY_HTML;
  const revisions = html`<section class="admin-section" aria-labelledby="revisions-heading">
    <h2 id="revisions-heading">Revisions</h2>
    <p>
      <a href="${base}/${String(v.id)}/revisions">Compare and restore revisions</a>
      (${String(v.revisionCount)} kept)
    </p>
  </section>`;
  const del = v.canDelete
    ? html`<section class="admin-section" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete permanently</h2>
        <form
          method="post"
          action="${base}/${String(v.id)}/status"
          data-confirm="Delete permanently? This cannot be undone."
        >
          ${csrfInput(v.csrfToken)}
          <button type="submit" name="action" value="delete" class="button button--secondary">
            Delete permanently
          </button>
        </form>
      </section>`
    : EMPTY_HTML;
  return html`<div class="editor-panels">
    ${live} ${previewPanel(v, base)} ${translationsPanel(v.translations)} ${revisions} ${del}
  </div>`;
}
