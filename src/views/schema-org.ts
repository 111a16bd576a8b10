// schema.org objects for JSON-LD: publisher, breadcrumbs, articles, people and collections.
import type { Article, ArticleSummary, Author } from '../content/article.ts';
import { articlePath } from '../content/article.ts';
import { LOGO_SIZE } from '../media/share-card.ts';
import type { SerializedJsonLdList } from './json-ld.ts';
import type { SiteView } from './types.ts';
import { absoluteUrl, authorPath, searchPath, tagPath } from './urls.ts';

/** The publishing organisation (with its logo when the site has one). */
export function publisherJsonLd(site: SiteView): object {
  return {
    '@type': 'Organization',
    name: site.title,
    url: `${site.siteUrl}/`,
    ...(site.logo
      ? { logo: { '@type': 'ImageObject', url: absoluteUrl(site, site.logo) } }
      : site.defaultLogo
        ? { logo: { '@type': 'ImageObject', url: site.defaultLogo, width: LOGO_SIZE, height: LOGO_SIZE } }
        : {}),
  };
}

/** A Person for an author, linked to their page. */
export function personJsonLd(site: SiteView, author: Author): object {
  return {
    '@type': 'Person',
    name: author.name,
    url: absoluteUrl(site, authorPath(author.slug)),
    ...(author.bio ? { description: author.bio } : {}),
  };
}

/** A BreadcrumbList from (name, absolute URL) pairs. */
export function breadcrumbJsonLd(items: { name: string; url: string }[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** NewsArticle for an article page. */
export function newsArticleJsonLd(
  site: SiteView,
  article: Article,
  canonicalUrl: string,
  comments?: { count: number; jsonLd: SerializedJsonLdList },
  images?: string[],
): object {
  const description = article.seoDescription ?? article.excerpt;
  const image = images?.length
    ? images
    : article.featureImage
      ? [absoluteUrl(site, article.featureImage.src)]
      : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(description ? { description } : {}),
    url: canonicalUrl,
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonicalUrl },
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    dateModified: article.updatedAt,
    inLanguage: article.language,
    author: [personJsonLd(site, article.author)],
    publisher: publisherJsonLd(site),
    ...(image ? { image } : {}),
    ...(article.tags.length
      ? { keywords: article.tags.map((t) => t.name).join(', '), articleSection: article.tags[0]?.name }
      : {}),
    ...(comments
      ? { commentCount: comments.count, ...(comments.jsonLd.length ? { comment: comments.jsonLd } : {}) }
      : {}),
  };
}

/** Home → first tag → article. */
export function articleBreadcrumbJsonLd(site: SiteView, article: Article, canonicalUrl: string): object {
  const first = article.tags[0];
  return breadcrumbJsonLd([
    { name: site.title, url: `${site.siteUrl}/` },
    ...(first ? [{ name: first.name, url: absoluteUrl(site, tagPath(first.slug)) }] : []),
    { name: article.title, url: canonicalUrl },
  ]);
}

/** WebSite with a SearchAction (for the home page). */
export function webSiteJsonLd(site: SiteView): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.title,
    url: `${site.siteUrl}/`,
    ...(site.description ? { description: site.description } : {}),
    inLanguage: site.language,
    publisher: publisherJsonLd(site),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${site.siteUrl}${searchPath()}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** CollectionPage listing the given articles. */
export function collectionJsonLd(
  site: SiteView,
  page: { name: string; description: string; url: string; language: string },
  items: ArticleSummary[],
  about?: object,
): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: page.name,
    ...(page.description ? { description: page.description } : {}),
    url: page.url,
    inLanguage: page.language,
    isPartOf: { '@type': 'WebSite', name: site.title, url: `${site.siteUrl}/` },
    ...(about ? { about } : {}),
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: items.map((item, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        url: absoluteUrl(site, articlePath(item)),
        name: item.title,
      })),
    },
  };
}

/** ProfilePage about an author. */
export function profileJsonLd(site: SiteView, author: Author, url: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url,
    mainEntity: personJsonLd(site, author),
  };
}
