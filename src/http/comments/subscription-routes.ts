// Reply-notification links: confirm (double opt-in) and unsubscribe. Opening a link (GET) shows a
// button and changes nothing, since mail scanners prefetch links; the button POSTs. RFC 8058
// one-click clients POST to the List-Unsubscribe URL itself. A used link says it was done.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Html } from '../../views/html.ts';
import { sendHtml } from '../shared/send-html.ts';
import { hashToken } from '../../comments/signing.ts';
import {
  confirmByLink,
  confirmLinkState,
  unsubscribeByLink,
  unsubscribeLinkState,
} from '../../comments/subscription-links.ts';
import { parseRecordId } from '../../kernel/record-id.ts';
import { renderCommentActionPage, renderCommentMessagePage } from '../../views/comments/form-page.ts';
import type { SiteView } from '../../views/types.ts';
import { pageMeta } from '../shared/meta.ts';
import { queryRecord } from '../shared/params.ts';
import { unsubscribeSignature } from '../shared/comment-deps.ts';
import type { CommentRoutesContext } from './context.ts';

const CONFIRM_PATH = '/comments/subscriptions/confirm';
const UNSUBSCRIBE_PATH = '/comments/subscriptions/unsubscribe';

const TEXT = {
  invalidConfirm: [
    'Link not valid',
    'This confirmation link is not valid (or the subscription was ended).',
  ] as const,
  invalidUnsubscribe: ['Link not valid', 'This unsubscribe link is not valid.'] as const,
  confirmed: [
    'Subscription confirmed',
    'Thank you. We will email you when someone replies to your comment. Every email has a one-click unsubscribe link.',
  ] as const,
  alreadyConfirmed: [
    'Already confirmed',
    'This subscription was confirmed before: we email you when someone replies to your comment. Every email has a one-click unsubscribe link.',
  ] as const,
  unsubscribed: [
    'Unsubscribed',
    'You will not receive any more reply notifications for this comment.',
  ] as const,
  alreadyUnsubscribed: [
    'Already unsubscribed',
    'You had already unsubscribed: no more reply notifications are sent for this comment.',
  ] as const,
};

/** Registers /comments/subscriptions/confirm and /comments/subscriptions/unsubscribe. */
export function registerSubscriptionRoutes(app: FastifyInstance, ctx: CommentRoutesContext): void {
  const { feature, deps } = ctx;
  const subs = feature.subscriptions;

  const send = async (reply: FastifyReply, status: number, page: (view: SiteView) => Html) =>
    sendHtml(reply.code(status).header('Cache-Control', 'no-store'), page(await ctx.site.get()));
  const message = (reply: FastifyReply, status: number, [heading, text]: readonly [string, string]) =>
    send(reply, status, (view) =>
      renderCommentMessagePage({
        site: view,
        meta: pageMeta(view, '/comments/subscriptions', `${heading} — ${view.title}`, text, {
          noindex: true,
        }),
        heading,
        message: text,
        link: { href: '/', text: 'Go to the home page' },
      }),
    );
  const ask = (
    reply: FastifyReply,
    p: { heading: string; message: string; action: string; fields: Record<string, string>; button: string },
  ) =>
    send(reply, 200, (view) =>
      renderCommentActionPage({
        site: view,
        meta: pageMeta(view, '/comments/subscriptions', `${p.heading} — ${view.title}`, p.message, {
          noindex: true,
        }),
        ...p,
      }),
    );

  const tokenHashOf = (token: string | undefined): string | null =>
    token && token.length < 200 ? hashToken(token) : null;

  app.get(CONFIRM_PATH, async (req, reply) => {
    const token = queryRecord(req.query).token;
    const hash = tokenHashOf(token);
    const state = hash ? await confirmLinkState(subs, hash) : 'invalid';
    if (state === 'invalid') return message(reply, 404, TEXT.invalidConfirm);
    if (state === 'done') return message(reply, 200, TEXT.alreadyConfirmed);
    return ask(reply, {
      heading: 'Confirm reply notifications',
      message: 'Press the button to receive an email when someone replies to your comment.',
      action: CONFIRM_PATH,
      fields: { token: token! },
      button: 'Confirm',
    });
  });

  app.post(CONFIRM_PATH, async (req, reply) => {
    const hash = tokenHashOf(queryRecord(req.body).token);
    const outcome = hash ? await confirmByLink(subs, hash, deps.clock.now()) : 'invalid';
    if (outcome === 'invalid') return message(reply, 404, TEXT.invalidConfirm);
    return message(reply, 200, outcome === 'confirmed' ? TEXT.confirmed : TEXT.alreadyConfirmed);
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
    if (id === null) return message(reply, 404, TEXT.invalidUnsubscribe);
    if ((await unsubscribeLinkState(subs, id)) === 'done')
      return message(reply, 200, TEXT.alreadyUnsubscribed);
    return ask(reply, {
      heading: 'Stop reply notifications',
      message: 'Press the button to stop the emails about replies to your comment.',
      action: `${UNSUBSCRIBE_PATH}?${new URLSearchParams({ s: String(id), sig: q.sig! }).toString()}`,
      fields: {},
      button: 'Unsubscribe',
    });
  });

  // The page's button and RFC 8058 one-click clients (body List-Unsubscribe=One-Click) alike.
  app.post(UNSUBSCRIBE_PATH, async (req, reply) => {
    const id = signedId(queryRecord(req.query));
    if (id === null) return message(reply, 404, TEXT.invalidUnsubscribe);
    const outcome = await unsubscribeByLink(subs, id);
    return message(reply, 200, outcome === 'unsubscribed' ? TEXT.unsubscribed : TEXT.alreadyUnsubscribed);
  });
}
