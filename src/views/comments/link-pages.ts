// The pages e-mailed links open: the reply-notification confirm and unsubscribe pages and the
// privacy request pages, in the language of the mail that carried the link (the article's for
// a subscription, the site's for a privacy request). The routes say which state a link is in;
// the words come from here, through the catalogs.
import { html, type Html } from '../html.ts';
import type { MessageKey, Translator } from '../../i18n/index.ts';
import { renderLayout } from '../layout.ts';
import type { PageMeta, SiteView } from '../types.ts';

/** What a reply-notification link page says after looking at (or acting on) its link. */
export type SubscriptionNotice =
  | 'invalidConfirm'
  | 'invalidUnsubscribe'
  | 'confirmed'
  | 'alreadyConfirmed'
  | 'unsubscribed'
  | 'alreadyUnsubscribed';

/** What a privacy request page says. */
export type PrivacyNotice =
  | { kind: 'sent'; validHours: number }
  | { kind: 'invalid' }
  | { kind: 'done' }
  | { kind: 'erased'; count: number };

/** The heading and sentence of a page. */
export interface PageWords {
  heading: string;
  message: string;
}

const SUBSCRIPTION_WORDS: Record<SubscriptionNotice, [MessageKey, MessageKey]> = {
  invalidConfirm: ['subscription.invalid.heading', 'subscription.invalidConfirm.text'],
  invalidUnsubscribe: ['subscription.invalid.heading', 'subscription.invalidUnsubscribe.text'],
  confirmed: ['subscription.confirmed.heading', 'subscription.confirmed.text'],
  alreadyConfirmed: ['subscription.alreadyConfirmed.heading', 'subscription.alreadyConfirmed.text'],
  unsubscribed: ['subscription.unsubscribed.heading', 'subscription.unsubscribed.text'],
  alreadyUnsubscribed: ['subscription.alreadyUnsubscribed.heading', 'subscription.alreadyUnsubscribed.text'],
};

/** The words of a reply-notification link page. */
export function subscriptionWords(ui: Translator, notice: SubscriptionNotice): PageWords {
  const [heading, message] = SUBSCRIPTION_WORDS[notice];
  return { heading: ui.t(heading), message: ui.t(message) };
}

/** The words of the page asking to press the button of a reply-notification link. */
export function subscriptionAskWords(
  ui: Translator,
  kind: 'confirm' | 'unsubscribe',
): PageWords & { button: string } {
  return kind === 'confirm'
    ? {
        heading: ui.t('subscription.confirm.heading'),
        message: ui.t('subscription.confirm.text'),
        button: ui.t('subscription.confirm.button'),
      }
    : {
        heading: ui.t('subscription.unsubscribe.heading'),
        message: ui.t('subscription.unsubscribe.text'),
        button: ui.t('subscription.unsubscribe.button'),
      };
}

/** The words of a privacy request page. */
export function privacyWords(ui: Translator, notice: PrivacyNotice): PageWords {
  switch (notice.kind) {
    case 'sent':
      return {
        heading: ui.t('privacyRequest.sent.heading'),
        message: ui.t('privacyRequest.sent.text', { hours: notice.validHours }),
      };
    case 'invalid':
      return {
        heading: ui.t('privacyRequest.invalid.heading'),
        message: ui.t('privacyRequest.invalid.text'),
      };
    case 'done':
      return { heading: ui.t('privacyRequest.done.heading'), message: ui.t('privacyRequest.done.text') };
    case 'erased':
      return {
        heading: ui.t('privacyRequest.erased.heading'),
        message: ui.t('privacyRequest.erased.text', { count: notice.count }),
      };
  }
}

/** The title of a link page: its heading and the site's name. */
export function linkPageTitle(ui: Translator, heading: string, site: SiteView): string {
  return ui.t('linkPage.title', { heading, site: site.title });
}

/** The privacy confirmation link's page: a button (POST), so mail scanners trigger nothing. */
export function renderPrivacyConfirmPage(p: {
  site: SiteView;
  meta: PageMeta;
  ui: Translator;
  token: string;
}): Html {
  const main = html`<div class="article article--page">
    <h1 class="page-title">${p.ui.t('privacyRequest.confirm.heading')}</h1>
    <p>${p.ui.t('privacyRequest.confirm.text')}</p>
    <form method="post" action="/privacy/confirm">
      <input type="hidden" name="token" value="${p.token}" />
      <div class="form-actions">
        <button class="button" type="submit">${p.ui.t('privacyRequest.confirm.button')}</button>
      </div>
    </form>
  </div>`;
  return renderLayout({ site: p.site, meta: p.meta, main, pageClass: 'page-privacy-request' });
}
