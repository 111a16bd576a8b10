// Search snippets: the matching words wrapped in <mark>, every part escaped.
import { html } from 'ghtml';
import type { SnippetPart } from '../content/search-text.ts';

/** The snippet as HTML text with `<mark>` around the hits. */
export function renderSnippet(parts: SnippetPart[]): string {
  return parts.map((part) => (part.hit ? html`<mark>${part.text}</mark>` : html`${part.text}`)).join('');
}
