// The one rule for text entering Silkpress: characters XML 1.0 cannot carry are dropped. They
// never mean anything to a reader (C0 controls other than tab and line breaks, U+FFFE/U+FFFF,
// lone UTF-16 surrogates), they make every feed they reach ill-formed, and PostgreSQL refuses
// U+0000 in text outright. Comment input, article saves and the WXR import clean text with it;
// the feed and sitemap writers apply it once more to what they write, for rows stored before.

const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 forbids (the same string when it has none). */
export function cleanText(text: string): string {
  return text.replace(FORBIDDEN, '');
}
