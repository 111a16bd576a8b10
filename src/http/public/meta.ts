// Head metadata (title, description, canonical URL, language, feeds) for each kind of public
// page. The views add the page's JSON-LD themselves (src/views/schema-org.ts).
import { type Article, articlePath, type Author, type Tag } from '../../content/article.ts';
import type { FeedLink, PageMeta, SiteView } from '../../views/types.ts';

/** Feed links offered on a page: site-wide, plus the tag's own feeds on tag pages. */
export function feedLinks(site: SiteView, tag?: Tag): FeedLink[] {
  const links: FeedLink[] = [
    { href: `${site.siteUrl}/feed.xml`, type: 'application/rss+xml', title: `${site.title} (RSS)` },
    { href: `${site.siteUrl}/atom.xml`, type: 'application/atom+xml', title: `${site.title} (Atom)` },
    { href: `${site.siteUrl}/feed.json`, type: 'application/feed+json', title: `${site.title} (JSON Feed)` },
  ];
  if (tag) {
    const base = `${site.siteUrl}/tag/${encodeURIComponent(tag.slug)}`;
    links.push(
      { href: `${base}/feed.xml`, type: 'application/rss+xml', title: `${tag.name} — ${site.title} (RSS)` },
      { href: `${base}/atom.xml`, type: 'application/atom+xml', title: `${tag.name} — ${site.title} (Atom)` },
      {
        href: `${base}/feed.json`,
        type: 'application/feed+json',
        title: `${tag.name} — ${site.title} (JSON Feed)`,
      },
    );
  }
  return links;
}

/** Absolute URL of a site path. */
export function absolute(site: SiteView, path: string): string {
  return /^https?:\/\//.test(path) ? path : `${site.siteUrl}${path.startsWith('/') ? '' : '/'}${path}`;
}

/** Metadata for a page of the site (home, listings, search, errors). */
export function pageMeta(
  site: SiteView,
  path: string,
  title: string,
  description: string,
  extra: Partial<PageMeta> = {},
): PageMeta {
  return {
    title,
    description,
    canonicalUrl: absolute(site, path),
    language: site.language,
    ogType: 'website',
    jsonLd: [],
    feeds: feedLinks(site),
    ...extra,
  };
}

/** Metadata of the home page. */
export function homeMeta(site: SiteView, path: string, page: number): PageMeta {
  const title = page > 1 ? `${site.title} — page ${page}` : `${site.title} — ${site.tagline}`;
  return pageMeta(site, path, title, site.description);
}

/** Metadata of an article or static page: its own language, Open Graph article data. */
export function articleMeta(site: SiteView, article: Article): PageMeta {
  return {
    title: `${article.seoTitle || article.title} — ${site.title}`,
    description: article.seoDescription || article.excerpt,
    canonicalUrl: absolute(site, articlePath(article)),
    language: article.language,
    ogType: article.kind === 'post' ? 'article' : 'website',
    ...(article.featureImage ? { image: absolute(site, article.featureImage.src) } : {}),
    ...(article.publishedAt ? { publishedTime: article.publishedAt } : {}),
    modifiedTime: article.updatedAt,
    feeds: feedLinks(site),
    jsonLd: [],
  };
}

/** Metadata of an author page. */
export function authorMeta(site: SiteView, author: Author, path: string, page: number): PageMeta {
  return pageMeta(
    site,
    path,
    `${author.name}${page > 1 ? ` — page ${page}` : ''} — ${site.title}`,
    author.bio,
    {
      ogType: 'profile',
    },
  );
}

/** Metadata of a tag page, offering the tag's own feeds. */
export function tagMeta(site: SiteView, tag: Tag, path: string, page: number): PageMeta {
  return pageMeta(
    site,
    path,
    `${tag.name}${page > 1 ? ` — page ${page}` : ''} — ${site.title}`,
    tag.description || `Articles tagged ${tag.name}.`,
    { feeds: feedLinks(site, tag) },
  );
}
