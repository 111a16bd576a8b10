// The public API of the WXR module: what the import and export steps call.
export type { WxrSource } from './parse/decode-chunks.ts';
export { parseWxr } from './parse/parse-wxr.ts';
export { WxrParseError } from './parse/wxr-parse-error.ts';
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
} from './parse/wxr-records.ts';
export { convertContent } from './convert/convert-content.ts';
export { attachmentInfo } from './convert/convert-types.ts';
export type { ConvertContentOptions, ConvertedContent, WxrAttachmentInfo } from './convert/convert-types.ts';
export { decodeHtmlEntities, htmlToPlainText } from './convert/html-text.ts';
export { isMediaUrl } from './convert/markdown-converter.ts';
export { extractSeoMeta } from './convert/seo-meta.ts';
export type { SeoContext, SeoMeta } from './convert/seo-meta.ts';
export { legacyItemPaths, legacyTermPath, pathBelow } from './convert/legacy-paths.ts';
export { writeWxr } from './export/write-wxr.ts';
export type {
  WxrExport,
  WxrExportAuthor,
  WxrExportComment,
  WxrExportItem,
  WxrExportSite,
  WxrExportTerm,
} from './export/wxr-export-types.ts';
export { toWpGmt } from './parse/wxr-values.ts';
