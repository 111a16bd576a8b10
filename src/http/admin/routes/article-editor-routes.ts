// The editor for posts or pages: new, edit, save with any workflow action, server-side preview.
// Every refusal re-renders the form with what the user typed.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Article, ArticleKind } from '../../../content/article.ts';
import { articlePath } from '../../../content/article.ts';
import { applyEditorAction } from '../../../content/editor.ts';
import { automaticExcerpt } from '../../../content/excerpt.ts';
import { EditorialError } from '../../../content/editorial-error.ts';
import {
  allowedActions,
  canChooseAuthor,
  canCreate,
  EDITORIAL_ACTIONS,
  type EditorialAction,
} from '../../../content/workflow.ts';
import { parseSettings } from '../../../settings/site-settings.ts';
import { canOnArticle } from '../../../users/permissions.ts';
import { editorMain, type EditorFields, type EditorView } from '../../../views/admin/posts/editor-page.ts';
import { kindBase } from '../../../views/admin/posts/labels.ts';
import type { FieldErrors } from '../../../views/admin/form.ts';
import { AppError } from '../../../kernel/app-error.ts';
import { storageFailure } from '../../../db/storage-errors.ts';
import { STORAGE_RETRY_AFTER_SECONDS } from '../../errors.ts';
import type { AdminDeps, AdminRouteModule } from '../context.ts';
import { currentUser, requirePermission } from '../guards.ts';
import { redirectAfterPost, sendAdminPage, setFlash } from '../render.ts';
import { editorialMessage } from '../../../views/admin/posts/editorial-messages.ts';
import type { AdminMessageKey } from '../../../i18n/index.ts';
import { loadTranslationPanel } from './article-translation-routes.ts';
import { editorAssetPaths } from './editor-assets.ts';
import { emptyFields, fieldsFromArticle, fieldsFromBody, parseEditorFields } from './editor-form.ts';
import {
  editorDepsFor,
  editorialOf,
  idParam,
  listPermission,
  rethrowAsHttp,
  siteTimezone,
  timeFormatter,
} from './editor-support.ts';

const DONE: Record<string, AdminMessageKey> = {
  draft: 'editor.done.draft',
  review: 'editor.done.review',
  scheduled: 'editor.done.scheduled',
  published: 'posts.done.publish',
  trash: 'posts.done.trash',
};

/** What the editor page is rendered from. */
export interface RenderInput {
  kind: ArticleKind;
  article: Article | null;
  fields: EditorFields;
  errors?: FieldErrors;
  notice?: EditorView['notice'];
  previewHtml?: string | null;
  status?: number;
  newPreviewUrl?: string | null;
}

/** Renders the editor page for `p.article` (null: a new one). */
export async function renderEditor(
  deps: AdminDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  p: RenderInput,
) {
  const user = currentUser(request);
  const editorial = editorialOf(deps);
  const settings = parseSettings(await deps.settings.readAll());
  const a = p.article;
  const subject = a ? { kind: a.kind, status: a.status, authorId: a.author.id } : null;
  const [users, tags, links, revisions, translations] = await Promise.all([
    canChooseAuthor(user, p.kind) ? deps.accounts.users.list() : Promise.resolve(null),
    editorial.adminArticles.listTags(),
    a ? editorial.previews.list(a.id) : Promise.resolve([]),
    a ? editorial.revisions.list(a.id) : Promise.resolve([]),
    loadTranslationPanel(deps, request, a),
  ]);
  const format = timeFormatter(settings.timezone, request.admin.ui);
  const view: EditorView = {
    ui: request.admin.ui,
    kind: p.kind,
    id: a?.id ?? null,
    status: a?.status ?? null,
    fields: p.fields,
    errors: p.errors ?? {},
    notice: p.notice ?? null,
    actions: allowedActions(user, subject, p.kind),
    authors: users
      ? users.filter((u) => u.status === 'active').map((u) => ({ id: u.id, name: u.name }))
      : null,
    tagSuggestions: tags.map((t) => t.name),
    timezone: settings.timezone,
    csrfToken: request.admin.csrfToken,
    previewHtml: p.previewHtml ?? null,
    when:
      a && (a.status === 'scheduled' || a.status === 'published') && a.publishedAt
        ? { iso: a.publishedAt, text: format(a.publishedAt) }
        : null,
    excerptPlaceholder: automaticExcerpt(deps.markdown.toPlainText(p.fields.bodyMarkdown)),
    assets: editorAssetPaths,
    publicUrl: a && a.status === 'published' ? `${deps.siteUrl}${articlePath(a)}` : null,
    previewLinks: links.map((l) => ({ id: l.id, createdAt: l.createdAt, revoked: l.revokedAt !== null })),
    newPreviewUrl: p.newPreviewUrl ?? null,
    canPreviewLink: subject !== null && a?.status !== 'trash' && canOnArticle(user, 'edit', subject),
    canDelete: subject !== null && allowedActions(user, subject, p.kind).includes('delete'),
    revisionCount: revisions.filter((r) => !r.autosave).length,
    formatTime: format,
    translations,
  };
  return sendAdminPage(request, reply, {
    title: a
      ? request.admin.ui.t('editor.editTitle', { title: a.title })
      : request.admin.ui.t('editor.new', { kind: p.kind }),
    section: p.kind === 'page' ? 'pages' : 'posts',
    status: p.status,
    main: editorMain(view),
  });
}

async function loadEditable(deps: AdminDeps, request: FastifyRequest, kind: ArticleKind, rawId: string) {
  const article = await deps.articles.findById(idParam(rawId));
  if (!article || article.kind !== kind) throw new AppError('NOT_FOUND', `There is no such ${kind}.`);
  const user = currentUser(request);
  if (!canOnArticle(user, 'view', { kind, authorId: article.author.id, status: article.status })) {
    throw new AppError('FORBIDDEN', `You can only open your own ${kind}s.`);
  }
  return article;
}

const actionOf = (body: unknown): EditorialAction | 'preview' => {
  const v = body && typeof body === 'object' ? (body as Record<string, unknown>).action : undefined;
  if (v === 'preview') return 'preview';
  return EDITORIAL_ACTIONS.includes(v as EditorialAction) ? (v as EditorialAction) : 'save';
};

/** Registers the editor routes of one kind under /admin/posts or /admin/pages. */
export function articleEditorRoutes(kind: ArticleKind): AdminRouteModule {
  const base = kindBase(kind).slice('/admin'.length);
  return async (app, { deps }) => {
    const guard = { preHandler: requirePermission(listPermission(kind)) };

    app.get(`${base}/new`, guard, async (request, reply) => {
      const user = currentUser(request);
      if (!canCreate(user, kind)) throw new AppError('FORBIDDEN', `Your role cannot create ${kind}s.`);
      const settings = parseSettings(await deps.settings.readAll());
      return renderEditor(deps, request, reply, {
        kind,
        article: null,
        fields: emptyFields(user.id, settings.language),
      });
    });

    app.get<{ Params: { id: string } }>(`${base}/:id/edit`, guard, async (request, reply) => {
      const article = await loadEditable(deps, request, kind, request.params.id);
      const version = (await deps.articles.versionOf(article.id)) ?? 1;
      const fields = fieldsFromArticle(article, version, await siteTimezone(deps));
      return renderEditor(deps, request, reply, { kind, article, fields });
    });

    const save = async (request: FastifyRequest, reply: FastifyReply, article: Article | null) => {
      const user = currentUser(request);
      const { ui } = request.admin;
      const fields = fieldsFromBody(request.body);
      const action = actionOf(request.body);
      const again = (extra: Partial<RenderInput>) =>
        renderEditor(deps, request, reply, { kind, article, fields, ...extra });
      if (action === 'preview') {
        return again({ previewHtml: deps.markdown.toHtml(fields.bodyMarkdown) });
      }
      const parsed = parseEditorFields(fields, ui);
      if ('errors' in parsed) return again({ errors: parsed.errors, status: 422 });
      if (article && parsed.form.version === null) {
        return again({ errors: { form: ui.t('editor.noVersion') }, status: 422 });
      }
      try {
        const result = await applyEditorAction(editorDepsFor(deps, request), user, {
          kind,
          action,
          id: article?.id,
          form: parsed.form,
        });
        await setFlash(request, 'success', ui.t(DONE[result.status] ?? 'editor.done.saved'));
        return redirectAfterPost(reply, `${kindBase(kind)}/${String(result.id)}/edit`);
      } catch (err) {
        // A full disk or a lost database: the editor keeps the form as typed and saves again later.
        const failure = storageFailure(err);
        if (failure) {
          request.log.error(
            { err, storage: failure.code },
            'article not saved: the database cannot store anything',
          );
          void reply.header('Retry-After', String(STORAGE_RETRY_AFTER_SECONDS));
          return again({
            notice: {
              kind: 'error',
              text: ui.t('editor.storageFailed'),
            },
            status: 503,
          });
        }
        if (!(err instanceof EditorialError)) throw err;
        if (err.code === 'VALIDATION_FAILED') {
          return again({ errors: { [err.field ?? 'form']: editorialMessage(ui, err) }, status: 422 });
        }
        if (err.code === 'CONFLICT' && article) {
          // Carry the newest version, so saving again deliberately replaces the other change.
          const latest = (await deps.articles.versionOf(article.id)) ?? 1;
          const current = (await deps.articles.findById(article.id)) ?? article;
          return renderEditor(deps, request, reply, {
            kind,
            article: current,
            fields: { ...fields, version: String(latest) },
            notice: {
              kind: 'error',
              text: `${editorialMessage(ui, err)} ${ui.t('editor.saveAgainReplaces')}`,
            },
            status: 409,
          });
        }
        return rethrowAsHttp(err);
      }
    };

    app.post(base, guard, async (request, reply) => save(request, reply, null));
    app.post<{ Params: { id: string } }>(`${base}/:id`, guard, async (request, reply) =>
      save(request, reply, await loadEditable(deps, request, kind, request.params.id)),
    );
  };
}
