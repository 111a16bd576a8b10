// Escaping for the WXR writer.

import { cleanText } from '../../../kernel/clean-text.ts';

/** Drops characters XML cannot carry at all (WordPress exports sometimes hold them). */
export const xmlSafe = cleanText;

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
