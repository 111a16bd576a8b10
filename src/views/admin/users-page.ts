// Users (owner only): the list with per-row actions, the form to add someone, and the page that
// shows a generated password once.
import { type Html, html } from '../html.ts';
import { ROLES, type User } from '../../users/user.ts';
import { messageHtml } from '../message-html.ts';
import { csrfInput, errorSummary, type FieldErrors, selectField, textField } from './form.ts';
import type { AdminT } from './types.ts';

/** Role choices with what each may do. */
export const roleOptions = (ui: AdminT) =>
  ROLES.map((role) => ({ value: role, label: ui.t(`roleOption.${role}`) }));

const hidden = (inner: Html) => html`<span class="visually-hidden">${inner}</span>`;

/** Users page state. */
export interface UsersView {
  ui: AdminT;
  users: User[];
  currentUserId: number;
  csrfToken: string;
  form: { name: string; email: string; role: string };
  errors: FieldErrors;
}

function rowActions(u: User, v: UsersView): Html {
  const { ui } = v;
  if (u.id === v.currentUserId)
    return html`<span class="form-hint"
      >${messageHtml(ui, 'users.thisIsYou', {}, { link: (inner: Html) => html`<a href="/admin/profile">${inner}</a>` })}</span
    >`;
  const csrf = csrfInput(v.csrfToken);
  const roleSelect = ROLES.map((role) =>
    role === u.role
      ? html`<option value="${role}" selected>${ui.t(`roleTitle.${role}`)}</option>`
      : html`<option value="${role}">${ui.t(`roleTitle.${role}`)}</option>`,
  );
  const toggle =
    u.status === 'active'
      ? html`<form method="post" action="/admin/users/${String(u.id)}/deactivate" class="admin-inline-form">
          ${csrf}<button type="submit" class="button button--secondary button--small">
            ${messageHtml(ui, 'users.deactivate', { name: u.name }, { hidden })}
          </button>
        </form>`
      : html`<form method="post" action="/admin/users/${String(u.id)}/reactivate" class="admin-inline-form">
          ${csrf}<button type="submit" class="button button--secondary button--small">
            ${messageHtml(ui, 'users.reactivate', { name: u.name }, { hidden })}
          </button>
        </form>`;
  return html`<form method="post" action="/admin/users/${String(u.id)}/role" class="admin-inline-form">
      ${csrf}
      <label class="visually-hidden" for="role-${String(u.id)}"
        >${ui.t('users.roleOf', { name: u.name })}</label
      >
      <select class="form-select" id="role-${String(u.id)}" name="role">
        ${roleSelect}
      </select>
      <button type="submit" class="button button--secondary button--small">
        ${ui.t('users.changeRole')}
      </button>
    </form>
    ${toggle}
    <form method="post" action="/admin/users/${String(u.id)}/reset-password" class="admin-inline-form">
      ${csrf}
      <button type="submit" class="button button--secondary button--small">
        ${messageHtml(ui, u.hasPassword ? 'users.resetPassword' : 'users.setPassword', { name: u.name }, { hidden })}
      </button>
    </form>`;
}

/** The users list and the add-user form. */
export function usersMain(v: UsersView): Html {
  const { ui } = v;
  const rows = v.users.map(
    (u) =>
      html`<tr>
        <td>${u.name}</td>
        <td>${u.email}</td>
        <td>${ui.t(`roleTitle.${u.role}`)}</td>
        <td>
          ${u.status === 'active' ? (u.hasPassword ? html`${ui.t('users.active')}` : html`<span class="admin-badge">${ui.t('users.noPassword')}</span>`) : html`<span class="admin-badge admin-badge--inactive">${ui.t('users.deactivated')}</span>`}
        </td>
        <td>${rowActions(u, v)}</td>
      </tr>`,
  );
  return html`<h1 class="page-title">${ui.t('users.title')}</h1>
    <div class="admin-table-wrap" tabindex="0" role="region" aria-label="${ui.t('users.tableLabel')}">
      <table class="admin-table">
        <caption class="visually-hidden">
          ${ui.t('users.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${ui.t('users.name')}</th>
            <th scope="col">${ui.t('users.email')}</th>
            <th scope="col">${ui.t('users.role')}</th>
            <th scope="col">${ui.t('users.status')}</th>
            <th scope="col">${ui.t('users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>
    <section class="admin-section admin-narrow" aria-labelledby="add-user">
      <h2 id="add-user">${ui.t('users.add')}</h2>
      <p>${ui.t('users.addIntro')}</p>
      ${errorSummary(v.ui, v.errors)}
      <form method="post" action="/admin/users" class="admin-form" novalidate>
        ${csrfInput(v.csrfToken)}
        ${textField({ name: 'name', label: ui.t('users.name'), value: v.form.name, required: true, maxlength: 100, error: v.errors.name })}
        ${textField({ name: 'email', label: ui.t('users.email'), type: 'email', value: v.form.email, required: true, maxlength: 320, error: v.errors.email })}
        ${selectField({ name: 'role', label: ui.t('users.role'), options: roleOptions(ui), value: v.form.role || 'author', error: v.errors.role })}
        <div class="form-actions">
          <button type="submit" class="button">${ui.t('users.addButton')}</button>
        </div>
      </form>
    </section>`;
}

/** Shows a password exactly once (after creating a user or resetting a password). */
export function oneTimePasswordMain(p: { ui: AdminT; heading: string; user: User; password: string }): Html {
  const { ui } = p;
  const strong = (inner: Html) => html`<strong>${inner}</strong>`;
  return html`<div class="admin-narrow">
    <h1 class="page-title">${p.heading}</h1>
    <div class="notice notice--success" role="status">
      <p>${messageHtml(ui, 'users.givePassword', { name: p.user.name, email: p.user.email }, { strong })}</p>
    </div>
    <p>
      ${messageHtml(ui, 'users.oneTimePassword', { password: p.password }, { code: (inner: Html) => html`<code class="admin-secret">${inner}</code>` })}
    </p>
    <p>${messageHtml(ui, 'users.loginAt', {}, { code: (inner: Html) => html`<code>${inner}</code>` })}</p>
    <p><a href="/admin/users">${ui.t('users.back')}</a></p>
  </div>`;
}
