// A tag's and an author's article listings, with numbered pages. An author without a public
// byline has no public page.
import type { FastifyInstance } from 'fastify';
import { changeKey } from '../../content/change-keys.ts';
import { renderListing } from '../../views/index.ts';
import { sendPage } from '../send-page.ts';
import { authorMeta, tagMeta } from '../shared/meta.ts';
import { pageParam, paginate, slugParam } from '../shared/params.ts';
import { commentCountsOf, listDeps, notFound } from './listing-support.ts';
import type { PublicRoutesOptions } from './public-routes-options.ts';

export function tagAndAuthorRoutes(app: FastifyInstance, { deps, cache, site }: PublicRoutesOptions): void {
  const withCommentCounts = commentCountsOf(deps);
  const pagesOf = (base: string) => (p: number) => (p > 1 ? `${base}/page/${p}` : base);

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
    return {
      body: renderListing({
        site: view,
        meta: tagMeta(view, tag, pagesOf(base)(page), page),
        kind: 'tag',
        heading: tag.name,
        intro: tag.description,
        items: await withCommentCounts(list.items),
        pagination: paginate(page, list.total, perPage, pagesOf(base)),
        tag,
      }),
      deps: listDeps(
        list.items.map((a) => a.id),
        changeKey.tag(tag.id),
      ),
    };
  };

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
    return {
      body: renderListing({
        site: view,
        meta: authorMeta(view, author, pagesOf(base)(page), page),
        kind: 'author',
        heading: author.name,
        intro: author.bio,
        items: list.items,
        pagination: paginate(page, list.total, perPage, pagesOf(base)),
        author,
      }),
      deps: listDeps(
        list.items.map((a) => a.id),
        changeKey.author(author.id),
      ),
    };
  };

  app.get<{ Params: { slug: string } }>('/tag/:slug', (req, reply) =>
    sendPage(cache, req, reply, () => tagPage(req.params.slug, 1)),
  );
  app.get<{ Params: { slug: string; n: string } }>('/tag/:slug/page/:n', (req, reply) =>
    sendPage(cache, req, reply, () => tagPage(req.params.slug, pageParam(req.params.n))),
  );
  app.get<{ Params: { slug: string } }>('/author/:slug', (req, reply) =>
    sendPage(cache, req, reply, () => authorPage(req.params.slug, 1)),
  );
  app.get<{ Params: { slug: string; n: string } }>('/author/:slug/page/:n', (req, reply) =>
    sendPage(cache, req, reply, () => authorPage(req.params.slug, pageParam(req.params.n))),
  );
}
