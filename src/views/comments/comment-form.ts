// The "Leave a Reply" form: labelled fields, required markers, inline errors announced to
// screen readers, and everything the reader typed put back after a rejection.
import { EMPTY_HTML, html, type Html } from '../html.ts';
import {
  COMMENT_LIMITS,
  type CommentField,
  type FieldErrors,
  type FieldProblem,
} from '../../comments/comment-input.ts';
import type { MessageKey, Translator } from '../../i18n/index.ts';
import { BoundedMemo } from '../../kernel/bounded-memo.ts';
import { messageHtml } from '../message-html.ts';
import type { CommentFormProps } from './types.ts';

const FIELD_LABELS: Record<CommentField, MessageKey> = {
  comment: 'commentForm.comment',
  author: 'commentForm.name',
  email: 'commentForm.email',
  url: 'commentForm.website',
};

/** The sentence for each field's problem (a problem a field cannot have reads as the nearest one). */
const ERROR_MESSAGES: Record<CommentField, Record<FieldProblem, MessageKey>> = {
  comment: {
    required: 'commentForm.error.comment.required',
    'too-long': 'commentForm.error.comment.tooLong',
    invalid: 'commentForm.error.comment.required',
  },
  author: {
    required: 'commentForm.error.author.required',
    'too-long': 'commentForm.error.author.tooLong',
    invalid: 'commentForm.error.author.required',
  },
  email: {
    required: 'commentForm.error.email.required',
    'too-long': 'commentForm.error.email.tooLong',
    invalid: 'commentForm.error.email.invalid',
  },
  url: {
    required: 'commentForm.error.url.invalid',
    'too-long': 'commentForm.error.url.tooLong',
    invalid: 'commentForm.error.url.invalid',
  },
};

const LIMIT_OF: Record<CommentField, number> = {
  comment: COMMENT_LIMITS.content,
  author: COMMENT_LIMITS.name,
  email: COMMENT_LIMITS.email,
  url: COMMENT_LIMITS.url,
};

const privacyNotes = new BoundedMemo<string, Html>(128);

/** "This site fights spam. Learn how…" with its link: the same on every page, written once per language. */
function privacyNote(ui: Translator, url: string): Html {
  const key = `${ui.locale}|${ui.lang}|${url}`;
  let note = privacyNotes.get(key);
  if (note === undefined) {
    note = messageHtml(
      ui,
      'commentForm.privacy',
      {},
      { link: (inner) => html`<a href="${url}">${inner}</a>` },
    );
    privacyNotes.set(key, note);
  }
  return note;
}

/** What is wrong with `field`, in the reader's language (empty when nothing is). */
function errorText(ui: Translator, errors: FieldErrors, field: CommentField): string {
  const problem = errors[field];
  return problem ? ui.t(ERROR_MESSAGES[field][problem], { max: LIMIT_OF[field] }) : '';
}

const required = html`<span class="form-required" aria-hidden="true">*</span>`;
const INVALID = html`aria-invalid="true"`;
const HIDDEN = html`hidden`;
const CHECKED = html`checked`;
/** Stands for the name in the reply title, to split the message around it. */
const NAME_MARK = '\u0000';

// Field ids are fixed names, so these attributes need no escaping.
const errorAttrs = (errors: FieldErrors, field: keyof FieldErrors, hint?: string): Html => {
  const described = [errors[field] ? `${field}-error` : '', hint ?? ''].filter(Boolean).join(' ');
  const describedBy = described ? html`aria-describedby="${described}"` : EMPTY_HTML;
  // prettier-ignore
  return html`${errors[field] ? INVALID : EMPTY_HTML} ${describedBy}`;
};

/**
 * `<div id="respond">` with the reply title and the form, in `ui`'s language (the article's):
 * labels, notes, the named problems of a refused comment and the notice above it.
 */
export function renderCommentForm(p: CommentFormProps, ui: Translator): Html {
  const { values, errors, notice } = p.state;
  const fieldError = (field: CommentField): Html =>
    errors[field]
      ? html`<p class="form-error" id="${field}-error">${errorText(ui, errors, field)}</p>`
      : EMPTY_HTML;
  const problems = (Object.keys(FIELD_LABELS) as CommentField[]).filter((f) => errors[f]);
  const summary = problems.length
    ? html`<div class="notice notice--error comment-errors" id="comment-errors" role="alert" tabindex="-1">
        <p>${ui.t('commentForm.errorSummary', { count: problems.length })}</p>
        <ul>
          ${problems.map(
            (f) =>
              html`<li>
                <a href="#${f}"
                  >${ui.t('commentForm.errorItem', {
                    field: ui.t(FIELD_LABELS[f]),
                    message: errorText(ui, errors, f),
                  })}</a
                >
              </li>`,
          )}
        </ul>
      </div>`
    : EMPTY_HTML;
  const noticeHtml = notice
    ? html`<div
        class="notice notice--${notice.kind === 'info' ? 'info' : notice.kind} comment-notice"
        role="${notice.kind === 'error' ? 'alert' : 'status'}"
      >
        <p>${ui.t(notice.message, notice.values)}</p>
      </div>`
    : EMPTY_HTML;
  const replyTo = p.replyTo;
  const title = replyTo
    ? messageHtml(ui, 'commentForm.titleReplyTo', {
        name: html`<span class="comment-reply-to-name">${replyTo.authorName}</span>`,
      })
    : html`${ui.t('commentForm.title')}`;
  // The reply title the site script writes when it moves the form under a comment: the message
  // split around the name, so the name may sit anywhere in a language's sentence.
  const [replyBefore = '', replyAfter = ''] = ui
    .t('commentForm.titleReplyTo', { name: NAME_MARK })
    .split(NAME_MARK);
  const cancel = html`<a
    id="cancel-comment-reply-link"
    class="cancel-reply"
    href="${p.articlePath}#respond"
    ${replyTo ? EMPTY_HTML : HIDDEN}
    >${ui.t('commentForm.cancelReply')}</a
  >`;
  const checked = (on: boolean): Html => (on ? CHECKED : EMPTY_HTML);
  const notify = p.replyNotifications
    ? html`<p class="form-check">
        <input id="comment-notify" name="notify" type="checkbox" value="on" ${checked(values.notify)} />
        <label for="comment-notify">${ui.t('commentForm.notify')}</label>
      </p>`
    : EMPTY_HTML;
  return html`<div id="respond" class="comment-respond">
    <h2
      id="reply-title"
      class="comment-reply-title"
      data-say-title="${ui.t('commentForm.title')}"
      data-say-reply-before="${replyBefore}"
      data-say-reply-after="${replyAfter}"
    >
      <span class="comment-reply-title-text">${title}</span> <small>${cancel}</small>
    </h2>
    ${noticeHtml} ${summary}
    <form action="${p.action}" method="post" id="commentform" class="comment-form">
      <p class="comment-notes form-hint">
        <span id="email-notes">${ui.t('commentForm.emailNote')}</span>
        <span class="required-field-message"
          >${messageHtml(ui, 'commentForm.requiredNote', { marker: required })}</span
        >
      </p>
      <div class="form-field">
        <label class="form-label" for="comment">${ui.t('commentForm.comment')} ${required}</label>
        <textarea
          id="comment"
          name="comment"
          class="form-textarea"
          rows="8"
          maxlength="${COMMENT_LIMITS.content}"
          required
          ${errorAttrs(errors, 'comment')}
        >
${values.comment}</textarea>
        ${fieldError('comment')}
      </div>
      <div class="form-field">
        <label class="form-label" for="author">${ui.t('commentForm.name')} ${required}</label>
        <input
          id="author"
          name="author"
          type="text"
          class="form-input"
          value="${values.author}"
          maxlength="${COMMENT_LIMITS.name}"
          autocomplete="name"
          required
          ${errorAttrs(errors, 'author')}
        />
        ${fieldError('author')}
      </div>
      <div class="form-field">
        <label class="form-label" for="email">${ui.t('commentForm.email')} ${required}</label>
        <input
          id="email"
          name="email"
          type="email"
          class="form-input"
          value="${values.email}"
          maxlength="${COMMENT_LIMITS.email}"
          autocomplete="email"
          required
          ${errorAttrs(errors, 'email', 'email-notes')}
        />
        ${fieldError('email')}
      </div>
      <div class="form-field">
        <label class="form-label" for="url">${ui.t('commentForm.website')}</label>
        <input
          id="url"
          name="url"
          type="url"
          class="form-input"
          value="${values.url}"
          maxlength="${COMMENT_LIMITS.url}"
          autocomplete="url"
          placeholder="https://"
          ${errorAttrs(errors, 'url')}
        />
        ${fieldError('url')}
      </div>
      <p class="form-check">
        <input id="comment-remember" name="remember" type="checkbox" value="on" ${checked(values.remember)} />
        <label for="comment-remember">${ui.t('commentForm.remember')}</label>
      </p>
      ${notify}
      <input type="hidden" name="parentId" id="comment-parent" value="${replyTo ? String(replyTo.id) : ''}" />
      <div class="comment-hp" hidden>
        <label for="comment-website2">${ui.t('commentForm.honeypot')}</label>
        <input type="text" name="website2" id="comment-website2" value="" tabindex="-1" autocomplete="off" />
      </div>
      ${p.formToken ? html`<input type="hidden" name="formToken" value="${p.formToken}" />` : EMPTY_HTML}
      <div class="form-actions">
        <button class="button" type="submit" id="comment-submit">${ui.t('commentForm.submit')}</button>
      </div>
    </form>
    <p class="comment-privacy form-hint">${privacyNote(ui, p.privacyUrl)}</p>
  </div>`;
}
