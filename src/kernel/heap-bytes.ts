// What a kept value costs in V8's heap, estimated from its texts, so that in-process caches are
// bounded by memory rather than by entry counts or characters (an entry with nothing in it still
// takes its key, its record and its place in the cache's map).
//
// The figures are those of a 64-bit Node without pointer compression (the official builds): a
// string is a 16-byte header and one byte a character when every character is Latin-1, two
// otherwise (a single ’ makes a whole article two-byte); an object is a 24-byte header and 8
// bytes a field.

/** Any character beyond Latin-1: V8 then stores the string at two bytes a character. */
const TWO_BYTE = /[\u0100-\uffff]/;

/** Bytes of a V8 heap object of `fields` fields (header included). */
export function objectBytes(fields: number): number {
  return 24 + 8 * fields;
}

/**
 * Bytes of a string in V8's heap (0 for null and undefined). Reads the text once, so count a
 * value when it is kept, not on every read.
 */
export function stringBytes(text: string | null | undefined): number {
  if (text === null || text === undefined) return 0;
  const width = TWO_BYTE.test(text) ? 2 : 1;
  return (16 + text.length * width + 7) & ~7;
}

/**
 * The overhead of one entry of a cache (lru-cache or a Map): its key string, the record kept for
 * it (value and content version), the map's slot and the list links.
 */
export function cacheEntryBytes(key: string): number {
  return stringBytes(key) + objectBytes(2) + 40 /* the version string */ + 64;
}
