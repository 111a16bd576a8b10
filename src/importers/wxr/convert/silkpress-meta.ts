// Post meta a Silkpress export adds so a Silkpress import can take the Markdown back exactly.
import { createHash } from 'node:crypto';

/** The article's Markdown (or a comment's text) as Silkpress stored it. */
export const SILKPRESS_MARKDOWN_META = '_silkpress_markdown';
/** SHA-256 of the exported HTML: if WordPress edited the post since, the HTML wins. */
export const SILKPRESS_HTML_HASH_META = '_silkpress_html_sha256';

/** The hash the two metas are checked with. */
export function htmlHash(html: string, excerptHtml = ''): string {
  return createHash('sha256').update(html).update('\u0000').update(excerptHtml).digest('hex');
}
