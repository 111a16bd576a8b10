// The reader's site: home, articles, pages, tags, authors, archives and search. Each route
// parses its input, asks the content repositories, and renders through src/views.
import type { FastifyInstance } from 'fastify';
import { type Article, createReadingTime, plainTextOf } from '../../content/article.ts';
import { commentKey } from '../../comments/change-keys.ts';
import { changeKey } from '../../content/change-keys.ts';
import { buildSnippet, searchTokens } from '../../content/search-text.ts';
import {
  renderArticleParts,
  renderHome,
  renderListing,
  renderSearch,
  renderStaticPage,
} from '../../views/index.ts';
import { translatorFor } from '../../i18n/index.ts';
import { formatMonth } from '../../views/format-date.ts';
import type { CommentSectionRequest } from '../deps.ts';
import { AppError } from '../../kernel/app-error.ts';
import { sendPage } from '../send-page.ts';
import { archiveListing } from './archive-listing.ts';
import { articleMeta, authorMeta, homeMeta, pageMeta, tagMeta } from '../shared/meta.ts';
import { followMoved, movedOrNotFound } from '../moved-slug.ts';
import { loadArticleTranslations } from './article-translations.ts';
import { languageRoutes } from './language-routes.ts';
import type { PublicRoutesOptions } from './public-routes-options.ts';
import {
  monthParam,
  pageParam,
  paginate,
  queryPage,
  queryRecord,
  searchQuery,
  slugParam,
} from '../shared/params.ts';

const notFound = (): never => {
  throw new AppError('NOT_FOUND', 'Page not found.');
};

/** Options of the public routes plugin. */

/** Registers the public pages. */
export async function publicRoutes(
  app: FastifyInstance,
  { deps, cache, site }: PublicRoutesOptions,
): Promise<void> {
  const readingTime = createReadingTime(deps.markdown.toPlainText);
  const listDeps = (ids: number[], ...extra: string[]) => [
    changeKey.listing,
    changeKey.settings,
    ...extra,
    ...ids.map(changeKey.article),
    ...ids.map(commentKey.article),
  ];
  // Listings show each article's approved comment count when the comments feature is present.
  const withCommentCounts = async <T extends { id: number }>(items: T[]): Promise<T[]> => {
    if (items.length === 0) return items;
    const counts = await deps.commentCounts(items.map((i) => i.id));
    return items.map((i) => ({ ...i, commentCount: counts.get(i.id) ?? 0 }));
  };

  const home = async (page: number) => {
    const [view, settings] = await Promise.all([site.get(), site.settings()]);
    const perPage = settings.postsPerPage;
    const list = await deps.articles.listPublished({
      now: deps.clock.now(),
      limit: perPage,
      offset: (page - 1) * perPage,
    });
    if (page > 1 && list.items.length === 0) notFound();
    const path = page > 1 ? `/page/${page}` : '/';
    return {
      body: renderHome({
        site: view,
        meta: homeMeta(view, path, page),
        items: await withCommentCounts(list.items),
        pagination: paginate(page, list.total, perPage, (p) => (p > 1 ? `/page/${p}` : '/')),
      }),
      deps: listDeps(list.items.map((a) => a.id)),
    };
  };

  app.get('/', (req, reply) => sendPage(cache, req, reply, () => home(1)));
  app.get<{ Params: { n: string } }>('/page/:n', (req, reply) => {
    if (req.params.n === '1') return reply.redirect('/', 301);
    return sendPage(cache, req, reply, () => home(pageParam(req.params.n)));
  });

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
            ? { comments: { count: comments.commentCount, jsonLd: comments.jsonLd ?? [] } }
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
    // A reader with a held comment (or remembered details) gets a personal, uncached page.
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

  const tagPage = async (slug: string, page: number) => {
    const tag = (await deps.tags.findBySlug(slugParam(slug))) ?? notFound();
    const [view, settings] = await Promise.all([site.get(), site.settings()]);
    const perPage = settings.postsPerPage;
    const list = await deps.articles.listPublished({
      now: deps.clock.now(),
      limit: perPage,
      offset: (page - 1) * perPage,
      tagId: tag.id,
    });
    if (page > 1 && list.items.length === 0) notFound();
    const base = `/tag/${encodeURIComponent(tag.slug)}`;
    const path = page > 1 ? `${base}/page/${page}` : base;
    return {
      body: renderListing({
        site: view,
        meta: tagMeta(view, tag, path, page),
        kind: 'tag',
        heading: tag.name,
        intro: tag.description,
        items: await withCommentCounts(list.items),
        pagination: paginate(page, list.total, perPage, (p) => (p > 1 ? `${base}/page/${p}` : base)),
        tag,
      }),
      deps: listDeps(
        list.items.map((a) => a.id),
        changeKey.tag(tag.id),
      ),
    };
  };
  app.get<{ Params: { slug: string } }>('/tag/:slug', (req, reply) =>
    sendPage(cache, req, reply, () => tagPage(req.params.slug, 1)),
  );
  app.get<{ Params: { slug: string; n: string } }>('/tag/:slug/page/:n', (req, reply) =>
    sendPage(cache, req, reply, () => tagPage(req.params.slug, pageParam(req.params.n))),
  );

  const authorPage = async (slug: string, page: number) => {
    const author = (await deps.users.findAuthorBySlug(slugParam(slug))) ?? notFound();
    const [view, settings] = await Promise.all([site.get(), site.settings()]);
    const perPage = settings.postsPerPage;
    const list = await deps.articles.listPublished({
      now: deps.clock.now(),
      limit: perPage,
      offset: (page - 1) * perPage,
      authorId: author.id,
    });
    if (list.items.length === 0) notFound(); // no public byline yet: not a public page
    const base = `/author/${encodeURIComponent(author.slug)}`;
    const path = page > 1 ? `${base}/page/${page}` : base;
    return {
      body: renderListing({
        site: view,
        meta: authorMeta(view, author, path, page),
        kind: 'author',
        heading: author.name,
        intro: author.bio,
        items: list.items,
        pagination: paginate(page, list.total, perPage, (p) => (p > 1 ? `${base}/page/${p}` : base)),
        author,
      }),
      deps: listDeps(
        list.items.map((a) => a.id),
        changeKey.author(author.id),
      ),
    };
  };
  app.get<{ Params: { slug: string } }>('/author/:slug', (req, reply) =>
    sendPage(cache, req, reply, () => authorPage(req.params.slug, 1)),
  );
  app.get<{ Params: { slug: string; n: string } }>('/author/:slug/page/:n', (req, reply) =>
    sendPage(cache, req, reply, () => authorPage(req.params.slug, pageParam(req.params.n))),
  );

  const archivePage = async (month: string | null, page: number) => {
    const [view, settings] = await Promise.all([site.get(), site.settings()]);
    const perPage = settings.postsPerPage;
    const { months, shown, list } = await archiveListing(deps.articles, {
      now: deps.clock.now(),
      timeZone: settings.timezone,
      perPage,
      month,
      page,
    });
    const base = month ? `/archive/${month.replace('-', '/')}` : '/archive';
    const path = page > 1 ? `${base}/page/${page}` : base;
    const ui = translatorFor(view.language);
    const heading = month
      ? ui.t('archive.monthHeading', { month: formatMonth(month, ui.lang) })
      : ui.t('archive.heading');
    return {
      body: renderListing({
        site: view,
        meta: pageMeta(
          view,
          path,
          `${heading} — ${view.title}`,
          ui.t('archive.description', { site: view.title }),
        ),
        kind: 'archive',
        heading,
        intro: shown
          ? ui.t('archive.intro', { count: list.total, month: formatMonth(shown, ui.lang) })
          : ui.t('archive.empty'),
        items: list.items,
        pagination: paginate(page, list.total, perPage, (p) => (p > 1 ? `${base}/page/${p}` : base)),
        months,
      }),
      deps: listDeps(list.items.map((a) => a.id)),
    };
  };
  app.get('/archive', (req, reply) => sendPage(cache, req, reply, () => archivePage(null, 1)));
  app.get<{ Params: { y: string; m: string } }>('/archive/:y/:m', (req, reply) =>
    sendPage(cache, req, reply, () => archivePage(monthParam(req.params.y, req.params.m), 1)),
  );
  app.get<{ Params: { y: string; m: string; n: string } }>('/archive/:y/:m/page/:n', (req, reply) =>
    sendPage(cache, req, reply, () =>
      archivePage(monthParam(req.params.y, req.params.m), pageParam(req.params.n)),
    ),
  );

  app.get('/search', (req, reply) => {
    const query = queryRecord(req.query);
    const q = searchQuery(query);
    const page = queryPage(query);
    return sendPage(cache, req, reply, async () => {
      const [view, settings] = await Promise.all([site.get(), site.settings()]);
      const perPage = settings.postsPerPage;
      const tokens = searchTokens(q);
      const found =
        tokens.length > 0
          ? await deps.articles.search(tokens, deps.clock.now(), perPage, (page - 1) * perPage)
          : { items: [], total: 0 };
      const urlOf = (p: number) => `/search?q=${encodeURIComponent(q)}${p > 1 ? `&page=${p}` : ''}`;
      const ui = translatorFor(view.language);
      return {
        body: renderSearch({
          site: view,
          meta: pageMeta(
            view,
            q ? urlOf(page) : '/search',
            q
              ? ui.t('search.titleQuery', { query: q, site: view.title })
              : ui.t('search.title', { site: view.title }),
            ui.t('search.description', { site: view.title }),
            {
              noindex: true,
            },
          ),
          query: q,
          results: found.items.map((article) => ({
            article,
            snippet: buildSnippet(plainTextOf(article, deps.markdown.toPlainText), q),
          })),
          total: found.total,
          pagination: paginate(page, found.total, perPage, urlOf),
        }),
        deps: listDeps(found.items.map((a) => a.id)),
      };
    });
  });

  await languageRoutes(app, { deps, cache, site });

  // Static pages live at the root (/about, /privacy); registered last so fixed routes win.
  app.get<{ Params: { slug: string } }>('/:slug', (req, reply) =>
    followMoved(req, reply, () =>
      sendPage(cache, req, reply, async () => {
        const now = deps.clock.now();
        const slug = slugParam(req.params.slug);
        const page =
          (await deps.articles.findPublishedBySlug('page', slug, now)) ??
          (await movedOrNotFound(deps.articleIdentity, { kind: 'page', slug, now }));
        const [view, extras] = await Promise.all([site.get(), deps.staticPageExtras(page.slug)]);
        return {
          body: renderStaticPage({
            site: view,
            meta: articleMeta(view, page),
            page,
            ...(extras ? { extraHtml: extras.html } : {}),
          }),
          deps: [changeKey.settings, changeKey.article(page.id), ...(extras?.deps ?? [])],
        };
      }),
    ),
  );
}
