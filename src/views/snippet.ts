// Search snippets: the matching words wrapped in <mark>, every part escaped.
import { type Html, html } from './html.ts';
import type { SnippetPart } from '../content/search-text.ts';

/** The snippet as HTML text with `<mark>` around the hits. */
export function renderSnippet(parts: SnippetPart[]): Html {
  return html`${parts.map((part) => (part.hit ? html`<mark>${part.text}</mark>` : part.text))}`;
}
