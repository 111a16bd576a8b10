// On the privacy page: what the comments feature stores, why, for how long and who sees it
// (from the live settings), and the forms to ask for a copy or erasure of one's comment data.
import { EMPTY_HTML, html, type Html } from '../html.ts';
import { translatorFor } from '../../i18n/index.ts';
import { messageHtml } from '../message-html.ts';

/** The live facts the statement quotes. */
export interface PrivacyStatementProps {
  /** The site's language: the statement and forms speak it. */
  language: string;
  ipRetentionDays: number;
  holdFirstTime: boolean;
  replyNotifications: boolean;
  /** The upstream spam service's host (SPAM_UPSTREAM_URL), or null: nothing leaves the server. */
  spamUpstreamHost: string | null;
  /** Shown above the forms when a request was refused. */
  notSent?: boolean;
  /** What the reader typed when the request was rejected. */
  email?: string;
  /** What is wrong with the typed address. */
  error?: 'required' | 'invalid';
}

/** The statement and the two request forms (trusted HTML for StaticPageProps.extraHtml). */
export function renderPrivacyExtras(p: PrivacyStatementProps): Html {
  const ui = translatorFor(p.language);
  const days = p.ipRetentionDays;
  const notice = p.notSent
    ? html`<div class="notice notice--error" role="alert"><p>${ui.t('privacy.notSent')}</p></div>`
    : EMPTY_HTML;
  const error =
    p.error === 'required' ? ui.t('privacy.error.required') : p.error ? ui.t('privacy.error.invalid') : '';
  const emailField = (id: string) =>
    html`<div class="form-field">
      <label class="form-label" for="${id}"
        >${ui.t('privacy.emailLabel')} <span class="form-required" aria-hidden="true">*</span></label
      >
      <input
        id="${id}"
        name="email"
        type="email"
        class="form-input"
        autocomplete="email"
        required
        value="${p.email ?? ''}"
        ${error ? html`aria-invalid="true" aria-describedby="${id}-error"` : ''}
      />
      ${error ? html`<p class="form-error" id="${id}-error">${error}</p>` : ''}
    </div>`;
  const spam = p.spamUpstreamHost
    ? messageHtml(ui, 'privacy.spamUpstream', {
        host: html`<strong>${p.spamUpstreamHost}</strong>`,
      })
    : html`${ui.t('privacy.spamLocal')}`;
  return html`<section
    class="privacy-comments prose"
    id="comment-data"
    aria-labelledby="comment-data-title"
    lang="${ui.lang}"
  >
    <h2 id="comment-data-title">${ui.t('privacy.heading')}</h2>
    <p>${ui.t('privacy.stored', { holdFirstTime: p.holdFirstTime ? 'yes' : 'no' })}</p>
    <p>
      ${messageHtml(ui, 'privacy.retention', { days }, { strong: (inner) => html`<strong>${inner}</strong>` })}
      ${spam} ${ui.t('privacy.mailRecords', { days })}
    </p>
    <p>
      ${ui.t('privacy.cookies')} ${p.replyNotifications ? ui.t('privacy.notifications') : ''}
      ${ui.t('privacy.avatars')}
    </p>
    <h3>${ui.t('privacy.requestHeading')}</h3>
    <p>${ui.t('privacy.requestIntro')}</p>
    ${notice}
    <form class="privacy-form" action="/privacy/requests" method="post">
      ${emailField('privacy-email')}
      <fieldset class="form-field">
        <legend class="form-label">${ui.t('privacy.choice')}</legend>
        <p class="form-check">
          <input id="privacy-kind-export" type="radio" name="kind" value="export" checked /><label
            for="privacy-kind-export"
            >${ui.t('privacy.export')}</label
          >
        </p>
        <p class="form-check">
          <input id="privacy-kind-erase" type="radio" name="kind" value="erase" /><label
            for="privacy-kind-erase"
            >${ui.t('privacy.erase')}</label
          >
        </p>
        <p class="form-check">
          <input id="privacy-remove-text" type="checkbox" name="removeText" value="on" /><label
            for="privacy-remove-text"
            >${ui.t('privacy.removeText')}</label
          >
        </p>
      </fieldset>
      <div class="form-actions">
        <button class="button" type="submit">${ui.t('privacy.submit')}</button>
      </div>
    </form>
  </section>`;
}
