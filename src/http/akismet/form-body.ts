// Strict application/x-www-form-urlencoded parsing for the Akismet API. Clients label the body
// inconsistently (the `akismet` npm client sends `Content-Type: charset=utf-8`), so every body is
// read as a form; malformed percent-encoding or invalid UTF-8 is refused rather than guessed.

/** Thrown for a body that is not a valid form encoding. */
export class MalformedFormError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodePart(part: string): string {
  // Most names and many values need no decoding at all.
  if (!part.includes('%') && !part.includes('+')) return part;
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    throw new MalformedFormError('malformed percent-encoding');
  }
}

/** Parses a form body; the first value of a repeated name wins. */
export function parseFormBody(body: Buffer): Record<string, string> {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new MalformedFormError('the body is not UTF-8');
  }
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  if (text.trim() === '') return out;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decodePart(eq < 0 ? pair : pair.slice(0, eq));
    const value = decodePart(eq < 0 ? '' : pair.slice(eq + 1));
    if (!(name in out)) out[name] = value;
  }
  return out;
}
