// The moderation console at /admin/comments (see src/http/admin/README.md): list with counts,
// filters and bulk actions, one comment's page (reply, edit, history, commenter, privacy), the
// outbox, and the keyboard script. Editors and owners see every comment; authors their posts'.
import { REASON_CODES, verdictView } from '../../../views/admin/comments/spam-verdict.ts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { articlePath } from '../../../content/article.ts';
import type { CommentStatus } from '../../../comments/comment.ts';
import { isCommentStatus } from '../../../comments/comment.ts';
import { editComment, moderateComment } from '../../../comments/moderate-comment.ts';
import { canModerate, isModerationAction } from '../../../comments/moderation.ts';
import { postComment } from '../../../comments/post-comment.ts';
import { eraseCommentData, exportCommentData } from '../../../comments/privacy-service.ts';
import { can } from '../../../users/permissions.ts';
import { moderationJs } from '../../../views/admin/comments/assets.ts';
import { renderConsolePage } from '../../../views/admin/comments/console-page.ts';
import { renderCommentDetail, renderOutboxPage } from '../../../views/admin/comments/detail-page.ts';
import { AppError } from '../../../kernel/app-error.ts';
import { commentUseCaseDeps } from '../../shared/comment-deps.ts';
import { parseRecordId, parseRecordIds } from '../../../kernel/record-id.ts';
import { queryRecord } from '../../shared/params.ts';
import { recordIdParam } from '../../shared/record-id-param.ts';
import { fingerprint } from '../../site-view.ts';
import type { AdminRouteModule } from '../context.ts';
import { currentUser, requirePermission } from '../guards.ts';
import { redirectAfterPost, sendAdminPage, setFlash } from '../render.ts';
import { siteTimeFormatter } from './editor-support.ts';

const script = fingerprint('moderation', 'js', moderationJs, 'text/javascript; charset=utf-8');
const PER_PAGE = 20;

const str = (body: unknown, name: string): string => {
  const v = (body as Record<string, unknown> | null)?.[name];
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
};
const list = (body: unknown, name: string): string[] => {
  const v = (body as Record<string, unknown> | null)?.[name];
  return typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.filter((x): x is string => typeof x === 'string')
      : [];
};
const safeBack = (value: string) => (/^\/admin\/comments(?:[/?#]|$)/.test(value) ? value : '/admin/comments');

/** Registers /admin/comments and its sub-pages. */
export const commentRoutes: AdminRouteModule = async (app, { deps }) => {
  const feature = deps.comments;
  const ctx = commentUseCaseDeps(deps, feature);
  const guard = { preHandler: requirePermission('comments.moderateOwn') };
  const scopeOf = (request: FastifyRequest) => {
    const user = currentUser(request);
    return can(user, 'comments.moderateAll') ? {} : { articleAuthorId: user.id };
  };

  app.get(script.path, { config: { adminPublic: true } }, async (_request, reply) =>
    reply
      .type(script.contentType)
      .header('Cache-Control', 'public, max-age=31536000, immutable')
      .send(script.body),
  );

  app.get('/comments', guard, async (request, reply) => {
    const q = queryRecord(request.query);
    const status: CommentStatus = isCommentStatus(q.status) ? q.status : 'pending';
    const filters = {
      article: String(parseRecordId(q.article) ?? ''),
      author: (q.author ?? '').slice(0, 100),
      email: (q.email ?? '').slice(0, 254),
      ip: (q.ip ?? '').slice(0, 64),
      q: (q.q ?? '').slice(0, 200),
      reason: REASON_CODES.includes(q.reason ?? '') ? q.reason! : '',
    };
    const page = /^[1-9][0-9]{0,5}$/.test(q.page ?? '') ? Number(q.page) : 1;
    const where = {
      ...scopeOf(request),
      ...(filters.article ? { articleId: Number(filters.article) } : {}),
      ...(filters.author ? { author: filters.author } : {}),
      ...(filters.email ? { email: filters.email } : {}),
      ...(filters.ip ? { ip: filters.ip } : {}),
      ...(filters.q ? { search: filters.q } : {}),
      ...(filters.reason ? { spamReason: filters.reason } : {}),
    };
    const [found, counts, outbox] = await Promise.all([
      feature.moderation.list({ ...where, status, limit: PER_PAGE, offset: (page - 1) * PER_PAGE }),
      feature.moderation.countByStatus(where),
      feature.outbox.countByStatus(),
    ]);
    const verdicts = await deps.spam.verdicts.findByComments(found.items.map((c) => c.id));
    const params = (p: number) => {
      const sp = new URLSearchParams({ status });
      for (const [k, v] of Object.entries(filters)) if (v) sp.set(k, v);
      if (p > 1) sp.set('page', String(p));
      return `/admin/comments?${sp.toString()}`;
    };
    return sendAdminPage(request, reply, {
      title: 'Comments',
      section: 'comments',
      main: renderConsolePage({
        csrfToken: request.admin.csrfToken,
        status,
        counts,
        filters,
        items: found.items.map((c) => ({
          ...c,
          bodyHtml: feature.text.toHtml(c.content),
          spam: verdictView(verdicts.get(c.id)),
        })),
        reasonCodes: REASON_CODES,
        formatTime: await siteTimeFormatter(deps),
        page,
        totalPages: Math.max(1, Math.ceil(found.total / PER_PAGE)),
        pageUrl: params,
        back: params(page),
        outbox: {
          waiting: outbox.pending ?? 0,
          failed: outbox.failed ?? 0,
          smtpConfigured: feature.transport !== null,
        },
        scriptPath: `/admin${script.path}`,
      }),
    });
  });

  app.post('/comments/bulk', guard, async (request, reply) => {
    const user = currentUser(request);
    const single = str(request.body, 'single');
    const [idText, singleAction] = single ? single.split(':') : [];
    const action = single ? singleAction : str(request.body, 'action');
    const ids = parseRecordIds(single ? [idText ?? ''] : list(request.body, 'ids'));
    const back = safeBack(str(request.body, 'back'));
    if (!isModerationAction(action)) throw new AppError('BAD_REQUEST', 'Unknown action.');
    if (ids.length === 0) {
      await setFlash(request, 'error', 'Select at least one comment first.');
      return redirectAfterPost(reply, back);
    }
    const settings = await feature.settings();
    const moderateDeps = {
      ...(await ctx.postDeps()),
      moderation: feature.moderation,
      articles: deps.articles,
    };
    let done = 0;
    let refused = 0;
    for (const id of ids.slice(0, 200)) {
      const outcome = await moderateComment(
        moderateDeps,
        settings,
        { id: user.id, role: user.role, name: user.name },
        id,
        action,
      );
      if (outcome.kind === 'done') {
        done += 1;
        await deps.accounts.audit.record(
          {
            actorId: user.id,
            actorName: user.name,
            action: `comment.${action}`,
            target: `comment:${id}`,
            details: {},
            ip: request.ip,
          },
          deps.clock.now(),
        );
      } else refused += 1;
    }
    await setFlash(
      request,
      refused ? 'error' : 'success',
      `${done} comment${done === 1 ? '' : 's'} updated${refused ? `; ${refused} could not be (not allowed, or already changed)` : ''}.`,
    );
    return redirectAfterPost(
      reply,
      back === `/admin/comments/${ids[0]}` && action === 'delete' ? '/admin/comments' : back,
    );
  });

  const loadForModerator = async (request: FastifyRequest, idText: string) => {
    const comment = await feature.comments.findById(recordIdParam(idText, 'That comment does not exist.'));
    if (!comment) throw new AppError('NOT_FOUND', 'That comment does not exist.');
    const article = await deps.articles.findById(comment.articleId);
    if (!article) throw new AppError('NOT_FOUND', 'That comment’s article does not exist.');
    const user = currentUser(request);
    if (!canModerate(user, { authorId: article.author.id }))
      throw new AppError('FORBIDDEN', 'You can only moderate comments on your own posts.');
    return { comment, article, user };
  };

  app.get<{ Params: { id: string } }>('/comments/:id', guard, async (request, reply) => {
    const { comment, article } = await loadForModerator(request, request.params.id);
    const [history, commenter] = await Promise.all([
      feature.moderation.history(comment.id),
      feature.moderation.commenter(comment.authorEmail),
    ]);
    return sendAdminPage(request, reply, {
      title: `Comment #${comment.id}`,
      section: 'comments',
      main: renderCommentDetail({
        csrfToken: request.admin.csrfToken,
        comment,
        bodyHtml: feature.text.toHtml(comment.content),
        article: { title: article.title, path: articlePath(article) },
        history,
        commenter,
        formatTime: await siteTimeFormatter(deps),
      }),
    });
  });

  const editSchema = z.object({
    content: z.string().trim().min(1, 'The comment cannot be empty.').max(10_000),
    authorName: z.string().trim().min(1).max(100),
    authorUrl: z
      .string()
      .trim()
      .max(500)
      .refine(
        (v) => v === '' || /^https?:\/\/\S+$/i.test(v),
        'A website must start with http:// or https://.',
      ),
  });
  app.post<{ Params: { id: string } }>('/comments/:id/edit', guard, async (request, reply) => {
    const { comment, user } = await loadForModerator(request, request.params.id);
    const parsed = editSchema.safeParse({
      content: str(request.body, 'content'),
      authorName: str(request.body, 'authorName'),
      authorUrl: str(request.body, 'authorUrl'),
    });
    if (!parsed.success) {
      await setFlash(request, 'error', parsed.error.issues[0]?.message ?? 'Please check the fields.');
      return redirectAfterPost(reply, `/admin/comments/${comment.id}`);
    }
    await editComment(
      { comments: feature.comments, articles: deps.articles, changes: deps.changes, clock: deps.clock },
      user,
      comment.id,
      {
        content: parsed.data.content,
        authorName: parsed.data.authorName,
        authorUrl: parsed.data.authorUrl || null,
      },
    );
    await setFlash(request, 'success', 'Comment saved.');
    return redirectAfterPost(reply, `/admin/comments/${comment.id}`);
  });

  app.post<{ Params: { id: string } }>('/comments/:id/reply', guard, async (request, reply) => {
    const { comment, article, user } = await loadForModerator(request, request.params.id);
    const content = str(request.body, 'content').trim();
    if (!content || content.length > 10_000) {
      await setFlash(request, 'error', 'Please write a reply (up to 10,000 characters).');
      return redirectAfterPost(reply, `/admin/comments/${comment.id}`);
    }
    const settings = await feature.settings();
    const postDeps = await ctx.postDeps();
    if (comment.status === 'pending') {
      await moderateComment(
        { ...postDeps, moderation: feature.moderation, articles: deps.articles },
        settings,
        user,
        comment.id,
        'approve',
      );
    }
    const outcome = await postComment(
      postDeps,
      settings,
      article,
      {
        comment: content,
        author: user.name,
        email: user.email,
        url: '',
        parentId: comment.id,
        remember: false,
        notify: false,
      },
      { ip: null, userAgent: null, user: { id: user.id, name: user.name, email: user.email } },
    );
    await setFlash(
      request,
      outcome.kind === 'posted' ? 'success' : 'error',
      outcome.kind === 'posted'
        ? 'Reply published.'
        : 'The reply could not be posted (is the comment approved?).',
    );
    return redirectAfterPost(reply, `/admin/comments/${comment.id}`);
  });

  app.post(
    '/comments/privacy',
    { preHandler: requirePermission('comments.moderateAll') },
    async (request, reply) => {
      const email = str(request.body, 'email').trim().toLowerCase();
      if (!z.email().safeParse(email).success)
        throw new AppError('BAD_REQUEST', 'That email address is not valid.');
      const privacyDeps = await ctx.privacyDeps();
      if (str(request.body, 'kind') === 'export') {
        const data = await exportCommentData(privacyDeps, email);
        return reply
          .header('Content-Disposition', 'attachment; filename="comment-data.json"')
          .type('application/json; charset=utf-8')
          .send(JSON.stringify(data, null, 2));
      }
      const count = await eraseCommentData(privacyDeps, email, {
        removeText: str(request.body, 'removeText') === 'on',
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
      await setFlash(request, 'success', `${count} comment${count === 1 ? '' : 's'} anonymised.`);
      return redirectAfterPost(reply, '/admin/comments');
    },
  );

  app.get(
    '/comments/outbox',
    { preHandler: requirePermission('comments.moderateAll') },
    async (request, reply) =>
      sendAdminPage(request, reply, {
        title: 'Mail outbox',
        section: 'comments',
        main: renderOutboxPage({
          smtpConfigured: feature.transport !== null,
          items: await feature.outbox.list(100),
          formatTime: await siteTimeFormatter(deps),
        }),
      }),
  );
};
