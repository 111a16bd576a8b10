// Reply-notification links: confirm (double opt-in) and one-click unsubscribe (GET from the
// mail body, POST from List-Unsubscribe-Post clients, RFC 8058).
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { hashToken } from '../../comments/signing.ts';
import { parseRecordId } from '../../kernel/record-id.ts';
import { renderCommentMessagePage } from '../../views/comments/form-page.ts';
import { pageMeta } from '../public/meta.ts';
import { queryRecord } from '../public/params.ts';
import { type CommentRoutesContext, unsubscribeSignature } from './context.ts';

/** Registers /comments/subscriptions/confirm and /comments/subscriptions/unsubscribe. */
export function registerSubscriptionRoutes(app: FastifyInstance, ctx: CommentRoutesContext): void {
  const { feature, deps } = ctx;

  const message = async (reply: FastifyReply, status: number, heading: string, text: string) => {
    const view = await ctx.site.get();
    return reply
      .code(status)
      .header('Cache-Control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(
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
  };

  app.get('/comments/subscriptions/confirm', async (req, reply) => {
    const token = queryRecord(req.query).token ?? '';
    const sub =
      token.length > 0 && token.length < 200
        ? await feature.subscriptions.findByToken(hashToken(token))
        : null;
    if (!sub || sub.unsubscribedAt)
      return message(
        reply,
        404,
        'Link not valid',
        'This confirmation link is not valid (or the subscription was ended).',
      );
    await feature.subscriptions.confirm(sub.id, deps.clock.now());
    return message(
      reply,
      200,
      'Subscription confirmed',
      'Thank you. We will email you when someone replies to your comment. Every email has a one-click unsubscribe link.',
    );
  });

  const unsubscribe = async (query: unknown, reply: FastifyReply) => {
    const q = queryRecord(query);
    const id = parseRecordId(q.s);
    const given = Buffer.from(q.sig ?? '');
    const expected = id === null ? null : Buffer.from(unsubscribeSignature(feature.secret, id));
    if (id === null || !expected || expected.length !== given.length || !timingSafeEqual(expected, given))
      return message(reply, 404, 'Link not valid', 'This unsubscribe link is not valid.');
    await feature.subscriptions.unsubscribe(id, deps.clock.now());
    return message(
      reply,
      200,
      'Unsubscribed',
      'You will not receive any more reply notifications for this comment.',
    );
  };
  app.get('/comments/subscriptions/unsubscribe', (req, reply) => unsubscribe(req.query, reply));
  app.post('/comments/subscriptions/unsubscribe', (req, reply) => unsubscribe(req.query, reply));
}
