// Escaping text for HTML: what the html tag (html.ts) does to every value that is not Html, and
// what the one hot writer without it (comments/comment-item.ts) does itself. The characters and
// entities are ghtml's, which the views used before.

const SPECIAL = /["&'<=>]/;

/** The entity of a special character (by char code), or undefined for any other. */
function entityOf(code: number): string | undefined {
  switch (code) {
    case 34:
      return '&#34;'; // "
    case 38:
      return '&#38;'; // &
    case 39:
      return '&#39;'; // '
    case 60:
      return '&#60;'; // <
    case 61:
      return '&#61;'; // =
    case 62:
      return '&#62;'; // >
    default:
      return undefined;
  }
}

/**
 * Text safe in HTML content and in a quoted attribute value. Most text has nothing to escape: a
 * regular expression finds the first special character (or none) natively; from there a loop
 * over the rest is about twice as fast as `replace` with a callback (every avatar URL has an `=`).
 */
export function escapeHtml(text: string): string {
  const first = SPECIAL.exec(text);
  if (first === null) return text;
  let out = '';
  let last = 0;
  for (let i = first.index; i < text.length; i++) {
    const entity = entityOf(text.charCodeAt(i));
    if (entity === undefined) continue;
    out += text.slice(last, i) + entity;
    last = i + 1;
  }
  return out + text.slice(last);
}
