// URL paths of the public site, in one place so templates and JSON-LD agree.
import type { SiteView } from './types.ts';

/** Path of a tag page. */
export function tagPath(slug: string): string {
  return `/tag/${encodeURIComponent(slug)}`;
}

/** Path of a tag's RSS feed. */
export function tagFeedPath(slug: string): string {
  return `${tagPath(slug)}/feed.xml`;
}

/** Path of an author page. */
export function authorPath(slug: string): string {
  return `/author/${encodeURIComponent(slug)}`;
}

/** Path of a monthly archive from `YYYY-MM` (anything after the month is ignored). */
export function archivePath(month: string): string {
  const [year = '', mm = ''] = month.split('-');
  return `/archive/${encodeURIComponent(year)}/${encodeURIComponent(mm)}`;
}

/** Path of the search page for a query (the bare page when the query is empty). */
export function searchPath(query = ''): string {
  return query ? `/search?q=${encodeURIComponent(query)}` : '/search';
}

/** An absolute URL on this site; URLs that are already absolute are returned unchanged. */
export function absoluteUrl(site: Pick<SiteView, 'siteUrl'>, pathOrUrl: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(pathOrUrl)) return pathOrUrl;
  return `${site.siteUrl}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
}

/** The path part of an absolute URL (used to mark the current navigation item). */
export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
