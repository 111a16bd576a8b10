// The typed records the streaming WXR parser yields, one per top-level thing in the file.

/** Channel header: who exported the file and from where. */
export interface WxrSite {
  kind: 'site';
  line: number;
  title: string;
  link: string;
  description: string;
  language: string;
  wxrVersion: string | null;
  baseSiteUrl: string;
  baseBlogUrl: string;
}

/** A `wp:author` (a WordPress user who wrote something in the export). */
export interface WxrAuthor {
  kind: 'author';
  line: number;
  wpId: number | null;
  login: string;
  email: string;
  displayName: string;
  firstName: string;
  lastName: string;
}

/** A `wp:category`, `wp:tag` or `wp:term` (any other taxonomy, e.g. nav_menu, post_format). */
export interface WxrTerm {
  kind: 'term';
  line: number;
  wpId: number | null;
  taxonomy: 'category' | 'post_tag' | (string & {});
  slug: string;
  name: string;
  parentSlug: string | null;
  description: string;
}

/** A category or tag reference on an item: `<category domain nicename>name</category>`. */
export interface WxrItemCategory {
  domain: string;
  nicename: string;
  name: string;
}

/** Moderation state of a comment; WordPress's '0' is 'pending', 'post-trashed' is 'trash'. */
export type WxrCommentApproval = 'approved' | 'pending' | 'spam' | 'trash';

/** A `wp:comment` inside an item. */
export interface WxrComment {
  line: number;
  wpId: number | null;
  parentWpId: number | null;
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  authorIp: string;
  /** Local wall-clock time as WordPress stored it ('YYYY-MM-DD HH:MM:SS'), or null. */
  date: string | null;
  /** ISO 8601 UTC, or null when WordPress wrote '0000-00-00 00:00:00' or nothing. */
  dateGmt: string | null;
  content: string;
  approved: WxrCommentApproval;
  type: 'comment' | 'pingback' | 'trackback' | (string & {});
  userId: number | null;
  meta: Record<string, string>;
}

/** An `item`: a post, page, attachment or any other post type (nav_menu_item, …). */
export interface WxrItem {
  kind: 'item';
  line: number;
  wpId: number | null;
  guid: string;
  postType: 'post' | 'page' | 'attachment' | (string & {});
  title: string;
  slug: string;
  link: string;
  creator: string;
  contentHtml: string;
  excerptHtml: string;
  status: 'publish' | 'draft' | 'future' | 'private' | 'pending' | 'trash' | 'inherit' | (string & {});
  /** Local wall-clock time as WordPress stored it ('YYYY-MM-DD HH:MM:SS'), or null. */
  postDate: string | null;
  /** ISO 8601 UTC, or null for '0000-00-00 00:00:00' (unpublished drafts). */
  postDateGmt: string | null;
  modifiedGmt: string | null;
  commentStatus: 'open' | 'closed' | (string & {});
  pingStatus: 'open' | 'closed' | (string & {});
  sticky: boolean;
  /** The post password, or null when the post is not protected. */
  password: string | null;
  parentWpId: number | null;
  menuOrder: number;
  attachmentUrl: string | null;
  categories: WxrItemCategory[];
  /** Post meta; when a key repeats, the first value wins. */
  meta: Record<string, string>;
  comments: WxrComment[];
}

/** Something odd but recoverable (e.g. an HTML entity XML does not define), kept for the report. */
export interface WxrWarning {
  kind: 'warning';
  line: number;
  column: number;
  message: string;
}

/** Any record the parser yields. */
export type WxrRecord = WxrSite | WxrAuthor | WxrTerm | WxrItem | WxrWarning;
