// The editor's translations of one kind: the panel's contents (linked translations, a search of
// articles in other languages) and linking or unlinking, each checked against the editor's
// rights on every article it changes and audited like the editor's other actions.
import type { FastifyRequest } from 'fastify';
import type { Article, ArticleKind } from '../../../content/article.ts';
import { editorialMessage } from '../../../views/admin/posts/editorial-messages.ts';
import { EditorialError } from '../../../content/editorial-error.ts';
import { linkTranslation, type TranslationDeps, unlinkTranslation } from '../../../content/translations.ts';
import { parseRecordId } from '../../../kernel/record-id.ts';
import { canOnArticle } from '../../../users/permissions.ts';
import { kindBase } from '../../../views/admin/posts/labels.ts';
import type { TranslationPanelView } from '../../../views/admin/posts/translations-panel.ts';
import type { AdminDeps, AdminRouteModule } from '../context.ts';
import { currentUser, requirePermission } from '../guards.ts';
import { redirectAfterPost, setFlash } from '../render.ts';
import { editorDepsFor, idParam, listPermission, rethrowAsHttp } from './editor-support.ts';

const CANDIDATES = 20;

/** The translations panel of `article`'s editor, searching for the request's `translation_q`. */
export async function loadTranslationPanel(
  deps: AdminDeps,
  request: FastifyRequest,
  article: Article | null,
): Promise<TranslationPanelView | null> {
  if (!article) return null;
  const raw = (request.query as Record<string, unknown> | undefined)?.translation_q;
  const query = typeof raw === 'string' ? raw.trim().slice(0, 200) : '';
  const access = { kind: article.kind, authorId: article.author.id, status: article.status };
  const canEdit = article.status !== 'trash' && canOnArticle(currentUser(request), 'edit', access);
  const [found, candidates] = await Promise.all([
    deps.translations.groupOf(article.id),
    canEdit
      ? deps.translations.candidates({ kind: article.kind, articleId: article.id, query, limit: CANDIDATES })
      : Promise.resolve([]),
  ]);
  const item = (m: { id: number; title: string; language: string; status: Article['status'] }) => ({
    id: m.id,
    title: m.title,
    language: m.language,
    status: m.status,
  });
  return {
    kind: article.kind,
    articleId: article.id,
    language: article.language,
    linked: (found?.article.group ? found.group : []).filter((m) => m.id !== article.id).map(item),
    query,
    candidates: candidates.map(item),
    canEdit,
    csrfToken: request.admin.csrfToken,
  };
}

function translationDeps(deps: AdminDeps, request: FastifyRequest): TranslationDeps {
  return {
    translations: deps.translations,
    changes: deps.changes,
    audit: editorDepsFor(deps, request).audit,
  };
}

/** Registers linking and unlinking translations of one kind. */
export function articleTranslationRoutes(kind: ArticleKind): AdminRouteModule {
  const base = kindBase(kind).slice('/admin'.length);
  return async (app, { deps }) => {
    const guard = { preHandler: requirePermission(listPermission(kind)) };
    const back = (id: number) => `${kindBase(kind)}/${String(id)}/edit#translations`;
    const attempt = async (request: FastifyRequest, id: number, run: () => Promise<void>, done: string) => {
      try {
        await run();
        await setFlash(request, 'success', done);
      } catch (err) {
        // A refused link is told in the editor; a forbidden or vanished article is an HTTP error.
        if (!(err instanceof EditorialError) || !['VALIDATION_FAILED', 'CONFLICT'].includes(err.code))
          rethrowAsHttp(err);
        await setFlash(request, 'error', editorialMessage(request.admin.ui, err));
      }
      return back(id);
    };
    const ofKind = async (rawId: string) => {
      const article = await deps.articles.findById(idParam(rawId));
      if (!article || article.kind !== kind)
        rethrowAsHttp(new EditorialError('NOT_FOUND', `There is no such ${kind}.`));
      return article;
    };

    app.post<{ Params: { id: string } }>(`${base}/:id/translations`, guard, async (request, reply) => {
      const article = await ofKind(request.params.id);
      const raw = (request.body as Record<string, unknown> | undefined)?.otherId;
      const otherId = parseRecordId(raw);
      const to = await attempt(
        request,
        article.id,
        async () => {
          if (otherId === null)
            throw new EditorialError('VALIDATION_FAILED', 'Choose an article to link.', undefined, {
              code: 'translation-none-chosen',
            });
          await linkTranslation(translationDeps(deps, request), currentUser(request), {
            articleId: article.id,
            otherId,
          });
        },
        request.admin.ui.t('translations.linked'),
      );
      return redirectAfterPost(reply, to);
    });

    app.post<{ Params: { id: string; other: string } }>(
      `${base}/:id/translations/:other/unlink`,
      guard,
      async (request, reply) => {
        const article = await ofKind(request.params.id);
        const to = await attempt(
          request,
          article.id,
          () =>
            unlinkTranslation(translationDeps(deps, request), currentUser(request), {
              articleId: article.id,
              leavingId: idParam(request.params.other),
            }),
          request.admin.ui.t('translations.unlinked'),
        );
        return redirectAfterPost(reply, to);
      },
    );
  };
}
