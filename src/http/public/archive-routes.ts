// The archive: every month with articles, and each month's articles, with numbered pages. Months
// are the site's time zone's months.
import type { FastifyInstance } from 'fastify';
import { translatorFor } from '../../i18n/index.ts';
import { formatMonth } from '../../views/format-date.ts';
import { renderListing } from '../../views/index.ts';
import { sendPage } from '../send-page.ts';
import { pageMeta } from '../shared/meta.ts';
import { monthParam, pageParam, paginate } from '../shared/params.ts';
import { archiveListing } from './archive-listing.ts';
import { listDeps } from './listing-support.ts';
import type { PublicRoutesOptions } from './public-routes-options.ts';

export function archiveRoutes(app: FastifyInstance, { deps, cache, site }: PublicRoutesOptions): void {
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
}
