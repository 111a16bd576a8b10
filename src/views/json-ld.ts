// Serialises JSON-LD so that no string inside it can end the surrounding <script> element.

const UNSAFE = /[<>&\u2028\u2029]/g;

function toUnicodeEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** JSON text safe to place inside `<script type="application/ld+json">` (`<`, `>`, `&`, U+2028/9 escaped). */
export function serializeJsonLd(value: object): string {
  return JSON.stringify(value).replace(UNSAFE, toUnicodeEscape);
}
