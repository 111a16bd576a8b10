// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): `authors` arrays, `language`, the
// excerpt as the plain-text `summary`, full HTML in `content_html`.
import type { FeedDocument, FeedEntry, FeedPerson } from './feed-model.ts';

const author = (p: FeedPerson) => ({ name: p.name, ...(p.url ? { url: p.url } : {}) });

function item(e: FeedEntry) {
  return {
    id: e.id,
    url: e.url,
    title: e.title,
    content_html: e.contentHtml,
    ...(e.summary !== undefined ? { summary: e.summary } : {}),
    ...(e.imageUrl ? { image: e.imageUrl } : {}),
    date_published: e.published.toISOString(),
    date_modified: e.updated.toISOString(),
    authors: e.authors.map(author),
    ...(e.categories.length ? { tags: e.categories.map((c) => c.label) } : {}),
    ...(e.language ? { language: e.language } : {}),
  };
}

/** The feed as a JSON Feed 1.1 document. */
export function writeJsonFeed(feed: FeedDocument): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title,
      home_page_url: feed.homeUrl,
      ...(feed.selfUrls.json ? { feed_url: feed.selfUrls.json } : {}),
      ...(feed.description ? { description: feed.description } : {}),
      ...(feed.imageUrl ? { icon: feed.imageUrl } : {}),
      language: feed.language,
      items: feed.entries.map(item),
    },
    null,
    2,
  );
}
