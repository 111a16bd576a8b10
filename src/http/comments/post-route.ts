// POST /article/:slug/comments: the "Leave a Reply" form. Success redirects to the comment
// (303); every rejection re-renders the form with the reader's text and a named problem.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { articlePath, type Article } from '../../content/article.ts';
import type { Comment } from '../../comments/comment.ts';
import type { CommentFormValues, FieldErrors } from '../../comments/comment-input.ts';
import { parseCommentForm } from '../../comments/comment-input.ts';
import { postComment } from '../../comments/post-comment.ts';
import { pageOfComment } from '../../comments/thread-page.ts';
import { parseRecordId } from '../../kernel/record-id.ts';
import { renderCommentFormPage } from '../../views/comments/form-page.ts';
import type { FormNotice } from '../../views/comments/types.ts';
import { AppError } from '../../kernel/app-error.ts';
import { translatorFor } from '../../i18n/index.ts';
import { storageFailure } from '../../db/storage-errors.ts';
import { STORAGE_RETRY_AFTER_SECONDS } from '../errors.ts';
import { pageMeta } from '../shared/meta.ts';
import { slugParam } from '../shared/params.ts';
import { sendHtml } from '../shared/send-html.ts';
import type { CommentRoutesContext } from './context.ts';
import { parseCookies, pendingCookie, pendingPassOf, rememberCookie } from './cookies.ts';
import { issueFormToken, readFormEvidence } from './form-token.ts';

/** Registers the comment form's POST route. */
export function registerPostRoute(app: FastifyInstance, ctx: CommentRoutesContext): void {
  const { deps, feature } = ctx;

  const rerender = async (
    reply: FastifyReply,
    status: number,
    article: Article,
    values: CommentFormValues,
    errors: FieldErrors,
    notice?: FormNotice,
  ) => {
    const [view, settings] = await Promise.all([ctx.site.get(), feature.settings()]);
    const path = articlePath(article);
    const parentId = parseRecordId(values.parentId);
    const parent = parentId === null ? null : await feature.comments.findById(parentId);
    const replyTo =
      parent && parent.articleId === article.id && parent.status === 'approved'
        ? { id: parent.id, authorName: parent.authorName }
        : null;
    const body = renderCommentFormPage({
      site: view,
      meta: pageMeta(
        view,
        `${path}/comments`,
        translatorFor(article.language, view.language).t('commentPage.title', {
          article: article.title,
          site: view.title,
        }),
        '',
        { noindex: true, language: article.language },
      ),
      articleTitle: article.title,
      articleLanguage: article.language,
      form: {
        action: `${path}/comments`,
        articlePath: path,
        replyTo,
        state: { values, errors, ...(notice ? { notice } : {}) },
        privacyUrl: '/privacy',
        replyNotifications: settings.replyNotifications,
        formToken: issueFormToken(feature.secret, deps.clock.now()),
      },
    });
    return sendHtml(reply.code(status).header('Cache-Control', 'no-store'), body);
  };

  // Which page of the thread shows this comment (its top-level ancestor's page).
  // A held comment is placed as its author will see it (approved ones plus their own).
  const pageOf = async (article: Article, comment: Comment): Promise<number> => {
    const settings = await feature.settings();
    const outline = await feature.comments.listApprovedOutline(article.id);
    if (comment.status !== 'approved')
      outline.push({ id: comment.id, parentId: comment.parentId, createdAt: comment.createdAt });
    return pageOfComment(outline, settings, comment.id);
  };

  app.post<{ Params: { slug: string } }>(
    '/article/:slug/comments',
    async (req: FastifyRequest<{ Params: { slug: string } }>, reply) => {
      const slug = slugParam(req.params.slug);
      const article = await deps.articles.findPublishedBySlug('post', slug, deps.clock.now());
      // A page opened before its slug changed posts to the old address: 308 sends the text on.
      if (!article) {
        const moved = await deps.articleIdentity.movedSlug('post', slug, deps.clock.now());
        if (moved) return reply.redirect(`${articlePath({ kind: 'post', slug: moved })}/comments`, 308);
        throw new AppError('NOT_FOUND', 'That article does not exist (or is no longer published).');
      }
      const parsed = parseCommentForm(req.body);
      if (!parsed.ok) return rerender(reply, 422, article, parsed.values, parsed.errors);

      const settings = await feature.settings();
      const values = parsed.values;
      let outcome;
      try {
        outcome = await postComment(await ctx.postDeps(), settings, article, parsed.form, {
          ip: req.ip ?? null,
          userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : null,
          form: readFormEvidence(req.body, feature.secret, deps.clock.now()),
        });
      } catch (err) {
        // A full disk or a lost database: the reader keeps the text and is asked to send it again.
        const failure = storageFailure(err);
        if (!failure) throw err;
        req.log.error(
          { err, storage: failure.code },
          'comment not stored: the database cannot store anything',
        );
        void reply.header('Retry-After', String(STORAGE_RETRY_AFTER_SECONDS));
        return rerender(
          reply,
          503,
          article,
          values,
          {},
          { kind: 'error', message: 'commentForm.notice.storage' },
        );
      }
      switch (outcome.kind) {
        case 'closed':
          return rerender(
            reply,
            403,
            article,
            values,
            {},
            {
              kind: 'error',
              message: 'commentForm.notice.closed',
            },
          );
        case 'bad-parent':
          return rerender(
            reply,
            422,
            article,
            { ...values, parentId: '' },
            {},
            {
              kind: 'error',
              message: 'commentForm.notice.badParent',
            },
          );
        case 'flood':
          void reply.header('Retry-After', String(outcome.retryAfterSeconds));
          return rerender(
            reply,
            429,
            article,
            values,
            {},
            {
              kind: 'error',
              message: 'commentForm.notice.flood',
              values: { seconds: outcome.retryAfterSeconds },
            },
          );
        case 'duplicate':
          return rerender(
            reply,
            409,
            article,
            values,
            {},
            {
              kind: 'error',
              message: 'commentForm.notice.duplicate',
            },
          );
        case 'discarded':
          // Blatant spam is not stored, but the sender sees the usual "held" notice: an error
          // would teach spammers what the filter looks for.
          return rerender(
            reply,
            200,
            article,
            values,
            {},
            { kind: 'info', message: 'commentForm.notice.held' },
          );
        case 'posted':
          break;
      }
      const { comment } = outcome;
      const now = deps.clock.now();
      const cookies = [
        rememberCookie(
          values.remember
            ? { author: parsed.form.author, email: parsed.form.email, url: parsed.form.url }
            : null,
          ctx.secure,
        ),
      ];
      if (comment.status !== 'approved') {
        const pass = pendingPassOf(parseCookies(req.headers.cookie), feature.secret, now);
        cookies.push(pendingCookie(pass, comment.id, feature.secret, now, ctx.secure));
      }
      void reply.header('Set-Cookie', cookies);
      const path = articlePath(article);
      const page = await pageOf(article, comment);
      return reply.redirect(`${path}${page > 1 ? `?cpage=${page}` : ''}#comment-${comment.id}`, 303);
    },
  );
}
