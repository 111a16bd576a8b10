// The comment moderation settings page (owner only): what holds or blocks a new comment, how
// threads are shown, when comments close, how long IP addresses are kept and who gets mail.
// The same names and checks as `silkpress settings comments` (settings/comment-moderation-settings.ts).
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
import type { AdminT } from './types.ts';

/** The form's values as typed (strings; booleans `true`/`false` as the domain writes them). */
export interface CommentSettingsForm {
  holdAll: string;
  holdFirstTime: string;
  linkLimit: string;
  holdWords: string;
  blockWords: string;
  floodSeconds: string;
  threadDepth: string;
  perPage: string;
  order: string;
  closeAfterDays: string;
  ipRetentionDays: string;
  notifyModerators: string;
  notifyAuthors: string;
  replyNotifications: string;
}

const orders = (ui: AdminT) => [
  { value: 'oldest', label: ui.t('commentSettings.oldest') },
  { value: 'newest', label: ui.t('commentSettings.newest') },
];

const on = (v: string) => ['1', 'on', 'true', 'yes'].includes(v.trim().toLowerCase());

/** The page's main content; `floodOverride` is COMMENT_FLOOD_SECONDS when the environment sets it. */
export function commentSettingsMain(v: {
  ui: AdminT;
  csrfToken: string;
  form: CommentSettingsForm;
  errors: FieldErrors;
  floodOverride: number | null;
}): Html {
  const { ui } = v;
  const f = v.form;
  const e = v.errors;
  const flood =
    v.floodOverride === null
      ? ui.t('commentSettings.floodHint')
      : ui.t('commentSettings.floodOverride', { seconds: String(v.floodOverride) });
  return html`<h1 class="page-title">${ui.t('commentSettings.title')}</h1>
    <div class="admin-narrow">
      <p><a href="/admin/settings">${ui.t('commentSettings.back')}</a></p>
      ${errorSummary(v.ui, e)}
      <form method="post" action="/admin/settings/comments" class="admin-form" novalidate>
        ${csrfInput(v.csrfToken)}
        <fieldset class="admin-fieldset">
          <legend>${ui.t('commentSettings.holding')}</legend>
          ${checkboxField({ name: 'holdAll', label: ui.t('commentSettings.holdAll'), checked: on(f.holdAll) })}
          ${checkboxField({ name: 'holdFirstTime', label: ui.t('commentSettings.holdFirstTime'), checked: on(f.holdFirstTime), hint: ui.t('commentSettings.holdFirstTimeHint') })}
          ${textField({ name: 'linkLimit', label: ui.t('commentSettings.linkLimit'), type: 'number', value: f.linkLimit, required: true, min: 0, max: 100, error: e.linkLimit, hint: ui.t('commentSettings.linkLimitHint') })}
          ${textareaField({ name: 'holdWords', label: ui.t('commentSettings.holdWords'), value: f.holdWords, rows: 4, error: e.holdWords, hint: ui.t('commentSettings.holdWordsHint') })}
          ${textareaField({ name: 'blockWords', label: ui.t('commentSettings.blockWords'), value: f.blockWords, rows: 4, error: e.blockWords, hint: ui.t('commentSettings.blockWordsHint') })}
          ${textField({ name: 'floodSeconds', label: ui.t('commentSettings.flood'), type: 'number', value: f.floodSeconds, required: true, min: 0, max: 3600, error: e.floodSeconds, hint: flood })}
        </fieldset>
        <fieldset class="admin-fieldset">
          <legend>${ui.t('commentSettings.threads')}</legend>
          ${textField({ name: 'threadDepth', label: ui.t('commentSettings.threadDepth'), type: 'number', value: f.threadDepth, required: true, min: 1, max: 10, error: e.threadDepth, hint: ui.t('commentSettings.threadDepthHint') })}
          ${textField({ name: 'perPage', label: ui.t('commentSettings.perPage'), type: 'number', value: f.perPage, required: true, min: 1, max: 500, error: e.perPage, hint: ui.t('commentSettings.perPageHint') })}
          ${selectField({ name: 'order', label: ui.t('commentSettings.order'), options: orders(ui), value: f.order, error: e.order })}
          ${textField({ name: 'closeAfterDays', label: ui.t('commentSettings.closeAfter'), type: 'number', value: f.closeAfterDays, required: true, min: 0, max: 36500, error: e.closeAfterDays, hint: ui.t('commentSettings.closeAfterHint') })}
        </fieldset>
        <fieldset class="admin-fieldset">
          <legend>${ui.t('commentSettings.privacy')}</legend>
          ${textField({ name: 'ipRetentionDays', label: ui.t('commentSettings.ipRetention'), type: 'number', value: f.ipRetentionDays, required: true, min: 1, max: 3650, error: e.ipRetentionDays, hint: ui.t('commentSettings.ipRetentionHint') })}
          ${checkboxField({ name: 'notifyModerators', label: ui.t('commentSettings.notifyModerators'), checked: on(f.notifyModerators) })}
          ${checkboxField({ name: 'notifyAuthors', label: ui.t('commentSettings.notifyAuthors'), checked: on(f.notifyAuthors) })}
          ${checkboxField({ name: 'replyNotifications', label: ui.t('commentSettings.replyNotifications'), checked: on(f.replyNotifications) })}
        </fieldset>
        <div class="form-actions">
          <button type="submit" class="button">${ui.t('commentSettings.save')}</button>
        </div>
      </form>
    </div>`;
}
