// The login and first-run setup pages (the `<main>` content; the layout wraps them).
import { html } from 'ghtml';
import { csrfInput, errorSummary, type FieldErrors, textField } from './form.ts';

/** Login form state. */
export interface LoginView {
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
export function loginMain(v: LoginView): string {
  const notice = v.notice ? html`<div class="notice" role="status"><p>${v.notice}</p></div>` : '';
  const error = v.error ? html`<div class="notice notice--error" role="alert"><p>${v.error}</p></div>` : '';
  return html`<div class="admin-narrow">
    <h1 class="page-title">Log in</h1>
    !${notice}!${error}
    <form method="post" action="/admin/login" class="admin-form" novalidate>
      !${csrfInput(v.csrfToken)}
      <input type="hidden" name="next" value="${v.next}" />
      !${textField({ name: 'email', label: 'Email', type: 'email', value: v.email, required: true, autocomplete: 'username' })}
      !${textField({ name: 'password', label: 'Password', type: 'password', required: true, autocomplete: 'current-password' })}
      <div class="form-actions"><button type="submit" class="button">Log in</button></div>
    </form>
    <p class="form-hint admin-help">
      Locked out? The site owner can reset your password, or an operator can run
      <code>silkpress user set-password --email …</code>.
    </p>
  </div>`;
}

/** Setup form state. */
export interface SetupView {
  csrfToken: string;
  name: string;
  email: string;
  errors: FieldErrors;
}

/** First-run setup: create the owner account. */
export function setupMain(v: SetupView): string {
  return html`<div class="admin-narrow">
    <h1 class="page-title">Welcome to Silkpress</h1>
    <p>
      Create the owner account. The owner can manage users, settings and everything else; you can invite your
      team afterwards.
    </p>
    !${errorSummary(v.errors)}
    <form method="post" action="/admin/setup" class="admin-form" novalidate>
      !${csrfInput(v.csrfToken)}
      !${textField({ name: 'name', label: 'Your name', value: v.name, required: true, autocomplete: 'name', maxlength: 100, error: v.errors.name })}
      !${textField({ name: 'email', label: 'Email', type: 'email', value: v.email, required: true, autocomplete: 'email', maxlength: 320, error: v.errors.email })}
      !${textField({ name: 'password', label: 'Password', type: 'password', required: true, autocomplete: 'new-password', hint: 'At least 12 characters. A few unrelated words make a strong, memorable password.', error: v.errors.password })}
      !${textField({ name: 'confirm', label: 'Repeat the password', type: 'password', required: true, autocomplete: 'new-password', error: v.errors.confirm })}
      <div class="form-actions"><button type="submit" class="button">Create the owner account</button></div>
    </form>
  </div>`;
}

/** An error inside the admin (403, 404, 429…). */
export function adminErrorMain(p: { status: number; heading: string; message: string }): string {
  return html`<div class="admin-narrow">
    <p class="error-status">Error ${String(p.status)}</p>
    <h1 class="page-title">${p.heading}</h1>
    <p>${p.message}</p>
    <p><a href="/admin">Back to the dashboard</a></p>
  </div>`;
}

/** Typed fields shown read-only, so they can be copied. */
function keptFields(fields: { name: string; value: string }[]): string[] {
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
export function sessionEndedMain(p: { notice: string; fields: { name: string; value: string }[] }): string {
  return html`<div class="admin-narrow">
    <h1 class="page-title">Please log in again</h1>
    <div class="notice notice--error" role="alert"><p>${p.notice} Nothing was saved.</p></div>
    <p>
      Your text is below so nothing is lost: copy it, then
      <a href="/admin/login" target="_blank" rel="noopener">log in (opens a new tab)</a> and try again.
    </p>
    !${keptFields(p.fields)}
  </div>`;
}

/** A form the database could not store (full disk, lost connection): what was typed, to send again. */
export function notSavedMain(p: { message: string; fields: { name: string; value: string }[] }): string {
  return html`<div class="admin-narrow">
    <h1 class="page-title">Not saved</h1>
    <div class="notice notice--error" role="alert"><p>${p.message}</p></div>
    <p>Your text is below so nothing is lost: copy it, go back, and send the form again in a minute.</p>
    !${keptFields(p.fields)}
  </div>`;
}
