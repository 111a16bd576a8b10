// The moderation console: status tabs with counts, filters and search, the list with bulk
// actions and per-row buttons, keyboard shortcuts (help overlay on "?"), and the outbox note.
import { reasonSelect, renderSpamVerdict, type SpamVerdictView } from './spam-verdict.ts';
import { html } from 'ghtml';
import type { CommentStatus } from '../../../comments/comment.ts';
import { COMMENT_STATUSES } from '../../../comments/comment.ts';
import type { ModerationAction } from '../../../comments/moderation.ts';
import { allowedActions } from '../../../comments/moderation.ts';
import type { ConsoleComment } from '../../../comments/moderation-repo.ts';
import type { FormatIsoDate } from '../../format-date.ts';
import { csrfInput } from '../form.ts';

/** Labels of the actions, as moderators know them from WordPress. */
export const ACTION_LABELS: Record<ModerationAction, string> = {
  approve: 'Approve',
  unapprove: 'Unapprove',
  spam: 'Spam',
  notspam: 'Not spam',
  trash: 'Trash',
  restore: 'Restore',
  delete: 'Delete permanently',
};

const STATUS_LABELS: Record<CommentStatus, string> = {
  pending: 'Pending',
  approved: 'Approved',
  spam: 'Spam',
  trash: 'Trash',
};

/** Everything the console page shows. */
export interface ConsolePageProps {
  csrfToken: string;
  status: CommentStatus;
  counts: Record<CommentStatus, number>;
  filters: { article: string; author: string; email: string; ip: string; q: string; reason?: string };
  items: Array<ConsoleComment & { bodyHtml: string; spam?: SpamVerdictView | null }>;
  /** Spam reason codes the list can be filtered by. */
  reasonCodes?: readonly string[];
  page: number;
  totalPages: number;
  /** The console URL for a page number, keeping the filters. */
  pageUrl(page: number): string;
  /** The current URL (actions come back here). */
  back: string;
  outbox: { waiting: number; failed: number; smtpConfigured: boolean };
  scriptPath: string;
  /** Writes an instant on the site's clock (the timezone setting). */
  formatTime: FormatIsoDate;
}

const statusTabs = (p: ConsolePageProps) =>
  html`<nav class="comment-tabs" aria-label="Comment status">
    <ul>
      !${COMMENT_STATUSES.map((s) => {
        const current = s === p.status ? 'aria-current="page"' : '';
        return html`<li>
          <a href="/admin/comments?status=${s}" !${current}
            >${STATUS_LABELS[s]} <span class="count">(${String(p.counts[s])})</span></a
          >
        </li>`;
      })}
    </ul>
  </nav>`;

const filterForm = (p: ConsolePageProps) =>
  html`<form
    class="comment-filters"
    method="get"
    action="/admin/comments"
    role="search"
    aria-label="Filter comments"
  >
    <input type="hidden" name="status" value="${p.status}" />
    <label>Search <input class="form-input" type="search" name="q" value="${p.filters.q}" /></label>
    <label
      >Article id
      <input
        class="form-input"
        type="text"
        inputmode="numeric"
        name="article"
        value="${p.filters.article}"
        size="6"
    /></label>
    <label>Author <input class="form-input" type="text" name="author" value="${p.filters.author}" /></label>
    <label>Email <input class="form-input" type="text" name="email" value="${p.filters.email}" /></label>
    <label>IP <input class="form-input" type="text" name="ip" value="${p.filters.ip}" /></label>
    !${p.reasonCodes ? reasonSelect(p.reasonCodes, p.filters.reason ?? '') : ''}
    <button class="button button--secondary" type="submit">Filter</button>
  </form>`;

const row = (c: ConsolePageProps['items'][number], formatTime: FormatIsoDate) => {
  const actions = allowedActions(c.status);
  return html`<tr class="comment-row" data-comment-id="${String(c.id)}" tabindex="-1">
    <td>
      <input
        type="checkbox"
        name="ids"
        value="${String(c.id)}"
        aria-label="Select comment ${String(c.id)} by ${c.authorName}"
      />
    </td>
    <td class="comment-row-author">
      <strong>${c.authorName}</strong><br />
      <a href="/admin/comments?email=${encodeURIComponent(c.authorEmail)}">${c.authorEmail}</a><br />
      !${c.ip ? html`<a href="/admin/comments?ip=${encodeURIComponent(c.ip)}">${c.ip}</a>` : 'IP erased'}
    </td>
    <td class="comment-row-body">
      <div class="comment-row-text">!${c.bodyHtml}</div>
      !${c.spam ? renderSpamVerdict(c.spam, c.status) : ''}
      <p class="comment-row-actions">
        !${actions.map(
          (a) =>
            html`<button
              class="button button--secondary button--small"
              type="submit"
              name="single"
              value="${String(c.id)}:${a}"
              data-action="${a}"
            >
              ${ACTION_LABELS[a]}
            </button>`,
        )}
        <a
          class="button button--secondary button--small"
          href="/admin/comments/${String(c.id)}#reply"
          data-action="open"
          >Reply / edit / history</a
        >
      </p>
    </td>
    <td>
      <a href="/article/${encodeURIComponent(c.articleSlug)}#comment-${String(c.id)}">${c.articleTitle}</a>
    </td>
    <td>
      <time datetime="${c.createdAt}">${formatTime(c.createdAt)}</time><br /><span
        class="comment-status comment-status--${c.status}"
        >${STATUS_LABELS[c.status]}</span
      >
    </td>
  </tr>`;
};

/** The console's `<main>` content. */
export function renderConsolePage(p: ConsolePageProps): string {
  const bulkActions = [...new Set(p.items.flatMap((c) => allowedActions(c.status)))];
  const outbox =
    p.outbox.waiting + p.outbox.failed > 0
      ? html`<p class="notice">
          Mail outbox: ${String(p.outbox.waiting)} waiting, ${String(p.outbox.failed)} failed.
          ${p.outbox.smtpConfigured ? '' : 'SMTP is not configured (set SMTP_URL): mail is kept in the outbox.'}
          <a href="/admin/comments/outbox">See the outbox</a>
        </p>`
      : '';
  const pager =
    p.totalPages > 1
      ? html`<nav class="pagination" aria-label="Pages">
          !${p.page > 1 ? html`<a href="${p.pageUrl(p.page - 1)}" rel="prev">← Newer</a>` : ''}
          <span>Page ${String(p.page)} of ${String(p.totalPages)}</span>
          !${p.page < p.totalPages ? html`<a href="${p.pageUrl(p.page + 1)}" rel="next">Older →</a>` : ''}
        </nav>`
      : '';
  const table = p.items.length
    ? html`<div class="admin-table-wrap">
        <table class="admin-table comment-table">
          <caption class="visually-hidden">
            ${STATUS_LABELS[p.status]} comments
          </caption>
          <thead>
            <tr>
              <th scope="col"><span class="visually-hidden">Select</span></th>
              <th scope="col">Author</th>
              <th scope="col">Comment</th>
              <th scope="col">In response to</th>
              <th scope="col">Submitted</th>
            </tr>
          </thead>
          <tbody>
            !${p.items.map((c) => row(c, p.formatTime))}
          </tbody>
        </table>
      </div>`
    : html`<p class="empty-state">
        No ${STATUS_LABELS[p.status].toLowerCase()}
        comments${p.filters.q || p.filters.email || p.filters.ip || p.filters.author || p.filters.article || p.filters.reason ? ' match these filters' : ''}.
      </p>`;
  return html`<h1>Comments</h1>
    <p class="form-hint">
      Keyboard: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>a</kbd> approve, <kbd>s</kbd> spam, <kbd>d</kbd> trash,
      <kbd>r</kbd> reply, <kbd>?</kbd> all shortcuts.
    </p>
    !${outbox} !${statusTabs(p)} !${filterForm(p)}
    <form method="post" action="/admin/comments/bulk" id="comment-bulk-form" class="comment-bulk-form">
      !${csrfInput(p.csrfToken)}
      <input type="hidden" name="back" value="${p.back}" />
      <div class="comment-bulk-bar">
        <label for="bulk-action">Bulk action</label>
        <select class="form-select" id="bulk-action" name="action">
          !${bulkActions.map((a) => html`<option value="${a}">${ACTION_LABELS[a]}</option>`)}
        </select>
        <button class="button" type="submit" name="bulk" value="1">Apply to selected</button>
      </div>
      !${table}
    </form>
    !${pager}
    <div
      class="shortcut-help"
      id="shortcut-help"
      role="dialog"
      aria-modal="true"
      aria-labelledby="shortcut-help-title"
      hidden
    >
      <div class="shortcut-help-inner">
        <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
        <dl>
          <dt><kbd>j</kbd></dt>
          <dd>Next comment</dd>
          <dt><kbd>k</kbd></dt>
          <dd>Previous comment</dd>
          <dt><kbd>a</kbd></dt>
          <dd>Approve</dd>
          <dt><kbd>s</kbd></dt>
          <dd>Mark as spam</dd>
          <dt><kbd>d</kbd></dt>
          <dd>Move to trash</dd>
          <dt><kbd>r</kbd></dt>
          <dd>Reply (opens the comment)</dd>
          <dt><kbd>?</kbd></dt>
          <dd>Show or hide this help</dd>
        </dl>
        <button class="button" type="button" id="shortcut-help-close">Close</button>
      </div>
    </div>
    <script src="${p.scriptPath}" defer></script>`;
}
