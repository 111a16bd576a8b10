// An article's page: the article, its neighbours, related stories, translations and comment
// section. A reader with a held comment (or remembered details) gets a personal, uncached page;
// a moved slug redirects to the article's current address.
import type { FastifyInstance } from 'fastify';
import { type Article, createReadingTime } from '../../content/article.ts';
import { changeKey } from '../../content/change-keys.ts';
import { renderArticleParts } from '../../views/index.ts';
import { NO_SERIALIZED_JSON_LD } from '../../views/json-ld.ts';
import type { CommentSectionRequest } from '../deps.ts';
import { followMoved, movedOrNotFound } from '../moved-slug.ts';
import { sendPage } from '../send-page.ts';
import { articleMeta } from '../shared/meta.ts';
import { queryRecord, slugParam } from '../shared/params.ts';
import { loadArticleTranslations } from './article-translations.ts';
import type { PublicRoutesOptions } from './public-routes-options.ts';

export function articleRoutes(app: FastifyInstance, { deps, cache, site }: PublicRoutesOptions): void {
  const readingTime = createReadingTime(deps.markdown.toPlainText);

  const articlePage = async (article: Article, commentRequest: CommentSectionRequest) => {
    const now = deps.clock.now();
    const view = await site.get();
    const [adjacent, related, comments, translated] = await Promise.all([
      deps.articles.findAdjacent(article, now),
      deps.articles.findRelated(
        article.id,
        article.tags.map((t) => t.id),
        now,
        3,
      ),
      deps.commentSection(article, commentRequest),
      loadArticleTranslations(deps, view, article, now),
    ]);
    const { translations } = translated;
    const meta = articleMeta(view, article);
    return {
      body: renderArticleParts(
        {
          site: view,
          meta: translations ? { ...meta, alternates: translations.alternates } : meta,
          translations,
          article,
          readingMinutes: readingTime(article),
          previous: adjacent.previous,
          next: adjacent.next,
          related,
          ...(comments.commentCount !== undefined
            ? { comments: { count: comments.commentCount, jsonLd: comments.jsonLd ?? NO_SERIALIZED_JSON_LD } }
            : {}),
        },
        comments.html,
      ),
      deps: [
        changeKey.settings,
        changeKey.article(article.id),
        changeKey.author(article.author.id),
        ...article.tags.map((t) => changeKey.tag(t.id)),
        ...[adjacent.previous, adjacent.next, ...related]
          .filter((a) => a !== null)
          .map((a) => changeKey.article(a.id)),
        ...comments.deps,
        ...translated.deps,
      ],
    };
  };

  app.get<{ Params: { slug: string } }>('/article/:slug', (req, reply) => {
    const commentRequest = { query: queryRecord(req.query), cookieHeader: req.headers.cookie };
    const personal = deps.commentPageIsPersonal(commentRequest);
    return followMoved(req, reply, () =>
      sendPage(
        cache,
        req,
        reply,
        async () => {
          const now = deps.clock.now();
          const slug = slugParam(req.params.slug);
          const article =
            (await deps.articles.findPublishedBySlug('post', slug, now)) ??
            (await movedOrNotFound(deps.articleIdentity, { kind: 'post', slug, now }));
          return articlePage(article, commentRequest);
        },
        { bypassCache: personal },
      ),
    );
  });
}
