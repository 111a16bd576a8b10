// Revisions (list, compare, restore), private preview links (create, revoke) and autosave of one
// kind, plus the Markdown preview endpoint the editor's script calls.
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { ArticleKind } from '../../../content/article.ts';
import { applyEditorAction } from '../../../content/editor.ts';
import {
  autosave,
  createPreviewLink,
  restoreRevision,
  revokePreviewLink,
} from '../../../content/editor-extras.ts';
import { EditorialError } from '../../../content/editorial-error.ts';
import { diffText } from '../../../content/revision.ts';
import { canOnArticle } from '../../../users/permissions.ts';
import { kindBase } from '../../../views/admin/posts/labels.ts';
import { revisionsMain } from '../../../views/admin/posts/revisions-page.ts';
import { AppError } from '../../../kernel/app-error.ts';
import type { AdminDeps, AdminRouteModule } from '../context.ts';
import { currentUser, requirePermission } from '../guards.ts';
import { redirectAfterPost, sendAdminPage, setFlash } from '../render.ts';
import { renderEditor } from './article-editor-routes.ts';
import { fieldsFromArticle, fieldsFromBody, parseEditorFields } from './editor-form.ts';
import {
  editorDepsFor,
  editorialOf,
  idParam,
  listPermission,
  rethrowAsHttp,
  siteTimezone,
  timeFormatter,
} from './editor-support.ts';

type IdParams = { Params: { id: string } };

async function articleFor(deps: AdminDeps, request: FastifyRequest, kind: ArticleKind, rawId: string) {
  const article = await deps.articles.findById(idParam(rawId));
  if (!article || article.kind !== kind) throw new AppError('NOT_FOUND', `There is no such ${kind}.`);
  if (
    !canOnArticle(currentUser(request), 'view', { kind, authorId: article.author.id, status: article.status })
  ) {
    throw new AppError('FORBIDDEN', `You can only open your own ${kind}s.`);
  }
  return article;
}

const versionOf = (body: unknown): number | null => {
  const v = body && typeof body === 'object' ? (body as Record<string, unknown>).version : undefined;
  return typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : null;
};

/** What the routes of one kind share: the kind, its path under /admin and the permission guard. */
interface KindRoutes {
  kind: ArticleKind;
  base: string;
  guard: { preHandler: preHandlerAsyncHookHandler };
}

/** Registers revision, preview-link and autosave routes of one kind. */
export function articleExtraRoutes(kind: ArticleKind): AdminRouteModule {
  const base = kindBase(kind).slice('/admin'.length);
  return async (app, { deps }) => {
    const routes: KindRoutes = { kind, base, guard: { preHandler: requirePermission(listPermission(kind)) } };
    registerRevisionRoutes(app, deps, routes);
    registerPreviewLinkRoutes(app, deps, routes);
    registerAutosaveRoutes(app, deps, routes);
  };
}

/** The revisions page (compare two) and restoring a revision. */
function registerRevisionRoutes(
  app: FastifyInstance,
  deps: AdminDeps,
  { kind, base, guard }: KindRoutes,
): void {
  app.get<IdParams>(`${base}/:id/revisions`, guard, async (request, reply) => {
    const article = await articleFor(deps, request, kind, request.params.id);
    const user = currentUser(request);
    const revisions = await editorialOf(deps).revisions.list(article.id);
    const query = (request.query ?? {}) as Record<string, unknown>;
    const pick = (v: unknown) => revisions.find((r) => String(r.id) === v);
    const [a, b] = [pick(query.a), pick(query.b)];
    const [older, newer] = a && b ? (a.id <= b.id ? [a, b] : [b, a]) : [undefined, undefined];
    const compare =
      older && newer
        ? {
            a: older,
            b: newer,
            title: await diffText(older.title, newer.title),
            body: await diffText(older.bodyMarkdown, newer.bodyMarkdown),
          }
        : null;
    return sendAdminPage(request, reply, {
      title: request.admin.ui.t('revisions.title', { title: article.title }),
      section: kind === 'page' ? 'pages' : 'posts',
      main: revisionsMain({
        ui: request.admin.ui,
        kind,
        articleId: article.id,
        title: article.title,
        version: (await deps.articles.versionOf(article.id)) ?? 1,
        revisions,
        compare,
        canRestore:
          article.status !== 'trash' &&
          canOnArticle(user, 'edit', { kind, authorId: article.author.id, status: article.status }),
        csrfToken: request.admin.csrfToken,
        formatTime: timeFormatter(await siteTimezone(deps), request.admin.ui),
      }),
    });
  });

  app.post<{ Params: { id: string; rid: string } }>(
    `${base}/:id/revisions/:rid/restore`,
    guard,
    async (request, reply) => {
      const article = await articleFor(deps, request, kind, request.params.id);
      try {
        await restoreRevision(editorDepsFor(deps, request), currentUser(request), {
          articleId: article.id,
          revisionId: idParam(request.params.rid),
          version: versionOf(request.body),
        });
      } catch (err) {
        if (err instanceof EditorialError && err.code === 'CONFLICT') {
          await setFlash(request, 'error', request.admin.ui.t('revisions.changedMeanwhile'));
          return redirectAfterPost(reply, `${kindBase(kind)}/${String(article.id)}/revisions`);
        }
        rethrowAsHttp(err);
      }
      await setFlash(request, 'success', request.admin.ui.t('revisions.restored'));
      return redirectAfterPost(reply, `${kindBase(kind)}/${String(article.id)}/edit`);
    },
  );
}

/** Creating and revoking private preview links. */
function registerPreviewLinkRoutes(
  app: FastifyInstance,
  deps: AdminDeps,
  { kind, base, guard }: KindRoutes,
): void {
  app.post<IdParams>(`${base}/:id/preview-links`, guard, async (request, reply) => {
    const article = await articleFor(deps, request, kind, request.params.id);
    const token = await createPreviewLink(
      editorDepsFor(deps, request),
      currentUser(request),
      article.id,
    ).catch(rethrowAsHttp);
    // Shown once, in this response: the token is never stored in clear, not even in a flash.
    const version = (await deps.articles.versionOf(article.id)) ?? 1;
    return renderEditor(deps, request, reply, {
      kind,
      article,
      fields: fieldsFromArticle(article, version, await siteTimezone(deps)),
      newPreviewUrl: `${deps.siteUrl}/preview/${token}`,
    });
  });

  app.post<{ Params: { id: string; lid: string } }>(
    `${base}/:id/preview-links/:lid/revoke`,
    guard,
    async (request, reply) => {
      const article = await articleFor(deps, request, kind, request.params.id);
      await revokePreviewLink(
        editorDepsFor(deps, request),
        currentUser(request),
        article.id,
        idParam(request.params.lid),
      ).catch(rethrowAsHttp);
      await setFlash(request, 'success', request.admin.ui.t('editor.previewLinkRevoked'));
      return redirectAfterPost(reply, `${kindBase(kind)}/${String(article.id)}/edit`);
    },
  );

  // Autosave of an article never saved: the first autosave creates it as a draft (never
  // published), and the script switches the form over to editing that draft.
}

/** Autosave of a new article (its first draft) and of an existing one (a revision). */
function registerAutosaveRoutes(
  app: FastifyInstance,
  deps: AdminDeps,
  { kind, base, guard }: KindRoutes,
): void {
  app.post(`${base}/autosave-new`, guard, async (request, reply) => {
    const parsed = parseEditorFields(fieldsFromBody(request.body), request.admin.ui);
    if ('errors' in parsed) {
      const message = Object.values(parsed.errors)[0] ?? request.admin.ui.t('editor.unreadable');
      return reply.code(422).send({ error: { code: 'VALIDATION_FAILED', message } });
    }
    if (!parsed.form.title.trim())
      return reply.send({ ok: false, reason: request.admin.ui.t('editor.autosaveNeedsTitle') });
    const result = await applyEditorAction(editorDepsFor(deps, request), currentUser(request), {
      kind,
      action: 'save',
      form: { ...parsed.form, slug: '' },
    }).catch(rethrowAsHttp);
    const id = result.id!;
    const article = await deps.articles.findById(id);
    return reply.send({
      ok: true,
      id,
      version: (await deps.articles.versionOf(id)) ?? 1,
      action: `${kindBase(kind)}/${String(id)}`,
      editUrl: `${kindBase(kind)}/${String(id)}/edit`,
      autosaveUrl: `${kindBase(kind)}/${String(id)}/autosave`,
      savedAt: timeFormatter(
        await siteTimezone(deps),
        request.admin.ui,
      )(article?.updatedAt ?? deps.clock.now().toISOString()),
    });
  });

  app.post<IdParams>(`${base}/:id/autosave`, guard, async (request, reply) => {
    const article = await articleFor(deps, request, kind, request.params.id);
    const parsed = parseEditorFields(fieldsFromBody(request.body), request.admin.ui);
    if ('errors' in parsed) {
      const message = Object.values(parsed.errors)[0] ?? request.admin.ui.t('editor.unreadable');
      return reply.code(422).send({ error: { code: 'VALIDATION_FAILED', message } });
    }
    const rev = await autosave(
      editorDepsFor(deps, request),
      currentUser(request),
      article.id,
      parsed.form,
    ).catch(rethrowAsHttp);
    const savedAt = timeFormatter(await siteTimezone(deps), request.admin.ui)(rev.createdAt);
    return reply.send({ ok: true, revisionId: rev.id, savedAt });
  });
}

/** POST /admin/preview: Markdown → HTML with the public site's renderer (JSON in and out). */
export const markdownPreviewRoutes: AdminRouteModule = async (app, { deps }) => {
  app.post(
    '/preview',
    { preHandler: requirePermission('posts.write'), bodyLimit: 1024 * 1024 },
    async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const markdown = typeof body.markdown === 'string' ? body.markdown : '';
      if (markdown.length > 500_000)
        throw new AppError('PAYLOAD_TOO_LARGE', 'The body is too long to preview.');
      return reply.send({ html: deps.markdown.toHtml(markdown) });
    },
  );
};
