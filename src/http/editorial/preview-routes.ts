// GET /preview/:token: a private preview link opens a draft or scheduled article, rendered like
// the public page but never indexed and never cached (not by us, not by browsers or CDNs).
import type { FastifyInstance } from 'fastify';
import { plainTextOf, readingMinutes } from '../../content/article.ts';
import { hashPreviewToken, isPreviewable, isPreviewTokenShape } from '../../content/preview-token.ts';
import { renderArticle, renderStaticPage } from '../../views/index.ts';
import { EMPTY_HTML } from '../../views/html.ts';
import { sendHtml } from '../shared/send-html.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../../kernel/app-error.ts';
import { articleMeta } from '../shared/meta.ts';
import type { SiteViewProvider } from '../site-view.ts';

/** Options of the preview routes. */
export interface PreviewRoutesOptions {
  deps: AppDeps;
  site: SiteViewProvider;
}

const gone = () =>
  new AppError(
    'NOT_FOUND',
    'This preview link does not work: it may have been revoked, or the article deleted.',
  );

/** Registers the private preview route. */
export async function previewRoutes(
  app: FastifyInstance,
  { deps, site }: PreviewRoutesOptions,
): Promise<void> {
  app.get<{ Params: { token: string } }>('/preview/:token', async (request, reply) => {
    void reply.header('Cache-Control', 'private, no-store').header('X-Robots-Tag', 'noindex, nofollow');
    const token = request.params.token;
    if (!isPreviewTokenShape(token)) throw gone();
    const articleId = await deps.editorial.previews.findArticleId(hashPreviewToken(token));
    const article = articleId === null ? null : await deps.articles.findById(articleId);
    if (!article || !isPreviewable(article.status)) throw gone();
    const view = await site.get();
    const meta = { ...articleMeta(view, article), noindex: true };
    const body =
      article.kind === 'page'
        ? renderStaticPage({ site: view, meta, page: article })
        : renderArticle({
            site: view,
            meta,
            article,
            readingMinutes: readingMinutes(plainTextOf(article, deps.markdown.toPlainText)),
            previous: null,
            next: null,
            related: [],
            commentsHtml: EMPTY_HTML,
          });
    return sendHtml(reply, body);
  });
}
