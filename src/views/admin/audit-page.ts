// The audit log (owner only): newest first, filtered by user and action, paginated.
import { type Html, html, EMPTY_HTML } from '../html.ts';
import type { AuditEntry } from '../../users/audit-repo.ts';
import type { FormatIsoDate } from '../format-date.ts';
import type { AdminT } from './types.ts';

/** Audit page state. */
export interface AuditView {
  ui: AdminT;
  entries: AuditEntry[];
  users: { id: number; name: string }[];
  actions: string[];
  filter: { userId: string; action: string };
  page: number;
  totalPages: number;
  total: number;
  /** Builds the URL of another page with the same filters. */
  pageUrl(page: number): string;
  /** Writes an instant on the site's clock (the timezone setting). */
  formatTime: FormatIsoDate;
}

function option(value: string, label: string, selected: string): Html {
  return value === selected
    ? html`<option value="${value}" selected>${label}</option>`
    : html`<option value="${value}">${label}</option>`;
}

/** An action code as a choice: a code, not words of any language (`lang="zxx"`). */
function codeOption(value: string, selected: string): Html {
  return value === selected
    ? html`<option value="${value}" lang="zxx" selected>${value}</option>`
    : html`<option value="${value}" lang="zxx">${value}</option>`;
}

/** The audit log's main content. */
export function auditMain(v: AuditView): Html {
  const { ui } = v;
  const rows = v.entries.map(
    (e) =>
      html`<tr>
        <td><time datetime="${e.createdAt}">${v.formatTime(e.createdAt)}</time></td>
        <td>${e.actorName || '—'}</td>
        <td><code>${e.action}</code></td>
        <td><code>${e.target}</code></td>
        <td class="admin-details">
          ${Object.keys(e.details).length ? html`<code>${JSON.stringify(e.details)}</code>` : ''}
        </td>
        <td>${e.ip}</td>
      </tr>`,
  );
  const prev =
    v.page > 1
      ? html`<a class="pagination-link" href="${v.pageUrl(v.page - 1)}" rel="prev">${ui.t('posts.newer')}</a>`
      : EMPTY_HTML;
  const next =
    v.page < v.totalPages
      ? html`<a class="pagination-link pagination-next" href="${v.pageUrl(v.page + 1)}" rel="next"
          >${ui.t('posts.older')}</a
        >`
      : EMPTY_HTML;
  return html`<h1 class="page-title">${ui.t('nav.audit')}</h1>
    <form
      method="get"
      action="/admin/audit"
      class="admin-filters"
      role="search"
      aria-label="${ui.t('audit.filterLabel')}"
    >
      <div class="form-field">
        <label class="form-label" for="audit-user">${ui.t('audit.user')}</label>
        <select class="form-select" id="audit-user" name="user">
          ${option('', ui.t('audit.everyone'), v.filter.userId)}
          ${v.users.map((u) => option(String(u.id), u.name, v.filter.userId))}
        </select>
      </div>
      <div class="form-field">
        <label class="form-label" for="audit-action">${ui.t('audit.action')}</label>
        <select class="form-select" id="audit-action" name="action">
          ${option('', ui.t('audit.allActions'), v.filter.action)}
          ${v.actions.map((a) => codeOption(a, v.filter.action))}
        </select>
      </div>
      <div class="form-field">
        <button type="submit" class="button button--secondary">${ui.t('posts.filterButton')}</button>
      </div>
    </form>
    <p>${ui.t('audit.total', { count: v.total })}</p>
    <div class="admin-table-wrap" tabindex="0" role="region" aria-label="${ui.t('audit.tableLabel')}">
      <table class="admin-table">
        <caption class="visually-hidden">
          ${ui.t('audit.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${ui.t('audit.when')}</th>
            <th scope="col">${ui.t('audit.who')}</th>
            <th scope="col">${ui.t('audit.action')}</th>
            <th scope="col">${ui.t('audit.target')}</th>
            <th scope="col">${ui.t('audit.details')}</th>
            <th scope="col">${ui.t('comments.ipAddress')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>
    <nav class="pagination" aria-label="${ui.t('audit.pages')}">
      ${prev}
      <span class="pagination-status"
        >${ui.t('posts.pageOf', { page: v.page, pages: Math.max(1, v.totalPages) })}</span
      >
      ${next}
    </nav>`;
}
