// sitemap.xml (every public page), a Google News sitemap (posts of the last two days) and
// robots.txt.
import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { articlePath } from '../../content/article.ts';
import type { SitemapEntry } from '../../content/article-storage.ts';
import { changeKey } from '../../content/change-keys.ts';
import { articleTranslations } from '../../views/translation-links.ts';
import type { SiteView } from '../../views/types.ts';
import type { AppDeps } from '../deps.ts';
import type { PageCache } from '../page-cache.ts';
import { newsLanguageCode } from '../../views/feeds/feed-language.ts';
import { sendPage } from '../send-page.ts';
import type { SiteViewProvider } from '../site-view.ts';

const TWO_DAYS_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * A news sitemap with nothing from the last two days: an empty urlset, which Google accepts (the
 * sitemap writer refuses to end a stream it wrote nothing to).
 */
const EMPTY_NEWS_SITEMAP =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>';

/**
 * Writes the XML with the `sitemap` package, imported on the first sitemap asked for: some 0.5 MB
 * of heap that a worker serving pages would otherwise hold from the start.
 */
async function toXml(hostname: string, items: object[]): Promise<string> {
  const { SitemapStream, streamToPromise } = await import('sitemap');
  const stream = new SitemapStream({
    hostname,
    xmlns: { news: true, xhtml: true, image: false, video: false },
  });
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString('utf8');
}

/**
 * The `xhtml:link` alternates of every public article with public translations, the same as its
 * page's hreflang links (views/translation-links.ts): each version, then x-default.
 */
function sitemapAlternates(
  view: SiteView,
  entries: SitemapEntry[],
): Map<number, Array<{ lang: string; url: string }>> {
  const groups = new Map<string, SitemapEntry[]>();
  for (const e of entries) {
    if (!e.translationGroup) continue;
    const list = groups.get(e.translationGroup) ?? [];
    list.push(e);
    groups.set(e.translationGroup, list);
  }
  const out = new Map<number, Array<{ lang: string; url: string }>>();
  const version = (e: SitemapEntry) => ({ ...e, path: articlePath(e) });
  for (const members of groups.values()) {
    for (const e of members) {
      const others = members.filter((m) => m.id !== e.id).map(version);
      const t = articleTranslations(view, version(e), others);
      if (t)
        out.set(
          e.id,
          t.alternates.map((a) => ({ lang: a.hreflang, url: a.href })),
        );
    }
  }
  return out;
}

/** Options of the sitemap routes. */
export interface SitemapRoutesOptions {
  deps: AppDeps;
  cache: PageCache;
  site: SiteViewProvider;
}

/** Registers /sitemap.xml, /news-sitemap.xml and /robots.txt. */
export async function sitemapRoutes(
  app: FastifyInstance,
  { deps, cache, site }: SitemapRoutesOptions,
): Promise<void> {
  app.get('/sitemap.xml', (req, reply) =>
    sendPage(cache, req, reply, async () => {
      const now = deps.clock.now();
      const [entries, tags, view] = await Promise.all([
        deps.articles.listForSitemap(now),
        deps.tags.listUsed(now),
        site.get(),
      ]);
      const latest = entries[0]?.updatedAt;
      const alternates = sitemapAlternates(view, entries);
      const items = [
        { url: '/', ...(latest ? { lastmod: latest } : {}), changefreq: 'hourly' },
        ...entries.map((e) => ({
          url: articlePath(e),
          lastmod: e.updatedAt,
          ...(alternates.has(e.id) ? { links: alternates.get(e.id) } : {}),
        })),
        ...tags.map((t) => ({ url: `/tag/${encodeURIComponent(t.slug)}` })),
      ];
      return {
        body: await toXml(deps.siteUrl, items),
        contentType: 'application/xml; charset=utf-8',
        deps: [
          changeKey.listing,
          changeKey.settings,
          ...entries.map((e) => changeKey.article(e.id)),
          ...entries.map((e) => changeKey.translations(e.id)),
        ],
      };
    }),
  );

  app.get(
    '/news-sitemap.xml',
    (req, reply) =>
      sendPage(
        cache,
        req,
        reply,
        async () => {
          const now = deps.clock.now();
          const since = new Date(now.getTime() - TWO_DAYS_MS).toISOString();
          const [entries, view] = await Promise.all([deps.articles.listForSitemap(now), site.get()]);
          const recent = entries.filter((e) => e.kind === 'post' && e.publishedAt >= since).slice(0, 1000);
          const items = recent.map((e) => ({
            url: articlePath(e),
            news: {
              publication: { name: view.title, language: newsLanguageCode(e.language) },
              publication_date: e.publishedAt,
              title: e.title,
            },
          }));
          return {
            body: items.length > 0 ? await toXml(deps.siteUrl, items) : EMPTY_NEWS_SITEMAP,
            contentType: 'application/xml; charset=utf-8',
            deps: [changeKey.listing, changeKey.settings],
          };
        },
        { store: false },
      ), // what counts as "recent" moves with the clock
  );

  app.get('/robots.txt', async (_req, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .header('Cache-Control', 'public, max-age=3600')
      .send(
        [
          'User-agent: *',
          'Allow: /',
          'Disallow: /admin',
          'Disallow: /search',
          '',
          `Sitemap: ${deps.siteUrl}/sitemap.xml`,
          `Sitemap: ${deps.siteUrl}/news-sitemap.xml`,
          '',
        ].join('\n'),
      ),
  );
}
