// A comment's body: the one place stored comment markup becomes Html outside the public thread.
import { type Html, unsafeRawHtml } from '../html.ts';

/** A comment's rendered body (`comments.body_html`) as markup. */
export function commentBodyHtml(bodyHtml: string): Html {
  // The escape hatch: the body was written by the comment text renderer
  // (comments/comment-text.ts: the reader's text escaped, a few inline tags and checked links).
  return unsafeRawHtml(bodyHtml);
}
