// The vocabulary of change keys: what a cached page depends on and what a change touches.
// A page is purged when any key it depends on is published on the change bus.
import { SETTINGS_CHANGED } from '../settings/index.ts';

/** Keys naming one thing or one set of things that pages show. */
export const changeKey = {
  /** An article or page's own fields (title, body, dates…), shown by its page and by listings. */
  article: (id: number) => `article:${id}`,
  /**
   * Which articles an article's page lists as its translations (switcher, hreflang, JSON-LD) and
   * the sitemap lists as its alternates: published for every member of a group a link changes.
   * The translations' own titles, slugs and languages are their `article` keys.
   */
  translations: (id: number) => `translations:${id}`,
  /** Which posts a tag page lists, and the tag's name. */
  tag: (id: number) => `tag:${id}`,
  /** Which posts an author page lists, and the author's name and bio. */
  author: (id: number) => `author:${id}`,
  /** Which posts are public at all, in which language (home, archives, feeds, sitemap, search). */
  listing: 'listing',
  /** Site settings shown in every page's layout. */
  settings: SETTINGS_CHANGED,
} as const;

/** The parts of an article that decide where it is listed. */
export interface ListedState {
  id: number;
  status: string;
  publishedAt: string | null;
  authorId: number;
  tagIds: number[];
  slug: string;
  /** Per-language listings (/lang/…) list it by its language. */
  language: string;
}

/**
 * Keys touched when an article goes from `before` (null if new) to `after` (null if deleted).
 * `neighbours` are the ids of posts whose previous/next links point at it, before or after.
 */
export function articleChangeKeys(
  before: ListedState | null,
  after: ListedState | null,
  neighbours: number[] = [],
): string[] {
  const keys = new Set<string>();
  const id = (after ?? before)?.id;
  if (id !== undefined) keys.add(changeKey.article(id));
  const membershipChanged =
    !before ||
    !after ||
    before.status !== after.status ||
    before.publishedAt !== after.publishedAt ||
    before.slug !== after.slug ||
    before.authorId !== after.authorId ||
    before.language !== after.language ||
    before.tagIds.join(',') !== after.tagIds.join(',');
  if (membershipChanged) {
    keys.add(changeKey.listing);
    for (const s of [before, after]) {
      if (!s) continue;
      keys.add(changeKey.author(s.authorId));
      for (const t of s.tagIds) keys.add(changeKey.tag(t));
    }
    for (const n of neighbours) keys.add(changeKey.article(n));
  }
  return [...keys];
}
