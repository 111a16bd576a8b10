// The posts (or pages) list: status tabs with counts, author/tag/title filters behind a
// disclosure (open while in use), a table with who edited last and when (cards on a phone), the
// quick actions that fit each row's status, pagination.
import { type Html, html, EMPTY_HTML } from '../../html.ts';
import type { AdminListItem } from '../../../content/article-admin-repo.ts';
import { type ArticleKind, articlePath } from '../../../content/article.ts';
import type { EditorialAction } from '../../../content/workflow.ts';
import { csrfInput } from '../form.ts';
import { actionLabel, kindBase, kindPlural, statusBadge } from './labels.ts';

/** One row with the quick actions the viewer may take on it. */
export interface ListRow {
  item: AdminListItem;
  canEdit: boolean;
  actions: EditorialAction[];
}

/** What the list page shows. */
export interface ArticleListView {
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

const STATUSES: [string, string][] = [
  ['', 'All'],
  ['draft', 'Drafts'],
  ['review', 'In review'],
  ['scheduled', 'Scheduled'],
  ['published', 'Published'],
  ['trash', 'Trash'],
];

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
  const links = STATUSES.map(([status, label]) => {
    const count = status ? (v.counts[status] ?? 0) : allCount;
    const href = queryOf(v, { status, page: '' });
    const current = v.filters.status === status ? html` aria-current="page"` : EMPTY_HTML;
    return html`<li>
      <a class="tabs-link" href="${href}" ${current}
        >${label} <span class="editor-count count">(${String(count)})</span></a
      >
    </li>`;
  });
  return html`<nav class="tabs" aria-label="Filter by status">
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
    <summary>Filter and search${inUse ? ' (in use)' : ''}</summary>
    ${filterFields(v, inUse)}
  </details>`;
}

function filterFields(v: ArticleListView, inUse: boolean): Html {
  return html`<form method="get" action="${kindBase(v.kind)}" class="filter-grid" role="search">
    <input type="hidden" name="status" value="${v.filters.status}" />
    <div class="form-field">
      <label class="form-label" for="filter-q">Title contains</label>
      <input class="form-input" id="filter-q" name="q" type="search" value="${v.filters.q}" maxlength="200" />
    </div>
    <div class="form-field">
      <label class="form-label" for="filter-author">Author</label>
      <select class="form-select" id="filter-author" name="author">
        ${options(v.authors, v.filters.authorId, 'Any author')}
      </select>
    </div>
    ${
      v.kind === 'post'
        ? html`<div class="form-field">
            <label class="form-label" for="filter-tag">Tag</label>
            <select class="form-select" id="filter-tag" name="tag">
              ${options(v.tags, v.filters.tagId, 'Any tag')}
            </select>
          </div>`
        : ''
    }
    <div class="form-actions">
      <button type="submit" class="button button--secondary">Filter</button>
      ${inUse ? html`<a href="${queryOf(v, { q: '', author: '', tag: '', page: '' })}">Clear filters</a>` : ''}
    </div>
  </form>`;
}

/** "Publish" for a draft or a story in review, "Publish now" for a scheduled one. */
function quickLabel(a: EditorialAction, status: AdminListItem['status'], kind: ArticleKind): string {
  return a === 'publish' && status !== 'scheduled' ? 'Publish' : actionLabel(a, kind);
}

function quickActions(v: ArticleListView, row: ListRow): Html {
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
          ${a === 'delete' ? html` data-confirm="Delete permanently? This cannot be undone."` : EMPTY_HTML}
        >
          ${quickLabel(a, row.item.status, v.kind)}<span class="visually-hidden">: ${row.item.title}</span>
        </button>
      </form>`,
  );
  const view =
    row.item.status === 'published'
      ? html`<a class="button button--small button--secondary" href="${articlePath(row.item)}"
          >View<span class="visually-hidden">: ${row.item.title}</span></a
        >`
      : EMPTY_HTML;
  return html`<div class="row-actions">${forms}${view}</div>`;
}

function row(v: ArticleListView, r: ListRow): Html {
  const i = r.item;
  const title = r.canEdit
    ? html`<a href="${kindBase(v.kind)}/${String(i.id)}/edit">${i.title}</a>`
    : html`<span>${i.title}</span>`;
  const when =
    i.status === 'scheduled' && i.publishedAt
      ? html`<br /><small>for ${v.formatTime(i.publishedAt)}</small>`
      : EMPTY_HTML;
  const editor = i.lastEditorName ? html`${i.lastEditorName}, ` : EMPTY_HTML;
  return html`<tr>
    <td class="cell-title">${title}</td>
    <td data-label="Author">${i.authorName}</td>
    <td data-label="Status">${statusBadge(i.status)}${when}</td>
    <td data-label="Last edited">
      ${editor}<time datetime="${i.updatedAt}">${v.formatTime(i.updatedAt)}</time>
    </td>
    <td class="cell-actions">${quickActions(v, r)}</td>
  </tr>`;
}

function pager(v: ArticleListView): Html {
  if (v.totalPages <= 1) return EMPTY_HTML;
  const prev =
    v.page > 1
      ? html`<a rel="prev" href="${queryOf(v, { page: String(v.page - 1) })}">Newer</a>`
      : EMPTY_HTML;
  const next =
    v.page < v.totalPages
      ? html`<a rel="next" href="${queryOf(v, { page: String(v.page + 1) })}">Older</a>`
      : EMPTY_HTML;
  return html`<nav class="editor-pager" aria-label="Pages">
    ${prev} <span>Page ${String(v.page)} of ${String(v.totalPages)}</span> ${next}
  </nav>`;
}

/** The list page's main content. */
export function articleListMain(v: ArticleListView): Html {
  const plural = kindPlural(v.kind);
  const create = v.canCreate
    ? html`<a class="button" href="${kindBase(v.kind)}/new"
        >${v.kind === 'post' ? 'Write a story' : 'New page'}</a
      >`
    : EMPTY_HTML;
  const table = v.rows.length
    ? html`<div class="admin-table-wrap" tabindex="0" role="region" aria-label="${plural}">
        <table class="admin-table stack-table">
          <caption class="visually-hidden">
            ${plural}: ${String(v.total)} found
          </caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Author</th>
              <th scope="col">Status</th>
              <th scope="col">Last edited</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            ${v.rows.map((r) => row(v, r))}
          </tbody>
        </table>
      </div>`
    : html`<p class="editor-empty">No ${plural.toLowerCase()} match these filters.</p>`;
  return html`<div class="page-head">
      <h1 class="page-title">${plural}</h1>
      ${create}
    </div>
    ${statusNav(v)} ${filterForm(v)}
    <p class="editor-total" role="status">
      ${String(v.total)} ${v.total === 1 ? v.kind : plural.toLowerCase()}
    </p>
    ${table} ${pager(v)}`;
}
