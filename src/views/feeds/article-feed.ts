// The feed of published posts (site-wide or one tag's), with full content and absolute URLs.
// Authors are named and linked, never with an email address.
import { type Article, articlePath, type Tag } from '../../content/article.ts';
import type { SiteView } from '../types.ts';
import { absolutizeHtml } from './absolute-links.ts';
import type { EnclosureLookup, FeedEntry } from './feed-model.ts';
import { type FeedFormat, writeFeed } from './write-feed.ts';

/** What turning articles into feed entries needs besides the articles. */
export interface EntrySources {
  site: SiteView;
  /** The permanent id of an article's entry. */
  idOf(article: Article): string;
  enclosureOf: EnclosureLookup;
}

async function entryOf(a: Article, s: EntrySources): Promise<FeedEntry> {
  const { siteUrl } = s.site;
  const url = `${siteUrl}${articlePath(a)}`;
  const image = a.featureImage ? new URL(a.featureImage.src, `${siteUrl}/`).toString() : undefined;
  const enclosure = a.featureImage ? await s.enclosureOf(a.featureImage.src) : null;
  return {
    id: s.idOf(a),
    url,
    title: a.title,
    summary: a.excerpt,
    contentHtml: absolutizeHtml(a.bodyHtml, siteUrl, url),
    authors: [{ name: a.author.name, url: `${siteUrl}/author/${encodeURIComponent(a.author.slug)}` }],
    published: new Date(a.publishedAt ?? a.updatedAt),
    updated: new Date(a.updatedAt),
    categories: a.tags.map((t) => ({ term: t.slug, label: t.name, scheme: `${siteUrl}/tag/` })),
    ...(image ? { imageUrl: image } : {}),
    ...(enclosure ? { enclosure } : {}),
    ...(a.language !== s.site.language ? { language: a.language } : {}),
  };
}

/** A feed of the posts in one language: a front door's (/lang/<tag>/). */
export interface LanguageScope {
  /** The language's tag, as stored. */
  tag: string;
  /** Its name, in itself. */
  name: string;
  /** Its front door's path, ending in `/`. */
  path: string;
}

/**
 * The feed of `articles` (newest first) for the whole site, one tag, or one language's front door,
 * written at `now`.
 */
export async function buildFeed(
  format: FeedFormat,
  sources: EntrySources,
  articles: Article[],
  now: Date,
  tag?: Tag,
  language?: LanguageScope,
): Promise<string> {
  if (language) {
    const site = {
      ...sources.site,
      language: language.tag,
      title: `${sources.site.title} (${language.name})`,
    };
    const base = `${sources.site.siteUrl}${language.path.replace(/\/$/, '')}`;
    const entries = await Promise.all(articles.map((a) => entryOf(a, { ...sources, site })));
    return writeScopedFeed(format, site, base, entries, now, sources.site);
  }
  const { site } = sources;
  const base = tag ? `${site.siteUrl}/tag/${encodeURIComponent(tag.slug)}` : site.siteUrl;
  const entries = await Promise.all(articles.map((a) => entryOf(a, sources)));
  const newest = entries.reduce<Date | null>((d, e) => (!d || e.updated > d ? e.updated : d), null);
  return writeFeed(format, {
    id: `${base}/`,
    title: tag ? `${tag.name} — ${site.title}` : site.title,
    description: tag?.description || site.description,
    homeUrl: tag ? base : `${base}/`,
    selfUrls: { rss: `${base}/feed.xml`, atom: `${base}/atom.xml`, json: `${base}/feed.json` },
    language: site.language,
    updated: newest ?? now,
    copyright: `© ${site.year} ${site.title}`,
    ...(site.logo ? { imageUrl: new URL(site.logo, `${site.siteUrl}/`).toString() } : {}),
    entries,
  });
}

/** A front door's feed: its own id, title, home and language, the site's copyright and logo. */
function writeScopedFeed(
  format: FeedFormat,
  site: SiteView,
  base: string,
  entries: FeedEntry[],
  now: Date,
  whole: SiteView,
): string {
  const newest = entries.reduce<Date | null>((d, e) => (!d || e.updated > d ? e.updated : d), null);
  return writeFeed(format, {
    id: `${base}/`,
    title: site.title,
    description: whole.description,
    homeUrl: `${base}/`,
    selfUrls: { rss: `${base}/feed.xml`, atom: `${base}/atom.xml`, json: `${base}/feed.json` },
    language: site.language,
    updated: newest ?? now,
    copyright: `© ${whole.year} ${whole.title}`,
    ...(whole.logo ? { imageUrl: new URL(whole.logo, `${whole.siteUrl}/`).toString() } : {}),
    entries,
  });
}
