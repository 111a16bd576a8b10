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
import type { AdminT } from '../types.ts';
import { messageHtml } from '../../message-html.ts';

const kbd = (inner: Html) => html`<kbd>${inner}</kbd>`;
const code = (inner: Html) => html`<code>${inner}</code>`;
import { renderShortcutHelp } from './shortcut-help.ts';
import { reasonSelect, renderSpamVerdict, type SpamVerdictView } from './spam-verdict.ts';

/** The label of an action, as moderators know them from WordPress ("Approve", "Not spam"). */
export const actionLabel = (ui: AdminT, action: ModerationAction): string =>
  ui.t(`comments.action.${action}`);

/** The name of a status ("Pending"). */
export const statusLabel = (ui: AdminT, status: CommentStatus): string => ui.t(`comments.status.${status}`);

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
  ui: AdminT;
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

const statusTabs = (p: ConsolePageProps) =>
  html`<nav class="tabs" aria-label="${p.ui.t('comments.statusNav')}">
    <ul class="tabs-list">
      ${COMMENT_STATUSES.map((s) => {
        const current = s === p.status ? html`aria-current="page"` : EMPTY_HTML;
        return html`<li>
          <a class="tabs-link" href="/admin/comments?status=${s}" ${current}
            >${statusLabel(p.ui, s)} <span class="count">(${String(p.counts[s])})</span></a
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
  const { ui } = p;
  const f = p.filters;
  const open = filtersInUse(f) ? 'open' : '';
  return html`<details class="disclosure mod-filters" ${open}>
    <summary>${ui.t(filtersInUse(f) ? 'posts.filterInUse' : 'posts.filter')}</summary>
    <form
      class="filter-grid"
      method="get"
      action="/admin/comments"
      role="search"
      aria-label="${ui.t('comments.filterLabel')}"
    >
      <input type="hidden" name="status" value="${p.status}" />
      ${field('f-q', ui.t('comments.searchText'), html`<input class="form-input" id="f-q" type="search" name="q" value="${f.q}" />`)}
      ${field('f-author', ui.t('comments.authorName'), html`<input class="form-input" id="f-author" type="text" name="author" value="${f.author}" />`)}
      ${field('f-email', ui.t('comments.email'), html`<input class="form-input" id="f-email" type="text" name="email" value="${f.email}" />`)}
      ${field('f-ip', ui.t('comments.ipAddress'), html`<input class="form-input" id="f-ip" type="text" name="ip" value="${f.ip}" />`)}
      ${field('f-article', ui.t('comments.articleId'), html`<input class="form-input" id="f-article" type="text" inputmode="numeric" name="article" value="${f.article}" />`)}
      ${p.reasonCodes ? reasonSelect(ui, p.reasonCodes, f.reason ?? '') : ''}
      <div class="form-actions">
        <button class="button button--secondary" type="submit">${ui.t('posts.filterButton')}</button>
        ${filtersInUse(f) ? html`<a href="/admin/comments?status=${p.status}">${ui.t('posts.clearFilters')}</a>` : ''}
      </div>
    </form>
  </details>`;
};

const sortLinks = (p: ConsolePageProps) =>
  html`<p class="mod-sort">
    ${p.ui.t('comments.order')}
    ${(['spam', 'newest'] as const)
      .map((s) => {
        const label = p.ui.t(s === 'spam' ? 'comments.orderSpam' : 'comments.orderNewest');
        return s === p.sort
          ? html`<strong aria-current="true">${label}</strong>`
          : html`<a href="${p.sortUrl(s)}">${label}</a>`;
      })
      .map((link, i) => (i ? html` · ${link}` : link))}
  </p>`;

const historyLine = (ui: AdminT, h: CommenterCounts) =>
  h.approved + h.spam === 0
    ? html`<span class="mod-history mod-history--new">${ui.t('comments.firstComment')}</span>`
    : html`<span class="mod-history"
        >${ui.t('comments.history', { approved: h.approved, spam: h.spam })}</span
      >`;

const item = (ui: AdminT, c: ConsoleItem, formatTime: FormatIsoDate) => {
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
        aria-label="${ui.t('comments.select', { name: c.authorName })}"
      />
      <p class="mod-who" id="comment-${id}-who">
        <strong>${c.authorName}</strong> ${historyLine(ui, c.history)}
      </p>
      <p class="mod-meta">
        <a href="/admin/comments?status=${c.status}&amp;email=${encodeURIComponent(c.authorEmail)}"
          >${c.authorEmail}</a
        >
        ·
        ${c.ip ? html`<a href="/admin/comments?status=${c.status}&amp;ip=${encodeURIComponent(c.ip)}">${c.ip}</a>` : ui.t('comments.ipErased')}
        · <time datetime="${c.createdAt}">${formatTime(c.createdAt)}</time>
      </p>
    </div>
    <div class="mod-text">${commentBodyHtml(c.bodyHtml)}</div>
    <p class="mod-article">
      ${messageHtml(ui, 'comments.on', { article: html`<a href="/article/${encodeURIComponent(c.articleSlug)}#comment-${id}">${c.articleTitle}</a>` })}
    </p>
    ${c.spam ? renderSpamVerdict(ui, c.spam, c.status) : ''}
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
            ${actionLabel(ui, a)}
          </button>`,
      )}
      <a class="button button--secondary mod-action" href="/admin/comments/${id}#reply" data-action="reply"
        >${ui.t('comments.reply')}</a
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
          <label class="form-label" for="sweep-threshold">${p.ui.t('comments.sweepLabel')}</label>
          <p class="form-hint" id="sweep-hint">
            ${p.ui.t('comments.sweepHint', { count: p.sweep.pendingAbove, threshold: p.sweep.threshold })}
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
            <button class="button button--secondary" type="submit">${p.ui.t('comments.markAsSpam')}</button>
          </div>
        </div>
      </form>`;

const outboxNote = (p: ConsolePageProps) =>
  p.outbox.waiting + p.outbox.failed > 0
    ? html`<p class="notice">
        ${p.ui.t('comments.outboxNote', { waiting: p.outbox.waiting, failed: p.outbox.failed })}
        ${p.outbox.smtpConfigured ? '' : messageHtml(p.ui, 'comments.noSmtp', {}, { code })}
        <a href="/admin/comments/outbox">${p.ui.t('comments.seeOutbox')}</a>
      </p>`
    : EMPTY_HTML;

const pager = (p: ConsolePageProps) =>
  p.totalPages > 1
    ? html`<nav class="pagination" aria-label="${p.ui.t('posts.pagination')}">
        ${p.page > 1 ? html`<a href="${p.pageUrl(p.page - 1)}" rel="prev">${p.ui.t('comments.previous')}</a>` : ''}
        <span>${p.ui.t('posts.pageOf', { page: p.page, pages: p.totalPages })}</span>
        ${p.page < p.totalPages ? html`<a href="${p.pageUrl(p.page + 1)}" rel="next">${p.ui.t('comments.next')}</a>` : ''}
      </nav>`
    : EMPTY_HTML;

const queueForm = (p: ConsolePageProps) => {
  const { ui } = p;
  const bulkActions = [...new Set(p.items.flatMap((c) => allowedActions(c.status)))];
  // Shown by the script once every comment on the page is decided.
  const cleared = html`<p class="empty-state" id="mod-cleared" tabindex="-1" hidden>
    ${messageHtml(ui, 'comments.cleared', {}, { link: (inner: Html) => html`<a href="${p.back}">${inner}</a>` })}
  </p>`;
  const say = (action: ModerationAction) => ui.t('comments.js.decided', { action, name: '%s' });
  return html`<form
    method="post"
    action="/admin/comments/bulk"
    id="comment-bulk-form"
    class="mod-form"
    data-say-approve="${say('approve')}"
    data-say-unapprove="${say('unapprove')}"
    data-say-spam="${say('spam')}"
    data-say-notspam="${say('notspam')}"
    data-say-trash="${say('trash')}"
    data-say-restore="${say('restore')}"
    data-say-delete="${say('delete')}"
    data-say-press-z="${ui.t('comments.js.pressZ')}"
    data-say-undo="${ui.t('flash.undo')}"
    data-say-undo-failed="${ui.t('comments.js.undoFailed')}"
    data-say-nothing-to-undo="${ui.t('comments.js.nothingToUndo')}"
  >
    ${csrfInput(p.csrfToken)}
    <input type="hidden" name="back" value="${p.back}" />
    <h2 class="visually-hidden">${ui.t('comments.listHeading', { status: p.status })}</h2>
    <ol class="mod-queue" id="mod-queue">
      ${p.items.map((c) => item(ui, c, p.formatTime))}
    </ol>
    ${cleared}
    <div class="mod-bulk">
      <label class="form-label" for="bulk-action">${ui.t('comments.bulkLabel')}</label>
      <div class="inline-controls">
        <select class="form-select" id="bulk-action" name="action">
          ${bulkActions.map((a) => html`<option value="${a}">${actionLabel(ui, a)}</option>`)}
        </select>
        <button class="button button--secondary" type="submit" name="bulk" value="1">
          ${ui.t('comments.apply')}
        </button>
      </div>
    </div>
  </form>`;
};

/** The console's `<main>` content. */
export function renderConsolePage(p: ConsolePageProps): Html {
  const { ui } = p;
  const empty = p.items.length
    ? ''
    : html`<p class="empty-state">
        ${ui.t(filtersInUse(p.filters) ? 'comments.noneMatch' : 'comments.none', { status: p.status })}
      </p>`;
  return html`<h1>${ui.t('nav.comments')}</h1>
    ${outboxNote(p)} ${statusTabs(p)}
    <div class="mod-tools">${sortLinks(p)} ${filterForm(p)}</div>
    <p class="visually-hidden" id="mod-live" role="status" aria-live="polite"></p>
    ${p.items.length ? queueForm(p) : empty} ${pager(p)} ${sweepForm(p)}
    <p class="form-hint mod-keys">${messageHtml(ui, 'comments.keys', {}, { kbd })}</p>
    ${renderShortcutHelp(ui)}
    <script src="${p.scriptPath}" defer></script>`;
}
