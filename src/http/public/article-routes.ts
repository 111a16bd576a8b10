// An article's page: the article, its neighbours, related stories, translations and comment
// section. A reader with a held comment (or remembered details) gets a personal, uncached page;
// a moved slug redirects to the article's current address.
import type { FastifyInstance } from 'fastify';
import { LRUCache } from 'lru-cache';
import { type Article, type ArticleSummary, createReadingTime } from '../../content/article.ts';
import { changeKey } from '../../content/change-keys.ts';
import { objectBytes, stringBytes } from '../../kernel/heap-bytes.ts';
import type { Html } from '../../views/html.ts';
import type { HtmlParts } from '../../views/html-parts.ts';
import { renderArticleParts } from '../../views/index.ts';
import { NO_SERIALIZED_JSON_LD, type SerializedJsonLdList } from '../../views/json-ld.ts';
import type { SiteView } from '../../views/types.ts';
import type { CommentSectionRequest } from '../deps.ts';
import { followMoved, movedOrNotFound } from '../moved-slug.ts';
import { sendPage } from '../send-page.ts';
import { articleMeta } from '../shared/meta.ts';
import { queryRecord, slugParam } from '../shared/params.ts';
import { loadArticleTranslations } from './article-translations.ts';
import type { PublicRoutesOptions } from './public-routes-options.ts';

/**
 * The article page around its comment section (the markup before and after it), with everything
 * it was rendered from. The head, the JSON-LD, the article, its neighbours and related posts were
 * about a quarter of the CPU of a cache-off 50-comment page, and are the same from one render to
 * the next while the data is.
 */
interface ArticleFrame {
  site: SiteView;
  previous: ArticleSummary | null;
  next: ArticleSummary | null;
  related: readonly ArticleSummary[];
  readingMinutes: number;
  commentCount: number | undefined;
  commentsJsonLd: readonly string[] | undefined;
  before: Html;
  after: Html;
}

/**
 * Frames kept, at most this many bytes in all (frameBytes): about 26 KB each on the bench site
 * (two-byte strings once a page holds one ’), and a crawler walking every article must not fill
 * a worker with them (kept as long as their articles before, with nothing counting them).
 */
const KEPT_FRAME_BYTES = 2 * 1024 * 1024;

/** A frame and the kept article it was drawn for (held weakly: the repository decides its life). */
interface KeptFrame {
  article: WeakRef<Article>;
  frame: ArticleFrame;
}

/** Bytes a kept frame holds: its markup (two slices of one page: the whole page) and its lists. */
function frameBytes({ frame }: KeptFrame): number {
  return (
    objectBytes(12) +
    stringBytes(frame.before.text) +
    stringBytes(frame.after.text) +
    (frame.commentsJsonLd ?? []).reduce((bytes, item) => bytes + stringBytes(item), objectBytes(0))
  );
}

/** True when both lists hold the same texts (null or undefined: no list). */
function sameItems(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function articleRoutes(app: FastifyInstance, { deps, cache, site }: PublicRoutesOptions): void {
  const readingTime = createReadingTime(deps.markdown.toPlainText);
  /**
   * Frames by article id, for one article object each. Only an article the repository keeps
   * (frozen, and the same object for as long as the database content is unchanged:
   * ArticleReadRepo) gets one, and a changed article is a new object without one. The
   * neighbours, related posts and site view are compared by identity (the repository and the
   * site view provider hand out the same objects while nothing changed), the comment count and
   * JSON-LD texts by value. A page with translations is rendered whole.
   */
  const frames = new LRUCache<number, KeptFrame>({ maxSize: KEPT_FRAME_BYTES, sizeCalculation: frameBytes });
  const framed = (
    frame: Omit<ArticleFrame, 'before' | 'after'>,
    article: Article,
    comments: HtmlParts,
    render: () => HtmlParts,
  ): HtmlParts => {
    if (!Object.isFrozen(article)) return render();
    const found = frames.get(article.id);
    const kept = found?.article.deref() === article ? found?.frame : undefined;
    if (
      kept !== undefined &&
      kept.site === frame.site &&
      kept.previous === frame.previous &&
      kept.next === frame.next &&
      kept.related === frame.related &&
      kept.readingMinutes === frame.readingMinutes &&
      kept.commentCount === frame.commentCount &&
      sameItems(kept.commentsJsonLd, frame.commentsJsonLd)
    )
      return [kept.before, ...comments, kept.after];
    const parts = render();
    frames.set(article.id, {
      article: new WeakRef(article),
      frame: { ...frame, before: parts[0] as Html, after: parts[parts.length - 1] as Html },
    });
    return parts;
  };

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
    const readingMinutes = readingTime(article);
    const render = () => {
      const meta = articleMeta(view, article);
      return renderArticleParts(
        {
          site: view,
          meta: translations ? { ...meta, alternates: translations.alternates } : meta,
          translations,
          article,
          readingMinutes,
          previous: adjacent.previous,
          next: adjacent.next,
          related,
          ...(comments.commentCount !== undefined
            ? { comments: { count: comments.commentCount, jsonLd: comments.jsonLd ?? NO_SERIALIZED_JSON_LD } }
            : {}),
        },
        comments.html,
      );
    };
    const jsonLd: SerializedJsonLdList | undefined =
      comments.commentCount !== undefined ? (comments.jsonLd ?? NO_SERIALIZED_JSON_LD) : undefined;
    return {
      body: translations
        ? render()
        : framed(
            {
              site: view,
              previous: adjacent.previous,
              next: adjacent.next,
              related,
              readingMinutes,
              commentCount: comments.commentCount,
              commentsJsonLd: jsonLd?.items,
            },
            article,
            comments.html,
            render,
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
