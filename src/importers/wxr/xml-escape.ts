// Escaping for the WXR writer.

// Characters XML 1.0 forbids (C0 controls except tab/newline/return, lone surrogates, U+FFFE/F).
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops characters XML cannot carry at all (WordPress exports sometimes hold them). */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** Escapes text for XML element content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Wraps text in CDATA, splitting any `]]>` as WordPress does (`]]]]><![CDATA[>`). */
export function cdata(text: string): string {
  return `<![CDATA[${xmlSafe(text).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
