// Search: articles matching every word of the query (Chinese and Russian included, see
// content/search-text.ts), with a snippet around the match. Never indexed by search engines.
import type { FastifyInstance } from 'fastify';
import { plainTextOf } from '../../content/article.ts';
import { buildSnippet, searchTokens } from '../../content/search-text.ts';
import { translatorFor } from '../../i18n/index.ts';
import { renderSearch } from '../../views/index.ts';
import { sendPage } from '../send-page.ts';
import { pageMeta } from '../shared/meta.ts';
import { paginate, queryPage, queryRecord, searchQuery } from '../shared/params.ts';
import { listDeps } from './listing-support.ts';
import type { PublicRoutesOptions } from './public-routes-options.ts';

export function searchRoute(app: FastifyInstance, { deps, cache, site }: PublicRoutesOptions): void {
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
            { noindex: true },
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
}
