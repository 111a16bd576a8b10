// The page of an article's comment thread a reader sees: the approved comments, with the reader's
// own held ones among them, threaded, ordered and cut into pages (thread-page.ts), and the full
// comments of the shown page read. Threads of ordinary length are read whole in one query; a
// longer one is threaded and paged on its outline (ids, parents, times), and full rows are read for
// the shown page only.
import type { PublicComment } from './comment.ts';
import type { CommentOutline, CommentRepo } from './comment-repo.ts';
import type { ThreadNode } from './threading.ts';
import { idsOnPage, pageThread, type ThreadPagingSettings, withHeld } from './thread-page.ts';

/** The comment storage a thread page reads. */
export type ThreadPageStore = Pick<
  CommentRepo,
  'listApproved' | 'listApprovedOutline' | 'listPendingByIds' | 'findPublicByIds'
>;

/** Which page, and for whom. */
export interface ThreadPageRequest {
  /** The page asked for (1-based); null when the address named no page number. */
  page: number | null;
  /** The reader's own held comments (their signed pass says which), shown among the approved ones. */
  heldIds: number[];
  /** Comments the page needs though they may be on another page (a reply's target), if in the thread. */
  extraIds: Array<number | null>;
  /** Threads of up to this many approved comments are read whole, in one query. */
  wholeLimit: number;
}

/** The shown page of a thread. */
export interface ShownThreadPage {
  page: number;
  totalPages: number;
  /** How many approved comments the article has. */
  count: number;
  /** The page's threads, with full comments (and whom a reply shown under another answers). */
  threads: ThreadNode<PublicComment>[];
  /** The full comments read: the page's and the wanted extra ones. */
  loaded: PublicComment[];
  /** The reader's own held comments. */
  held: PublicComment[];
}

/** Reads page `request.page` of an article's thread; null when there is no such page. */
export async function showThreadPage(
  store: ThreadPageStore,
  articleId: number,
  settings: ThreadPagingSettings,
  request: ThreadPageRequest,
): Promise<ShownThreadPage | null> {
  const [first, held] = await Promise.all([
    store.listApproved(articleId, request.wholeLimit + 1),
    request.heldIds.length ? store.listPendingByIds(articleId, request.heldIds) : Promise.resolve([]),
  ]);
  const whole = first.length <= request.wholeLimit ? first : null;
  const outline: CommentOutline[] = whole ?? (await store.listApprovedOutline(articleId));
  const shown = pageThread(withHeld(outline, held), settings, request.page);
  if (!shown) return null;
  const wanted = new Set(idsOnPage(shown));
  for (const extra of request.extraIds)
    if (extra !== null && outline.some((o) => o.id === extra)) wanted.add(extra);
  // A thread read whole holds its full comments already (as do the reader's held ones); a long
  // thread reads the shown page's.
  const loaded = whole
    ? whole.filter((c) => wanted.has(c.id))
    : await store.findPublicByIds(
        articleId,
        [...wanted].filter((id) => !held.some((p) => p.id === id)),
      );
  const byId = new Map<number, PublicComment>();
  if (!whole) for (const c of loaded) byId.set(c.id, c);
  const fullOf = (c: CommentOutline | PublicComment): PublicComment | undefined =>
    'content' in c ? c : byId.get(c.id);
  const withFull = (nodes: ThreadNode<CommentOutline | PublicComment>[]): ThreadNode<PublicComment>[] => {
    const out: ThreadNode<PublicComment>[] = [];
    for (const n of nodes) {
      const comment = fullOf(n.comment);
      if (!comment) continue;
      const answered = n.inReplyTo ? fullOf(n.inReplyTo) : undefined;
      out.push({
        comment,
        depth: n.depth,
        replies: withFull(n.replies),
        ...(answered ? { inReplyTo: answered } : {}),
      });
    }
    return out;
  };
  return {
    page: shown.page,
    totalPages: shown.totalPages,
    count: outline.length,
    threads: withFull(shown.threads),
    loaded,
    held,
  };
}
