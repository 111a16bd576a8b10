// The audit log (owner only): newest first, filtered by user and action, paginated.
import { type Html, html, EMPTY_HTML } from '../html.ts';
import type { AuditEntry } from '../../users/audit-repo.ts';
import type { FormatIsoDate } from '../format-date.ts';

/** Audit page state. */
export interface AuditView {
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

/** The audit log's main content. */
export function auditMain(v: AuditView): Html {
  const rows = v.entries.map(
    (e) =>
      html`<tr>
        <td><time datetime="${e.createdAt}">${v.formatTime(e.createdAt)}</time></td>
        <td>${e.actorName || '—'}</td>
        <td><code>${e.action}</code></td>
        <td>${e.target}</td>
        <td class="admin-details">${Object.keys(e.details).length ? JSON.stringify(e.details) : ''}</td>
        <td>${e.ip}</td>
      </tr>`,
  );
  const prev =
    v.page > 1
      ? html`<a class="pagination-link" href="${v.pageUrl(v.page - 1)}" rel="prev">Newer</a>`
      : EMPTY_HTML;
  const next =
    v.page < v.totalPages
      ? html`<a class="pagination-link pagination-next" href="${v.pageUrl(v.page + 1)}" rel="next">Older</a>`
      : EMPTY_HTML;
  return html`<h1 class="page-title">Audit log</h1>
    <form
      method="get"
      action="/admin/audit"
      class="admin-filters"
      role="search"
      aria-label="Filter the audit log"
    >
      <div class="form-field">
        <label class="form-label" for="audit-user">User</label>
        <select class="form-select" id="audit-user" name="user">
          ${option('', 'Everyone', v.filter.userId)}
          ${v.users.map((u) => option(String(u.id), u.name, v.filter.userId))}
        </select>
      </div>
      <div class="form-field">
        <label class="form-label" for="audit-action">Action</label>
        <select class="form-select" id="audit-action" name="action">
          ${option('', 'All actions', v.filter.action)} ${v.actions.map((a) => option(a, a, v.filter.action))}
        </select>
      </div>
      <div class="form-field"><button type="submit" class="button button--secondary">Filter</button></div>
    </form>
    <p>${String(v.total)} ${v.total === 1 ? 'entry' : 'entries'}.</p>
    <div class="admin-table-wrap" tabindex="0" role="region" aria-label="Audit log table">
      <table class="admin-table">
        <caption class="visually-hidden">
          Admin actions, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">Details</th>
            <th scope="col">IP address</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>
    <nav class="pagination" aria-label="Audit log pages">
      ${prev}
      <span class="pagination-status">Page ${String(v.page)} of ${String(Math.max(1, v.totalPages))}</span>
      ${next}
    </nav>`;
}
