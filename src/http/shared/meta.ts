// Head metadata (title, description, canonical URL, language, feeds) for each kind of public
// page. The views add the page's JSON-LD themselves (src/views/schema-org.ts).
import { type Article, articlePath, type Author, type Tag } from '../../content/article.ts';
import { translatorFor } from '../../i18n/index.ts';
import type { FeedLink, PageMeta, SiteView } from '../../views/types.ts';
import { articleCardPath, SHARE_SHAPES, siteCardPath } from './share-urls.ts';

/** Feed links offered on a page: site-wide, plus the tag's own feeds on tag pages. */
export function feedLinks(site: SiteView, tag?: Tag): FeedLink[] {
  const ui = translatorFor(site.language);
  const feeds = (base: string, name: string): FeedLink[] => [
    { href: `${base}/feed.xml`, type: 'application/rss+xml', title: ui.t('feed.linkRss', { name }) },
    { href: `${base}/atom.xml`, type: 'application/atom+xml', title: ui.t('feed.linkAtom', { name }) },
    { href: `${base}/feed.json`, type: 'application/feed+json', title: ui.t('feed.linkJson', { name }) },
  ];
  const links = feeds(site.siteUrl, site.title);
  if (tag)
    links.push(
      ...feeds(
        `${site.siteUrl}/tag/${encodeURIComponent(tag.slug)}`,
        ui.t('meta.tagOfSite', { tag: tag.name, site: site.title }),
      ),
    );
  return links;
}

/** Absolute URL of a site path. */
export function absolute(site: SiteView, path: string): string {
  return /^https?:\/\//.test(path) ? path : `${site.siteUrl}${path.startsWith('/') ? '' : '/'}${path}`;
}

/** The default share image setting, or the site's generated card. */
function siteImage(site: SiteView): string {
  return absolute(site, site.shareImage || siteCardPath(site, '16x9'));
}

/**
 * An article's images for link previews and its NewsArticle: the feature image; else the site's
 * default share image; else its generated cards in the three shapes Google asks for.
 */
export function articleImages(site: SiteView, article: Article): string[] {
  if (article.featureImage) return [absolute(site, article.featureImage.src)];
  if (site.shareImage) return [absolute(site, site.shareImage)];
  return SHARE_SHAPES.map((shape) => absolute(site, articleCardPath(site, article, shape)));
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
    image: siteImage(site),
    jsonLd: [],
    feeds: feedLinks(site),
    ...extra,
  };
}

/** Metadata of the home page. */
export function homeMeta(site: SiteView, path: string, page: number): PageMeta {
  const title =
    page > 1
      ? translatorFor(site.language).t('meta.numberedPage', { name: site.title, page })
      : `${site.title} — ${site.tagline}`;
  return pageMeta(site, path, title, site.description);
}

/** Metadata of an article or static page: its own language, Open Graph article data. */
export function articleMeta(site: SiteView, article: Article): PageMeta {
  const images = articleImages(site, article);
  return {
    title: `${article.seoTitle || article.title} — ${site.title}`,
    description: article.seoDescription || article.excerpt,
    canonicalUrl: absolute(site, articlePath(article)),
    language: article.language,
    ogType: article.kind === 'post' ? 'article' : 'website',
    image: images[0],
    images,
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
    `${page > 1 ? translatorFor(site.language).t('meta.numberedPage', { name: author.name, page }) : author.name} — ${site.title}`,
    author.bio,
    {
      ogType: 'profile',
    },
  );
}

/** Metadata of a tag page, offering the tag's own feeds. */
export function tagMeta(site: SiteView, tag: Tag, path: string, page: number): PageMeta {
  const ui = translatorFor(site.language);
  return pageMeta(
    site,
    path,
    `${page > 1 ? ui.t('meta.numberedPage', { name: tag.name, page }) : tag.name} — ${site.title}`,
    tag.description || ui.t('meta.tagDescription', { tag: tag.name }),
    { feeds: feedLinks(site, tag) },
  );
}
