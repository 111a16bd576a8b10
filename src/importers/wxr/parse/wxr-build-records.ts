// Builds typed records from the text of an element's direct children (name → text).
import type { WxrAuthor, WxrComment, WxrItem, WxrItemCategory, WxrSite, WxrTerm } from './wxr-records.ts';
import { toApproval, toCommentType, toId, toInt, toIsoUtc, toLocalDate, toOptionalId } from './wxr-values.ts';

/** The text of each direct child element, by qualified name (e.g. 'wp:post_id'). */
export type Fields = ReadonlyMap<string, string>;

const str = (f: Fields, name: string): string => f.get(name) ?? '';
const trimmed = (f: Fields, name: string): string => str(f, name).trim();

/** The channel header. */
export function buildSite(f: Fields, line: number): WxrSite {
  const version = trimmed(f, 'wp:wxr_version');
  return {
    kind: 'site',
    line,
    title: str(f, 'title'),
    link: trimmed(f, 'link'),
    description: str(f, 'description'),
    language: trimmed(f, 'language'),
    wxrVersion: version === '' ? null : version,
    baseSiteUrl: trimmed(f, 'wp:base_site_url'),
    baseBlogUrl: trimmed(f, 'wp:base_blog_url'),
  };
}

/** A `wp:author`. */
export function buildAuthor(f: Fields, line: number): WxrAuthor {
  return {
    kind: 'author',
    line,
    wpId: toId(f.get('wp:author_id')),
    login: trimmed(f, 'wp:author_login'),
    email: trimmed(f, 'wp:author_email'),
    displayName: str(f, 'wp:author_display_name'),
    firstName: str(f, 'wp:author_first_name'),
    lastName: str(f, 'wp:author_last_name'),
  };
}

/** A `wp:category`, `wp:tag` or `wp:term`, told apart by the element name. */
export function buildTerm(element: string, f: Fields, line: number): WxrTerm {
  const [taxonomy, slug, name, parent, description] =
    element === 'wp:category'
      ? ['category', 'wp:category_nicename', 'wp:cat_name', 'wp:category_parent', 'wp:category_description']
      : element === 'wp:tag'
        ? ['post_tag', 'wp:tag_slug', 'wp:tag_name', '', 'wp:tag_description']
        : [
            trimmed(f, 'wp:term_taxonomy'),
            'wp:term_slug',
            'wp:term_name',
            'wp:term_parent',
            'wp:term_description',
          ];
  const parentSlug = parent === '' ? '' : trimmed(f, parent);
  return {
    kind: 'term',
    line,
    wpId: toId(f.get('wp:term_id')),
    taxonomy,
    slug: trimmed(f, slug),
    name: str(f, name),
    parentSlug: parentSlug === '' ? null : parentSlug,
    description: str(f, description),
  };
}

/** A `wp:comment`, with its meta already collected. */
export function buildComment(f: Fields, meta: Record<string, string>, line: number): WxrComment {
  return {
    line,
    wpId: toId(f.get('wp:comment_id')),
    parentWpId: toOptionalId(f.get('wp:comment_parent')),
    authorName: str(f, 'wp:comment_author'),
    authorEmail: trimmed(f, 'wp:comment_author_email'),
    authorUrl: trimmed(f, 'wp:comment_author_url'),
    authorIp: trimmed(f, 'wp:comment_author_IP'),
    date: toLocalDate(f.get('wp:comment_date')),
    dateGmt: toIsoUtc(f.get('wp:comment_date_gmt')),
    content: str(f, 'wp:comment_content'),
    approved: toApproval(f.get('wp:comment_approved')),
    type: toCommentType(f.get('wp:comment_type')),
    userId: toOptionalId(f.get('wp:comment_user_id')),
    meta,
  };
}

/** What an item collects besides its plain fields. */
export interface ItemParts {
  categories: WxrItemCategory[];
  meta: Record<string, string>;
  comments: WxrComment[];
}

/** An `item`. */
export function buildItem(f: Fields, parts: ItemParts, line: number): WxrItem {
  const password = str(f, 'wp:post_password');
  const attachmentUrl = trimmed(f, 'wp:attachment_url');
  return {
    kind: 'item',
    line,
    wpId: toId(f.get('wp:post_id')),
    guid: trimmed(f, 'guid'),
    postType: trimmed(f, 'wp:post_type') || 'post',
    title: str(f, 'title'),
    slug: trimmed(f, 'wp:post_name'),
    link: trimmed(f, 'link'),
    creator: trimmed(f, 'dc:creator'),
    contentHtml: str(f, 'content:encoded'),
    excerptHtml: str(f, 'excerpt:encoded'),
    status: trimmed(f, 'wp:status') || 'draft',
    postDate: toLocalDate(f.get('wp:post_date')),
    postDateGmt: toIsoUtc(f.get('wp:post_date_gmt')),
    modifiedGmt: toIsoUtc(f.get('wp:post_modified_gmt')),
    commentStatus: trimmed(f, 'wp:comment_status') || 'closed',
    pingStatus: trimmed(f, 'wp:ping_status') || 'closed',
    sticky: trimmed(f, 'wp:is_sticky') === '1',
    password: password === '' ? null : password,
    parentWpId: toOptionalId(f.get('wp:post_parent')),
    menuOrder: toInt(f.get('wp:menu_order')),
    attachmentUrl: attachmentUrl === '' ? null : attachmentUrl,
    ...parts,
  };
}
