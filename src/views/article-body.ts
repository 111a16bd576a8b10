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
