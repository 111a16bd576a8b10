// The URLs a WordPress site answered on, so the import can keep them working with 301 redirects.
import type { WxrItem, WxrSite, WxrTerm } from '../parse/wxr-records.ts';

/** The path (with query) of `url` below the blog's base URL, or null when it points elsewhere. */
export function pathBelow(url: string, baseUrl: string): string | null {
  let target: URL;
  let base: URL;
  try {
    target = new URL(url);
    base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  } catch {
    return null;
  }
  if (target.host !== base.host || !target.pathname.startsWith(base.pathname)) return null;
  return `/${target.pathname.slice(base.pathname.length)}${target.search}`;
}

/** Old paths of a post or page: its permalink, `/?p=ID` (and `/?page_id=ID` for pages), deduplicated. */
export function legacyItemPaths(item: WxrItem, site: Pick<WxrSite, 'baseBlogUrl' | 'link'>): string[] {
  const base = site.baseBlogUrl || site.link;
  const paths = new Set<string>();
  const permalink = pathBelow(item.link, base);
  if (permalink !== null && permalink !== '/') paths.add(permalink);
  if (item.wpId !== null) {
    paths.add(`/?p=${item.wpId}`);
    if (item.postType === 'page') paths.add(`/?page_id=${item.wpId}`);
  }
  return [...paths];
}

/**
 * Old archive path of a category or tag with WordPress's default bases (`/category/a/b/` for
 * nested categories, `/tag/x/`); null for other taxonomies. `parentOf` finds a category by slug.
 */
export function legacyTermPath(
  term: WxrTerm,
  parentOf: (slug: string) => WxrTerm | undefined,
): string | null {
  if (term.taxonomy === 'post_tag') return `/tag/${term.slug}/`;
  if (term.taxonomy !== 'category') return null;
  const chain = [term.slug];
  const seen = new Set(chain);
  for (let parent = term.parentSlug; parent !== null && !seen.has(parent);) {
    seen.add(parent);
    chain.unshift(parent);
    parent = parentOf(parent)?.parentSlug ?? null;
  }
  return `/category/${chain.join('/')}/`;
}
