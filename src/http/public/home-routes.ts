// The home page and its numbered pages (/page/2 …; /page/1 is the home page itself).
import type { FastifyInstance } from 'fastify';
import { renderHome } from '../../views/index.ts';
import { sendPage } from '../send-page.ts';
import { homeMeta } from '../shared/meta.ts';
import { pageParam, paginate } from '../shared/params.ts';
import { commentCountsOf, listDeps, notFound } from './listing-support.ts';
import type { PublicRoutesOptions } from './public-routes-options.ts';

export function homeRoutes(app: FastifyInstance, { deps, cache, site }: PublicRoutesOptions): void {
  const withCommentCounts = commentCountsOf(deps);
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
}
