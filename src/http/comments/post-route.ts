// POST /article/:slug/comments: the "Leave a Reply" form. The route reads the request, hands it to
// the submitComment use case and answers its outcome: a stored comment redirects to itself (303);
// every refusal re-renders the form with the reader's text and a named problem.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { articlePath, type Article } from '../../content/article.ts';
import type { CommentFormValues, FieldErrors } from '../../comments/comment-input.ts';
import { type Refusal, submitComment, type SubmitOutcome } from '../../comments/submit-comment.ts';
import { parseRecordId } from '../../kernel/record-id.ts';
import { renderCommentFormPage } from '../../views/comments/form-page.ts';
import type { FormNotice } from '../../views/comments/types.ts';
import { AppError } from '../../kernel/app-error.ts';
import { translatorFor } from '../../i18n/index.ts';
import { STORAGE_RETRY_AFTER_SECONDS } from '../errors.ts';
import { pageMeta } from '../shared/meta.ts';
import { slugParam } from '../shared/params.ts';
import { sendHtml } from '../shared/send-html.ts';
import type { CommentRoutesContext } from './context.ts';
import { parseCookies, pendingCookie, pendingPassOf, rememberCookie } from './cookies.ts';
import { issueFormToken, readFormEvidence } from './form-token.ts';

/** The form again, as the reader sent it, with what went wrong. */
interface FormAgain {
  status: number;
  article: Article;
  values: CommentFormValues;
  errors?: FieldErrors;
  notice?: FormNotice;
}

/** Registers the comment form's POST route. */
export function registerPostRoute(app: FastifyInstance, ctx: CommentRoutesContext): void {
  const { deps, feature } = ctx;
  app.post<{ Params: { slug: string } }>(
    '/article/:slug/comments',
    async (req: FastifyRequest<{ Params: { slug: string } }>, reply) => {
      const outcome = await submitComment(ctx.submitDeps, {
        slug: slugParam(req.params.slug),
        body: req.body,
        facts: {
          ip: req.ip ?? null,
          userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : null,
          form: readFormEvidence(req.body, feature.secret, deps.clock.now()),
        },
      });
      switch (outcome.kind) {
        case 'no-article':
          throw new AppError('NOT_FOUND', 'That article does not exist (or is no longer published).');
        case 'moved':
          // 308 keeps the method and body: the reader's text goes on to the new address.
          return reply.redirect(`${articlePath({ kind: 'post', slug: outcome.slug })}/comments`, 308);
        case 'refused':
          if (outcome.refusal.reason === 'flood')
            void reply.header('Retry-After', String(outcome.refusal.retryAfterSeconds));
          return renderForm(ctx, reply, { ...outcome, ...refusalForm(outcome.refusal) });
        case 'discarded':
          // Blatant spam is not stored, but the sender sees the usual "held" notice: an error
          // would teach spammers what the filter looks for.
          return renderForm(ctx, reply, {
            ...outcome,
            status: 200,
            notice: { kind: 'info', message: 'commentForm.notice.held' },
          });
        case 'unavailable':
          req.log.error(
            { err: outcome.cause, storage: outcome.failure.code },
            'comment not stored: the database cannot store anything',
          );
          void reply.header('Retry-After', String(STORAGE_RETRY_AFTER_SECONDS));
          return renderForm(ctx, reply, {
            ...outcome,
            status: 503,
            notice: { kind: 'error', message: 'commentForm.notice.storage' },
          });
        case 'accepted':
        case 'held':
          return redirectToComment(ctx, req, reply, outcome);
      }
    },
  );
}

/** The status, field errors and notice the form shows for a refusal. */
function refusalForm(refusal: Refusal): Pick<FormAgain, 'status' | 'errors' | 'notice'> {
  const error = (message: FormNotice['message'], values?: FormNotice['values']): FormNotice => ({
    kind: 'error',
    message,
    ...(values ? { values } : {}),
  });
  switch (refusal.reason) {
    case 'invalid':
      return { status: 422, errors: refusal.errors };
    case 'closed':
      return { status: 403, notice: error('commentForm.notice.closed') };
    case 'bad-parent':
      return { status: 422, notice: error('commentForm.notice.badParent') };
    case 'flood':
      return {
        status: 429,
        notice: error('commentForm.notice.flood', { seconds: refusal.retryAfterSeconds }),
      };
    case 'duplicate':
      return { status: 409, notice: error('commentForm.notice.duplicate') };
  }
}

/** A stored comment: remember the author if asked, let them see it while held, and go to it. */
function redirectToComment(
  ctx: CommentRoutesContext,
  req: FastifyRequest,
  reply: FastifyReply,
  outcome: Extract<SubmitOutcome, { kind: 'accepted' | 'held' }>,
): FastifyReply {
  const { comment, page } = outcome;
  const { secret } = ctx.feature;
  const cookies = [rememberCookie(outcome.remember, ctx.secure)];
  if (outcome.kind === 'held') {
    const now = ctx.deps.clock.now();
    const pass = pendingPassOf(parseCookies(req.headers.cookie), secret, now);
    cookies.push(pendingCookie(pass, comment.id, secret, now, ctx.secure));
  }
  void reply.header('Set-Cookie', cookies);
  const path = articlePath(outcome.article);
  return reply.redirect(`${path}${page > 1 ? `?cpage=${page}` : ''}#comment-${comment.id}`, 303);
}

/** Sends the comment form page again with the reader's words (never cached). */
async function renderForm(
  ctx: CommentRoutesContext,
  reply: FastifyReply,
  { status, article, values, errors = {}, notice }: FormAgain,
): Promise<FastifyReply> {
  const { feature } = ctx;
  const [view, settings] = await Promise.all([ctx.site.get(), feature.settings()]);
  const path = articlePath(article);
  const parentId = parseRecordId(values.parentId);
  const parent = parentId === null ? null : await feature.comments.findById(parentId);
  const replyTo =
    parent && parent.articleId === article.id && parent.status === 'approved'
      ? { id: parent.id, authorName: parent.authorName }
      : null;
  const title = translatorFor(article.language, view.language).t('commentPage.title', {
    article: article.title,
    site: view.title,
  });
  const body = renderCommentFormPage({
    site: view,
    meta: pageMeta(view, `${path}/comments`, title, '', { noindex: true, language: article.language }),
    articleTitle: article.title,
    articleLanguage: article.language,
    form: {
      action: `${path}/comments`,
      articlePath: path,
      replyTo,
      state: { values, errors, ...(notice ? { notice } : {}) },
      privacyUrl: '/privacy',
      replyNotifications: settings.replyNotifications,
      formToken: issueFormToken(feature.secret, ctx.deps.clock.now()),
    },
  });
  return sendHtml(reply.code(status).header('Cache-Control', 'no-store'), body);
}
