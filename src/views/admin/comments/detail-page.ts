// One comment in the console: the text, actions, edit and reply forms, the status history
// (who and when), the commenter's record, the spam filter's verdict with its reasons and why the
// comment got its status (both in the admin's language), and the privacy tools for their email.
import { commentBodyHtml } from '../../comments/comment-body.ts';
import { type Html, html } from '../../html.ts';
import type { Comment } from '../../../comments/comment.ts';
import { allowedActions } from '../../../comments/moderation.ts';
import type { CommenterRecord, StatusChange } from '../../../comments/moderation-repo.ts';
import type { FormatIsoDate } from '../../format-date.ts';
import { csrfInput, textareaField, textField } from '../form.ts';
import type { AdminT } from '../types.ts';
import { messageHtml } from '../../message-html.ts';
import { actionLabel } from './console-page.ts';
import { renderSpamVerdict, type SpamVerdictView } from './spam-verdict.ts';
import { statusReasonText } from '../spam/reason-text.ts';

/** A status as a word in running text ("pending"). */
const statusWord = (ui: AdminT, status: string) => ui.t('comment.statusWord', { status });

const strong = (inner: Html) => html`<strong>${inner}</strong>`;
const code = (inner: Html) => html`<code>${inner}</code>`;

/** What the detail page shows. */
export interface CommentDetailProps {
  ui: AdminT;
  csrfToken: string;
  comment: Comment;
  bodyHtml: string;
  article: { title: string; path: string };
  history: StatusChange[];
  commenter: CommenterRecord;
  /** The spam filter's latest verdict on the comment, if it scored it. */
  spam?: SpamVerdictView | null;
  errors?: { content?: string; reply?: string };
  /** Writes an instant on the site's clock (the timezone setting). */
  formatTime: FormatIsoDate;
}

const timeOf = (iso: string, formatTime: FormatIsoDate) =>
  html`<time datetime="${iso}">${formatTime(iso)}</time>`;

/** The detail page's `<main>` content. */
export function renderCommentDetail(p: CommentDetailProps): Html {
  const { ui } = p;
  const when = (iso: string) => timeOf(iso, p.formatTime);
  const c = p.comment;
  const rate = p.commenter.approvalRate === null ? '—' : `${Math.round(p.commenter.approvalRate * 100)}%`;
  const reasons = c.reasons.map((r) => {
    const said = statusReasonText(ui, r);
    return said === null ? html`<code>${r.detail ? `${r.code}: ${r.detail}` : r.code}</code>` : said;
  });
  return html`<h1>${ui.t('comment.heading', { id: String(c.id), name: c.authorName })}</h1>
    <p>
      ${messageHtml(
        ui,
        'comment.meta',
        {
          article: html`<a href="${p.article.path}#comment-${String(c.id)}">${p.article.title}</a>`,
          time: when(c.createdAt),
          status: statusWord(ui, c.status),
        },
        { strong },
      )}
    </p>
    <dl class="comment-private">
      <dt>${ui.t('comments.email')}</dt>
      <dd>${c.authorEmail}</dd>
      <dt>${ui.t('comment.website')}</dt>
      <dd>${c.authorUrl ?? '—'}</dd>
      <dt>${ui.t('comment.ip')}</dt>
      <dd>${c.ip ?? ui.t('comment.erased')}</dd>
      <dt>${ui.t('comment.userAgent')}</dt>
      <dd>${c.userAgent ?? ui.t('comment.erased')}</dd>
      <dt>${ui.t('comment.why')}</dt>
      <dd>${reasons.length ? reasons.map((r, i) => (i ? html`; ${r}` : r)) : '—'}</dd>
    </dl>
    ${p.spam ? renderSpamVerdict(ui, p.spam, c.status) : ''}
    <div class="comment-detail-text prose">${commentBodyHtml(p.bodyHtml)}</div>
    <form method="post" action="/admin/comments/bulk" class="comment-row-actions">
      ${csrfInput(p.csrfToken)}
      <input type="hidden" name="back" value="/admin/comments/${String(c.id)}" />
      ${allowedActions(c.status).map(
        (a) =>
          html`<button
            class="button button--secondary"
            type="submit"
            name="single"
            value="${String(c.id)}:${a}"
          >
            ${actionLabel(ui, a)}
          </button>`,
      )}
    </form>

    <h2 id="reply">${ui.t('comment.replyHeading')}</h2>
    <form method="post" action="/admin/comments/${String(c.id)}/reply">
      ${csrfInput(p.csrfToken)}
      ${textareaField({ name: 'content', label: ui.t('comment.yourReply'), rows: 5, required: true, idPrefix: 'reply', error: p.errors?.reply })}
      <p class="form-hint">${ui.t('comment.replyHint')}</p>
      <button class="button" type="submit">${ui.t('comments.reply')}</button>
    </form>

    <h2>${ui.t('comment.edit')}</h2>
    <form method="post" action="/admin/comments/${String(c.id)}/edit">
      ${csrfInput(p.csrfToken)}
      ${textField({ name: 'authorName', label: ui.t('comment.name'), value: c.authorName, required: true, maxlength: 100, idPrefix: 'edit' })}
      ${textField({ name: 'authorUrl', label: ui.t('comment.website'), value: c.authorUrl ?? '', type: 'url', maxlength: 500, idPrefix: 'edit' })}
      ${textareaField({ name: 'content', label: ui.t('comment.comment'), value: c.content, rows: 8, required: true, idPrefix: 'edit', error: p.errors?.content })}
      <button class="button" type="submit">${ui.t('comment.save')}</button>
    </form>

    <h2>${ui.t('comment.history')}</h2>
    <ol class="comment-history">
      ${p.history.map(
        (h) =>
          html`<li>
            ${messageHtml(ui, h.fromStatus ? 'comment.change' : 'comment.received', {
              time: when(h.createdAt),
              from: h.fromStatus ? statusWord(ui, h.fromStatus) : '',
              to: statusWord(ui, h.toStatus),
              name: h.actorName,
            })}${h.note === 'undo' ? ` (${ui.t('comment.noteUndo')})` : h.note ? html` (<code>${h.note}</code>)` : ''}
          </li>`,
      )}
    </ol>

    <h2>${ui.t('comment.commenter')}</h2>
    <p>
      ${messageHtml(ui, 'comment.record', {
        total: p.commenter.total,
        approved: p.commenter.approved,
        rate,
        first: p.commenter.firstSeen ? when(p.commenter.firstSeen) : '—',
      })}
      <a href="/admin/comments?email=${encodeURIComponent(c.authorEmail)}&amp;status=approved"
        >${ui.t('comment.allTheirs')}</a
      >
    </p>
    <ul>
      ${p.commenter.recent
        .filter((o) => o.id !== c.id)
        .map(
          (o) =>
            html`<li>
              ${messageHtml(ui, 'comment.other', {
                link: html`<a href="/admin/comments/${String(o.id)}">#${String(o.id)}</a>`,
                article: o.articleTitle,
                status: statusWord(ui, o.status),
                text: o.content.slice(0, 120),
              })}
            </li>`,
        )}
    </ul>
    <h3>${ui.t('comment.privacy', { email: c.authorEmail })}</h3>
    <form method="post" action="/admin/comments/privacy" class="comment-privacy-tools">
      ${csrfInput(p.csrfToken)}
      <input type="hidden" name="email" value="${c.authorEmail}" />
      <button class="button button--secondary" type="submit" name="kind" value="export">
        ${ui.t('comment.export')}
      </button>
      <button class="button button--secondary" type="submit" name="kind" value="erase">
        ${ui.t('comment.anonymise')}
      </button>
      <label class="form-check"
        ><input type="checkbox" name="removeText" value="on" /> ${ui.t('comment.removeText')}</label
      >
    </form>`;
}

/** The outbox list. */
export function renderOutboxPage(p: {
  ui: AdminT;
  smtpConfigured: boolean;
  formatTime: FormatIsoDate;
  items: Array<{
    id: number;
    kind: string;
    to: string;
    subject: string;
    status: string;
    attempts: number;
    lastError: string | null;
    createdAt: string;
  }>;
}): Html {
  const { ui } = p;
  const when = (iso: string) => timeOf(iso, p.formatTime);
  return html`<h1>${ui.t('outbox.title')}</h1>
    <p>${p.smtpConfigured ? ui.t('outbox.sending') : messageHtml(ui, 'outbox.noSmtp', {}, { code })}</p>
    <div class="admin-table-wrap" tabindex="0" role="region" aria-label="${ui.t('outbox.tableLabel')}">
      <table class="admin-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">${ui.t('outbox.to')}</th>
            <th scope="col">${ui.t('outbox.subject')}</th>
            <th scope="col">${ui.t('posts.status')}</th>
            <th scope="col">${ui.t('outbox.attempts')}</th>
            <th scope="col">${ui.t('outbox.created')}</th>
          </tr>
        </thead>
        <tbody>
          ${p.items.map(
            (m) =>
              html`<tr>
                <td>${String(m.id)}</td>
                <td>${m.to}</td>
                <td>${m.subject}</td>
                <td>
                  ${ui.t('outbox.status', { status: m.status })}${m.lastError ? html` (<code>${m.lastError}</code>)` : ''}
                </td>
                <td>${String(m.attempts)}</td>
                <td>${when(m.createdAt)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
