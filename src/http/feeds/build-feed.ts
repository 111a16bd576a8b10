// RSS 2.0, Atom and JSON Feed documents of published posts, with full content and absolute URLs.
import { Feed } from 'feed';
import { type Article, articlePath, type Tag } from '../../content/article.ts';
import type { SiteView } from '../../views/types.ts';

/** One of the three feed formats. */
export type FeedFormat = 'rss' | 'atom' | 'json';

/** The MIME type each format is served with. */
export const feedContentType: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** Makes relative links and images in rendered HTML absolute, as feed readers need. */
export function absolutizeHtml(html: string, siteUrl: string): string {
  return html.replace(/\b(href|src)="\/(?!\/)/g, `$1="${siteUrl}/`);
}

/** Renders a feed of `articles` (newest first) for the whole site or one tag. */
export function buildFeed(format: FeedFormat, site: SiteView, articles: Article[], tag?: Tag): string {
  const base = tag ? `${site.siteUrl}/tag/${encodeURIComponent(tag.slug)}` : site.siteUrl;
  const updated = articles.reduce<Date | undefined>((latest, a) => {
    const d = new Date(a.updatedAt);
    return !latest || d > latest ? d : latest;
  }, undefined);
  const feed = new Feed({
    id: `${base}/`,
    title: tag ? `${tag.name} — ${site.title}` : site.title,
    description: tag?.description || site.description,
    link: `${base}${tag ? '' : '/'}`,
    language: site.language,
    copyright: `© ${site.year} ${site.title}`,
    updated: updated ?? new Date(0),
    generator: 'Silkpress',
    feedLinks: { rss: `${base}/feed.xml`, atom: `${base}/atom.xml`, json: `${base}/feed.json` },
    ...(site.logo ? { image: new URL(site.logo, `${site.siteUrl}/`).toString() } : {}),
  });
  for (const a of articles) {
    const url = `${site.siteUrl}${articlePath(a)}`;
    feed.addItem({
      title: a.title,
      id: url,
      link: url,
      description: a.excerpt,
      content: absolutizeHtml(a.bodyHtml, site.siteUrl),
      // Authors are named and linked, never with an email address.
      author: [{ name: a.author.name, link: `${site.siteUrl}/author/${encodeURIComponent(a.author.slug)}` }],
      date: new Date(a.updatedAt),
      published: new Date(a.publishedAt ?? a.updatedAt),
      category: a.tags.map((t) => ({
        name: t.name,
        domain: `${site.siteUrl}/tag/${encodeURIComponent(t.slug)}`,
      })),
      ...(a.featureImage ? { image: new URL(a.featureImage.src, `${site.siteUrl}/`).toString() } : {}),
    });
  }
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return feed.atom1();
  return feed.json1();
}
