// Plain inputs for the WXR writer. They mirror the parsed records (without `kind` and `line`),
// so parse → write → parse gives the same records; fields a caller may not have are optional.
import type { WxrComment, WxrItem, WxrItemCategory } from '../parse/wxr-records.ts';

/** The channel header. `pubDate` is the export time (the caller's clock), ISO 8601. */
export interface WxrExportSite {
  title: string;
  link: string;
  description?: string;
  language?: string;
  baseSiteUrl?: string;
  baseBlogUrl?: string;
  pubDate?: string;
  generator?: string;
}

/** A `wp:author`. */
export interface WxrExportAuthor {
  wpId?: number | null;
  login: string;
  email?: string;
  displayName?: string;
  firstName?: string;
  lastName?: string;
}

/** A term: taxonomy 'category' becomes `wp:category`, 'post_tag' `wp:tag`, others `wp:term`. */
export interface WxrExportTerm {
  wpId?: number | null;
  taxonomy: string;
  slug: string;
  name: string;
  parentSlug?: string | null;
  description?: string;
}

/** A comment; `content` is HTML (or plain text, which is valid HTML once escaped by the caller). */
export type WxrExportComment = Partial<Omit<WxrComment, 'line' | 'content' | 'meta'>> & {
  content: string;
  meta?: Record<string, string>;
};

/** An item; `contentHtml` is rendered HTML (the caller renders its Markdown first). */
export type WxrExportItem = Partial<
  Omit<WxrItem, 'kind' | 'line' | 'title' | 'contentHtml' | 'comments' | 'categories' | 'meta'>
> & {
  title: string;
  contentHtml: string;
  categories?: WxrItemCategory[];
  meta?: Record<string, string>;
  comments?: WxrExportComment[];
};

/** Everything the writer streams; any of the lists may be an async iterable (e.g. a db cursor). */
export interface WxrExport {
  site: WxrExportSite;
  authors?: Iterable<WxrExportAuthor> | AsyncIterable<WxrExportAuthor>;
  terms?: Iterable<WxrExportTerm> | AsyncIterable<WxrExportTerm>;
  items?: Iterable<WxrExportItem> | AsyncIterable<WxrExportItem>;
}
