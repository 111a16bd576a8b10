// An article's or a static page's body: the one place stored body markup becomes Html.
import type { Article } from '../content/article.ts';
import { type Html, unsafeRawHtml } from './html.ts';

/** The body of `article` as markup. */
export function articleBodyHtml(article: Pick<Article, 'bodyHtml'>): Html {
  // The escape hatch: `bodyHtml` is Markdown rendered by content/markdown.ts at every save and
  // import (raw HTML in the Markdown is written as text, link targets are checked), never text
  // typed into the page as such.
  return unsafeRawHtml(article.bodyHtml);
}

/** Markdown rendered by content/markdown.ts and not stored yet (the editor's preview), as markup. */
export function renderedMarkdownHtml(rendered: string): Html {
  // The escape hatch: the caller passes the output of content/markdown.ts (see articleBodyHtml).
  return unsafeRawHtml(rendered);
}
