// Revisions of one article: pick two to compare (a line diff of title and body), restore one.
import { type Html, html, EMPTY_HTML } from '../../html.ts';
import type { ArticleKind } from '../../../content/article.ts';
import type { DiffLine, Revision } from '../../../content/revision.ts';
import { csrfInput } from '../form.ts';
import type { AdminT } from '../types.ts';
import { messageHtml } from '../../message-html.ts';
import { kindBase } from './labels.ts';

const hidden = (inner: Html) => html`<span class="visually-hidden">${inner}</span>`;

/** What the revisions page shows. */
export interface RevisionsView {
  ui: AdminT;
  kind: ArticleKind;
  articleId: number;
  title: string;
  version: number;
  revisions: Revision[];
  /** The compared pair (older, newer) and their diff, when two are chosen. */
  compare: { a: Revision; b: Revision; title: DiffLine[]; body: DiffLine[] } | null;
  canRestore: boolean;
  csrfToken: string;
  formatTime(iso: string): string;
}

const marks = { added: '+', removed: '−', same: ' ' } as const;

function diffTable(ui: AdminT, caption: string, lines: DiffLine[]): Html {
  const changed = lines.some((l) => l.change !== 'same');
  if (!changed) return html`<p>${ui.t('revisions.noChanges', { what: caption })}</p>`;
  return html`<div class="admin-table-wrap" tabindex="0" role="region" aria-label="${caption}">
    <table class="editor-diff">
      <caption>
        ${caption}
      </caption>
      <tbody>
        ${lines.map(
          (l) =>
            html`<tr class="editor-diff--${l.change}">
              <th scope="row">
                <span aria-hidden="true">${marks[l.change]}</span
                ><span class="visually-hidden">${ui.t(`revisions.change.${l.change}`)}</span>
              </th>
              <td><pre>${l.text}</pre></td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function label(v: RevisionsView, r: Revision): Html {
  const time = html`<time datetime="${r.createdAt}">${v.formatTime(r.createdAt)}</time>`;
  const key =
    r.editorName === null
      ? r.autosave
        ? 'revisions.autosavedBySomeone'
        : 'revisions.savedBySomeone'
      : r.autosave
        ? 'revisions.autosavedBy'
        : 'revisions.savedBy';
  return messageHtml(v.ui, key, { time, name: r.editorName ?? '' });
}

/** The revisions page's main content. */
export function revisionsMain(v: RevisionsView): Html {
  const { ui } = v;
  const base = `${kindBase(v.kind)}/${String(v.articleId)}`;
  const radio = (name: 'a' | 'b', r: Revision, checked: boolean) =>
    html`<input
        type="radio"
        name="${name}"
        value="${String(r.id)}"
        id="${name}-${String(r.id)}"
        ${checked ? ' checked' : ''}
      /><label for="${name}-${String(r.id)}" class="visually-hidden"
        >${messageHtml(ui, name === 'a' ? 'revisions.compareFrom' : 'revisions.compareTo', { revision: label(v, r) })}</label
      >`;
  const rows = v.revisions.map(
    (r, i) =>
      html`<tr>
        <td>${radio('a', r, v.compare ? v.compare.a.id === r.id : i === 1)}</td>
        <td>${radio('b', r, v.compare ? v.compare.b.id === r.id : i === 0)}</td>
        <td>${label(v, r)}</td>
        <td>${r.title}</td>
        <td>
          ${
            v.canRestore
              ? html`<button
                  type="submit"
                  form="restore-${String(r.id)}"
                  class="button button--small button--secondary"
                >
                  ${messageHtml(ui, 'revisions.restoreButton', { revision: label(v, r) }, { hidden })}
                </button>`
              : ''
          }
        </td>
      </tr>`,
  );
  const restoreForms = v.canRestore
    ? v.revisions.map(
        (r) =>
          html`<form
            method="post"
            action="${base}/revisions/${String(r.id)}/restore"
            id="restore-${String(r.id)}"
          >
            ${csrfInput(v.csrfToken)}<input type="hidden" name="version" value="${String(v.version)}" />
          </form>`,
      )
    : [];
  const compare = v.compare
    ? html`<section class="admin-section" aria-labelledby="diff-heading">
        <h2 id="diff-heading">
          ${messageHtml(ui, 'revisions.changes', { from: label(v, v.compare.a), to: label(v, v.compare.b) })}
        </h2>
        ${diffTable(ui, ui.t('posts.title'), v.compare.title)}
        ${diffTable(ui, ui.t('revisions.body'), v.compare.body)}
      </section>`
    : EMPTY_HTML;
  return html`<h1 class="page-title">${ui.t('revisions.of', { title: v.title })}</h1>
    <p><a href="${base}/edit">${ui.t('revisions.back')}</a></p>
    ${compare}
    <form method="get" action="${base}/revisions">
      <div class="admin-table-wrap" tabindex="0" role="region" aria-label="${ui.t('revisions.heading')}">
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col">${ui.t('revisions.from')}</th>
              <th scope="col">${ui.t('revisions.to')}</th>
              <th scope="col">${ui.t('revisions.saved')}</th>
              <th scope="col">${ui.t('posts.title')}</th>
              <th scope="col">${ui.t('revisions.restore')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows}
          </tbody>
        </table>
      </div>
      <p><button type="submit" class="button button--secondary">${ui.t('revisions.compare')}</button></p>
    </form>
    ${restoreForms}`;
}
