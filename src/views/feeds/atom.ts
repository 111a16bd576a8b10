// Atom 1.0 (RFC 4287): titles and names as text, the excerpt as an HTML summary (escaped once
// for HTML, once for XML), full content as HTML, categories with their required term.
import type { FeedDocument, FeedEntry, FeedPerson } from './feed-model.ts';
import { emptyElement, textElement, xmlAttrs, xmlHtml } from './xml-text.ts';
import { escapeHtml } from '../escape-html.ts';

function person(kind: 'author', p: FeedPerson): string {
  return `<${kind}>${textElement('name', p.name)}${p.url ? textElement('uri', p.url) : ''}</${kind}>`;
}

function entry(e: FeedEntry): string {
  const parts = [
    textElement('id', e.id),
    textElement('title', e.title, { type: 'text' }),
    emptyElement('link', { rel: 'alternate', type: 'text/html', href: e.url }),
    textElement('published', e.published.toISOString()),
    textElement('updated', e.updated.toISOString()),
    ...e.authors.map((a) => person('author', a)),
    ...e.categories.map((c) => emptyElement('category', { term: c.term, scheme: c.scheme, label: c.label })),
    ...(e.summary !== undefined ? [`<summary type="html">${xmlHtml(escapeHtml(e.summary))}</summary>`] : []),
    `<content type="html">${xmlHtml(e.contentHtml)}</content>`,
    ...(e.enclosure
      ? [
          emptyElement('link', {
            rel: 'enclosure',
            type: e.enclosure.type,
            length: e.enclosure.length,
            href: e.enclosure.url,
          }),
        ]
      : []),
  ];
  const lang = e.language ? xmlAttrs({ 'xml:lang': e.language }) : '';
  return `<entry${lang}>\n${parts.join('\n')}\n</entry>`;
}

/** The feed as an Atom document. */
export function writeAtom(feed: FeedDocument): string {
  const head = [
    textElement('id', feed.id),
    textElement('title', feed.title, { type: 'text' }),
    ...(feed.description ? [textElement('subtitle', feed.description, { type: 'text' })] : []),
    textElement('updated', feed.updated.toISOString()),
    emptyElement('link', { rel: 'alternate', type: 'text/html', href: feed.homeUrl }),
    emptyElement('link', { rel: 'self', type: 'application/atom+xml', href: feed.selfUrls.atom }),
    textElement('rights', feed.copyright),
    textElement('generator', 'Silkpress'),
    ...(feed.imageUrl ? [textElement('logo', feed.imageUrl)] : []),
    ...feed.entries.map(entry),
  ];
  const attrs = xmlAttrs({ xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': feed.language });
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed${attrs}>\n${head.join('\n')}\n</feed>\n`;
}
