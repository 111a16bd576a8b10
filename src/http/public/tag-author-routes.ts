// A tag's and an author's article listings, with numbered pages. An author without a public
// byline has no public page.
import type { FastifyInstance } from 'fastify';
import { changeKey } from '../../content/change-keys.ts';
import { renderListing } from '../../views/index.ts';
import type { ListingProps, SiteView } from '../../views/types.ts';
import { sendPage } from '../send-page.ts';
import { authorMeta, tagMeta } from '../shared/meta.ts';
import { pageParam, paginate, slugParam } from '../shared/params.ts';
import { commentCountsOf, listDeps, notFound } from './listing-support.ts';
import type { PublicRoutesOptions } from './public-routes-options.ts';

export function tagAndAuthorRoutes(app: FastifyInstance, { deps, cache, site }: PublicRoutesOptions): void {
  const withCommentCounts = commentCountsOf(deps);
  const pagesOf = (base: string) => (p: number) => (p > 1 ? `${base}/page/${p}` : base);

  /** One page of a tag's or an author's articles; a page past the last is a 404. */
  const listingPage = async (
    page: number,
    o: {
      filter: { tagId: number } | { authorId: number };
      base: string;
      change: string;
      describe: (view: SiteView, path: string) => Omit<ListingProps, 'site' | 'items' | 'pagination'>;
      /** Listings by tag show comment counts; an author's page does not. */
      commentCounts: boolean;
      /** An author without a public byline has no public page, not even an empty first one. */
      emptyIsNotFound: boolean;
    },
  ) => {
    const [view, settings] = await Promise.all([site.get(), site.settings()]);
    const perPage = settings.postsPerPage;
    const list = await deps.articles.listPublished({
      now: deps.clock.now(),
      limit: perPage,
      offset: (page - 1) * perPage,
      ...o.filter,
    });
    if ((page > 1 || o.emptyIsNotFound) && list.items.length === 0) notFound();
    return {
      body: renderListing({
        ...o.describe(view, pagesOf(o.base)(page)),
        site: view,
        items: o.commentCounts ? await withCommentCounts(list.items) : list.items,
        pagination: paginate(page, list.total, perPage, pagesOf(o.base)),
      }),
      deps: listDeps(
        list.items.map((a) => a.id),
        o.change,
      ),
    };
  };

  const tagPage = async (slug: string, page: number) => {
    const tag = (await deps.tags.findBySlug(slugParam(slug))) ?? notFound();
    return listingPage(page, {
      filter: { tagId: tag.id },
      base: `/tag/${encodeURIComponent(tag.slug)}`,
      change: changeKey.tag(tag.id),
      describe: (view, path) => ({
        meta: tagMeta(view, tag, path, page),
        kind: 'tag',
        heading: tag.name,
        intro: tag.description,
        tag,
      }),
      commentCounts: true,
      emptyIsNotFound: false,
    });
  };

  const authorPage = async (slug: string, page: number) => {
    const author = (await deps.users.findAuthorBySlug(slugParam(slug))) ?? notFound();
    return listingPage(page, {
      filter: { authorId: author.id },
      base: `/author/${encodeURIComponent(author.slug)}`,
      change: changeKey.author(author.id),
      describe: (view, path) => ({
        meta: authorMeta(view, author, path, page),
        kind: 'author',
        heading: author.name,
        intro: author.bio,
        author,
      }),
      commentCounts: false,
      emptyIsNotFound: true,
    });
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
