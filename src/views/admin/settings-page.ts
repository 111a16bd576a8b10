// Site settings (owner only).
import { type Html, html } from '../html.ts';
import {
  checkboxField,
  csrfInput,
  errorSummary,
  type FieldErrors,
  selectField,
  textareaField,
  textField,
} from './form.ts';
import { formatDate } from '../format-date.ts';
import { messageHtml } from '../message-html.ts';
import type { AdminT } from './types.ts';

/** The settings form's values as typed (strings, so nothing typed is lost on an error). */
export interface SettingsForm {
  title: string;
  tagline: string;
  logo: string;
  shareImage: string;
  siteIcon: string;
  language: string;
  timezone: string;
  postsPerPage: string;
  dateFormat: string;
  footerText: string;
}

/** The spam filter form's values as typed. */
export interface SpamSettingsForm {
  spamThreshold: string;
  spamHoldThreshold: string;
  spamDiscardThreshold: string;
  spamShadowMode: boolean;
}

const DATE_STYLES = ['long', 'medium', 'short', 'iso'] as const;

/** Each date format with an example, written the way the admin's language writes dates. */
const dateFormats = (ui: AdminT) =>
  DATE_STYLES.map((style) => ({
    value: style,
    label: ui.t(`settings.dateFormat.${style}`, {
      example: formatDate('2026-03-04T12:00:00Z', {
        language: ui.locale === 'en' ? 'en-GB' : ui.lang,
        timeZone: 'UTC',
        withTime: false,
        style,
      }),
    }),
  }));

/** The settings page's main content. */
export function settingsMain(v: {
  ui: AdminT;
  csrfToken: string;
  form: SettingsForm;
  errors: FieldErrors;
  spam: { form: SpamSettingsForm; errors: FieldErrors };
}): Html {
  const { ui } = v;
  const f = v.form;
  const e = v.errors;
  return html`<h1 class="page-title">${ui.t('settings.heading')}</h1>
    <div class="admin-narrow">
      <p>
        ${messageHtml(ui, 'settings.commentsLink', {}, { link: (inner: Html) => html`<a href="/admin/settings/comments">${inner}</a>` })}
      </p>
      ${errorSummary(v.ui, e)}
      <form method="post" action="/admin/settings" class="admin-form" novalidate>
        ${csrfInput(v.csrfToken)}
        ${textField({ name: 'title', label: ui.t('settings.siteTitle'), value: f.title, required: true, maxlength: 120, error: e.title })}
        ${textField({ name: 'tagline', label: ui.t('settings.tagline'), value: f.tagline, maxlength: 200, error: e.tagline })}
        ${textField({ name: 'logo', label: ui.t('settings.logo'), type: 'url', value: f.logo, error: e.logo, hint: ui.t('settings.logoHint') })}
        ${textField({ name: 'shareImage', label: ui.t('settings.shareImage'), type: 'url', value: f.shareImage, error: e.shareImage, hint: ui.t('settings.shareImageHint') })}
        ${textField({ name: 'siteIcon', label: ui.t('settings.siteIcon'), value: f.siteIcon, maxlength: 500, error: e.siteIcon, hint: ui.t('settings.siteIconHint') })}
        ${textField({ name: 'language', label: ui.t('settings.language'), value: f.language, required: true, maxlength: 35, error: e.language, hint: ui.t('settings.languageHint') })}
        ${textField({ name: 'timezone', label: ui.t('settings.timezone'), value: f.timezone, required: true, maxlength: 64, error: e.timezone, hint: ui.t('settings.timezoneHint') })}
        ${textField({ name: 'postsPerPage', label: ui.t('settings.postsPerPage'), type: 'number', value: f.postsPerPage, required: true, min: 1, max: 100, error: e.postsPerPage })}
        ${selectField({ name: 'dateFormat', label: ui.t('settings.dateFormat'), options: dateFormats(ui), value: f.dateFormat, error: e.dateFormat })}
        ${textareaField({ name: 'footerText', label: ui.t('settings.footerText'), value: f.footerText, maxlength: 500, rows: 3, error: e.footerText })}
        <div class="form-actions"><button type="submit" class="button">${ui.t('settings.save')}</button></div>
      </form>
      ${spamSettingsSection(v.ui, v.csrfToken, v.spam.form, v.spam.errors)}
    </div>`;
}

/** The spam filter's thresholds and shadow mode (its own form, saved separately). */
function spamSettingsSection(ui: AdminT, csrfToken: string, f: SpamSettingsForm, e: FieldErrors): Html {
  return html`<section aria-labelledby="spam-settings-title">
    <h2 id="spam-settings-title">${ui.t('settings.spam.heading')}</h2>
    <p>
      ${messageHtml(ui, 'settings.spam.intro', {}, { link: (inner: Html) => html`<a href="/admin/spam">${inner}</a>` })}
    </p>
    ${errorSummary(ui, e)}
    <form method="post" action="/admin/settings/spam" class="admin-form" novalidate>
      ${csrfInput(csrfToken)}
      ${textField({ name: 'spamThreshold', label: ui.t('settings.spam.threshold'), value: f.spamThreshold, required: true, error: e.spamThreshold, hint: ui.t('settings.spam.thresholdHint') })}
      ${textField({ name: 'spamHoldThreshold', label: ui.t('settings.spam.hold'), value: f.spamHoldThreshold, required: true, error: e.spamHoldThreshold, hint: ui.t('settings.spam.holdHint') })}
      ${textField({ name: 'spamDiscardThreshold', label: ui.t('settings.spam.discard'), value: f.spamDiscardThreshold, required: true, error: e.spamDiscardThreshold, hint: ui.t('settings.spam.discardHint') })}
      ${checkboxField({ name: 'spamShadowMode', label: ui.t('settings.spam.shadow'), checked: f.spamShadowMode, hint: ui.t('settings.spam.shadowHint') })}
      <div class="form-actions">
        <button type="submit" class="button">${ui.t('settings.spam.save')}</button>
      </div>
    </form>
  </section>`;
}
