// Escaping text for HTML, for the few hot templates written without ghtml (see comment-item.ts).
// The same characters and entities as ghtml's `html`, so either way of writing markup agrees.

const SPECIAL = /["&'<=>]/;
const SPECIAL_ALL = /["&'<=>]/g;
const ENTITIES: Record<string, string> = {
  '"': '&#34;',
  '&': '&#38;',
  "'": '&#39;',
  '<': '&#60;',
  '=': '&#61;',
  '>': '&#62;',
};

/** Text safe in HTML content and in a quoted attribute value. Most text has nothing to escape. */
export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (ch) => ENTITIES[ch]!) : text;
}
