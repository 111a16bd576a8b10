// Reply-notification links: confirm (double opt-in) and unsubscribe. Opening a link (GET) shows a
// button and changes nothing, since mail scanners prefetch links; the button POSTs. RFC 8058
// one-click clients POST to the List-Unsubscribe URL itself. A used link says it was done.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendHtml } from '../shared/send-html.ts';
import { hashToken } from '../../comments/signing.ts';
import {
  confirmByLink,
  confirmLinkState,
  subscriptionLanguage,
  unsubscribeByLink,
  unsubscribeLinkState,
} from '../../comments/subscription-links.ts';
import { resolveCatalogLocale, shippedLocales, type Translator, translatorFor } from '../../i18n/index.ts';
import { parseRecordId } from '../../kernel/record-id.ts';
import { renderCommentActionPage, renderCommentMessagePage } from '../../views/comments/form-page.ts';
import {
  linkPageTitle,
  type PageWords,
  subscriptionAskWords,
  type SubscriptionNotice,
  subscriptionWords,
} from '../../views/comments/link-pages.ts';
import type { SiteView } from '../../views/types.ts';
import { pageMeta } from '../shared/meta.ts';
import { queryRecord } from '../shared/params.ts';
import { unsubscribeSignature } from '../shared/comment-deps.ts';
import type { CommentRoutesContext } from './context.ts';

const CONFIRM_PATH = '/comments/subscriptions/confirm';
const UNSUBSCRIBE_PATH = '/comments/subscriptions/unsubscribe';

/**
 * The language an unsubscribe link's `lang` names (the mail's: its article's language), when it
 * is a well-formed tag of a shipped language; else null. It is not signed, as it only chooses
 * the language of the page, never what the link does.
 */
export function linkLanguage(tag: string | undefined): string | null {
  if (!tag || tag.length > 35) return null;
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
  } catch {
    return null;
  }
  return canonical && resolveCatalogLocale(canonical, shippedLocales()) ? canonical : null;
}

/**
 * Registers /comments/subscriptions/confirm and /comments/subscriptions/unsubscribe. Their pages
 * speak the language of the article the subscription's comment is on, as its mail did; once an
 * unsubscribed subscription is gone, the language its link carries (`lang`, the mail's), and the
 * site's for a link without one (mail sent before links carried it).
 */
export function registerSubscriptionRoutes(app: FastifyInstance, ctx: CommentRoutesContext): void {
  const { feature, deps } = ctx;
  const subs = feature.subscriptions;
  const languageOf = (ref: { tokenHash: string } | { id: number }) =>
    subscriptionLanguage({ subscriptions: subs, comments: feature.comments, articles: deps.articles }, ref);

  const translator = async (language: string | null) => {
    const view = await ctx.site.get();
    return { view, ui: translatorFor(language ?? view.language, view.language) };
  };
  const metaOf = (view: SiteView, ui: Translator, words: PageWords) =>
    pageMeta(view, '/comments/subscriptions', linkPageTitle(ui, words.heading, view), words.message, {
      noindex: true,
      language: ui.lang,
    });
  const message = async (
    reply: FastifyReply,
    status: number,
    language: string | null,
    notice: SubscriptionNotice,
  ) => {
    const { view, ui } = await translator(language);
    const words = subscriptionWords(ui, notice);
    return sendHtml(
      reply.code(status).header('Cache-Control', 'no-store'),
      renderCommentMessagePage({
        site: view,
        meta: metaOf(view, ui, words),
        ...words,
        link: { href: '/', text: ui.t('subscription.home') },
      }),
    );
  };
  const ask = async (
    reply: FastifyReply,
    language: string | null,
    p: { kind: 'confirm' | 'unsubscribe'; action: string; fields: Record<string, string> },
  ) => {
    const { view, ui } = await translator(language);
    const words = subscriptionAskWords(ui, p.kind);
    return sendHtml(
      reply.code(200).header('Cache-Control', 'no-store'),
      renderCommentActionPage({ site: view, meta: metaOf(view, ui, words), ...words, ...p }),
    );
  };

  const tokenHashOf = (token: string | undefined): string | null =>
    token && token.length < 200 ? hashToken(token) : null;

  app.get(CONFIRM_PATH, async (req, reply) => {
    const token = queryRecord(req.query).token;
    const hash = tokenHashOf(token);
    const state = hash ? await confirmLinkState(subs, hash) : 'invalid';
    const language = hash ? await languageOf({ tokenHash: hash }) : null;
    if (state === 'invalid') return message(reply, 404, language, 'invalidConfirm');
    if (state === 'done') return message(reply, 200, language, 'alreadyConfirmed');
    return ask(reply, language, { kind: 'confirm', action: CONFIRM_PATH, fields: { token: token! } });
  });

  app.post(CONFIRM_PATH, async (req, reply) => {
    const hash = tokenHashOf(queryRecord(req.body).token);
    const outcome = hash ? await confirmByLink(subs, hash, deps.clock.now()) : 'invalid';
    const language = hash ? await languageOf({ tokenHash: hash }) : null;
    if (outcome === 'invalid') return message(reply, 404, language, 'invalidConfirm');
    return message(reply, 200, language, outcome === 'confirmed' ? 'confirmed' : 'alreadyConfirmed');
  });

  /** The subscription a signed link names, or null when the signature is wrong. */
  const signedId = (q: Record<string, string>): number | null => {
    const id = parseRecordId(q.s);
    if (id === null) return null;
    const given = Buffer.from(q.sig ?? '');
    const expected = Buffer.from(unsubscribeSignature(feature.secret, id));
    return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
  };

  app.get(UNSUBSCRIBE_PATH, async (req, reply) => {
    const q = queryRecord(req.query);
    const id = signedId(q);
    if (id === null) return message(reply, 404, null, 'invalidUnsubscribe');
    const mailLanguage = linkLanguage(q.lang);
    const language = (await languageOf({ id })) ?? mailLanguage;
    if ((await unsubscribeLinkState(subs, id)) === 'done')
      return message(reply, 200, language, 'alreadyUnsubscribed');
    const action = new URLSearchParams({ s: String(id), sig: q.sig! });
    if (mailLanguage) action.set('lang', mailLanguage);
    return ask(reply, language, {
      kind: 'unsubscribe',
      action: `${UNSUBSCRIBE_PATH}?${action.toString()}`,
      fields: {},
    });
  });

  // The page's button and RFC 8058 one-click clients (body List-Unsubscribe=One-Click) alike.
  app.post(UNSUBSCRIBE_PATH, async (req, reply) => {
    const q = queryRecord(req.query);
    const id = signedId(q);
    if (id === null) return message(reply, 404, null, 'invalidUnsubscribe');
    // Read before unsubscribing: an ended subscription is deleted (a used link then has `lang`).
    const language = (await languageOf({ id })) ?? linkLanguage(q.lang);
    const outcome = await unsubscribeByLink(subs, id);
    return message(reply, 200, language, outcome === 'unsubscribed' ? 'unsubscribed' : 'alreadyUnsubscribed');
  });
}
