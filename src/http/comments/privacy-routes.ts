// The privacy page's requests: POST an email (→ confirmation mail), then the emailed link
// shows a button (so mail scanners that prefetch links cannot trigger anything) which
// downloads the JSON export or erases the data.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { type Html, html } from '../../views/html.ts';
import { sendHtml } from '../shared/send-html.ts';
import { z } from 'zod';
import {
  confirmPrivacyRequest,
  privacyLinkState,
  requestPrivacyAction,
} from '../../comments/privacy-service.ts';
import { translatorFor } from '../../i18n/index.ts';
import { renderLayout } from '../../views/layout.ts';
import { renderCommentMessagePage } from '../../views/comments/form-page.ts';
import { renderPrivacyExtras } from '../../views/comments/privacy-forms.ts';
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

/** Registers /privacy/requests and /privacy/confirm. */
export function registerPrivacyRoutes(app: FastifyInstance, ctx: CommentRoutesContext): void {
  const page = async (reply: FastifyReply, status: number, title: string, main: Html) => {
    const view = await ctx.site.get();
    return sendHtml(
      reply.code(status).header('Cache-Control', 'no-store'),
      renderLayout({
        site: view,
        meta: pageMeta(view, '/privacy', `${title} — ${view.title}`, title, { noindex: true }),
        main,
        pageClass: 'page-privacy-request',
      }),
    );
  };
  const message = async (reply: FastifyReply, status: number, heading: string, text: string) => {
    const view = await ctx.site.get();
    return sendHtml(
      reply.code(status).header('Cache-Control', 'no-store'),
      renderCommentMessagePage({
        site: view,
        meta: pageMeta(view, '/privacy', `${heading} — ${view.title}`, text, { noindex: true }),
        heading,
        message: text,
        link: { href: '/privacy', text: 'Back to the privacy page' },
      }),
    );
  };

  app.post('/privacy/requests', async (req, reply) => {
    const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
    const parsed = requestSchema.safeParse(body);
    if (!parsed.success) {
      const [s, site] = await Promise.all([ctx.feature.settings(), ctx.feature.site()]);
      const typed = typeof body.email === 'string' ? body.email.slice(0, 300) : '';
      return page(
        reply,
        422,
        'Privacy request',
        html`<div class="article article--page">
          <h1 class="page-title">${translatorFor(site.language).t('privacy.heading')}</h1>
          ${renderPrivacyExtras({
            language: site.language,
            ipRetentionDays: s.ipRetentionDays,
            holdFirstTime: s.holdFirstTime,
            replyNotifications: s.replyNotifications,
            spamUpstreamHost: ctx.deps.spam?.upstreamHost ?? null,
            email: typed,
            error: parsed.error.issues[0]?.message === 'required' ? 'required' : 'invalid',
            notSent: true,
          })}
        </div>`,
      );
    }
    await requestPrivacyAction(await ctx.privacyDeps(), parsed.data.email, parsed.data.kind, {
      removeText: parsed.data.removeText,
    });
    // The same answer whether or not the address has comments here.
    return message(
      reply,
      200,
      'Check your inbox',
      'If we hold comment data for that address, you will receive an email with a confirmation link. It is valid for 24 hours.',
    );
  });

  const alreadyDone = (reply: FastifyReply) =>
    message(
      reply,
      200,
      'Already done',
      'This erasure was carried out when the link was first used: nothing is left to erase.',
    );

  app.get('/privacy/confirm', async (req, reply) => {
    const token = queryRecord(req.query).token ?? '';
    const state = token ? await privacyLinkState(await ctx.privacyDeps(), token.slice(0, 200)) : 'invalid';
    if (state === 'invalid')
      return message(
        reply,
        404,
        'Link not valid',
        'This link is not valid or has expired. You can send a new request from the privacy page.',
      );
    if (state === 'done') return alreadyDone(reply);
    return page(
      reply,
      200,
      'Confirm your request',
      html`<div class="article article--page">
        <h1 class="page-title">Confirm your request</h1>
        <p>Press the button to carry out your request about your comment data.</p>
        <form method="post" action="/privacy/confirm">
          <input type="hidden" name="token" value="${token.slice(0, 200)}" />
          <div class="form-actions"><button class="button" type="submit">Confirm</button></div>
        </form>
      </div>`,
    );
  });

  app.post('/privacy/confirm', async (req, reply) => {
    const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
    const token = typeof body.token === 'string' ? body.token.slice(0, 200) : '';
    const outcome = token
      ? await confirmPrivacyRequest(await ctx.privacyDeps(), token)
      : { kind: 'invalid' as const };
    if (outcome.kind === 'invalid')
      return message(
        reply,
        404,
        'Link not valid',
        'This link is not valid or has expired. You can send a new request from the privacy page.',
      );
    if (outcome.kind === 'done') return alreadyDone(reply);
    if (outcome.kind === 'export') {
      return reply
        .header('Cache-Control', 'no-store')
        .header('Content-Disposition', 'attachment; filename="comment-data.json"')
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(outcome.data, null, 2));
    }
    return message(
      reply,
      200,
      'Your data was erased',
      `${outcome.count} comment${outcome.count === 1 ? ' was' : 's were'} anonymised: name, email address, website, IP address and user agent were removed.`,
    );
  });
}
