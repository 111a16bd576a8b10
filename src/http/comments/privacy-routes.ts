// The privacy page's requests: POST an email (→ confirmation mail), then the emailed link
// shows a button (so mail scanners that prefetch links cannot trigger anything) which
// downloads the JSON export or erases the data.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { html } from '../../views/html.ts';
import { sendHtml } from '../shared/send-html.ts';
import { z } from 'zod';
import {
  confirmPrivacyRequest,
  privacyLinkState,
  requestPrivacyAction,
} from '../../comments/privacy-service.ts';
import { PRIVACY_LINK_HOURS } from '../../comments/privacy.ts';
import { type Translator, translatorFor } from '../../i18n/index.ts';
import { renderLayout } from '../../views/layout.ts';
import { renderCommentMessagePage } from '../../views/comments/form-page.ts';
import {
  linkPageTitle,
  type PrivacyNotice,
  privacyWords,
  renderPrivacyConfirmPage,
} from '../../views/comments/link-pages.ts';
import { renderPrivacyExtras } from '../../views/comments/privacy-forms.ts';
import type { SiteView } from '../../views/types.ts';
import { pageMeta } from '../shared/meta.ts';
import { queryRecord } from '../shared/params.ts';
import type { CommentRoutesContext } from './context.ts';

const requestSchema = z.object({
  email: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : ''),
    z.string().min(1, 'required').max(254, 'invalid').pipe(z.email('invalid')),
  ),
  kind: z.enum(['export', 'erase']).catch('export'),
  removeText: z.preprocess((v) => v === 'on', z.boolean()),
});

/** The privacy statement and forms for the static /privacy page (AppDeps.staticPageExtras). */
export function privacyPageExtras(
  ctx: Pick<CommentRoutesContext, 'feature'> & { spamUpstreamHost: string | null },
) {
  return async (slug: string) => {
    if (slug !== 'privacy') return null;
    const [s, site] = await Promise.all([ctx.feature.settings(), ctx.feature.site()]);
    return {
      html: renderPrivacyExtras({
        language: site.language,
        ipRetentionDays: s.ipRetentionDays,
        holdFirstTime: s.holdFirstTime,
        replyNotifications: s.replyNotifications,
        spamUpstreamHost: ctx.spamUpstreamHost,
      }),
      deps: ['settings'],
    };
  };
}

/** The site's view and a translator in its language. */
async function siteWords(ctx: CommentRoutesContext): Promise<{ view: SiteView; ui: Translator }> {
  const view = await ctx.site.get();
  return { view, ui: translatorFor(view.language) };
}

const metaOf = (view: SiteView, ui: Translator, title: string, description: string) =>
  pageMeta(view, '/privacy', linkPageTitle(ui, title, view), description, { noindex: true });

/** A page that says what became of a request or a link, with a way back to the privacy page. */
async function sendMessage(
  ctx: CommentRoutesContext,
  reply: FastifyReply,
  status: number,
  notice: PrivacyNotice,
) {
  const { view, ui } = await siteWords(ctx);
  const words = privacyWords(ui, notice);
  return sendHtml(
    reply.code(status).header('Cache-Control', 'no-store'),
    renderCommentMessagePage({
      site: view,
      meta: metaOf(view, ui, words.heading, words.message),
      ...words,
      link: { href: '/privacy', text: ui.t('privacyRequest.back') },
    }),
  );
}

/** The request form again (422), with the address the reader typed and what is wrong with it. */
async function sendRequestFormAgain(
  ctx: CommentRoutesContext,
  reply: FastifyReply,
  typed: string,
  error: 'required' | 'invalid',
) {
  const [s, { view, ui }] = await Promise.all([ctx.feature.settings(), siteWords(ctx)]);
  const title = ui.t('privacyRequest.title');
  return sendHtml(
    reply.code(422).header('Cache-Control', 'no-store'),
    renderLayout({
      site: view,
      meta: metaOf(view, ui, title, title),
      main: html`<div class="article article--page">
        <h1 class="page-title">${ui.t('privacy.heading')}</h1>
        ${renderPrivacyExtras({
          language: view.language,
          ipRetentionDays: s.ipRetentionDays,
          holdFirstTime: s.holdFirstTime,
          replyNotifications: s.replyNotifications,
          spamUpstreamHost: ctx.deps.spam?.upstreamHost ?? null,
          email: typed,
          error,
          notSent: true,
        })}
      </div>`,
      pageClass: 'page-privacy-request',
    }),
  );
}

/**
 * Registers /privacy/requests and /privacy/confirm. Their pages speak the site's language: the
 * language of the privacy page the request was made on, and of the mail that carried the link.
 */
export function registerPrivacyRoutes(app: FastifyInstance, ctx: CommentRoutesContext): void {
  app.post('/privacy/requests', async (req, reply) => {
    const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
    const parsed = requestSchema.safeParse(body);
    if (!parsed.success)
      return sendRequestFormAgain(
        ctx,
        reply,
        typeof body.email === 'string' ? body.email.slice(0, 300) : '',
        parsed.error.issues[0]?.message === 'required' ? 'required' : 'invalid',
      );
    await requestPrivacyAction(await ctx.privacyDeps(), parsed.data.email, parsed.data.kind, {
      removeText: parsed.data.removeText,
    });
    // The same answer whether or not the address has comments here.
    return sendMessage(ctx, reply, 200, { kind: 'sent', validHours: PRIVACY_LINK_HOURS });
  });

  app.get('/privacy/confirm', async (req, reply) => {
    const token = (queryRecord(req.query).token ?? '').slice(0, 200);
    const state = token ? await privacyLinkState(await ctx.privacyDeps(), token) : 'invalid';
    if (state === 'invalid') return sendMessage(ctx, reply, 404, { kind: 'invalid' });
    if (state === 'done') return sendMessage(ctx, reply, 200, { kind: 'done' });
    const { view, ui } = await siteWords(ctx);
    const heading = ui.t('privacyRequest.confirm.heading');
    return sendHtml(
      reply.code(200).header('Cache-Control', 'no-store'),
      renderPrivacyConfirmPage({
        site: view,
        meta: metaOf(view, ui, heading, ui.t('privacyRequest.confirm.text')),
        ui,
        token,
      }),
    );
  });

  app.post('/privacy/confirm', async (req, reply) => {
    const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
    const token = typeof body.token === 'string' ? body.token.slice(0, 200) : '';
    const outcome = token
      ? await confirmPrivacyRequest(await ctx.privacyDeps(), token)
      : { kind: 'invalid' as const };
    if (outcome.kind === 'invalid') return sendMessage(ctx, reply, 404, { kind: 'invalid' });
    if (outcome.kind === 'done') return sendMessage(ctx, reply, 200, { kind: 'done' });
    if (outcome.kind === 'export') {
      return reply
        .header('Cache-Control', 'no-store')
        .header('Content-Disposition', 'attachment; filename="comment-data.json"')
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(outcome.data, null, 2));
    }
    return sendMessage(ctx, reply, 200, { kind: 'erased', count: outcome.count });
  });
}
