// What the public listing pages share: the changes a listing page depends on (for the page
// cache), the approved comment counts beside each article, and the 404 of a listing that has no
// such page.
import { commentKey } from '../../comments/change-keys.ts';
import { changeKey } from '../../content/change-keys.ts';
import { AppError } from '../../kernel/app-error.ts';
import type { AppDeps } from '../deps.ts';

/** Ends the request with the site's 404 page. */
export const notFound = (): never => {
  throw new AppError('NOT_FOUND', 'Page not found.');
};

/** The changes that make a listing of `ids` stale: the listing, settings, each article and its comments. */
export const listDeps = (ids: number[], ...extra: string[]): string[] => [
  changeKey.listing,
  changeKey.settings,
  ...extra,
  ...ids.map(changeKey.article),
  ...ids.map(commentKey.article),
];

/** Adds each article's approved comment count (the listings show it). */
export const commentCountsOf =
  (deps: Pick<AppDeps, 'commentCounts'>) =>
  async <T extends { id: number }>(items: T[]): Promise<T[]> => {
    if (items.length === 0) return items;
    const counts = await deps.commentCounts(items.map((i) => i.id));
    return items.map((i) => ({ ...i, commentCount: counts.get(i.id) ?? 0 }));
  };
