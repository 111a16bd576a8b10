// The permanent id of an article's feed entries (RSS guid, Atom id, JSON Feed id). It never
// changes with the slug, so readers do not see a story twice: the id stored for the article (the
// URL path a post had when permanent ids came in, which is what readers already knew it by) or
// a tag: URI (RFC 4151) of the site's host, the day the article was created and its number.

/** What the id is made from. */
export interface FeedIdentity {
  id: number;
  createdAt: string;
  /** The stored id, a site path or an absolute URI, when there is one. */
  feedId?: string | null;
}

/** The entry id of an article on the site at `siteUrl`. */
export function articleFeedId(a: FeedIdentity, siteUrl: string): string {
  if (a.feedId) return a.feedId.startsWith('/') ? `${siteUrl}${a.feedId}` : a.feedId;
  return `tag:${new URL(siteUrl).hostname},${a.createdAt.slice(0, 10)}:article:${a.id}`;
}
