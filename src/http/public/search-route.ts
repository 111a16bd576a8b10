// Search: articles matching every word of the query (Chinese and Russian included, see
// content/search-text.ts), with a snippet around the match. Never indexed by search engines.
// `searchPage` is the one search page: the site's (/search) and each language front door's
// (/lang/<tag>/search, language-routes.ts) differ only in their scope.
import type { FastifyInstance } from 'fastify';
import { plainTextOf } from '../../content/article.ts';
import { buildSnippet, searchTokens } from '../../content/search-text.ts';
import { type Translator, translatorFor } from '../../i18n/index.ts';
import { renderSearch } from '../../views/index.ts';
import type { PageMeta, SiteView } from '../../views/types.ts';
import { sendPage } from '../send-page.ts';
import { pageMeta } from '../shared/meta.ts';
import { paginate, queryPage, queryRecord, searchQuery } from '../shared/params.ts';
import { listDeps } from './listing-support.ts';
import type { PublicRoutesOptions } from './public-routes-options.ts';

/** Where a search page searches, and how it is titled. */
export interface SearchScope {
  /** Path of the search form and of its result pages (`/search`, `/lang/fr/search`). */
  action: string;
  /** Only posts in this language (a front door's search); absent: every post. */
  language?: string;
  /** The page's title (with and without a query), description and head extras, in the site's language. */
  head(
    view: SiteView,
    ui: Translator,
    query: string,
  ): { title: string; description: string; extra?: Partial<PageMeta> };
}

/** Renders the search page for query `q` and page `page` in `scope`, with the changes it depends on. */
export async function searchPage(
  { deps, site }: Pick<PublicRoutesOptions, 'deps' | 'site'>,
  scope: SearchScope,
  q: string,
  page: number,
) {
  const [view, settings] = await Promise.all([site.get(), site.settings()]);
  const perPage = settings.postsPerPage;
  const tokens = searchTokens(q);
  const found =
    tokens.length > 0
      ? await deps.articles.search(
          tokens,
          deps.clock.now(),
          perPage,
          (page - 1) * perPage,
          scope.language !== undefined ? { language: scope.language } : {},
        )
      : { items: [], total: 0 };
  const urlOf = (p: number) => `${scope.action}?q=${encodeURIComponent(q)}${p > 1 ? `&page=${p}` : ''}`;
  const head = scope.head(view, translatorFor(view.language), q);
  return {
    body: renderSearch({
      site: view,
      meta: pageMeta(view, q ? urlOf(page) : scope.action, head.title, head.description, {
        noindex: true,
        ...head.extra,
      }),
      query: q,
      results: found.items.map((article) => ({
        article,
        snippet: buildSnippet(plainTextOf(article, deps.markdown.toPlainText), q),
      })),
      total: found.total,
      pagination: paginate(page, found.total, perPage, urlOf),
      action: scope.action,
    }),
    deps: listDeps(found.items.map((a) => a.id)),
  };
}

/** The whole site's search. */
const siteSearch: SearchScope = {
  action: '/search',
  head: (view, ui, q) => ({
    title: q
      ? ui.t('search.titleQuery', { query: q, site: view.title })
      : ui.t('search.title', { site: view.title }),
    description: ui.t('search.description', { site: view.title }),
  }),
};

export function searchRoute(app: FastifyInstance, options: PublicRoutesOptions): void {
  app.get('/search', (req, reply) => {
    const query = queryRecord(req.query);
    const q = searchQuery(query);
    const page = queryPage(query);
    return sendPage(options.cache, req, reply, () => searchPage(options, siteSearch, q, page));
  });
}
