// Site settings (owner only).
import { html } from 'ghtml';
import {
  checkboxField,
  csrfInput,
  errorSummary,
  type FieldErrors,
  selectField,
  textareaField,
  textField,
} from './form.ts';
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

const DATE_FORMATS = [
  { value: 'long', label: 'Long — 4 March 2026' },
  { value: 'medium', label: 'Medium — 4 Mar 2026' },
  { value: 'short', label: 'Short — 04/03/2026' },
  { value: 'iso', label: 'ISO — 2026-03-04' },
];

/** The settings page's main content. */
export function settingsMain(v: {
  ui: AdminT;
  csrfToken: string;
  form: SettingsForm;
  errors: FieldErrors;
  spam: { form: SpamSettingsForm; errors: FieldErrors };
}): string {
  const f = v.form;
  const e = v.errors;
  return html`<h1 class="page-title">Site settings</h1>
    <div class="admin-narrow">
      <p>
        Comment moderation (holding, blocking, threads, IP retention, mail) has its own page:
        <a href="/admin/settings/comments">Comment settings</a>.
      </p>
      !${errorSummary(v.ui, e)}
      <form method="post" action="/admin/settings" class="admin-form" novalidate>
        !${csrfInput(v.csrfToken)}
        !${textField({ name: 'title', label: 'Site title', value: f.title, required: true, maxlength: 120, error: e.title })}
        !${textField({ name: 'tagline', label: 'Tagline', value: f.tagline, maxlength: 200, error: e.tagline })}
        !${textField({ name: 'logo', label: 'Logo URL', type: 'url', value: f.logo, error: e.logo, hint: 'Optional. An image address starting with https:// or /; shown instead of the title.' })}
        !${textField({ name: 'shareImage', label: 'Default share image', type: 'url', value: f.shareImage, error: e.shareImage, hint: 'Optional. Shown in link previews and search results for articles without a feature image, at least 1200 pixels wide. Without it, each article gets a card with its headline.' })}
        !${textField({ name: 'siteIcon', label: 'Site icon', value: f.siteIcon, maxlength: 500, error: e.siteIcon, hint: 'Optional. The address of a square image uploaded under Media (/media/…), 512 pixels or more; shown in browser tabs and on home screens. Empty: the Silkpress icon.' })}
        !${textField({ name: 'language', label: 'Language', value: f.language, required: true, maxlength: 35, error: e.language, hint: 'A language code such as en, ru or zh-Hans.' })}
        !${textField({ name: 'timezone', label: 'Timezone', value: f.timezone, required: true, maxlength: 64, error: e.timezone, hint: 'Used for scheduling. For example UTC, Europe/London or Asia/Almaty.' })}
        !${textField({ name: 'postsPerPage', label: 'Posts per page', type: 'number', value: f.postsPerPage, required: true, min: 1, max: 100, error: e.postsPerPage })}
        !${selectField({ name: 'dateFormat', label: 'Date format', options: DATE_FORMATS, value: f.dateFormat, error: e.dateFormat })}
        !${textareaField({ name: 'footerText', label: 'Footer text', value: f.footerText, maxlength: 500, rows: 3, error: e.footerText })}
        <div class="form-actions"><button type="submit" class="button">Save settings</button></div>
      </form>
      !${spamSettingsSection(v.ui, v.csrfToken, v.spam.form, v.spam.errors)}
    </div>`;
}

/** The spam filter's thresholds and shadow mode (its own form, saved separately). */
function spamSettingsSection(ui: AdminT, csrfToken: string, f: SpamSettingsForm, e: FieldErrors): string {
  return html`<section aria-labelledby="spam-settings-title">
    <h2 id="spam-settings-title">Spam filter</h2>
    <p>
      Every comment gets a spam probability with its reasons (see <a href="/admin/spam">Spam</a>). These
      settings decide what happens to it, on every instance from the next comment on.
    </p>
    !${errorSummary(ui, e)}
    <form method="post" action="/admin/settings/spam" class="admin-form" novalidate>
      !${csrfInput(csrfToken)}
      !${textField({ name: 'spamThreshold', label: 'Spam threshold', value: f.spamThreshold, required: true, error: e.spamThreshold, hint: 'A probability from 0.05 to 0.99 (default 0.5). Comments at or above it go to the spam folder.' })}
      !${textField({ name: 'spamHoldThreshold', label: 'Hold threshold', value: f.spamHoldThreshold, required: true, error: e.spamHoldThreshold, hint: 'A probability from 0.01 up to the spam threshold (default 0.2). Comments between it and the spam threshold wait for a moderator instead of going to spam.' })}
      !${textField({ name: 'spamDiscardThreshold', label: 'Discard threshold', value: f.spamDiscardThreshold, required: true, error: e.spamDiscardThreshold, hint: 'A probability from the spam threshold up to 1 (default 0.995). Blatant spam at or above it is not stored, only counted.' })}
      !${checkboxField({ name: 'spamShadowMode', label: 'Shadow mode', checked: f.spamShadowMode, hint: 'Record and show verdicts but block nothing: comments follow the other moderation rules, and the API answers "not spam".' })}
      <div class="form-actions"><button type="submit" class="button">Save spam filter settings</button></div>
    </form>
  </section>`;
}
