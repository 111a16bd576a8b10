// The login and first-run setup pages (the `<main>` content; the layout wraps them).
import { type Html, html, EMPTY_HTML } from '../html.ts';
import { messageHtml } from '../message-html.ts';
import { csrfInput, errorSummary, type FieldErrors, textField } from './form.ts';
import { PASSWORD_MIN_LENGTH } from '../../users/password-policy.ts';
import type { AdminT } from './types.ts';

/** Login form state. */
export interface LoginView {
  ui: AdminT;
  csrfToken: string;
  email: string;
  /** Where to go after logging in (an /admin path). */
  next: string;
  /** The generic "incorrect" message or a throttle message. */
  error?: string;
  /** Why the user is here (logged out, session ended, account deactivated…). */
  notice?: string;
}

/** The login form. */
export function loginMain(v: LoginView): Html {
  const { ui } = v;
  const notice = v.notice ? html`<div class="notice" role="status"><p>${v.notice}</p></div>` : EMPTY_HTML;
  const error = v.error
    ? html`<div class="notice notice--error" role="alert"><p>${v.error}</p></div>`
    : EMPTY_HTML;
  return html`<div class="admin-narrow">
    <h1 class="page-title">${ui.t('auth.login.title')}</h1>
    ${notice}${error}
    <form method="post" action="/admin/login" class="admin-form" novalidate>
      ${csrfInput(v.csrfToken)}
      <input type="hidden" name="next" value="${v.next}" />
      ${textField({ name: 'email', label: ui.t('auth.login.email'), type: 'email', value: v.email, required: true, autocomplete: 'username' })}
      ${textField({ name: 'password', label: ui.t('auth.login.password'), type: 'password', required: true, autocomplete: 'current-password' })}
      <div class="form-actions">
        <button type="submit" class="button">${ui.t('auth.login.button')}</button>
      </div>
    </form>
    <p class="form-hint admin-help">
      ${messageHtml(ui, 'auth.login.help', {}, { code: (inner) => html`<code>${inner}</code>` })}
    </p>
  </div>`;
}

/** Setup form state. */
export interface SetupView {
  ui: AdminT;
  csrfToken: string;
  name: string;
  email: string;
  errors: FieldErrors;
}

/** First-run setup: create the owner account. */
export function setupMain(v: SetupView): Html {
  const { ui } = v;
  return html`<div class="admin-narrow">
    <h1 class="page-title">${ui.t('auth.setup.heading')}</h1>
    <p>${ui.t('auth.setup.intro')}</p>
    ${errorSummary(ui, v.errors)}
    <form method="post" action="/admin/setup" class="admin-form" novalidate>
      ${csrfInput(v.csrfToken)}
      ${textField({ name: 'name', label: ui.t('auth.setup.name'), value: v.name, required: true, autocomplete: 'name', maxlength: 100, error: v.errors.name })}
      ${textField({ name: 'email', label: ui.t('auth.setup.email'), type: 'email', value: v.email, required: true, autocomplete: 'email', maxlength: 320, error: v.errors.email })}
      ${textField({ name: 'password', label: ui.t('auth.setup.password'), type: 'password', required: true, autocomplete: 'new-password', hint: ui.t('auth.setup.passwordHint', { min: PASSWORD_MIN_LENGTH }), error: v.errors.password })}
      ${textField({ name: 'confirm', label: ui.t('auth.setup.confirm'), type: 'password', required: true, autocomplete: 'new-password', error: v.errors.confirm })}
      <div class="form-actions">
        <button type="submit" class="button">${ui.t('auth.setup.button')}</button>
      </div>
    </form>
  </div>`;
}

/** An error inside the admin (403, 404, 429…). */
export function adminErrorMain(p: { ui: AdminT; status: number; heading: string; message: string }): Html {
  const { ui } = p;
  return html`<div class="admin-narrow">
    <p class="error-status">${ui.t('error.status', { status: String(p.status) })}</p>
    <h1 class="page-title">${p.heading}</h1>
    <p>${p.message}</p>
    <p><a href="/admin">${ui.t('error.backToDashboard')}</a></p>
  </div>`;
}

/** Typed fields shown read-only, so they can be copied. */
function keptFields(fields: { name: string; value: string }[]): Html[] {
  return fields.map(
    (f, i) =>
      html`<div class="form-field">
        <label class="form-label" for="kept-${String(i)}">${f.name}</label>
        <textarea
          class="form-textarea"
          id="kept-${String(i)}"
          readonly
          rows="${String(Math.min(12, Math.max(2, f.value.split('\n').length)))}"
        >
${f.value}</textarea>
      </div>`,
  );
}

/** A form sent after the session ended: what was typed, so it can be copied before logging in. */
export function sessionEndedMain(p: {
  ui: AdminT;
  notice: string;
  fields: { name: string; value: string }[];
}): Html {
  const { ui } = p;
  return html`<div class="admin-narrow">
    <h1 class="page-title">${ui.t('kept.reloginTitle')}</h1>
    <div class="notice notice--error" role="alert">
      <p>${ui.t('kept.nothingSaved', { notice: p.notice })}</p>
    </div>
    <p>
      ${messageHtml(
        ui,
        'kept.relogin',
        {},
        { login: (inner) => html`<a href="/admin/login" target="_blank" rel="noopener">${inner}</a>` },
      )}
    </p>
    ${keptFields(p.fields)}
  </div>`;
}

/** A form the database could not store (full disk, lost connection): what was typed, to send again. */
export function notSavedMain(p: {
  ui: AdminT;
  message: string;
  fields: { name: string; value: string }[];
}): Html {
  const { ui } = p;
  return html`<div class="admin-narrow">
    <h1 class="page-title">${ui.t('kept.notSavedTitle')}</h1>
    <div class="notice notice--error" role="alert"><p>${p.message}</p></div>
    <p>${ui.t('kept.notSaved')}</p>
    ${keptFields(p.fields)}
  </div>`;
}
