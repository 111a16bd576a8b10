// Turns a byte or string stream into UTF-8 text chunks without ever splitting a character.

/** What the parser accepts: a Node Readable (which is async-iterable) or any async/sync iterable. */
export type WxrSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/**
 * Decodes chunks as UTF-8 with a streaming TextDecoder, so a 4-byte character split across two
 * chunks comes out whole; string chunks pass through. A leading byte-order mark is dropped.
 */
export async function* decodeChunks(source: WxrSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let first = true;
  for await (const chunk of source) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}
