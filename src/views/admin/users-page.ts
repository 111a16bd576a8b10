// Users (owner only): the list with per-row actions, the form to add someone, and the page that
// shows a generated password once.
import { html } from 'ghtml';
import type { User } from '../../users/user.ts';
import { csrfInput, errorSummary, type FieldErrors, selectField, textField } from './form.ts';
import type { AdminT } from './types.ts';

/** Role choices with what each may do. */
export const ROLE_OPTIONS = [
  { value: 'owner', label: 'Owner — everything, including users and settings' },
  { value: 'editor', label: 'Editor — all posts and pages, moderation' },
  { value: 'author', label: 'Author — writes and publishes own posts' },
  { value: 'contributor', label: 'Contributor — writes drafts for review' },
];

const SHORT_ROLE = ROLE_OPTIONS.map((o) => ({
  value: o.value,
  label: o.value[0]!.toUpperCase() + o.value.slice(1),
}));

/** Users page state. */
export interface UsersView {
  ui: AdminT;
  users: User[];
  currentUserId: number;
  csrfToken: string;
  form: { name: string; email: string; role: string };
  errors: FieldErrors;
}

function rowActions(u: User, v: UsersView): string {
  if (u.id === v.currentUserId)
    return html`<span class="form-hint">This is you — see <a href="/admin/profile">Profile</a>.</span>`;
  const csrf = csrfInput(v.csrfToken);
  const roleSelect = SHORT_ROLE.map((o) =>
    o.value === u.role
      ? html`<option value="${o.value}" selected>${o.label}</option>`
      : html`<option value="${o.value}">${o.label}</option>`,
  );
  const toggle =
    u.status === 'active'
      ? html`<form method="post" action="/admin/users/${String(u.id)}/deactivate" class="admin-inline-form">
          !${csrf}<button type="submit" class="button button--secondary button--small">
            Deactivate<span class="visually-hidden"> ${u.name}</span>
          </button>
        </form>`
      : html`<form method="post" action="/admin/users/${String(u.id)}/reactivate" class="admin-inline-form">
          !${csrf}<button type="submit" class="button button--secondary button--small">
            Reactivate<span class="visually-hidden"> ${u.name}</span>
          </button>
        </form>`;
  return html`<form method="post" action="/admin/users/${String(u.id)}/role" class="admin-inline-form">
      !${csrf}
      <label class="visually-hidden" for="role-${String(u.id)}">Role of ${u.name}</label>
      <select class="form-select" id="role-${String(u.id)}" name="role">
        !${roleSelect}
      </select>
      <button type="submit" class="button button--secondary button--small">Change role</button>
    </form>
    !${toggle}
    <form method="post" action="/admin/users/${String(u.id)}/reset-password" class="admin-inline-form">
      !${csrf}
      <button type="submit" class="button button--secondary button--small">
        !${u.hasPassword ? 'Reset password' : 'Set a password'}<span class="visually-hidden">
          for ${u.name}</span
        >
      </button>
    </form>`;
}

/** The users list and the add-user form. */
export function usersMain(v: UsersView): string {
  const rows = v.users.map(
    (u) =>
      html`<tr>
        <td>${u.name}</td>
        <td>${u.email}</td>
        <td>${u.role}</td>
        <td>
          !${u.status === 'active' ? (u.hasPassword ? 'Active' : html`<span class="admin-badge">No password (cannot log in)</span>`) : html`<span class="admin-badge admin-badge--inactive">Deactivated</span>`}
        </td>
        <td>!${rowActions(u, v)}</td>
      </tr>`,
  );
  return html`<h1 class="page-title">Users</h1>
    <div class="admin-table-wrap" tabindex="0" role="region" aria-label="Users table">
      <table class="admin-table">
        <caption class="visually-hidden">
          Everyone with an account
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          !${rows}
        </tbody>
      </table>
    </div>
    <section class="admin-section admin-narrow" aria-labelledby="add-user">
      <h2 id="add-user">Add a user</h2>
      <p>
        Silkpress creates the account with a one-time password that you pass on; they can change it under
        Profile.
      </p>
      !${errorSummary(v.ui, v.errors)}
      <form method="post" action="/admin/users" class="admin-form" novalidate>
        !${csrfInput(v.csrfToken)}
        !${textField({ name: 'name', label: 'Name', value: v.form.name, required: true, maxlength: 100, error: v.errors.name })}
        !${textField({ name: 'email', label: 'Email', type: 'email', value: v.form.email, required: true, maxlength: 320, error: v.errors.email })}
        !${selectField({ name: 'role', label: 'Role', options: ROLE_OPTIONS, value: v.form.role || 'author', error: v.errors.role })}
        <div class="form-actions"><button type="submit" class="button">Add user</button></div>
      </form>
    </section>`;
}

/** Shows a password exactly once (after creating a user or resetting a password). */
export function oneTimePasswordMain(p: { heading: string; user: User; password: string }): string {
  return html`<div class="admin-narrow">
    <h1 class="page-title">${p.heading}</h1>
    <div class="notice notice--success" role="status">
      <p>
        Give this password to <strong>${p.user.name}</strong> (${p.user.email}) by a private channel. It will
        not be shown again.
      </p>
    </div>
    <p>One-time password: <code class="admin-secret">${p.password}</code></p>
    <p>They can log in at <code>/admin/login</code> and choose their own password under Profile.</p>
    <p><a href="/admin/users">Back to users</a></p>
  </div>`;
}
