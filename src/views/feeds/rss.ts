// RSS 2.0 with the Atom (self link), content (full HTML) and Dublin Core (dc:creator) modules, as
// the W3C Feed Validation Service checks it: author names in dc:creator (RSS <author> must be an
// email address, and authors' addresses are never published), the excerpt as HTML-escaped text
// in <description>, permanent guids, enclosures with their real length.
import { feedLanguageCode } from './feed-language.ts';
import type { FeedDocument, FeedEntry } from './feed-model.ts';
import { emptyElement, textElement, xmlHtml, xmlText } from './xml-text.ts';
import { escapeHtml } from '../escape-html.ts';

const NAMESPACES = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
};

/** RFC 822 date as RSS wants it (`Fri, 25 Sep 2026 12:00:00 GMT`). */
const rfc822 = (d: Date): string => d.toUTCString();

function item(e: FeedEntry): string {
  // <description> holds HTML: the plain-text excerpt is escaped for HTML, then for XML. Without
  // an excerpt (comments) it carries the content itself.
  const descriptionHtml = e.summary !== undefined ? escapeHtml(e.summary) : e.contentHtml;
  const parts = [
    textElement('title', e.title),
    textElement('link', e.url),
    textElement('guid', e.id, { isPermaLink: 'false' }),
    textElement('pubDate', rfc822(e.published)),
    ...e.authors.map((a) => textElement('dc:creator', a.name)),
    ...e.categories.map((c) => textElement('category', c.label, { domain: c.scheme })),
    `<description>${xmlHtml(descriptionHtml)}</description>`,
    ...(e.summary !== undefined ? [`<content:encoded>${xmlHtml(e.contentHtml)}</content:encoded>`] : []),
    ...(e.enclosure ? [emptyElement('enclosure', { ...e.enclosure })] : []),
  ];
  return `<item>\n${parts.join('\n')}\n</item>`;
}

/** The feed as an RSS 2.0 document. */
export function writeRss(feed: FeedDocument): string {
  const channel = [
    textElement('title', feed.title),
    textElement('link', feed.homeUrl),
    textElement('description', feed.description || feed.title),
    textElement('language', feedLanguageCode(feed.language)),
    textElement('copyright', feed.copyright),
    // An empty feed has not been built from anything yet: no date rather than a made-up one.
    ...(feed.entries.length > 0 ? [textElement('lastBuildDate', rfc822(feed.updated))] : []),
    textElement('generator', 'Silkpress'),
    textElement('docs', 'https://www.rssboard.org/rss-specification'),
    emptyElement('atom:link', { href: feed.selfUrls.rss, rel: 'self', type: 'application/rss+xml' }),
    ...(feed.imageUrl
      ? [
          `<image>${textElement('url', feed.imageUrl)}${textElement('title', feed.title)}${textElement('link', feed.homeUrl)}</image>`,
        ]
      : []),
    ...feed.entries.map(item),
  ];
  const ns = Object.entries(NAMESPACES)
    .map(([k, v]) => ` ${k}="${xmlText(v)}"`)
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"${ns}>\n<channel>\n${channel.join('\n')}\n</channel>\n</rss>\n`;
}
