// The three feed formats and their MIME types: RSS 2.0, Atom and JSON Feed 1.1.
import { writeAtom } from './atom.ts';
import type { FeedDocument } from './feed-model.ts';
import { writeJsonFeed } from './json-feed.ts';
import { writeRss } from './rss.ts';

/** One of the three feed formats. */
export type FeedFormat = 'rss' | 'atom' | 'json';

/** The MIME type each format is served with. */
export const feedContentType: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** Writes a feed document in `format`. */
export function writeFeed(format: FeedFormat, feed: FeedDocument): string {
  if (format === 'rss') return writeRss(feed);
  if (format === 'atom') return writeAtom(feed);
  return writeJsonFeed(feed);
}
