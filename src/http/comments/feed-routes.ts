// Comment feeds (RSS 2.0 and Atom) of approved comments only: site-wide at /comments/feed.xml
// and per article at /article/:slug/comments/feed.xml. Names and text only, never emails.
import type { FastifyInstance } from 'fastify';
import { type Article, articlePath } from '../../content/article.ts';
import { translatorFor } from '../../i18n/index.ts';
import { changeKey } from '../../content/change-keys.ts';
import { articleFeedId } from '../../content/feed-id.ts';
import { commentKey } from '../../comments/change-keys.ts';
import { absolutizeHtml } from '../../views/feeds/absolute-links.ts';
import type { FeedEntry } from '../../views/feeds/feed-model.ts';
import { feedContentType, writeFeed } from '../../views/feeds/write-feed.ts';
import { followMoved, movedOrNotFound } from '../moved-slug.ts';
import { slugParam } from '../shared/params.ts';
import { sendPage } from '../send-page.ts';
import type { CommentRoutesContext } from './context.ts';

const FEED_SIZE = 30;
const formats = { 'feed.xml': 'rss', 'atom.xml': 'atom' } as const;
const FILE = { rss: 'feed.xml', atom: 'atom.xml' } as const;

/** What a feed entry names of a comment's article (null: not a published post). */
type FeedArticle = { title: string; path: string; feedId: string } | null;

/** Registers the comment feeds. */
export function registerFeedRoutes(app: FastifyInstance, ctx: CommentRoutesContext): void {
  for (const [file, format] of Object.entries(formats)) {
    app.get(`/comments/${file}`, (req, reply) =>
      sendPage(ctx.cache, req, reply, () => renderCommentFeed(ctx, format)),
    );
    app.get<{ Params: { slug: string } }>(`/article/:slug/comments/${file}`, (req, reply) =>
      followMoved(req, reply, () =>
        sendPage(ctx.cache, req, reply, () => renderCommentFeed(ctx, format, req.params.slug)),
      ),
    );
  }
}

/** The site's comment feed, or the article's at `slug`. */
async function renderCommentFeed(ctx: CommentRoutesContext, format: 'rss' | 'atom', slug?: string) {
  const { deps, feature } = ctx;
  const now = deps.clock.now();
  const article =
    slug === undefined ? null : await deps.articles.findPublishedBySlug('post', slugParam(slug), now);
  if (slug !== undefined && !article) {
    await movedOrNotFound(deps.articleIdentity, {
      kind: 'post',
      slug,
      now,
      suffix: `/comments/${FILE[format]}`,
    });
  }
  const view = await ctx.site.get();
  // An article's comment feed speaks the article's language, as its comment section does.
  const ui = article ? translatorFor(article.language, view.language) : translatorFor(view.language);
  const comments = await feature.comments.listLatestApproved(FEED_SIZE, article ? [article.id] : undefined);
  const articles = await feedArticles(ctx, comments, article);
  const entries: FeedEntry[] = [];
  for (const c of comments) {
    const a = articles.get(c.articleId);
    if (!a) continue;
    const page = `${deps.siteUrl}${a.path}`;
    const date = new Date(c.createdAt);
    entries.push({
      // The article's permanent id with the comment's anchor: the URL it was, for stories
      // that had one before permanent ids; unchanged whatever the slug becomes.
      id: `${a.feedId}#comment-${c.id}`,
      url: `${page}#comment-${c.id}`,
      title: ui.t('feed.commentEntry', { article: a.title, author: c.authorName }),
      contentHtml: absolutizeHtml(feature.text.toHtml(c.content), deps.siteUrl, page),
      authors: [{ name: c.authorName }],
      published: date,
      updated: date,
      categories: [],
    });
  }
  const base = article ? `${deps.siteUrl}${articlePath(article)}` : deps.siteUrl;
  const body = writeFeed(format, {
    id: `${base}/comments/`,
    title: article
      ? ui.t('feed.articleComments', { article: article.title })
      : ui.t('feed.siteComments', { site: view.title }),
    description: article
      ? ui.t('feed.articleCommentsDescription', { article: article.title })
      : ui.t('feed.siteCommentsDescription', { site: view.title }),
    homeUrl: article ? `${base}#comments` : `${deps.siteUrl}/`,
    selfUrls: { rss: `${base}/comments/feed.xml`, atom: `${base}/comments/atom.xml` },
    language: article ? ui.lang : view.language,
    updated: entries[0]?.updated ?? now,
    copyright: ui.t('footer.copyright', { year: String(view.year), site: view.title }),
    entries,
  });
  const keys = article
    ? [commentKey.article(article.id), changeKey.article(article.id)]
    : [commentKey.all, changeKey.listing];
  return { body, contentType: feedContentType[format], deps: [changeKey.settings, ...keys] };
}

/** The articles of the feed's comments, by id (`article`: the feed's own, already read). */
async function feedArticles(
  { deps }: CommentRoutesContext,
  comments: ReadonlyArray<{ articleId: number }>,
  article: Article | null,
): Promise<Map<number, FeedArticle>> {
  const articles = new Map<number, FeedArticle>();
  const ids = [...new Set(comments.map((c) => c.articleId))];
  const stored = await deps.articleIdentity.storedFeedIds(ids);
  for (const id of ids) {
    const a = article && article.id === id ? article : await deps.articles.findById(id);
    const feedId = a && articleFeedId({ ...a, feedId: stored.get(id) }, deps.siteUrl);
    articles.set(
      id,
      a && feedId && a.status === 'published' ? { title: a.title, path: articlePath(a), feedId } : null,
    );
  }
  return articles;
}
