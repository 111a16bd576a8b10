// The signed-in user's profile: name and bio, admin language, notification preferences, password,
// sessions.
import { type Html, html } from '../html.ts';
import { PASSWORD_MIN_LENGTH } from '../../users/password-policy.ts';
import type { NotificationPrefs } from '../../users/user.ts';
import { messageHtml } from '../message-html.ts';
import { languageName } from '../multilingual-text.ts';
import {
  checkboxField,
  csrfInput,
  errorSummary,
  type FieldErrors,
  textareaField,
  textField,
} from './form.ts';
import { roleLabel } from './labels.ts';
import type { AdminT } from './types.ts';
import type { Role } from '../../users/user.ts';

/** Profile page state. */
export interface ProfileView {
  ui: AdminT;
  csrfToken: string;
  email: string;
  role: Role;
  profile: {
    name: string;
    bio: string;
    notifications: NotificationPrefs;
    /** The chosen admin language, or '' for the site's. */
    adminLanguage: string;
  };
  /** The admin's languages (tags), and the site's language. */
  adminLanguages: string[];
  siteLanguage: string;
  profileErrors: FieldErrors;
  passwordErrors: FieldErrors;
}

/** The admin-language select: each language named in itself (and marked so), the site's first. */
function languageSelect(v: ProfileView): Html {
  const { ui } = v;
  const id = 'f-adminLanguage';
  const option = (value: string, label: string, lang: string | null) =>
    html`<option
      value="${value}"
      ${lang ? html` lang="${lang}"` : ''}${v.profile.adminLanguage === value ? ' selected' : ''}
    >
      ${label}
    </option>`;
  const site = option('', ui.t('profile.languageSite', { language: languageName(v.siteLanguage) }), null);
  const others = v.adminLanguages.map((tag) => option(tag, languageName(tag), tag));
  return html`<div class="form-field">
    <label class="form-label" for="${id}">${ui.t('profile.language')}</label>
    <p class="form-hint" id="${id}-hint">${ui.t('profile.languageHint')}</p>
    <select class="form-select" id="${id}" name="adminLanguage" aria-describedby="${id}-hint">
      ${site}${others}
    </select>
  </div>`;
}

/** The profile page's main content. */
export function profileMain(v: ProfileView): Html {
  const { ui } = v;
  return html`<h1 class="page-title">${ui.t('profile.heading')}</h1>
    <p>
      ${messageHtml(
        ui,
        'profile.signedInAs',
        { email: v.email, role: roleLabel(ui, v.role) },
        { strong: (inner) => html`<strong>${inner}</strong>` },
      )}
    </p>
    <section class="admin-section admin-narrow" aria-labelledby="profile-heading">
      <h2 id="profile-heading">${ui.t('profile.section')}</h2>
      ${errorSummary(ui, v.profileErrors)}
      <form method="post" action="/admin/profile" class="admin-form" novalidate>
        ${csrfInput(v.csrfToken)}
        ${textField({ name: 'name', label: ui.t('profile.name'), value: v.profile.name, required: true, maxlength: 100, autocomplete: 'name', error: v.profileErrors.name, hint: ui.t('profile.nameHint') })}
        ${textareaField({ name: 'bio', label: ui.t('profile.bio'), value: v.profile.bio, maxlength: 1000, error: v.profileErrors.bio, hint: ui.t('profile.bioHint') })}
        ${languageSelect(v)}
        <fieldset class="admin-fieldset">
          <legend>${ui.t('profile.notifications')}</legend>
          ${checkboxField({ name: 'commentHeld', label: ui.t('profile.commentHeld'), checked: v.profile.notifications.commentHeld })}
          ${checkboxField({ name: 'commentApprovedOnMyPost', label: ui.t('profile.commentApproved'), checked: v.profile.notifications.commentApprovedOnMyPost })}
        </fieldset>
        <div class="form-actions"><button type="submit" class="button">${ui.t('profile.save')}</button></div>
      </form>
    </section>
    <section class="admin-section admin-narrow" aria-labelledby="password-heading">
      <h2 id="password-heading">${ui.t('profile.passwordSection')}</h2>
      ${errorSummary(ui, v.passwordErrors, 'p')}
      <form method="post" action="/admin/profile/password" class="admin-form" novalidate>
        ${csrfInput(v.csrfToken)}
        ${textField({ idPrefix: 'p', name: 'current', label: ui.t('profile.currentPassword'), type: 'password', required: true, autocomplete: 'current-password', error: v.passwordErrors.current })}
        ${textField({ idPrefix: 'p', name: 'next', label: ui.t('profile.newPassword'), type: 'password', required: true, autocomplete: 'new-password', hint: ui.t('profile.newPasswordHint', { min: PASSWORD_MIN_LENGTH }), error: v.passwordErrors.next })}
        ${textField({ idPrefix: 'p', name: 'confirm', label: ui.t('profile.confirmPassword'), type: 'password', required: true, autocomplete: 'new-password', error: v.passwordErrors.confirm })}
        <div class="form-actions">
          <button type="submit" class="button">${ui.t('profile.changePassword')}</button>
        </div>
      </form>
      <p class="form-hint">${ui.t('profile.passwordNote')}</p>
    </section>
    <section class="admin-section admin-narrow" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">${ui.t('profile.sessions')}</h2>
      <form method="post" action="/admin/logout-everywhere">
        ${csrfInput(v.csrfToken)}
        <button type="submit" class="button button--secondary">${ui.t('profile.logOutEverywhere')}</button>
      </form>
    </section>`;
}
