// The public API of the WXR module: what the import and export steps call.
export type { WxrSource } from './decode-chunks.ts';
export { parseWxr } from './parse-wxr.ts';
export { WxrParseError } from './wxr-parse-error.ts';
export type {
  WxrAuthor,
  WxrComment,
  WxrCommentApproval,
  WxrItem,
  WxrItemCategory,
  WxrRecord,
  WxrSite,
  WxrTerm,
  WxrWarning,
} from './wxr-records.ts';
export { convertContent } from './convert-content.ts';
export { attachmentInfo } from './convert-types.ts';
export type { ConvertContentOptions, ConvertedContent, WxrAttachmentInfo } from './convert-types.ts';
export { decodeHtmlEntities, htmlToPlainText } from './html-text.ts';
export { isMediaUrl } from './markdown-converter.ts';
export { extractSeoMeta } from './seo-meta.ts';
export type { SeoContext, SeoMeta } from './seo-meta.ts';
export { legacyItemPaths, legacyTermPath, pathBelow } from './legacy-paths.ts';
export { writeWxr } from './write-wxr.ts';
export type {
  WxrExport,
  WxrExportAuthor,
  WxrExportComment,
  WxrExportItem,
  WxrExportSite,
  WxrExportTerm,
} from './wxr-export-types.ts';
export { toWpGmt } from './wxr-values.ts';
