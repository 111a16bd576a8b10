// The moderation console, queue first: status tabs with counts, then the comments (on the
// pending tab most likely spam first), each with its author and their record, text, article,
// spam verdict with its top reasons, and one button per decision. Filters wait behind a
// disclosure (open while one is in use); "mark all above X% as spam" and the bulk bar follow
// the list. The script (console.js) takes decisions without a reload and offers undo.
import { commentBodyHtml } from '../../comments/comment-body.ts';
import { type Html, html, EMPTY_HTML } from '../../html.ts';
import type { CommentStatus } from '../../../comments/comment.ts';
import { COMMENT_STATUSES } from '../../../comments/comment.ts';
import type { CommenterCounts, ConsoleComment } from '../../../comments/moderation-repo.ts';
import type { ModerationAction } from '../../../comments/moderation.ts';
import { allowedActions } from '../../../comments/moderation.ts';
import type { FormatIsoDate } from '../../format-date.ts';
import { csrfInput } from '../form.ts';
import { renderShortcutHelp } from './shortcut-help.ts';
import { reasonSelect, renderSpamVerdict, type SpamVerdictView } from './spam-verdict.ts';

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

/** How the list is ordered: most likely spam first, or newest first. */
export type ConsoleSort = 'spam' | 'newest';

/** One comment as the console shows it. */
export type ConsoleItem = ConsoleComment & {
  bodyHtml: string;
  spam?: SpamVerdictView | null;
  /** The commenter's approved and spam comments (by email). */
  history: CommenterCounts;
};

/** Everything the console page shows. */
export interface ConsolePageProps {
  csrfToken: string;
  status: CommentStatus;
  sort: ConsoleSort;
  counts: Record<CommentStatus, number>;
  filters: { article: string; author: string; email: string; ip: string; q: string; reason?: string };
  items: ConsoleItem[];
  /** Spam reason codes the list can be filtered by. */
  reasonCodes?: readonly string[];
  page: number;
  totalPages: number;
  /** The console URL for a page number, keeping the filters. */
  pageUrl(page: number): string;
  /** The console URL sorted another way (page 1). */
  sortUrl(sort: ConsoleSort): string;
  /** The current URL (actions come back here). */
  back: string;
  /** "Mark all above X% as spam": the default threshold and how many pending comments reach it. */
  sweep: { threshold: number; pendingAbove: number };
  outbox: { waiting: number; failed: number; smtpConfigured: boolean };
  scriptPath: string;
  /** Writes an instant on the site's clock (the timezone setting). */
  formatTime: FormatIsoDate;
}

/** The order of the quick decisions: the likely one first. */
const ORDER: ModerationAction[] = ['approve', 'notspam', 'restore', 'unapprove', 'spam', 'trash', 'delete'];

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const statusTabs = (p: ConsolePageProps) =>
  html`<nav class="tabs" aria-label="Comment status">
    <ul class="tabs-list">
      ${COMMENT_STATUSES.map((s) => {
        const current = s === p.status ? html`aria-current="page"` : EMPTY_HTML;
        return html`<li>
          <a class="tabs-link" href="/admin/comments?status=${s}" ${current}
            >${STATUS_LABELS[s]} <span class="count">(${String(p.counts[s])})</span></a
          >
        </li>`;
      })}
    </ul>
  </nav>`;

const filtersInUse = (f: ConsolePageProps['filters']) =>
  Boolean(f.q || f.article || f.author || f.email || f.ip || f.reason);

const field = (id: string, label: string, input: Html) =>
  html`<div class="form-field"><label class="form-label" for="${id}">${label}</label> ${input}</div>`;

const filterForm = (p: ConsolePageProps) => {
  const f = p.filters;
  const open = filtersInUse(f) ? 'open' : '';
  return html`<details class="disclosure mod-filters" ${open}>
    <summary>Filter and search${filtersInUse(f) ? ' (in use)' : ''}</summary>
    <form
      class="filter-grid"
      method="get"
      action="/admin/comments"
      role="search"
      aria-label="Filter comments"
    >
      <input type="hidden" name="status" value="${p.status}" />
      ${field('f-q', 'Search text, name or email', html`<input class="form-input" id="f-q" type="search" name="q" value="${f.q}" />`)}
      ${field('f-author', 'Author name', html`<input class="form-input" id="f-author" type="text" name="author" value="${f.author}" />`)}
      ${field('f-email', 'Email', html`<input class="form-input" id="f-email" type="text" name="email" value="${f.email}" />`)}
      ${field('f-ip', 'IP address', html`<input class="form-input" id="f-ip" type="text" name="ip" value="${f.ip}" />`)}
      ${field('f-article', 'Article id', html`<input class="form-input" id="f-article" type="text" inputmode="numeric" name="article" value="${f.article}" />`)}
      ${p.reasonCodes ? reasonSelect(p.reasonCodes, f.reason ?? '') : ''}
      <div class="form-actions">
        <button class="button button--secondary" type="submit">Filter</button>
        ${filtersInUse(f) ? html`<a href="/admin/comments?status=${p.status}">Clear filters</a>` : ''}
      </div>
    </form>
  </details>`;
};

const sortLinks = (p: ConsolePageProps) =>
  html`<p class="mod-sort">
    Order:
    ${(['spam', 'newest'] as const)
      .map((s) => {
        const label = s === 'spam' ? 'most likely spam first' : 'newest first';
        return s === p.sort
          ? html`<strong aria-current="true">${label}</strong>`
          : html`<a href="${p.sortUrl(s)}">${label}</a>`;
      })
      .map((link, i) => (i ? html` · ${link}` : link))}
  </p>`;

const historyLine = (h: CommenterCounts) =>
  h.approved + h.spam === 0
    ? html`<span class="mod-history mod-history--new">first comment</span>`
    : html`<span class="mod-history"
        >${plural(h.approved, 'approved')} · ${plural(h.spam, 'spam', 'spam')}</span
      >`;

const item = (c: ConsoleItem, formatTime: FormatIsoDate) => {
  const id = String(c.id);
  const actions = allowedActions(c.status).sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  return html`<li
    class="mod-item"
    id="comment-${id}"
    data-comment-id="${id}"
    data-author="${c.authorName}"
    tabindex="-1"
    aria-labelledby="comment-${id}-who"
  >
    <div class="mod-head">
      <input
        class="mod-select"
        type="checkbox"
        name="ids"
        value="${id}"
        aria-label="Select the comment by ${c.authorName}"
      />
      <p class="mod-who" id="comment-${id}-who"><strong>${c.authorName}</strong> ${historyLine(c.history)}</p>
      <p class="mod-meta">
        <a href="/admin/comments?status=${c.status}&amp;email=${encodeURIComponent(c.authorEmail)}"
          >${c.authorEmail}</a
        >
        ·
        ${c.ip ? html`<a href="/admin/comments?status=${c.status}&amp;ip=${encodeURIComponent(c.ip)}">${c.ip}</a>` : 'IP erased'}
        · <time datetime="${c.createdAt}">${formatTime(c.createdAt)}</time>
      </p>
    </div>
    <div class="mod-text">${commentBodyHtml(c.bodyHtml)}</div>
    <p class="mod-article">
      On <a href="/article/${encodeURIComponent(c.articleSlug)}#comment-${id}">${c.articleTitle}</a>
    </p>
    ${c.spam ? renderSpamVerdict(c.spam, c.status) : ''}
    <div class="mod-actions">
      ${actions.map(
        (a) =>
          html`<button
            class="button ${a === 'approve' || a === 'notspam' || a === 'restore' ? '' : 'button--secondary'} mod-action"
            type="submit"
            name="single"
            value="${id}:${a}"
            data-action="${a}"
          >
            ${ACTION_LABELS[a]}
          </button>`,
      )}
      <a class="button button--secondary mod-action" href="/admin/comments/${id}#reply" data-action="reply"
        >Reply</a
      >
    </div>
  </li>`;
};

const sweepForm = (p: ConsolePageProps) =>
  p.status !== 'pending'
    ? ''
    : html`<form class="mod-sweep" id="mod-sweep" method="post" action="/admin/comments/spam-above">
        ${csrfInput(p.csrfToken)}
        <input type="hidden" name="back" value="${p.back}" />
        <div class="form-field">
          <label class="form-label" for="sweep-threshold"
            >Mark every pending comment at or above this spam probability (%) as spam</label
          >
          <p class="form-hint" id="sweep-hint">
            ${plural(p.sweep.pendingAbove, 'pending comment')} at or above ${String(p.sweep.threshold)}% now.
            You can undo it.
          </p>
          <div class="inline-controls">
            <input
              class="form-input form-input--short"
              id="sweep-threshold"
              type="number"
              name="threshold"
              min="1"
              max="100"
              step="1"
              value="${String(p.sweep.threshold)}"
              aria-describedby="sweep-hint"
            />
            <button class="button button--secondary" type="submit">Mark as spam</button>
          </div>
        </div>
      </form>`;

const outboxNote = (p: ConsolePageProps) =>
  p.outbox.waiting + p.outbox.failed > 0
    ? html`<p class="notice">
        Mail outbox: ${String(p.outbox.waiting)} waiting, ${String(p.outbox.failed)} failed.
        ${p.outbox.smtpConfigured ? '' : 'SMTP is not configured (set SMTP_URL): mail is kept in the outbox.'}
        <a href="/admin/comments/outbox">See the outbox</a>
      </p>`
    : EMPTY_HTML;

const pager = (p: ConsolePageProps) =>
  p.totalPages > 1
    ? html`<nav class="pagination" aria-label="Pages">
        ${p.page > 1 ? html`<a href="${p.pageUrl(p.page - 1)}" rel="prev">← Previous</a>` : ''}
        <span>Page ${String(p.page)} of ${String(p.totalPages)}</span>
        ${p.page < p.totalPages ? html`<a href="${p.pageUrl(p.page + 1)}" rel="next">Next →</a>` : ''}
      </nav>`
    : EMPTY_HTML;

const queueForm = (p: ConsolePageProps) => {
  const bulkActions = [...new Set(p.items.flatMap((c) => allowedActions(c.status)))];
  // Shown by the script once every comment on the page is decided.
  const cleared = html`<p class="empty-state" id="mod-cleared" tabindex="-1" hidden>
    Every comment on this page is decided. <a href="${p.back}">Load the queue again</a>
  </p>`;
  return html`<form method="post" action="/admin/comments/bulk" id="comment-bulk-form" class="mod-form">
    ${csrfInput(p.csrfToken)}
    <input type="hidden" name="back" value="${p.back}" />
    <h2 class="visually-hidden">${STATUS_LABELS[p.status]} comments</h2>
    <ol class="mod-queue" id="mod-queue">
      ${p.items.map((c) => item(c, p.formatTime))}
    </ol>
    ${cleared}
    <div class="mod-bulk">
      <label class="form-label" for="bulk-action">With the selected comments</label>
      <div class="inline-controls">
        <select class="form-select" id="bulk-action" name="action">
          ${bulkActions.map((a) => html`<option value="${a}">${ACTION_LABELS[a]}</option>`)}
        </select>
        <button class="button button--secondary" type="submit" name="bulk" value="1">Apply</button>
      </div>
    </div>
  </form>`;
};

/** The console's `<main>` content. */
export function renderConsolePage(p: ConsolePageProps): Html {
  const empty = p.items.length
    ? ''
    : html`<p class="empty-state">
        No ${STATUS_LABELS[p.status].toLowerCase()}
        comments${filtersInUse(p.filters) ? ' match these filters' : ''}.
      </p>`;
  return html`<h1>Comments</h1>
    ${outboxNote(p)} ${statusTabs(p)}
    <div class="mod-tools">${sortLinks(p)} ${filterForm(p)}</div>
    <p class="visually-hidden" id="mod-live" role="status" aria-live="polite"></p>
    ${p.items.length ? queueForm(p) : empty} ${pager(p)} ${sweepForm(p)}
    <p class="form-hint mod-keys">
      Keyboard: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>a</kbd> approve, <kbd>s</kbd> spam, <kbd>d</kbd> trash,
      <kbd>r</kbd> reply, <kbd>z</kbd> undo, <kbd>?</kbd> all shortcuts.
    </p>
    ${renderShortcutHelp()}
    <script src="${p.scriptPath}" defer></script>`;
}
