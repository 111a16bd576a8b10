// The CPU-heavy part of importing one item, as a pure function so a worker thread can run it:
// WordPress HTML → Markdown → the same HTML and plain text saveArticle would store, plus the
// comment texts. Everything that needs the database happens later on the main thread.
import { type MarkdownRenderer, truncateText } from '../../content/markdown.ts';
import { segmentForIndex } from '../../content/search-text.ts';
import { convertContent } from './convert-content.ts';
import { decodeHtmlEntities } from './html-text.ts';
import type { ConvertedContent, WxrAttachmentInfo } from './convert-types.ts';
import type { WxrItem } from './wxr-records.ts';
import { htmlHash, SILKPRESS_HTML_HASH_META, SILKPRESS_MARKDOWN_META } from './silkpress-meta.ts';

/** What every item of one import shares: attachments, reusable blocks and rewritten media URLs. */
export interface PrepareContext {
  attachments: ReadonlyMap<number, WxrAttachmentInfo>;
  reusableBlocks: ReadonlyMap<number, string>;
  /** Old media URL → imported copy (empty without `--media`). */
  mediaUrls: ReadonlyMap<string, string>;
}

/** An item's converted content and what the report should say about it. */
export interface PreparedItem {
  bodyMarkdown: string;
  bodyHtml: string;
  /** Plain text, for the excerpt. */
  bodyText: string;
  /** Plain text excerpt: WordPress's own, or the start of the body like saveArticle does. */
  excerpt: string;
  /** Title and body as the search index stores them. */
  indexTitle: string;
  indexBody: string;
  warnings: string[];
  unknownShortcodes: string[];
  mediaUrls: string[];
  /** Comment texts (Markdown subset the comment renderer shows), in the item's order. */
  commentTexts: string[];
}

/** Rewrites an upload URL to its imported copy, also for WordPress's resized `-300x200` variants. */
export function mediaRewriter(map: ReadonlyMap<string, string>): ((url: string) => string) | undefined {
  if (map.size === 0) return undefined;
  return (url) => map.get(url) ?? map.get(url.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1')) ?? url;
}

/** The Markdown a Silkpress export kept beside its HTML, when the HTML was not edited since. */
function silkpressMarkdown(item: WxrItem): ConvertedContent | null {
  const markdown = item.meta[SILKPRESS_MARKDOWN_META];
  const hash = item.meta[SILKPRESS_HTML_HASH_META];
  if (markdown === undefined || hash === undefined || hash !== htmlHash(item.contentHtml, item.excerptHtml)) {
    return null;
  }
  return { markdown, warnings: [], unknownShortcodes: [], mediaUrls: [] };
}

/** Converts one item (title must already be plain text). */
export function prepareItem(
  item: WxrItem,
  title: string,
  ctx: PrepareContext,
  markdown: MarkdownRenderer,
): PreparedItem {
  const rewriteUrl = mediaRewriter(ctx.mediaUrls);
  const fromSilkpress = silkpressMarkdown(item);
  const body =
    fromSilkpress ??
    convertContent(item.contentHtml, {
      attachments: ctx.attachments,
      reusableBlocks: ctx.reusableBlocks,
      postWpId: item.wpId,
      ...(item.meta['footnotes'] ? { footnotesJson: item.meta['footnotes'] } : {}),
      ...(rewriteUrl ? { rewriteUrl } : {}),
    });
  const bodyText = markdown.toPlainText(body.markdown);
  const kept = body === fromSilkpress;
  const excerptMd = !kept && item.excerptHtml.trim() ? convertContent(item.excerptHtml).markdown : '';
  const excerpt = kept
    ? decodeHtmlEntities(item.excerptHtml)
    : (excerptMd ? markdown.toPlainText(excerptMd) : '').trim() || truncateText(bodyText, 220);
  return {
    bodyMarkdown: body.markdown,
    bodyHtml: markdown.toHtml(body.markdown),
    bodyText,
    excerpt,
    indexTitle: segmentForIndex(title),
    indexBody: segmentForIndex(bodyText),
    warnings: body.warnings,
    unknownShortcodes: body.unknownShortcodes,
    mediaUrls: body.mediaUrls,
    commentTexts: item.comments.map((c) => {
      const text = c.meta[SILKPRESS_MARKDOWN_META];
      if (text !== undefined && c.meta[SILKPRESS_HTML_HASH_META] === htmlHash(c.content)) return text;
      return convertContent(c.content, { comment: true }).markdown;
    }),
  };
}
