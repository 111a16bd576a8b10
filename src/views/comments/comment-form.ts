// The "Leave a Reply" form: labelled fields, required markers, inline errors announced to
// screen readers, and everything the reader typed put back after a rejection.
import { html } from 'ghtml';
import { COMMENT_LIMITS, type FieldErrors } from '../../comments/comment-input.ts';
import type { CommentFormProps } from './types.ts';

const FIELD_LABELS: Record<keyof FieldErrors, string> = {
  comment: 'Comment',
  author: 'Name',
  email: 'Email',
  url: 'Website',
};

const required = html`<span class="form-required" aria-hidden="true">*</span>`;

// Field ids are fixed names, so these attributes need no escaping.
const errorAttrs = (errors: FieldErrors, field: keyof FieldErrors, hint?: string): string => {
  const described = [errors[field] ? `${field}-error` : '', hint ?? ''].filter(Boolean).join(' ');
  return `${errors[field] ? 'aria-invalid="true"' : ''} ${described ? `aria-describedby="${described}"` : ''}`;
};

const fieldError = (errors: FieldErrors, field: keyof FieldErrors): string =>
  errors[field] ? html`<p class="form-error" id="${field}-error">${errors[field]}</p>` : '';

/** `<div id="respond">` with the reply title and the form. */
export function renderCommentForm(p: CommentFormProps): string {
  const { values, errors, notice } = p.state;
  const problems = (Object.keys(FIELD_LABELS) as (keyof FieldErrors)[]).filter((f) => errors[f]);
  const summary = problems.length
    ? html`<div class="notice notice--error comment-errors" id="comment-errors" role="alert" tabindex="-1">
        <p>Your comment was not posted yet. Please correct ${problems.length === 1 ? 'this' : 'these'}:</p>
        <ul>
          !${problems.map((f) => html`<li><a href="#${f}">${FIELD_LABELS[f]}: ${errors[f]}</a></li>`)}
        </ul>
      </div>`
    : '';
  const noticeHtml = notice
    ? html`<div
        class="notice notice--${notice.kind === 'info' ? 'info' : notice.kind} comment-notice"
        role="${notice.kind === 'error' ? 'alert' : 'status'}"
      >
        <p>${notice.text}</p>
      </div>`
    : '';
  const replyTo = p.replyTo;
  const title = replyTo
    ? html`Leave a Reply to <span class="comment-reply-to-name">${replyTo.authorName}</span>`
    : html`Leave a Reply`;
  const cancel = html`<a
    id="cancel-comment-reply-link"
    class="cancel-reply"
    href="${p.articlePath}#respond"
    !${replyTo ? '' : 'hidden'}
    >Cancel reply</a
  >`;
  const checked = (on: boolean) => (on ? 'checked' : '');
  const notify = p.replyNotifications
    ? html`<p class="form-check">
        <input id="comment-notify" name="notify" type="checkbox" value="on" !${checked(values.notify)} />
        <label for="comment-notify">Notify me of replies by email (we’ll ask you to confirm first).</label>
      </p>`
    : '';
  return html`<div id="respond" class="comment-respond">
    <h2 id="reply-title" class="comment-reply-title">!${title} <small>!${cancel}</small></h2>
    !${noticeHtml} !${summary}
    <form action="${p.action}" method="post" id="commentform" class="comment-form">
      <p class="comment-notes form-hint">
        <span id="email-notes">Your email address will not be published.</span>
        <span class="required-field-message">Required fields are marked !${required}</span>
      </p>
      <div class="form-field">
        <label class="form-label" for="comment">Comment !${required}</label>
        <textarea
          id="comment"
          name="comment"
          class="form-textarea"
          rows="8"
          maxlength="${COMMENT_LIMITS.content}"
          required
          !${errorAttrs(errors, 'comment')}
        >
${values.comment}</textarea>
        !${fieldError(errors, 'comment')}
      </div>
      <div class="form-field">
        <label class="form-label" for="author">Name !${required}</label>
        <input
          id="author"
          name="author"
          type="text"
          class="form-input"
          value="${values.author}"
          maxlength="${COMMENT_LIMITS.name}"
          autocomplete="name"
          required
          !${errorAttrs(errors, 'author')}
        />
        !${fieldError(errors, 'author')}
      </div>
      <div class="form-field">
        <label class="form-label" for="email">Email !${required}</label>
        <input
          id="email"
          name="email"
          type="email"
          class="form-input"
          value="${values.email}"
          maxlength="${COMMENT_LIMITS.email}"
          autocomplete="email"
          required
          !${errorAttrs(errors, 'email', 'email-notes')}
        />
        !${fieldError(errors, 'email')}
      </div>
      <div class="form-field">
        <label class="form-label" for="url">Website</label>
        <input
          id="url"
          name="url"
          type="url"
          class="form-input"
          value="${values.url}"
          maxlength="${COMMENT_LIMITS.url}"
          autocomplete="url"
          placeholder="https://"
          !${errorAttrs(errors, 'url')}
        />
        !${fieldError(errors, 'url')}
      </div>
      <p class="form-check">
        <input
          id="comment-remember"
          name="remember"
          type="checkbox"
          value="on"
          !${checked(values.remember)}
        />
        <label for="comment-remember"
          >Save my name, email, and website in this browser for the next time I comment.</label
        >
      </p>
      !${notify}
      <input type="hidden" name="parentId" id="comment-parent" value="${replyTo ? String(replyTo.id) : ''}" />
      <div class="comment-hp" hidden>
        <label for="comment-website2">Leave this field empty</label>
        <input type="text" name="website2" id="comment-website2" value="" tabindex="-1" autocomplete="off" />
      </div>
      !${p.formToken ? html`<input type="hidden" name="formToken" value="${p.formToken}" />` : ''}
      <div class="form-actions">
        <button class="button" type="submit" id="comment-submit">Post Comment</button>
      </div>
    </form>
    <p class="comment-privacy form-hint">
      This site fights spam. <a href="${p.privacyUrl}">Learn how your comment data is processed</a>.
    </p>
  </div>`;
}
