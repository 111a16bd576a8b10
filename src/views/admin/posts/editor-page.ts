// The editor: the article's fields, the publish box with the actions the user's role allows,
// Markdown preview (server-side with the Preview button; live with JS), and everything the user
// typed kept on any error.
import { renderedMarkdownHtml } from '../../article-body.ts';
import { type Html, html, EMPTY_HTML } from '../../html.ts';
import type { AdminT } from '../types.ts';
import type { ArticleKind, ArticleStatus } from '../../../content/article.ts';
import type { EditorialAction } from '../../../content/workflow.ts';
import {
  checkboxField,
  csrfInput,
  errorSummary,
  type FieldErrors,
  textareaField,
  textField,
} from '../form.ts';
import { editorSidePanels, type EditorSideView } from './editor-side.ts';
import { messageHtml } from '../../message-html.ts';
import { actionLabel, kindBase, statusText } from './labels.ts';

const strong = (inner: Html) => html`<strong>${inner}</strong>`;

/** The editor's fields as strings, exactly as typed (or as stored when opening). */
export interface EditorFields {
  title: string;
  slug: string;
  excerpt: string;
  bodyMarkdown: string;
  tags: string;
  authorId: string;
  language: string;
  featureImageSrc: string;
  featureImageAlt: string;
  seoTitle: string;
  seoDescription: string;
  commentsOpen: boolean;
  scheduleDate: string;
  scheduleTime: string;
  version: string;
}

/** What the editor page shows. */
export interface EditorView extends EditorSideView {
  ui: AdminT;
  kind: ArticleKind;
  id: number | null;
  status: ArticleStatus | null;
  fields: EditorFields;
  errors: FieldErrors;
  /** A message about the whole form (conflict, success after save…). */
  notice: { kind: 'error' | 'success' | 'info'; text: string } | null;
  actions: EditorialAction[];
  /** Authors to choose from (null: the user may not credit anyone else). */
  authors: { id: number; name: string }[] | null;
  tagSuggestions: string[];
  timezone: string;
  csrfToken: string;
  /** Server-rendered preview of the body (after the Preview button), trusted HTML. */
  previewHtml: string | null;
  /** Scheduled or published time: the instant and its words in the site timezone. */
  when: { iso: string; text: string } | null;
  /** The automatic excerpt of the body being edited: the Excerpt field's placeholder. */
  excerptPlaceholder: string;
  assets: { js: string; css: string };
}

function publishBox(v: EditorView): Html {
  const { ui } = v;
  const status = v.status ? statusText(ui, v.status) : ui.t('editor.notSavedYet');
  const when = v.when
    ? html`<p class="editor-when">
        ${messageHtml(ui, v.status === 'scheduled' ? 'editor.goesLive' : 'editor.publishedAt', { time: html`<time datetime="${v.when.iso}">${v.when.text}</time>` })}
      </p>`
    : EMPTY_HTML;
  const schedule = v.actions.includes('schedule')
    ? html`<fieldset class="editor-schedule">
        <legend>${ui.t('editor.scheduleFor')}</legend>
        <p class="form-hint" id="schedule-hint">${ui.t('editor.scheduleHint', { timezone: v.timezone })}</p>
        ${textField({ name: 'scheduleDate', label: ui.t('editor.date'), type: 'date', value: v.fields.scheduleDate, error: v.errors.scheduleDate })}
        ${textField({ name: 'scheduleTime', label: ui.t('editor.time'), type: 'time', value: v.fields.scheduleTime, error: v.errors.scheduleTime })}
      </fieldset>`
    : EMPTY_HTML;
  const buttons = v.actions
    .filter((a) => a !== 'delete')
    .map(
      (a) =>
        html`<button
          type="submit"
          name="action"
          value="${a}"
          class="button${a === 'save' || a === 'publish' ? '' : ' button--secondary'}"
        >
          ${actionLabel(ui, a, v.kind, v.status ?? undefined)}
        </button>`,
    );
  const trashNote =
    v.status === 'trash'
      ? html`<p class="editor-note">${ui.t('editor.inTrash', { kind: v.kind })}</p>`
      : EMPTY_HTML;
  return html`<section class="editor-box" aria-labelledby="publish-heading">
    <h2 id="publish-heading">${ui.t('editor.publishHeading')}</h2>
    <p>${messageHtml(ui, 'editor.status', { status }, { strong })}</p>
    ${when} ${trashNote} ${schedule}
    <div class="form-actions editor-actions">${buttons}</div>
    <p class="editor-autosave" data-autosave-status role="status" aria-live="polite"></p>
  </section>`;
}

function authorField(v: EditorView): Html {
  if (!v.authors) return EMPTY_HTML;
  const opts = v.authors.map((a) =>
    String(a.id) === v.fields.authorId
      ? html`<option value="${String(a.id)}" selected>${a.name}</option>`
      : html`<option value="${String(a.id)}">${a.name}</option>`,
  );
  return html`<div class="form-field">
    <label class="form-label" for="f-authorId">${v.ui.t('posts.author')}</label>
    ${v.errors.authorId ? html`<p class="form-error" id="f-authorId-error">${v.errors.authorId}</p>` : ''}
    <select class="form-select" id="f-authorId" name="authorId">
      ${opts}
    </select>
  </div>`;
}

function mainColumn(v: EditorView): Html {
  const { ui } = v;
  const preview = html`<section class="editor-preview" aria-labelledby="preview-heading">
    <h2 id="preview-heading">${ui.t('editor.preview')}</h2>
    <div class="prose editor-preview-body" data-preview-target aria-live="polite">
      ${v.previewHtml !== null ? renderedMarkdownHtml(v.previewHtml) : html`<p class="form-hint">${ui.t('editor.previewHint')}</p>`}
    </div>
  </section>`;
  return html`<div class="editor-main">
    ${textField({ name: 'title', label: ui.t('posts.title'), value: v.fields.title, error: v.errors.title, required: true, maxlength: 300 })}
    ${textField({ name: 'slug', label: ui.t('editor.slug'), value: v.fields.slug, error: v.errors.slug, maxlength: 200, hint: ui.t('editor.slugHint') })}
    ${textareaField({ name: 'bodyMarkdown', label: ui.t('editor.body'), value: v.fields.bodyMarkdown, error: v.errors.bodyMarkdown, rows: 22, hint: ui.t('editor.bodyHint') })}
    <p>
      <button type="submit" name="action" value="preview" class="button button--secondary">
        ${ui.t('editor.preview')}
      </button>
    </p>
    ${preview}
  </div>`;
}

function sideColumn(v: EditorView): Html {
  const { ui } = v;
  return html`<div class="editor-side">
    ${publishBox(v)}
    <section class="editor-box" aria-labelledby="details-heading">
      <h2 id="details-heading">${ui.t('editor.details')}</h2>
      <div class="form-field">
        <label class="form-label" for="f-tags">${ui.t('editor.tags')}</label>
        <p class="form-hint" id="f-tags-hint">${ui.t('editor.tagsHint')}</p>
        ${v.errors.tags ? html`<p class="form-error" id="f-tags-error">${v.errors.tags}</p>` : ''}
        <input
          class="form-input"
          type="text"
          id="f-tags"
          name="tags"
          value="${v.fields.tags}"
          list="tag-suggestions"
          aria-describedby="f-tags-hint"
          maxlength="1000"
        />
        <datalist id="tag-suggestions">
          ${v.tagSuggestions.map((t) => html`<option value="${t}"></option>`)}
        </datalist>
      </div>
      ${authorField(v)}
      ${textField({ name: 'language', label: ui.t('editor.language'), value: v.fields.language, error: v.errors.language, maxlength: 35, hint: ui.t('editor.languageHint') })}
      ${textareaField({ name: 'excerpt', label: ui.t('editor.excerpt'), value: v.fields.excerpt, placeholder: v.excerptPlaceholder, error: v.errors.excerpt, rows: 3, maxlength: 1000, hint: ui.t('editor.excerptHint') })}
      ${checkboxField({ name: 'commentsOpen', label: ui.t('editor.allowComments'), checked: v.fields.commentsOpen })}
    </section>
    <section class="editor-box" aria-labelledby="image-heading" data-dropzone>
      <h2 id="image-heading">${ui.t('editor.featureImage')}</h2>
      ${textField({ name: 'featureImageSrc', label: ui.t('editor.imageAddress'), value: v.fields.featureImageSrc, error: v.errors.featureImageSrc, maxlength: 500, hint: ui.t('editor.imageAddressHint') })}
      ${textField({ name: 'featureImageAlt', label: ui.t('editor.imageAlt'), value: v.fields.featureImageAlt, error: v.errors.featureImageAlt, maxlength: 300 })}
      <p>
        ${messageHtml(ui, 'editor.openMedia', {}, { link: (inner: Html) => html`<a href="/admin/media" target="_blank" rel="noopener">${inner}</a>` })}
      </p>
    </section>
    <section class="editor-box" aria-labelledby="seo-heading">
      <h2 id="seo-heading">${ui.t('editor.searchEngines')}</h2>
      ${textField({ name: 'seoTitle', label: ui.t('editor.seoTitle'), value: v.fields.seoTitle, error: v.errors.seoTitle, maxlength: 200 })}
      ${textareaField({ name: 'seoDescription', label: ui.t('editor.seoDescription'), value: v.fields.seoDescription, error: v.errors.seoDescription, rows: 3, maxlength: 400 })}
    </section>
  </div>`;
}

/** The editor page's main content. */
export function editorMain(v: EditorView): Html {
  const base = kindBase(v.kind);
  const action = v.id === null ? base : `${base}/${String(v.id)}`;
  const { ui } = v;
  const heading = ui.t(v.id === null ? 'editor.new' : 'editor.edit', { kind: v.kind });
  const notice = v.notice
    ? html`<div
        class="notice${v.notice.kind === 'error' ? ' notice--error' : v.notice.kind === 'success' ? ' notice--success' : ''}"
        role="${v.notice.kind === 'error' ? 'alert' : 'status'}"
      >
        <p>${v.notice.text}</p>
      </div>`
    : EMPTY_HTML;
  const autosaveUrl = v.id === null ? '' : `${base}/${String(v.id)}/autosave`;
  const createUrl = v.id === null ? `${base}/autosave-new` : EMPTY_HTML;
  return html`<link rel="stylesheet" href="${v.assets.css}" />
    <h1 class="page-title">${heading}</h1>
    <p><a href="${base}">${ui.t('editor.all', { kind: v.kind })}</a></p>
    ${notice} ${errorSummary(v.ui, v.errors)}
    <form
      method="post"
      action="${action}"
      class="editor"
      data-editor
      data-autosave-url="${autosaveUrl}"
      data-autosave-create-url="${createUrl}"
      data-preview-url="/admin/preview"
      data-upload-url="/admin/media"
      data-say-saved-draft="${ui.t('editor.js.savedDraft', { time: '%s' })}"
      data-say-autosaved="${ui.t('editor.js.autosaved', { time: '%s' })}"
      data-say-autosave-failed="${ui.t('editor.js.autosaveFailed', { reason: '%s' })}"
      data-say-uploading="${ui.t('editor.js.uploading', { file: '%s' })}"
      data-say-uploaded="${ui.t('editor.js.uploaded', { file: '%s' })}"
      data-say-upload-failed="${ui.t('editor.js.uploadFailed', { reason: '%s' })}"
      data-say-request-failed="${ui.t('editor.js.requestFailed')}"
      novalidate
    >
      ${csrfInput(v.csrfToken)}
      <input type="hidden" name="version" value="${v.fields.version}" />
      ${sideColumn(v)} ${mainColumn(v)}
    </form>
    ${editorSidePanels(ui, v, base)}
    <script src="${v.assets.js}" defer></script>`;
}
