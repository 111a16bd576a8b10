// The posts (or pages) list: status tabs with counts, author/tag/title filters behind a
// disclosure (open while in use), a table with who edited last and when (cards on a phone), the
// quick actions that fit each row's status, pagination.
import { type Html, html, EMPTY_HTML } from '../../html.ts';
import type { AdminListItem } from '../../../content/article-admin-repo.ts';
import { type ArticleKind, articlePath } from '../../../content/article.ts';
import type { EditorialAction } from '../../../content/workflow.ts';
import { csrfInput } from '../form.ts';
import type { AdminT } from '../types.ts';
import { messageHtml } from '../../message-html.ts';
import { actionLabel, kindBase, kindPlural, statusBadge } from './labels.ts';

const hidden = (inner: Html) => html`<span class="visually-hidden">${inner}</span>`;

/** One row with the quick actions the viewer may take on it. */
export interface ListRow {
  item: AdminListItem;
  canEdit: boolean;
  actions: EditorialAction[];
}

/** What the list page shows. */
export interface ArticleListView {
  ui: AdminT;
  kind: ArticleKind;
  csrfToken: string;
  rows: ListRow[];
  total: number;
  page: number;
  totalPages: number;
  filters: { status: string; authorId: string; tagId: string; q: string };
  counts: Record<string, number>;
  authors: { id: number; name: string }[];
  tags: { id: number; name: string }[];
  canCreate: boolean;
  /** Formats an ISO instant in the site's timezone. */
  formatTime(iso: string): string;
}

const STATUSES = ['', 'draft', 'review', 'scheduled', 'published', 'trash'] as const;

const QUICK: EditorialAction[] = ['publish', 'unpublish', 'trash', 'restore', 'delete'];

function queryOf(v: ArticleListView, over: Record<string, string>): string {
  const params = new URLSearchParams();
  const all = {
    status: v.filters.status,
    author: v.filters.authorId,
    tag: v.filters.tagId,
    q: v.filters.q,
    ...over,
  };
  for (const [k, val] of Object.entries(all)) if (val) params.set(k, val);
  const s = params.toString();
  return `${kindBase(v.kind)}${s ? `?${s}` : ''}`;
}

function statusNav(v: ArticleListView): Html {
  const allCount = Object.entries(v.counts)
    .filter(([s]) => s !== 'trash')
    .reduce((n, [, c]) => n + c, 0);
  const { ui } = v;
  const links = STATUSES.map((status) => {
    const count = status ? (v.counts[status] ?? 0) : allCount;
    const href = queryOf(v, { status, page: '' });
    const current = v.filters.status === status ? html` aria-current="page"` : EMPTY_HTML;
    return html`<li>
      <a class="tabs-link" href="${href}" ${current}
        >${ui.t(`posts.tab.${status || 'all'}`)} <span class="editor-count count">(${String(count)})</span></a
      >
    </li>`;
  });
  return html`<nav class="tabs" aria-label="${ui.t('posts.filterByStatus')}">
    <ul class="tabs-list editor-status-nav">
      ${links}
    </ul>
  </nav>`;
}

function options(list: { id: number; name: string }[], selected: string, anyLabel: string): Html {
  const items = list.map((o) =>
    String(o.id) === selected
      ? html`<option value="${String(o.id)}" selected>${o.name}</option>`
      : html`<option value="${String(o.id)}">${o.name}</option>`,
  );
  return html`<option value="">${anyLabel}</option>
    ${items}`;
}

function filterForm(v: ArticleListView): Html {
  const inUse = Boolean(v.filters.q || v.filters.authorId || v.filters.tagId);
  return html`<details class="disclosure" ${inUse ? 'open' : ''}>
    <summary>${v.ui.t(inUse ? 'posts.filterInUse' : 'posts.filter')}</summary>
    ${filterFields(v, inUse)}
  </details>`;
}

function filterFields(v: ArticleListView, inUse: boolean): Html {
  const { ui } = v;
  return html`<form method="get" action="${kindBase(v.kind)}" class="filter-grid" role="search">
    <input type="hidden" name="status" value="${v.filters.status}" />
    <div class="form-field">
      <label class="form-label" for="filter-q">${ui.t('posts.titleContains')}</label>
      <input class="form-input" id="filter-q" name="q" type="search" value="${v.filters.q}" maxlength="200" />
    </div>
    <div class="form-field">
      <label class="form-label" for="filter-author">${ui.t('posts.author')}</label>
      <select class="form-select" id="filter-author" name="author">
        ${options(v.authors, v.filters.authorId, ui.t('posts.anyAuthor'))}
      </select>
    </div>
    ${
      v.kind === 'post'
        ? html`<div class="form-field">
            <label class="form-label" for="filter-tag">${ui.t('posts.tag')}</label>
            <select class="form-select" id="filter-tag" name="tag">
              ${options(v.tags, v.filters.tagId, ui.t('posts.anyTag'))}
            </select>
          </div>`
        : ''
    }
    <div class="form-actions">
      <button type="submit" class="button button--secondary">${ui.t('posts.filterButton')}</button>
      ${inUse ? html`<a href="${queryOf(v, { q: '', author: '', tag: '', page: '' })}">${ui.t('posts.clearFilters')}</a>` : ''}
    </div>
  </form>`;
}

/** "Publish" for a draft or a story in review, "Publish now" for a scheduled one. */
function quickLabel(
  ui: AdminT,
  a: EditorialAction,
  status: AdminListItem['status'],
  kind: ArticleKind,
): string {
  return a === 'publish' && status !== 'scheduled' ? ui.t('posts.publish') : actionLabel(ui, a, kind);
}

function quickActions(v: ArticleListView, row: ListRow): Html {
  const { ui } = v;
  const forms = QUICK.filter((a) => row.actions.includes(a)).map(
    (a) =>
      html`<form
        method="post"
        action="${kindBase(v.kind)}/${String(row.item.id)}/status"
        class="admin-inline-form"
      >
        ${csrfInput(v.csrfToken)}
        <input type="hidden" name="version" value="${String(row.item.version)}" />
        <button
          type="submit"
          name="action"
          value="${a}"
          class="button button--small button--secondary"
          ${a === 'delete' ? html` data-confirm="${ui.t('posts.confirmDelete')}"` : EMPTY_HTML}
        >
          ${messageHtml(ui, 'posts.actionOn', { action: quickLabel(ui, a, row.item.status, v.kind), title: row.item.title }, { hidden })}
        </button>
      </form>`,
  );
  const view =
    row.item.status === 'published'
      ? html`<a class="button button--small button--secondary" href="${articlePath(row.item)}"
          >${messageHtml(ui, 'posts.view', { title: row.item.title }, { hidden })}</a
        >`
      : EMPTY_HTML;
  return html`<div class="row-actions">${forms}${view}</div>`;
}

function row(v: ArticleListView, r: ListRow): Html {
  const { ui } = v;
  const i = r.item;
  const title = r.canEdit
    ? html`<a href="${kindBase(v.kind)}/${String(i.id)}/edit">${i.title}</a>`
    : html`<span>${i.title}</span>`;
  const when =
    i.status === 'scheduled' && i.publishedAt
      ? html`<br /><small
            >${messageHtml(ui, 'posts.scheduledFor', { time: html`<time datetime="${i.publishedAt}">${v.formatTime(i.publishedAt)}</time>` })}</small
          >`
      : EMPTY_HTML;
  const time = html`<time datetime="${i.updatedAt}">${v.formatTime(i.updatedAt)}</time>`;
  const edited = i.lastEditorName
    ? messageHtml(ui, 'posts.editedBy', { name: i.lastEditorName, time })
    : time;
  return html`<tr>
    <td class="cell-title">${title}</td>
    <td data-label="${ui.t('posts.author')}">${i.authorName}</td>
    <td data-label="${ui.t('posts.status')}">${statusBadge(ui, i.status)}${when}</td>
    <td data-label="${ui.t('posts.lastEdited')}">${edited}</td>
    <td class="cell-actions">${quickActions(v, r)}</td>
  </tr>`;
}

function pager(v: ArticleListView): Html {
  if (v.totalPages <= 1) return EMPTY_HTML;
  const { ui } = v;
  const prev =
    v.page > 1
      ? html`<a rel="prev" href="${queryOf(v, { page: String(v.page - 1) })}">${ui.t('posts.newer')}</a>`
      : EMPTY_HTML;
  const next =
    v.page < v.totalPages
      ? html`<a rel="next" href="${queryOf(v, { page: String(v.page + 1) })}">${ui.t('posts.older')}</a>`
      : EMPTY_HTML;
  return html`<nav class="editor-pager" aria-label="${ui.t('posts.pagination')}">
    ${prev} <span>${ui.t('posts.pageOf', { page: v.page, pages: v.totalPages })}</span> ${next}
  </nav>`;
}

/** The list page's main content. */
export function articleListMain(v: ArticleListView): Html {
  const { ui } = v;
  const plural = kindPlural(ui, v.kind);
  const create = v.canCreate
    ? html`<a class="button" href="${kindBase(v.kind)}/new"
        >${ui.t(v.kind === 'post' ? 'posts.writeStory' : 'posts.newPage')}</a
      >`
    : EMPTY_HTML;
  const table = v.rows.length
    ? html`<div class="admin-table-wrap" tabindex="0" role="region" aria-label="${plural}">
        <table class="admin-table stack-table">
          <caption class="visually-hidden">
            ${ui.t('posts.caption', { kind: v.kind, count: v.total })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${ui.t('posts.title')}</th>
              <th scope="col">${ui.t('posts.author')}</th>
              <th scope="col">${ui.t('posts.status')}</th>
              <th scope="col">${ui.t('posts.lastEdited')}</th>
              <th scope="col">${ui.t('posts.actions')}</th>
            </tr>
          </thead>
          <tbody>
            ${v.rows.map((r) => row(v, r))}
          </tbody>
        </table>
      </div>`
    : html`<p class="editor-empty">${ui.t('posts.noneMatch', { kind: v.kind })}</p>`;
  return html`<div class="page-head">
      <h1 class="page-title">${plural}</h1>
      ${create}
    </div>
    ${statusNav(v)} ${filterForm(v)}
    <p class="editor-total" role="status">${ui.t('posts.total', { kind: v.kind, count: v.total })}</p>
    ${table} ${pager(v)}`;
}
