// Paging a comment thread: comments are threaded (threading.ts), ordered by the site's setting,
// and cut into pages of top-level comments, each with all its replies. The article page shows
// one page; after a comment is posted the reader is sent to the page that holds it. Pure: the
// callers read the comments and the settings.
import { buildThread, flattenThread, type Threadable, type ThreadNode } from './threading.ts';

/** The settings paging reads. */
export interface ThreadPagingSettings {
  threadDepth: number;
  perPage: number;
  order: 'oldest' | 'newest';
}

/** What paging needs of a comment: its id, its parent and when it was written. */
export interface PageableComment extends Threadable {
  createdAt: string;
}

/** One page of a thread: its top-level comments with their replies. */
export interface ThreadPage<T extends Threadable> {
  page: number;
  totalPages: number;
  threads: ThreadNode<T>[];
}

/** Oldest first, by time then id: the order comments are threaded in. */
export function byTime(a: PageableComment, b: PageableComment): number {
  return a.createdAt === b.createdAt ? a.id - b.id : a.createdAt < b.createdAt ? -1 : 1;
}

/**
 * The approved comments with the reader's own held ones among them (in time order), for a
 * reader who sees both. Without held ones, `approved` itself.
 */
export function withHeld<T extends PageableComment>(
  approved: readonly T[],
  held: readonly T[],
): readonly T[] {
  return held.length ? [...approved, ...held].sort(byTime) : approved;
}

function threadsInOrder<T extends Threadable>(
  comments: readonly T[],
  s: ThreadPagingSettings,
): ThreadNode<T>[] {
  const roots = buildThread(comments, s.threadDepth);
  return s.order === 'newest' ? roots.reverse() : roots;
}

/**
 * Page `page` (1-based) of the thread of `comments` (oldest first). Null when there is no such
 * page: `page` is null (not a page number) or past the last page. A thread without comments has
 * one, empty, page.
 */
export function pageThread<T extends Threadable>(
  comments: readonly T[],
  settings: ThreadPagingSettings,
  page: number | null,
): ThreadPage<T> | null {
  const roots = threadsInOrder(comments, settings);
  const totalPages = Math.max(1, Math.ceil(roots.length / settings.perPage));
  if (page === null || page < 1 || page > totalPages) return null;
  const threads = roots.slice((page - 1) * settings.perPage, page * settings.perPage);
  return { page, totalPages, threads };
}

/** The ids of every comment on a page, replies included, in display order. */
export function idsOnPage<T extends Threadable>(page: ThreadPage<T>): number[] {
  return flattenThread(page.threads).map((n) => n.comment.id);
}

/**
 * The page that shows comment `id` (the page of its top-level ancestor), or 1 when it is not in
 * `comments`.
 */
export function pageOfComment(
  comments: readonly Threadable[],
  settings: ThreadPagingSettings,
  id: number,
): number {
  const roots = threadsInOrder(comments, settings);
  const index = roots.findIndex((root) => flattenThread([root]).some((n) => n.comment.id === id));
  return index < 0 ? 1 : Math.floor(index / settings.perPage) + 1;
}
