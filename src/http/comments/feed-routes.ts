// Comment feeds (RSS 2.0 and Atom) of approved comments only: site-wide at /comments/feed.xml
// and per article at /article/:slug/comments/feed.xml. Names and text only, never emails.
import type { FastifyInstance } from 'fastify';
import { Feed } from 'feed';
import { articlePath } from '../../content/article.ts';
import { changeKey } from '../../content/change-keys.ts';
import { commentKey } from '../../comments/change-keys.ts';
import { absolutizeHtml, feedContentType } from '../feeds/build-feed.ts';
import { AppError } from '../errors.ts';
import { slugParam } from '../public/params.ts';
import { sendPage } from '../send-page.ts';
import type { CommentRoutesContext } from './context.ts';

const FEED_SIZE = 30;
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const formats = { 'feed.xml': 'rss', 'atom.xml': 'atom' } as const;

/** Registers the comment feeds. */
export function registerFeedRoutes(app: FastifyInstance, ctx: CommentRoutesContext): void {
  const { deps, feature } = ctx;

  const render = async (format: 'rss' | 'atom', slug?: string) => {
    const now = deps.clock.now();
    const article =
      slug === undefined ? null : await deps.articles.findPublishedBySlug('post', slugParam(slug), now);
    if (slug !== undefined && !article) throw new AppError('NOT_FOUND', 'Feed not found.');
    const view = await ctx.site.get();
    const comments = await feature.comments.listLatestApproved(FEED_SIZE, article ? [article.id] : undefined);
    const articles = new Map<number, { title: string; path: string } | null>();
    for (const id of new Set(comments.map((c) => c.articleId))) {
      const a = article && article.id === id ? article : await deps.articles.findById(id);
      articles.set(id, a && a.status === 'published' ? { title: a.title, path: articlePath(a) } : null);
    }
    const base = article ? `${deps.siteUrl}${articlePath(article)}` : deps.siteUrl;
    const feed = new Feed({
      id: `${base}/comments/`,
      title: article ? `Comments on: ${article.title}` : `Comments — ${view.title}`,
      description: article ? `Comments on “${article.title}”` : `Latest comments on ${view.title}`,
      link: article ? `${base}#comments` : `${deps.siteUrl}/`,
      language: view.language,
      copyright: `© ${view.year} ${view.title}`,
      updated: comments[0] ? new Date(comments[0].createdAt) : new Date(0),
      generator: 'Silkpress',
      feedLinks: { rss: `${base}/comments/feed.xml`, atom: `${base}/comments/atom.xml` },
    });
    for (const c of comments) {
      const a = articles.get(c.articleId);
      if (!a) continue;
      const url = `${deps.siteUrl}${a.path}#comment-${c.id}`;
      const body = absolutizeHtml(feature.text.toHtml(c.content), deps.siteUrl);
      feed.addItem({
        // Many readers treat titles and descriptions as HTML: both carry escaped text only.
        title: escapeText(`Comment on ${a.title} by ${c.authorName}`),
        id: url,
        link: url,
        description: body,
        content: body,
        author: [{ name: c.authorName }],
        date: new Date(c.createdAt),
      });
    }
    return {
      body: format === 'rss' ? feed.rss2() : feed.atom1(),
      contentType: feedContentType[format],
      deps: [
        changeKey.settings,
        ...(article
          ? [commentKey.article(article.id), changeKey.article(article.id)]
          : [commentKey.all, changeKey.listing]),
      ],
    };
  };

  for (const [file, format] of Object.entries(formats)) {
    app.get(`/comments/${file}`, (req, reply) => sendPage(ctx.cache, req, reply, () => render(format)));
    app.get<{ Params: { slug: string } }>(`/article/:slug/comments/${file}`, (req, reply) =>
      sendPage(ctx.cache, req, reply, () => render(format, req.params.slug)),
    );
  }
}
