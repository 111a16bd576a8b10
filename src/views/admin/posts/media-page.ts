// The media library: an upload form (a plain file field; the editor adds drag and drop with JS)
// and the uploaded images with their addresses to paste into the editor.
import { type Html, html, EMPTY_HTML } from '../../html.ts';
import type { MediaItem } from '../../../media/media-repo.ts';
import { csrfInput } from '../form.ts';
import type { AdminT } from '../types.ts';
import { messageHtml } from '../../message-html.ts';

/** What the media page shows. */
export interface MediaView {
  ui: AdminT;
  items: MediaItem[];
  total: number;
  page: number;
  totalPages: number;
  csrfToken: string;
  /** The alt text typed with a refused upload (kept), and the message. */
  alt: string;
  error: string | null;
  uploaded: MediaItem | null;
  maxMegabytes: number;
}

function item(ui: AdminT, m: MediaItem): Html {
  const thumb = m.files.find((f) => f.endsWith('-480w.webp')) ?? m.files[1] ?? m.src.slice('/media/'.length);
  return html`<li class="editor-media-item">
    <img src="/media/${thumb}" alt="${m.alt}" width="160" loading="lazy" />
    <p>
      <label
        >${ui.t('media.address')} <input class="form-input editor-copy" type="text" readonly value="${m.src}"
      /></label>
    </p>
    <p class="form-hint">${m.originalName} · ${String(m.width)}×${String(m.height)}</p>
  </li>`;
}

/** The media page's main content. */
export function mediaMain(v: MediaView): Html {
  const { ui } = v;
  const err = v.error
    ? html`<div class="notice notice--error" role="alert"><p id="upload-error">${v.error}</p></div>`
    : EMPTY_HTML;
  const done = v.uploaded
    ? html`<div class="notice notice--success" role="status">
        <p>${messageHtml(ui, 'media.uploaded', { src: html`<code>${v.uploaded.src}</code>` })}</p>
      </div>`
    : EMPTY_HTML;
  const pager =
    v.totalPages > 1
      ? html`<nav class="editor-pager" aria-label="${ui.t('posts.pagination')}">
          ${v.page > 1 ? html`<a href="/admin/media?page=${String(v.page - 1)}">${ui.t('posts.newer')}</a>` : ''}
          ${ui.t('posts.pageOf', { page: v.page, pages: v.totalPages })}
          ${v.page < v.totalPages ? html`<a href="/admin/media?page=${String(v.page + 1)}">${ui.t('posts.older')}</a>` : ''}
        </nav>`
      : EMPTY_HTML;
  return html`<h1 class="page-title">${ui.t('media.title')}</h1>
    ${err} ${done}
    <form method="post" action="/admin/media" enctype="multipart/form-data" class="admin-form">
      ${csrfInput(v.csrfToken)}
      <div class="form-field">
        <label class="form-label" for="f-alt">${ui.t('editor.imageAlt')}</label>
        <input class="form-input" type="text" id="f-alt" name="alt" value="${v.alt}" maxlength="300" />
      </div>
      <div class="form-field">
        <label class="form-label" for="f-file">${ui.t('media.image')}</label>
        <p class="form-hint" id="f-file-hint">${ui.t('media.fileHint', { megabytes: v.maxMegabytes })}</p>
        <input
          class="form-input"
          id="f-file"
          name="file"
          type="file"
          accept="image/*"
          required
          aria-describedby="f-file-hint${v.error ? ' upload-error' : ''}"
        />
      </div>
      <button type="submit" class="button">${ui.t('media.upload')}</button>
    </form>
    <h2>${ui.t('media.library', { count: v.total })}</h2>
    <ul class="editor-media-grid">
      ${v.items.map((m) => item(ui, m))}
    </ul>
    ${pager}`;
}
