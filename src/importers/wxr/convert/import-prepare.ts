// The CPU-heavy part of importing one item, as a pure function so a worker thread can run it:
// WordPress HTML → Markdown → the same HTML and plain text saveArticle would store, plus the
// comment texts (and, when the import trains the spam model, the comments' spam features).
// Everything that needs the database happens later on the main thread.
import { automaticExcerpt } from '../../../content/index.ts';
import type { MarkdownRenderer } from '../../../content/index.ts';
import { segmentForIndex } from '../../../content/index.ts';
import { analyzeComment } from '../../../spam/index.ts';
import type { LearnableComment } from '../../../spam/index.ts';
import { convertContent } from './convert-content.ts';
import { decodeHtmlEntities } from './html-text.ts';
import type { AttachmentIndex, ConvertedContent, WxrAttachmentInfo } from './convert-types.ts';
import { itemDate, localAsUtc, normalizeIso } from './import-mapping.ts';
import type { WxrComment, WxrItem } from '../parse/wxr-records.ts';
import { htmlHash, SILKPRESS_HTML_HASH_META, SILKPRESS_MARKDOWN_META } from './silkpress-meta.ts';

/** What every item of one import shares: attachments, reusable blocks and rewritten media URLs. */
export interface PrepareContext {
  attachments: ReadonlyMap<number, WxrAttachmentInfo>;
  reusableBlocks: ReadonlyMap<number, string>;
  /** Old media URL → imported copy (empty without `--media`). */
  mediaUrls: ReadonlyMap<string, string>;
  /** Feature bits of the spam model when the import trains it (`--train-spam`), else absent. */
  spamBits?: number | null;
  /** The archived site's address: links to its own pages are the publication's, as in the form. */
  spamSite?: string | null;
}

/** Post meta the conversion reads; a worker thread is sent only these (page builders' meta is big). */
const CONVERSION_META = ['footnotes', SILKPRESS_MARKDOWN_META, SILKPRESS_HTML_HASH_META] as const;

/** The fields of an item prepareItem reads: what crosses to a worker thread. */
export interface PrepareRequest extends Pick<
  WxrItem,
  'wpId' | 'contentHtml' | 'excerptHtml' | 'meta' | 'postDateGmt' | 'postDate'
> {
  comments: Array<
    Pick<
      WxrComment,
      | 'content'
      | 'meta'
      | 'type'
      | 'approved'
      | 'authorName'
      | 'authorEmail'
      | 'authorUrl'
      | 'authorIp'
      | 'dateGmt'
      | 'date'
    >
  >;
  /** The attachments this item's galleries can show (AttachmentIndex.forItem); all when absent. */
  attachments?: ReadonlyMap<number, WxrAttachmentInfo>;
}

/** An item reduced to what prepareItem reads (meta: only the keys it uses, its attachments). */
export function prepareRequest(item: PrepareRequest, attachments: AttachmentIndex): PrepareRequest {
  const pick = (meta: Record<string, string>): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const key of CONVERSION_META) if (meta[key] !== undefined) out[key] = meta[key];
    return out;
  };
  return {
    wpId: item.wpId,
    contentHtml: item.contentHtml,
    excerptHtml: item.excerptHtml,
    postDateGmt: item.postDateGmt,
    postDate: item.postDate,
    meta: pick(item.meta),
    attachments: attachments.forItem(item.wpId, item.contentHtml),
    comments: item.comments.map((c) => ({
      content: c.content,
      meta: pick(c.meta),
      type: c.type,
      approved: c.approved,
      authorName: c.authorName,
      authorEmail: c.authorEmail,
      authorUrl: c.authorUrl,
      authorIp: c.authorIp,
      dateGmt: c.dateGmt,
      date: c.date,
    })),
  };
}

/** The decision a comment teaches the spam model: spam, approved (ham), or nothing. */
export function spamDecision(c: Pick<WxrComment, 'type' | 'approved'>): 'spam' | 'approve' | null {
  // Pingbacks and trackbacks are excerpts of other pages, not what the comment form receives.
  if (c.type !== 'comment' && c.type !== '') return null;
  return c.approved === 'spam' ? 'spam' : c.approved === 'approved' ? 'approve' : null;
}

/** An item's converted content and what the report should say about it. */
export interface PreparedItem {
  bodyMarkdown: string;
  bodyHtml: string;
  /** Plain text, for the excerpt. */
  bodyText: string;
  /** Plain text excerpt: WordPress's own, or the start of the body like saveArticle does. */
  excerpt: string;
  /** True when `excerpt` is the automatic one (WordPress had none: it computes its own too). */
  excerptAuto: boolean;
  /** Title and body as the search index stores them. */
  indexTitle: string;
  indexBody: string;
  warnings: string[];
  unknownShortcodes: string[];
  mediaUrls: string[];
  /** Comment texts (Markdown subset the comment renderer shows), in the item's order. */
  commentTexts: string[];
  /** Per comment: its spam features when it can train the model (`spamBits` set), else null. */
  spamExamples: Array<LearnableComment | null>;
}

/** Rewrites an upload URL to its imported copy, also for WordPress's resized `-300x200` variants. */
export function mediaRewriter(map: ReadonlyMap<string, string>): ((url: string) => string) | undefined {
  if (map.size === 0) return undefined;
  return (url) => map.get(url) ?? map.get(url.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1')) ?? url;
}

/** The Markdown a Silkpress export kept beside its HTML, when the HTML was not edited since. */
function silkpressMarkdown(
  item: Pick<WxrItem, 'meta' | 'contentHtml' | 'excerptHtml'>,
): ConvertedContent | null {
  const markdown = item.meta[SILKPRESS_MARKDOWN_META];
  const hash = item.meta[SILKPRESS_HTML_HASH_META];
  if (markdown === undefined || hash === undefined || hash !== htmlHash(item.contentHtml, item.excerptHtml)) {
    return null;
  }
  return { markdown, warnings: [], unknownShortcodes: [], mediaUrls: [] };
}

/** Converts one item (title must already be plain text). */
export function prepareItem(
  item: PrepareRequest,
  title: string,
  ctx: PrepareContext,
  markdown: MarkdownRenderer,
): PreparedItem {
  const rewriteUrl = mediaRewriter(ctx.mediaUrls);
  const fromSilkpress = silkpressMarkdown(item);
  const body =
    fromSilkpress ??
    convertContent(item.contentHtml, {
      attachments: item.attachments ?? ctx.attachments,
      reusableBlocks: ctx.reusableBlocks,
      postWpId: item.wpId,
      ...(item.meta['footnotes'] ? { footnotesJson: item.meta['footnotes'] } : {}),
      ...(rewriteUrl ? { rewriteUrl } : {}),
    });
  const { html: bodyHtml, text: bodyText } = markdown.toHtmlAndText(body.markdown);
  const kept = body === fromSilkpress;
  const excerptMd = !kept && item.excerptHtml.trim() ? convertContent(item.excerptHtml).markdown : '';
  const own = (
    kept ? decodeHtmlEntities(item.excerptHtml) : excerptMd ? markdown.toPlainText(excerptMd) : ''
  ).trim();
  const auto = automaticExcerpt(bodyText);
  // As when an editor saves: an excerpt equal to the automatic one is the automatic one (older
  // Silkpress exports wrote it out).
  const excerptAuto = own === '' || own === auto;
  const commentTexts = item.comments.map((c) => {
    const text = c.meta[SILKPRESS_MARKDOWN_META];
    if (text !== undefined && c.meta[SILKPRESS_HTML_HASH_META] === htmlHash(c.content)) return text;
    return convertContent(c.content, { comment: true }).markdown;
  });
  return {
    bodyMarkdown: body.markdown,
    bodyHtml,
    bodyText,
    excerpt: excerptAuto ? auto : own,
    excerptAuto,
    indexTitle: segmentForIndex(title),
    indexBody: segmentForIndex(bodyText),
    warnings: body.warnings,
    unknownShortcodes: body.unknownShortcodes,
    mediaUrls: body.mediaUrls,
    commentTexts,
    spamExamples: spamExamples(item, commentTexts, bodyText, ctx.spamBits ?? null, ctx.spamSite ?? null),
  };
}

/**
 * The spam features of the comments that can teach the model, as the comment form would have
 * scored them: the stored text, author fields, IP, the site's address, and the article's text and age. No form or
 * context evidence: learning from a moderator's decision leaves those out too.
 */
function spamExamples(
  item: PrepareRequest,
  texts: string[],
  articleText: string,
  bits: number | null,
  site: string | null,
): Array<LearnableComment | null> {
  const published = bits === null ? null : itemDate(item);
  return item.comments.map((c, j) => {
    if (bits === null || spamDecision(c) === null) return null;
    const at = normalizeIso(c.dateGmt) ?? localAsUtc(c.date);
    const ageDays = at && published ? (Date.parse(at) - Date.parse(published)) / 86_400_000 : null;
    const analyzed = analyzeComment(
      {
        content: texts[j] ?? '',
        author: c.authorName.trim() || null,
        email: c.authorEmail.trim().toLowerCase() || null,
        url: c.authorUrl.trim() || null,
        ip: c.authorIp.trim() || null,
        site,
        article: { text: articleText, ageDays },
      },
      bits,
    );
    return {
      features: { indices: analyzed.features.indices, value: analyzed.features.value },
      signals: analyzed.signals,
    };
  });
}
