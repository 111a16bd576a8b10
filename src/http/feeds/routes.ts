// Site-wide and per-tag feeds in RSS 2.0, Atom and JSON Feed.
import type { FastifyInstance } from 'fastify';
import { changeKey } from '../../content/change-keys.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../../kernel/app-error.ts';
import type { PageCache } from '../page-cache.ts';
import { slugParam } from '../shared/params.ts';
import { sendPage } from '../send-page.ts';
import type { SiteViewProvider } from '../site-view.ts';
import type { Article } from '../../content/article.ts';
import { articleFeedId } from '../../content/feed-id.ts';
import { buildFeed } from '../../views/feeds/article-feed.ts';
import { feedContentType, type FeedFormat } from '../../views/feeds/write-feed.ts';
import { mediaEnclosures } from './enclosure.ts';
import { languageHomePath } from '../../content/language.ts';
import { frontDoorLanguage, type FrontDoorLanguage } from '../shared/front-door.ts';
import { languageName } from '../../views/multilingual-text.ts';

const FEED_SIZE = 20;
const files: Record<string, FeedFormat> = { 'feed.xml': 'rss', 'atom.xml': 'atom', 'feed.json': 'json' };

/** Options of the feeds plugin. */
export interface FeedRoutesOptions {
  deps: AppDeps;
  cache: PageCache;
  site: SiteViewProvider;
}

/** Registers /feed.xml, /atom.xml, /feed.json and the same under /tag/:slug/ and /lang/:lang/. */
export async function feedRoutes(
  app: FastifyInstance,
  { deps, cache, site }: FeedRoutesOptions,
): Promise<void> {
  const enclosureOf = mediaEnclosures(deps.siteUrl, deps.editorial.mediaStore);
  const render = async (format: FeedFormat, tagSlug?: string, language?: FrontDoorLanguage) => {
    const tag = tagSlug === undefined ? undefined : await deps.tags.findBySlug(slugParam(tagSlug));
    if (tag === null) throw new AppError('NOT_FOUND', 'Feed not found.');
    const now = deps.clock.now();
    const list = await deps.articles.listPublished({
      now,
      limit: FEED_SIZE,
      offset: 0,
      tagId: tag?.id,
      ...(language ? { language: language.tag } : {}),
    });
    const articles = await Promise.all(list.items.map((s) => deps.articles.findById(s.id)));
    const view = await site.get();
    const found = articles.filter((a) => a !== null);
    const stored = await deps.articleIdentity.storedFeedIds(found.map((a) => a.id));
    const idOf = (a: Article) => articleFeedId({ ...a, feedId: stored.get(a.id) }, deps.siteUrl);
    const sources = { site: view, enclosureOf, idOf };
    return {
      body: await buildFeed(
        format,
        sources,
        found,
        now,
        tag,
        language && {
          tag: language.tag,
          name: languageName(language.tag),
          path: languageHomePath(language.tag),
        },
      ),
      contentType: feedContentType[format],
      deps: [
        changeKey.listing,
        changeKey.settings,
        ...(tag ? [changeKey.tag(tag.id)] : []),
        ...list.items.map((a) => changeKey.article(a.id)),
      ],
    };
  };
  for (const [file, format] of Object.entries(files)) {
    app.get(`/${file}`, (req, reply) => sendPage(cache, req, reply, () => render(format)));
    app.get<{ Params: { slug: string } }>(`/tag/:slug/${file}`, (req, reply) =>
      sendPage(cache, req, reply, () => render(format, req.params.slug)),
    );
  }
  // A language's front door has its own feeds (docs/multilingual.md).
  for (const [file, format] of Object.entries(files)) {
    app.get<{ Params: { lang: string } }>(`/lang/:lang/${file}`, async (req, reply) => {
      const language = await frontDoorLanguage(deps, req.params.lang, deps.clock.now());
      if (!language.canonical) return reply.redirect(`${languageHomePath(language.tag)}${file}`, 301);
      return sendPage(cache, req, reply, () => render(format, undefined, language));
    });
  }
  // WordPress-style /feed/ address used by many readers' subscriptions.
  app.get('/feed', (_req, reply) => reply.redirect('/feed.xml', 301));
}
