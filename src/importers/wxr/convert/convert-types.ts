// Inputs and outputs of the WordPress content converter.
import type { WxrItem } from '../parse/wxr-records.ts';

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

/** Every number a `[gallery …]` shortcode in `html` could name (a superset of its ids). */
function galleryNumbers(html: string, into: Set<number>): boolean {
  let found = false;
  // As shortcodes.ts reads them: any case, quoted attribute values may hold ']'.
  for (const m of html.matchAll(/\[gallery\b(?:"[^"]*"|'[^']*'|[^\]"'])*\]?/gi)) {
    found = true;
    for (const token of m[0].split(/[\s,"'=[\]]+/)) {
      const n = Number(token);
      if (Number.isInteger(n)) into.add(n);
    }
    for (const digits of m[0].matchAll(/\d+/g)) into.add(Number(digits[0]));
  }
  return found;
}

/**
 * The attachments of an import, and for each item the few its conversion can use: the ones its
 * galleries name and its own children (id-less galleries). A worker thread gets that subset with
 * each item instead of a copy of every attachment of the site.
 */
export class AttachmentIndex {
  private readonly byParent = new Map<number, number[]>();
  private readonly fromBlocks = new Set<number>();
  private readonly blocksHaveGallery: boolean;

  constructor(
    readonly all: ReadonlyMap<number, WxrAttachmentInfo>,
    reusableBlocks: ReadonlyMap<number, string>,
  ) {
    for (const [id, a] of all) {
      if (a.parentWpId === null) continue;
      const list = this.byParent.get(a.parentWpId);
      if (list) list.push(id);
      else this.byParent.set(a.parentWpId, [id]);
    }
    let blockGallery = false;
    for (const html of reusableBlocks.values())
      blockGallery = galleryNumbers(html, this.fromBlocks) || blockGallery;
    this.blocksHaveGallery = blockGallery;
  }

  /** What a conversion of this item can read (gives the same result as the whole map). */
  forItem(wpId: number | null, contentHtml: string): Map<number, WxrAttachmentInfo> {
    const named = new Set<number>();
    const hasGallery =
      galleryNumbers(contentHtml, named) || (this.blocksHaveGallery && contentHtml.includes('wp:block'));
    const out = new Map<number, WxrAttachmentInfo>();
    if (!hasGallery) return out;
    // Children first, in file order: an id-less gallery lists them in the whole map's order.
    for (const id of wpId === null ? [] : (this.byParent.get(wpId) ?? []))
      out.set(id, this.all.get(id) as WxrAttachmentInfo);
    for (const id of [...named, ...this.fromBlocks]) {
      const a = this.all.get(id);
      if (a && !out.has(id)) out.set(id, a);
    }
    return out;
  }
}
