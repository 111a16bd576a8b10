// One comment in the console: the text, actions, edit and reply forms, the status history
// (who and when), the commenter's record, and the privacy tools for their email.
import { commentBodyHtml } from '../../comments/comment-body.ts';
import { type Html, html } from '../../html.ts';
import type { Comment } from '../../../comments/comment.ts';
import { allowedActions } from '../../../comments/moderation.ts';
import type { CommenterRecord, StatusChange } from '../../../comments/moderation-repo.ts';
import type { FormatIsoDate } from '../../format-date.ts';
import { csrfInput, textareaField, textField } from '../form.ts';
import { ACTION_LABELS } from './console-page.ts';

/** What the detail page shows. */
export interface CommentDetailProps {
  csrfToken: string;
  comment: Comment;
  bodyHtml: string;
  article: { title: string; path: string };
  history: StatusChange[];
  commenter: CommenterRecord;
  errors?: { content?: string; reply?: string };
  /** Writes an instant on the site's clock (the timezone setting). */
  formatTime: FormatIsoDate;
}

const timeOf = (iso: string, formatTime: FormatIsoDate) =>
  html`<time datetime="${iso}">${formatTime(iso)}</time>`;

/** The detail page's `<main>` content. */
export function renderCommentDetail(p: CommentDetailProps): Html {
  const when = (iso: string) => timeOf(iso, p.formatTime);
  const c = p.comment;
  const rate = p.commenter.approvalRate === null ? '—' : `${Math.round(p.commenter.approvalRate * 100)}%`;
  return html`<h1>Comment #${String(c.id)} by ${c.authorName}</h1>
    <p>
      On <a href="${p.article.path}#comment-${String(c.id)}">${p.article.title}</a> · ${when(c.createdAt)} ·
      status <strong>${c.status}</strong>
    </p>
    <dl class="comment-private">
      <dt>Email</dt>
      <dd>${c.authorEmail}</dd>
      <dt>Website</dt>
      <dd>${c.authorUrl ?? '—'}</dd>
      <dt>IP</dt>
      <dd>${c.ip ?? 'erased'}</dd>
      <dt>User agent</dt>
      <dd>${c.userAgent ?? 'erased'}</dd>
      <dt>Why this status</dt>
      <dd>${c.reasons.map((r) => (r.detail ? `${r.code}: ${r.detail}` : r.code)).join(', ') || '—'}</dd>
    </dl>
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
            ${ACTION_LABELS[a]}
          </button>`,
      )}
    </form>

    <h2 id="reply">Reply as moderator</h2>
    <form method="post" action="/admin/comments/${String(c.id)}/reply">
      ${csrfInput(p.csrfToken)}
      ${textareaField({ name: 'content', label: 'Your reply', rows: 5, required: true, idPrefix: 'reply', error: p.errors?.reply })}
      <p class="form-hint">Replying approves the comment if it is still pending.</p>
      <button class="button" type="submit">Reply</button>
    </form>

    <h2>Edit</h2>
    <form method="post" action="/admin/comments/${String(c.id)}/edit">
      ${csrfInput(p.csrfToken)}
      ${textField({ name: 'authorName', label: 'Name', value: c.authorName, required: true, maxlength: 100, idPrefix: 'edit' })}
      ${textField({ name: 'authorUrl', label: 'Website', value: c.authorUrl ?? '', type: 'url', maxlength: 500, idPrefix: 'edit' })}
      ${textareaField({ name: 'content', label: 'Comment', value: c.content, rows: 8, required: true, idPrefix: 'edit', error: p.errors?.content })}
      <button class="button" type="submit">Save changes</button>
    </form>

    <h2>Status history</h2>
    <ol class="comment-history">
      ${p.history.map(
        (h) =>
          html`<li>
            ${when(h.createdAt)}:
            ${h.fromStatus ? `${h.fromStatus} → ${h.toStatus}` : `received as ${h.toStatus}`} by
            ${h.actorName}${h.note ? ` (${h.note})` : ''}
          </li>`,
      )}
    </ol>

    <h2>The commenter</h2>
    <p>
      ${String(p.commenter.total)} comment${p.commenter.total === 1 ? '' : 's'},
      ${String(p.commenter.approved)} approved (approval rate ${rate}), first seen
      ${p.commenter.firstSeen ? when(p.commenter.firstSeen) : '—'}.
      <a href="/admin/comments?email=${encodeURIComponent(c.authorEmail)}&amp;status=approved"
        >All their comments</a
      >
    </p>
    <ul>
      ${p.commenter.recent
        .filter((o) => o.id !== c.id)
        .map(
          (o) =>
            html`<li>
              <a href="/admin/comments/${String(o.id)}">#${String(o.id)}</a> on ${o.articleTitle}
              (${o.status}): ${o.content.slice(0, 120)}
            </li>`,
        )}
    </ul>
    <h3>Privacy requests for ${c.authorEmail}</h3>
    <form method="post" action="/admin/comments/privacy" class="comment-privacy-tools">
      ${csrfInput(p.csrfToken)}
      <input type="hidden" name="email" value="${c.authorEmail}" />
      <button class="button button--secondary" type="submit" name="kind" value="export">
        Export their data (JSON)
      </button>
      <button class="button button--secondary" type="submit" name="kind" value="erase">
        Anonymise their comments
      </button>
      <label class="form-check"
        ><input type="checkbox" name="removeText" value="on" /> also remove the text</label
      >
    </form>`;
}

/** The outbox list. */
export function renderOutboxPage(p: {
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
  const when = (iso: string) => timeOf(iso, p.formatTime);
  return html`<h1>Mail outbox</h1>
    <p>
      ${p.smtpConfigured ? 'Mail is sent by a background job with retries.' : 'SMTP is not configured (SMTP_URL): messages stay here.'}
    </p>
    <div class="admin-table-wrap" tabindex="0" role="region" aria-label="Mail outbox table">
      <table class="admin-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">To</th>
            <th scope="col">Subject</th>
            <th scope="col">Status</th>
            <th scope="col">Attempts</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          ${p.items.map(
            (m) =>
              html`<tr>
                <td>${String(m.id)}</td>
                <td>${m.to}</td>
                <td>${m.subject}</td>
                <td>${m.status}${m.lastError ? ` (${m.lastError})` : ''}</td>
                <td>${String(m.attempts)}</td>
                <td>${when(m.createdAt)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
