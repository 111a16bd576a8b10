// Serialises JSON-LD so that no string inside it can end the surrounding <script> element.
import { type Html, unsafeRawHtml } from './html.ts';

const UNSAFE = /[<>&\u2028\u2029]/g;

function toUnicodeEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** JSON text safe to place inside `<script type="application/ld+json">` (`<`, `>`, `&`, U+2028/9 escaped). */
export function serializeJsonLd(value: object): string {
  return JSON.stringify(value).replace(UNSAFE, toUnicodeEscape);
}

/** `serializeJsonLd(value)` as markup for the inside of a JSON-LD `<script>` element. */
export function jsonLdHtml(value: object): Html {
  // The escape hatch: the JSON is serialised above with `<`, `>` and `&` escaped, so it cannot
  // end its <script> element or open another.
  return unsafeRawHtml(serializeJsonLd(value));
}
