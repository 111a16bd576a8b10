// Escaping for the feed writers. Plain text gets character references for &, < and > in the
// hexadecimal form the RSS Best Practices Profile (and the W3C Feed Validation Service) ask for,
// since aggregators disagree on whether RSS text elements hold HTML; HTML payloads get the
// usual entities. Both drop the characters XML 1.0 forbids, so nothing stored can make a feed
// ill-formed.
import { cleanText } from '../../kernel/clean-text.ts';

const TEXT_REFS: Record<string, string> = { '&': '&#x26;', '<': '&#x3C;', '>': '&#x3E;', '"': '&#x22;' };
const MARKUP_REFS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Plain text as XML character data or a double-quoted attribute value. */
export function xmlText(text: string): string {
  return cleanText(text).replace(/[&<>"]/g, (c) => TEXT_REFS[c]!);
}

/** An HTML document fragment as the character data of an element that declares HTML. */
export function xmlHtml(html: string): string {
  return cleanText(html).replace(/[&<>"]/g, (c) => MARKUP_REFS[c]!);
}

/** Attributes as ` name="value"`, skipping undefined ones. */
export function xmlAttrs(attrs: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) out += ` ${name}="${xmlText(String(value))}"`;
  }
  return out;
}

/** `<name attrs>text</name>` for plain text. */
export function textElement(
  name: string,
  text: string,
  attrs: Record<string, string | number | undefined> = {},
): string {
  return `<${name}${xmlAttrs(attrs)}>${xmlText(text)}</${name}>`;
}

/** `<name attrs/>`. */
export function emptyElement(name: string, attrs: Record<string, string | number | undefined>): string {
  return `<${name}${xmlAttrs(attrs)}/>`;
}
