// The console's per-comment pages and tools: one comment (reply, edit, history, commenter), the
// privacy export/erasure and the mail outbox. Editors and owners see every comment; authors
// their posts'.
import { parseForm } from '../forms.ts';
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { articlePath } from '../../../content/article.ts';
import { editComment } from '../../../comments/moderate-comment.ts';
import { replyAsModerator } from '../../../comments/moderator-reply.ts';
import { canModerate } from '../../../comments/moderation.ts';
import { eraseCommentData, exportCommentData } from '../../../comments/privacy-service.ts';
import { renderCommentDetail, renderOutboxPage } from '../../../views/admin/comments/detail-page.ts';
import { verdictView } from '../../../views/admin/comments/spam-verdict.ts';
import { AppError } from '../../../kernel/app-error.ts';
import { commentUseCaseDeps } from '../../shared/comment-deps.ts';
import { recordIdParam } from '../../shared/record-id-param.ts';
import type { AdminDeps } from '../context.ts';
import { currentUser, requirePermission } from '../guards.ts';
import { redirectAfterPost, sendAdminPage, setFlash } from '../render.ts';
import { formValue } from './comment-decisions.ts';
import { siteTimeFormatter } from './editor-support.ts';

type Guard = { preHandler: preHandlerAsyncHookHandler };

/** Registers /comments/:id and its forms, /comments/privacy and /comments/outbox. */
export function registerCommentPageRoutes(app: FastifyInstance, deps: AdminDeps, guard: Guard): void {
  registerCommentDetail(app, deps, guard);
  registerCommentForms(app, deps, guard);
  registerPrivacyAndOutbox(app, deps);
}

/** The comment `idText` with its article and the signed-in user, who must be allowed to moderate it. */
async function loadForModerator(deps: AdminDeps, request: FastifyRequest, idText: string) {
  const comment = await deps.comments.comments.findById(
    recordIdParam(idText, 'That comment does not exist.'),
  );
  if (!comment) throw new AppError('NOT_FOUND', 'That comment does not exist.');
  const article = await deps.articles.findById(comment.articleId);
  if (!article) throw new AppError('NOT_FOUND', 'That comment’s article does not exist.');
  const user = currentUser(request);
  if (!canModerate(user, { authorId: article.author.id }))
    throw new AppError('FORBIDDEN', 'You can only moderate comments on your own posts.');
  return { comment, article, user };
}

/** One comment's page: its text, history, commenter and spam verdict. */
function registerCommentDetail(app: FastifyInstance, deps: AdminDeps, guard: Guard): void {
  const feature = deps.comments;
  app.get<{ Params: { id: string } }>('/comments/:id', guard, async (request, reply) => {
    const { comment, article } = await loadForModerator(deps, request, request.params.id);
    const [history, commenter, verdicts] = await Promise.all([
      feature.moderation.history(comment.id),
      feature.moderation.commenter(comment.authorEmail),
      deps.spam.verdicts.findByComments([comment.id]),
    ]);
    return sendAdminPage(request, reply, {
      title: request.admin.ui.t('comment.title', { id: String(comment.id) }),
      section: 'comments',
      main: renderCommentDetail({
        ui: request.admin.ui,
        csrfToken: request.admin.csrfToken,
        comment,
        bodyHtml: feature.text.toHtml(comment.content),
        article: { title: article.title, path: articlePath(article) },
        history,
        commenter,
        spam: verdictView(verdicts.get(comment.id)),
        formatTime: await siteTimeFormatter(deps, request.admin.ui),
      }),
    });
  });
}

/** A moderator's edit of a comment (messages are admin catalog keys). */
const editSchema = z.object({
  content: z.string().trim().min(1, 'comment.empty').max(10_000, 'comment.tooLong'),
  authorName: z.string().trim().min(1, 'validation.enterAName').max(100, 'validation.max100'),
  authorUrl: z
    .string()
    .trim()
    .max(500)
    .refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), 'comment.websiteScheme'),
});

/** The comment page's forms: edit the comment, reply to it. */
function registerCommentForms(app: FastifyInstance, deps: AdminDeps, guard: Guard): void {
  const feature = deps.comments;
  const ctx = commentUseCaseDeps(deps, feature);
  app.post<{ Params: { id: string } }>('/comments/:id/edit', guard, async (request, reply) => {
    const { comment, user } = await loadForModerator(deps, request, request.params.id);
    const parsed = parseForm(
      editSchema,
      {
        content: formValue(request.body, 'content'),
        authorName: formValue(request.body, 'authorName'),
        authorUrl: formValue(request.body, 'authorUrl'),
      },
      request.admin.ui,
    );
    if (!parsed.ok) {
      const first = Object.values(parsed.errors)[0] ?? request.admin.ui.t('comment.checkFields');
      await setFlash(request, 'error', first);
      return redirectAfterPost(reply, `/admin/comments/${comment.id}`);
    }
    await editComment(
      { comments: feature.comments, articles: deps.articles, changes: deps.changes, clock: deps.clock },
      user,
      comment.id,
      {
        content: parsed.value.content,
        authorName: parsed.value.authorName,
        authorUrl: parsed.value.authorUrl || null,
      },
    );
    await setFlash(request, 'success', request.admin.ui.t('comment.saved'));
    return redirectAfterPost(reply, `/admin/comments/${comment.id}`);
  });

  app.post<{ Params: { id: string } }>('/comments/:id/reply', guard, async (request, reply) => {
    const { comment, article, user } = await loadForModerator(deps, request, request.params.id);
    const content = formValue(request.body, 'content').trim();
    if (!content || content.length > 10_000) {
      await setFlash(request, 'error', request.admin.ui.t('comment.writeReply'));
      return redirectAfterPost(reply, `/admin/comments/${comment.id}`);
    }
    const posted = await replyAsModerator(
      { ...(await ctx.postDeps()), moderation: feature.moderation, articles: deps.articles },
      await feature.settings(),
      user,
      { comment, article },
      content,
    );
    await setFlash(
      request,
      posted ? 'success' : 'error',
      request.admin.ui.t(posted ? 'comment.replied' : 'comment.replyFailed'),
    );
    return redirectAfterPost(reply, `/admin/comments/${comment.id}`);
  });
}

/** The privacy export/erasure for an address, and the mail outbox (moderators of all comments). */
function registerPrivacyAndOutbox(app: FastifyInstance, deps: AdminDeps): void {
  const feature = deps.comments;
  const ctx = commentUseCaseDeps(deps, feature);
  app.post(
    '/comments/privacy',
    { preHandler: requirePermission('comments.moderateAll') },
    async (request, reply) => {
      const email = formValue(request.body, 'email').trim().toLowerCase();
      if (!z.email().safeParse(email).success)
        throw new AppError('BAD_REQUEST', 'That email address is not valid.');
      const privacyDeps = await ctx.privacyDeps();
      if (formValue(request.body, 'kind') === 'export') {
        const data = await exportCommentData(privacyDeps, email);
        return reply
          .header('Content-Disposition', 'attachment; filename="comment-data.json"')
          .type('application/json; charset=utf-8')
          .send(JSON.stringify(data, null, 2));
      }
      const count = await eraseCommentData(privacyDeps, email, {
        removeText: formValue(request.body, 'removeText') === 'on',
      });
      const user = currentUser(request);
      await deps.accounts.audit.record(
        {
          actorId: user.id,
          actorName: user.name,
          action: 'comment.privacy-erase',
          target: `comments:${count}`,
          details: {},
          ip: request.ip,
        },
        deps.clock.now(),
      );
      await setFlash(request, 'success', request.admin.ui.t('comment.anonymised', { count }));
      return redirectAfterPost(reply, '/admin/comments');
    },
  );

  app.get(
    '/comments/outbox',
    { preHandler: requirePermission('comments.moderateAll') },
    async (request, reply) =>
      sendAdminPage(request, reply, {
        title: request.admin.ui.t('outbox.title'),
        section: 'comments',
        main: renderOutboxPage({
          ui: request.admin.ui,
          smtpConfigured: feature.transport !== null,
          items: await feature.outbox.list(100),
          formatTime: await siteTimeFormatter(deps, request.admin.ui),
        }),
      }),
  );
}
