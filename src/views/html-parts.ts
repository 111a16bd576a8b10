// A long page as consecutive parts rather than one string.
//
// V8 keeps a string built by concatenation as a tree of pieces and copies it into one flat
// string the first time it is read whole (encoded, hashed, joined). Past 128 KB that copy lives
// in V8's large-object space: freshly mapped memory on every render, which costs a page fault
// per 4 KB (several microseconds each in a virtual machine). A page with hundreds of comments
// (half a megabyte) paid that on every render, more than for all of its templating. Given as
// parts, each part is flattened on its own, small and in reused memory, and written straight into
// the response bytes (see http/page-bytes.ts).
import { randomUUID } from 'node:crypto';
import { type Html, unsafeRawHtml } from './html.ts';

/** A document as consecutive pieces of HTML; the document is their concatenation. */
export type HtmlParts = readonly Html[];

/**
 * A marker no content can contain: random per process and never sent, so nothing rendered
 * from readers' or editors' text can forge it.
 */
const SLOT = `<!--slot:${randomUUID()}-->`;
// The escape hatch: a comment of our own making.
const SLOT_HTML = unsafeRawHtml(SLOT);

/**
 * Renders a page around one slot and returns it as parts with `parts` in the slot: the page's own
 * markup stays ordinary templating, and the long content is never joined into it.
 */
export function renderAroundSlot(render: (slot: Html) => Html, parts: HtmlParts): HtmlParts {
  const page = render(SLOT_HTML).text;
  const at = page.indexOf(SLOT);
  if (at < 0 || page.indexOf(SLOT, at + SLOT.length) >= 0)
    throw new Error('renderAroundSlot: the page must place the slot exactly once');
  // The escape hatch: the markup before and after the slot, cut at a comment of our own.
  return [unsafeRawHtml(page.slice(0, at)), ...parts, unsafeRawHtml(page.slice(at + SLOT.length))];
}

/** The whole document as one string (for tests and small pages). */
export function joinParts(body: Html | HtmlParts): string {
  return Array.isArray(body) ? body.join('') : String(body);
}
