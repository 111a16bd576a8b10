// The comment moderation settings page (owner only): what holds or blocks a new comment, how
// threads are shown, when comments close, how long IP addresses are kept and who gets mail.
// The same names and checks as `silkpress settings comments` (settings/comment-moderation-settings.ts).
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

const ORDERS = [
  { value: 'oldest', label: 'Oldest first' },
  { value: 'newest', label: 'Newest first' },
];

const on = (v: string) => ['1', 'on', 'true', 'yes'].includes(v.trim().toLowerCase());

/** The page's main content; `floodOverride` is COMMENT_FLOOD_SECONDS when the environment sets it. */
export function commentSettingsMain(v: {
  ui: AdminT;
  csrfToken: string;
  form: CommentSettingsForm;
  errors: FieldErrors;
  floodOverride: number | null;
}): string {
  const f = v.form;
  const e = v.errors;
  const flood =
    v.floodOverride === null
      ? 'Seconds between two comments from the same address (0 to 3600; 0 turns it off).'
      : `Seconds between two comments from the same address (0 to 3600). COMMENT_FLOOD_SECONDS=${v.floodOverride} in the environment wins over this value.`;
  return html`<h1 class="page-title">Comment settings</h1>
    <div class="admin-narrow">
      <p><a href="/admin/settings">← Site settings</a></p>
      !${errorSummary(v.ui, e)}
      <form method="post" action="/admin/settings/comments" class="admin-form" novalidate>
        !${csrfInput(v.csrfToken)}
        <fieldset class="admin-fieldset">
          <legend>Holding and blocking</legend>
          !${checkboxField({ name: 'holdAll', label: 'Hold every comment for a moderator', checked: on(f.holdAll) })}
          !${checkboxField({ name: 'holdFirstTime', label: 'Hold comments from first-time commenters', checked: on(f.holdFirstTime), hint: 'Someone with an approved comment under the same name and email is published at once.' })}
          !${textField({ name: 'linkLimit', label: 'Links before holding', type: 'number', value: f.linkLimit, required: true, min: 0, max: 100, error: e.linkLimit, hint: 'A comment with more links than this waits for a moderator (0 to 100).' })}
          !${textareaField({ name: 'holdWords', label: 'Hold words', value: f.holdWords, rows: 4, error: e.holdWords, hint: 'One word or phrase per line (or separated by commas). A comment containing one, in its text, name, email or website, waits for a moderator.' })}
          !${textareaField({ name: 'blockWords', label: 'Block words', value: f.blockWords, rows: 4, error: e.blockWords, hint: 'One per line, matched the same way. A comment containing one goes straight to spam.' })}
          !${textField({ name: 'floodSeconds', label: 'Flood interval', type: 'number', value: f.floodSeconds, required: true, min: 0, max: 3600, error: e.floodSeconds, hint: flood })}
        </fieldset>
        <fieldset class="admin-fieldset">
          <legend>Threads</legend>
          !${textField({ name: 'threadDepth', label: 'Reply depth', type: 'number', value: f.threadDepth, required: true, min: 1, max: 10, error: e.threadDepth, hint: 'How deep replies nest (1 to 10; 1 means no replies).' })}
          !${textField({ name: 'perPage', label: 'Comments per page', type: 'number', value: f.perPage, required: true, min: 1, max: 500, error: e.perPage, hint: 'Top-level comments on one page, each with its replies (1 to 500).' })}
          !${selectField({ name: 'order', label: 'Order', options: ORDERS, value: f.order, error: e.order })}
          !${textField({ name: 'closeAfterDays', label: 'Close comments after (days)', type: 'number', value: f.closeAfterDays, required: true, min: 0, max: 36500, error: e.closeAfterDays, hint: 'Days after publication (0 keeps them open).' })}
        </fieldset>
        <fieldset class="admin-fieldset">
          <legend>Privacy and mail</legend>
          !${textField({ name: 'ipRetentionDays', label: 'Keep IP addresses for (days)', type: 'number', value: f.ipRetentionDays, required: true, min: 1, max: 3650, error: e.ipRetentionDays, hint: 'Commenters’ IP addresses and user agents are erased after this many days (1 to 3650).' })}
          !${checkboxField({ name: 'notifyModerators', label: 'Mail moderators when a comment waits', checked: on(f.notifyModerators) })}
          !${checkboxField({ name: 'notifyAuthors', label: 'Mail authors about comments on their posts', checked: on(f.notifyAuthors) })}
          !${checkboxField({ name: 'replyNotifications', label: 'Let commenters subscribe to replies', checked: on(f.replyNotifications) })}
        </fieldset>
        <div class="form-actions"><button type="submit" class="button">Save comment settings</button></div>
      </form>
    </div>`;
}
