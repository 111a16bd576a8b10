// The per-language front doors (docs/multilingual.md): under /lang/<tag>/ a home page, archives,
// search and (in http/feeds) feeds limited to the posts in one language. Stable addresses: the
// tag in lower case, a trailing slash on the home page; any other spelling answers 301 there.
// Nothing depends on Accept-Language, so each URL has one cached page.
import { translatorFor } from '../../i18n/index.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { languageHomePath } from '../../content/language.ts';
import { formatMonth } from '../../views/format-date.ts';
import { languageName } from '../../views/multilingual-text.ts';
import { renderLanguageHome, renderListing } from '../../views/index.ts';
import { sendPage } from '../send-page.ts';
import { archiveListing } from './archive-listing.ts';
import { listDeps, notFound } from './listing-support.ts';
import { type SearchScope, searchPage } from './search-route.ts';
import { frontDoorLanguage, type FrontDoorLanguage } from '../shared/front-door.ts';
import { pageMeta } from '../shared/meta.ts';
import { monthParam, pageParam, paginate, queryPage, queryRecord, searchQuery } from '../shared/params.ts';
import type { PublicRoutesOptions } from './public-routes-options.ts';

type FrontDoorOptions = Pick<PublicRoutesOptions, 'deps' | 'site'>;

/** The language of the URL, or null after a 301 to its canonical spelling (`rest`: the path after it). */
async function door(
  deps: PublicRoutesOptions['deps'],
  req: FastifyRequest,
  reply: FastifyReply,
  raw: string,
  rest: string,
): Promise<FrontDoorLanguage | null> {
  const found = await frontDoorLanguage(deps, raw, deps.clock.now());
  const path = req.url.split('?')[0] ?? '';
  const canonical = `${languageHomePath(found.tag)}${rest}`;
  if (!found.canonical || (rest === '' && path !== canonical)) {
    const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
    void reply.redirect(`${canonical}${query}`, 301);
    return null;
  }
  return found;
}

/** The feeds of one language, for the pages' <link rel="alternate">. */
function feeds(view: { siteUrl: string; title: string; language: string }, lang: FrontDoorLanguage) {
  const base = `${view.siteUrl}${languageHomePath(lang.tag)}`;
  const ui = translatorFor(view.language);
  const title = (format: string) =>
    ui.t('frontDoor.feedTitle', { site: view.title, language: languageName(lang.tag), format });
  return [
    { href: `${base}feed.xml`, type: 'application/rss+xml' as const, title: title('RSS') },
    { href: `${base}atom.xml`, type: 'application/atom+xml' as const, title: title('Atom') },
    { href: `${base}feed.json`, type: 'application/feed+json' as const, title: title('JSON Feed') },
  ];
}

/** Page `page` of a language's home: its latest posts. */
async function home({ deps, site }: FrontDoorOptions, lang: FrontDoorLanguage, page: number) {
  const [view, settings, languages] = await Promise.all([
    site.get(),
    site.settings(),
    deps.translations.publicLanguages(deps.clock.now()),
  ]);
  const perPage = settings.postsPerPage;
  const list = await deps.articles.listPublished({
    now: deps.clock.now(),
    limit: perPage,
    offset: (page - 1) * perPage,
    language: lang.tag,
  });
  if (page > 1 && list.items.length === 0) notFound();
  const base = languageHomePath(lang.tag);
  const urlOf = (p: number) => (p > 1 ? `${base}page/${p}` : base);
  const name = languageName(lang.tag);
  const ui = translatorFor(view.language);
  const counts = list.items.length ? await deps.commentCounts(list.items.map((a) => a.id)) : new Map();
  return {
    body: renderLanguageHome({
      site: view,
      meta: pageMeta(
        view,
        urlOf(page),
        page > 1
          ? ui.t('frontDoor.titlePage', { language: name, page, site: view.title })
          : ui.t('frontDoor.title', { language: name, site: view.title }),
        view.description,
        {
          alternates: [{ hreflang: lang.tag, href: `${view.siteUrl}${urlOf(page)}` }],
          feeds: feeds(view, lang),
        },
      ),
      items: list.items.map((a) => ({ ...a, commentCount: counts.get(a.id) ?? 0 })),
      pagination: paginate(page, list.total, perPage, urlOf),
      language: lang.tag,
      languages,
      paths: { archive: `${base}archive`, search: `${base}search`, feed: `${base}feed.xml` },
    }),
    deps: listDeps(list.items.map((a) => a.id)),
  };
}

/** A language's archive: every month, or page `page` of one month's posts. */
async function archive(
  { deps, site }: FrontDoorOptions,
  lang: FrontDoorLanguage,
  month: string | null,
  page: number,
) {
  const [view, settings] = await Promise.all([site.get(), site.settings()]);
  const perPage = settings.postsPerPage;
  const { months, shown, list } = await archiveListing(deps.articles, {
    now: deps.clock.now(),
    timeZone: settings.timezone,
    perPage,
    month,
    page,
    language: lang.tag,
  });
  const homePath = languageHomePath(lang.tag);
  const monthPath = (m: string) => `${homePath}archive/${m.replace('-', '/')}`;
  const base = month ? monthPath(month) : `${homePath}archive`;
  const path = page > 1 ? `${base}/page/${page}` : base;
  const name = languageName(lang.tag);
  const ui = translatorFor(view.language);
  const heading = month
    ? ui.t('frontDoor.archiveMonthHeading', { language: name, month: formatMonth(month, view.language) })
    : ui.t('frontDoor.archiveHeading', { language: name });
  const title = ui.t('frontDoor.pageTitle', { heading, site: view.title });
  return {
    body: renderListing({
      site: view,
      meta: pageMeta(view, path, title, ui.t('frontDoor.archiveDescription', { language: name }), {
        alternates: [{ hreflang: lang.tag, href: `${view.siteUrl}${path}` }],
        feeds: feeds(view, lang),
      }),
      kind: 'archive',
      heading,
      intro: '',
      items: list.items,
      pagination: paginate(page, list.total, perPage, (p) => (p > 1 ? `${base}/page/${p}` : base)),
      months,
      ...(shown ? { currentMonth: shown } : {}),
      monthPath,
    }),
    deps: listDeps(list.items.map((a) => a.id)),
  };
}

/** Registers /lang/:lang/ and the pages under it. */
export async function languageRoutes(app: FastifyInstance, opts: PublicRoutesOptions): Promise<void> {
  const { deps, cache, site } = opts;
  app.get<{ Params: { lang: string } }>('/lang/:lang', async (req, reply) => {
    const lang = await door(deps, req, reply, req.params.lang, '');
    return lang ? sendPage(cache, req, reply, () => home(opts, lang, 1)) : reply;
  });
  app.get<{ Params: { lang: string; n: string } }>('/lang/:lang/page/:n', async (req, reply) => {
    if (req.params.n === '1') return reply.redirect(languageHomePath(req.params.lang), 301);
    const lang = await door(deps, req, reply, req.params.lang, `page/${req.params.n}`);
    return lang ? sendPage(cache, req, reply, () => home(opts, lang, pageParam(req.params.n))) : reply;
  });

  app.get<{ Params: { lang: string } }>('/lang/:lang/archive', async (req, reply) => {
    const lang = await door(deps, req, reply, req.params.lang, 'archive');
    return lang ? sendPage(cache, req, reply, () => archive(opts, lang, null, 1)) : reply;
  });
  app.get<{ Params: { lang: string; y: string; m: string } }>(
    '/lang/:lang/archive/:y/:m',
    async (req, reply) => {
      const { y, m } = req.params;
      const lang = await door(deps, req, reply, req.params.lang, `archive/${y}/${m}`);
      return lang ? sendPage(cache, req, reply, () => archive(opts, lang, monthParam(y, m), 1)) : reply;
    },
  );
  app.get<{ Params: { lang: string; y: string; m: string; n: string } }>(
    '/lang/:lang/archive/:y/:m/page/:n',
    async (req, reply) => {
      const { y, m, n } = req.params;
      const lang = await door(deps, req, reply, req.params.lang, `archive/${y}/${m}/page/${n}`);
      return lang
        ? sendPage(cache, req, reply, () => archive(opts, lang, monthParam(y, m), pageParam(n)))
        : reply;
    },
  );

  app.get<{ Params: { lang: string } }>('/lang/:lang/search', async (req, reply) => {
    const lang = await door(deps, req, reply, req.params.lang, 'search');
    if (!lang) return reply;
    const query = queryRecord(req.query);
    const name = languageName(lang.tag);
    const scope: SearchScope = {
      action: `${languageHomePath(lang.tag)}search`,
      language: lang.tag,
      head: (view, ui, q) => ({
        title: q
          ? ui.t('frontDoor.searchTitleQuery', { language: name, query: q, site: view.title })
          : ui.t('frontDoor.title', { language: name, site: view.title }),
        description: ui.t('frontDoor.searchDescription', { language: name }),
        extra: { feeds: feeds(view, lang) },
      }),
    };
    return sendPage(cache, req, reply, () =>
      searchPage({ deps, site }, scope, searchQuery(query), queryPage(query)),
    );
  });
}
