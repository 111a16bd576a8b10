// Serialises JSON-LD so that no string inside it can end the surrounding <script> element.
import { type Html, unsafeRawHtml } from './html.ts';

const UNSAFE = /[<>&\u2028\u2029]/g;

function toUnicodeEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * An array of JSON-LD objects held as their serialised text (each `serializeJsonLd(item)`), so a
 * page can reuse an item's text from one render to the next (the comments of an article:
 * http/comments/section.ts). As a member of an object given to serializeJsonLd it is written as
 * the array of those items, the same text as the objects themselves would give.
 */
export class SerializedJsonLdList {
  constructor(readonly items: readonly string[]) {}

  get length(): number {
    return this.items.length;
  }

  /** Anywhere else JSON.stringify meets it: the items as values (the same text once serialised). */
  toJSON(): unknown[] {
    return this.items.map((item) => JSON.parse(item) as unknown);
  }
}

/** An empty list. */
export const NO_SERIALIZED_JSON_LD = new SerializedJsonLdList([]);

function escaped(json: string): string {
  return json.replace(UNSAFE, toUnicodeEscape);
}

/**
 * `value` with its SerializedJsonLdList members written from their text, each other member as
 * JSON.stringify writes it (`"key":value`, left out when the value has no JSON form; a `toJSON`
 * is called without the key, which no JSON-LD value reads), in the members' order
 * (`Object.keys`, JSON.stringify's own), separated by commas.
 */
function serializeWithLists(value: Record<string, unknown>): string {
  let text = '';
  for (const key of Object.keys(value)) {
    const member = value[key];
    let json: string | undefined;
    if (member instanceof SerializedJsonLdList) json = `[${member.items.join(',')}]`;
    else {
      json = JSON.stringify(member) as string | undefined;
      if (json === undefined) continue;
      json = escaped(json);
    }
    text += `${text === '' ? '' : ','}${escaped(JSON.stringify(key))}:${json}`;
  }
  return `{${text}}`;
}

/** JSON text safe to place inside `<script type="application/ld+json">` (`<`, `>`, `&`, U+2028/9 escaped). */
export function serializeJsonLd(value: object): string {
  for (const key in value) {
    if (Object.hasOwn(value, key) && (value as Record<string, unknown>)[key] instanceof SerializedJsonLdList)
      return serializeWithLists(value as Record<string, unknown>);
  }
  return escaped(JSON.stringify(value));
}

/** `serializeJsonLd(value)` as markup for the inside of a JSON-LD `<script>` element. */
export function jsonLdHtml(value: object): Html {
  // The escape hatch: the JSON is serialised above with `<`, `>` and `&` escaped, so it cannot
  // end its <script> element or open another.
  return unsafeRawHtml(serializeJsonLd(value));
}
