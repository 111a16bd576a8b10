// The signed-in user's profile: name and bio, notification preferences, password, sessions.
import { html } from 'ghtml';
import type { NotificationPrefs } from '../../users/user.ts';
import {
  checkboxField,
  csrfInput,
  errorSummary,
  type FieldErrors,
  textareaField,
  textField,
} from './form.ts';

/** Profile page state. */
export interface ProfileView {
  csrfToken: string;
  email: string;
  role: string;
  profile: { name: string; bio: string; notifications: NotificationPrefs };
  profileErrors: FieldErrors;
  passwordErrors: FieldErrors;
}

/** The profile page's main content. */
export function profileMain(v: ProfileView): string {
  return html`<h1 class="page-title">Your profile</h1>
    <p>You are signed in as <strong>${v.email}</strong> (${v.role}).</p>
    <section class="admin-section admin-narrow" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Profile</h2>
      !${errorSummary(v.profileErrors)}
      <form method="post" action="/admin/profile" class="admin-form" novalidate>
        !${csrfInput(v.csrfToken)}
        !${textField({ name: 'name', label: 'Name', value: v.profile.name, required: true, maxlength: 100, autocomplete: 'name', error: v.profileErrors.name, hint: 'Shown as the byline on your posts.' })}
        !${textareaField({ name: 'bio', label: 'Bio', value: v.profile.bio, maxlength: 1000, error: v.profileErrors.bio, hint: 'Shown on your author page.' })}
        <fieldset class="admin-fieldset">
          <legend>Email notifications</legend>
          !${checkboxField({ name: 'commentHeld', label: 'Email me when a comment is held for moderation', checked: v.profile.notifications.commentHeld })}
          !${checkboxField({ name: 'commentApprovedOnMyPost', label: 'Email me when a comment on my post is approved', checked: v.profile.notifications.commentApprovedOnMyPost })}
        </fieldset>
        <div class="form-actions"><button type="submit" class="button">Save profile</button></div>
      </form>
    </section>
    <section class="admin-section admin-narrow" aria-labelledby="password-heading">
      <h2 id="password-heading">Change password</h2>
      !${errorSummary(v.passwordErrors, 'p')}
      <form method="post" action="/admin/profile/password" class="admin-form" novalidate>
        !${csrfInput(v.csrfToken)}
        !${textField({ idPrefix: 'p', name: 'current', label: 'Current password', type: 'password', required: true, autocomplete: 'current-password', error: v.passwordErrors.current })}
        !${textField({ idPrefix: 'p', name: 'next', label: 'New password', type: 'password', required: true, autocomplete: 'new-password', hint: 'At least 12 characters; not a common password.', error: v.passwordErrors.next })}
        !${textField({ idPrefix: 'p', name: 'confirm', label: 'Repeat the new password', type: 'password', required: true, autocomplete: 'new-password', error: v.passwordErrors.confirm })}
        <div class="form-actions"><button type="submit" class="button">Change password</button></div>
      </form>
      <p class="form-hint">Changing your password logs out your other sessions.</p>
    </section>
    <section class="admin-section admin-narrow" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Sessions</h2>
      <form method="post" action="/admin/logout-everywhere">
        !${csrfInput(v.csrfToken)}
        <button type="submit" class="button button--secondary">Log out everywhere</button>
      </form>
    </section>`;
}
