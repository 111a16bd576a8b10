// Inputs and outputs of the WordPress content converter.
import type { WxrItem } from './wxr-records.ts';

/** What the converter needs to know about an attachment to show it in a [gallery]. */
export interface WxrAttachmentInfo {
  url: string;
  alt: string;
  /** Caption HTML (WordPress keeps it in the attachment's excerpt). */
  caption: string;
  parentWpId: number | null;
  menuOrder: number;
}

/** Options for convertContent; all optional. */
export interface ConvertContentOptions {
  /** Attachments by WordPress id, to resolve `[gallery ids="…"]` and id-less galleries. */
  attachments?: ReadonlyMap<number, WxrAttachmentInfo>;
  /** The post's WordPress id: a `[gallery]` without ids shows the attachments whose parent it is. */
  postWpId?: number | null;
  /** Saved HTML of reusable blocks (items of post type `wp_block`) by id, inlined where referenced. */
  reusableBlocks?: ReadonlyMap<number, string>;
  /** The post meta `footnotes` (JSON written by the WordPress 6.3+ footnotes block). */
  footnotesJson?: string;
  /** Rewrites media URLs (images, media links), e.g. to the imported copies. Identity by default. */
  rewriteUrl?: (url: string) => string;
  /** Treat the HTML as a comment: wpautop always, no shortcodes (WordPress does the same). */
  comment?: boolean;
}

/** The converted content and what the import report needs to say about it. */
export interface ConvertedContent {
  markdown: string;
  warnings: string[];
  /** Shortcode names left visible as text, each once, in order of first appearance. */
  unknownShortcodes: string[];
  /** Media URLs referenced (before rewriting), each once. */
  mediaUrls: string[];
}

/** The gallery/caption view of an attachment item; null when the item is not an attachment. */
export function attachmentInfo(item: WxrItem): WxrAttachmentInfo | null {
  if (item.postType !== 'attachment' || item.attachmentUrl === null) return null;
  return {
    url: item.attachmentUrl,
    alt: item.meta['_wp_attachment_image_alt'] ?? '',
    caption: item.excerptHtml,
    parentWpId: item.parentWpId,
    menuOrder: item.menuOrder,
  };
}
