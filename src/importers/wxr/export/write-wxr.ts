// Streaming WXR 1.2 writer: yields the file as string chunks (one per record), so an export of
// any size goes straight to a file or an HTTP response.
import type {
  WxrExport,
  WxrExportAuthor,
  WxrExportComment,
  WxrExportItem,
  WxrExportSite,
  WxrExportTerm,
} from './wxr-export-types.ts';
import { cdata, escapeXml } from './xml-escape.ts';
import { fromApproval, toWpGmt } from '../parse/wxr-values.ts';

const NAMESPACES = [
  'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"',
  'xmlns:content="http://purl.org/rss/1.0/modules/content/"',
  'xmlns:wfw="http://wellformedweb.org/CommentAPI/"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:wp="http://wordpress.org/export/1.2/"',
];

const el = (name: string, value: string): string => `<${name}>${value}</${name}>`;
const text = (name: string, value: string | undefined): string => el(name, escapeXml(value ?? ''));
const data = (name: string, value: string | undefined): string => el(name, cdata(value ?? ''));
const id = (name: string, value: number | null | undefined): string =>
  value == null ? '' : el(name, String(value));
const lines = (indent: string, parts: string[]): string =>
  parts
    .filter((p) => p !== '')
    .map((p) => `${indent}${p}\n`)
    .join('');

/** An RFC 822 date for RSS <pubDate>, from ISO 8601; empty when unknown. */
function rfc822(iso: string | null | undefined): string {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? '' : new Date(ms).toUTCString().replace('GMT', '+0000');
}

/** Writes a WXR 1.2 file that WordPress's importer accepts, as a stream of string chunks. */
export async function* writeWxr(input: WxrExport): AsyncGenerator<string> {
  yield header(input.site);
  for await (const author of input.authors ?? []) yield authorXml(author);
  for await (const term of input.terms ?? []) yield termXml(term);
  if (input.site.generator) yield `\t${text('generator', input.site.generator)}\n`;
  for await (const item of input.items ?? []) yield itemXml(item);
  yield '</channel>\n</rss>\n';
}

function header(site: WxrExportSite): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" ?>\n' +
    "<!-- A WordPress eXtended RSS (WXR) file: import it with WordPress's Tools → Import → WordPress. -->\n" +
    `<rss version="2.0"\n\t${NAMESPACES.join('\n\t')}\n>\n<channel>\n` +
    lines('\t', [
      data('title', site.title),
      text('link', site.link),
      data('description', site.description),
      site.pubDate ? text('pubDate', rfc822(site.pubDate)) : '',
      text('language', site.language ?? 'en'),
      el('wp:wxr_version', '1.2'),
      text('wp:base_site_url', site.baseSiteUrl ?? site.link),
      text('wp:base_blog_url', site.baseBlogUrl ?? site.link),
    ])
  );
}

function authorXml(a: WxrExportAuthor): string {
  const body = lines('\t\t', [
    id('wp:author_id', a.wpId),
    data('wp:author_login', a.login),
    data('wp:author_email', a.email),
    data('wp:author_display_name', a.displayName ?? a.login),
    data('wp:author_first_name', a.firstName),
    data('wp:author_last_name', a.lastName),
  ]);
  return `\t<wp:author>\n${body}\t</wp:author>\n`;
}

function termXml(t: WxrExportTerm): string {
  const parts =
    t.taxonomy === 'category'
      ? [
          data('wp:category_nicename', t.slug),
          data('wp:category_parent', t.parentSlug ?? ''),
          data('wp:cat_name', t.name),
        ]
      : t.taxonomy === 'post_tag'
        ? [data('wp:tag_slug', t.slug), data('wp:tag_name', t.name)]
        : [
            data('wp:term_taxonomy', t.taxonomy),
            data('wp:term_slug', t.slug),
            data('wp:term_parent', t.parentSlug ?? ''),
            data('wp:term_name', t.name),
          ];
  const kind = t.taxonomy === 'category' ? 'category' : t.taxonomy === 'post_tag' ? 'tag' : 'term';
  const description = t.description ? data(`wp:${kind}_description`, t.description) : '';
  return `\t<wp:${kind}>\n${lines('\t\t', [id('wp:term_id', t.wpId), ...parts, description])}\t</wp:${kind}>\n`;
}

function metaXml(element: string, meta: Record<string, string> | undefined): string[] {
  return Object.entries(meta ?? {}).map(
    ([key, value]) => `<${element}>${data('wp:meta_key', key)}${data('wp:meta_value', value)}</${element}>`,
  );
}

/** WordPress's local date: as given, derived from GMT when not given, the zero date when null. */
function localDate(local: string | null | undefined, gmt: string | null): string {
  return local === undefined ? toWpGmt(gmt) : (local ?? toWpGmt(null));
}

function commentXml(c: WxrExportComment): string {
  const body = lines('\t\t\t', [
    id('wp:comment_id', c.wpId),
    data('wp:comment_author', c.authorName),
    data('wp:comment_author_email', c.authorEmail),
    text('wp:comment_author_url', c.authorUrl),
    text('wp:comment_author_IP', c.authorIp),
    text('wp:comment_date', localDate(c.date, c.dateGmt ?? null)),
    text('wp:comment_date_gmt', toWpGmt(c.dateGmt ?? null)),
    data('wp:comment_content', c.content),
    text('wp:comment_approved', fromApproval(c.approved ?? 'pending')),
    data('wp:comment_type', c.type ?? 'comment'),
    el('wp:comment_parent', String(c.parentWpId ?? 0)),
    el('wp:comment_user_id', String(c.userId ?? 0)),
    ...metaXml('wp:commentmeta', c.meta),
  ]);
  return `\t\t<wp:comment>\n${body}\t\t</wp:comment>\n`;
}

function itemXml(item: WxrExportItem): string {
  const gmt = item.postDateGmt ?? null;
  const categories = (item.categories ?? []).map(
    (c) =>
      `<category domain="${escapeXml(c.domain)}" nicename="${escapeXml(c.nicename)}">${cdata(c.name)}</category>`,
  );
  const body = lines('\t\t', [
    data('title', item.title),
    text('link', item.link),
    text('pubDate', rfc822(gmt)),
    data('dc:creator', item.creator),
    `<guid isPermaLink="false">${escapeXml(item.guid ?? '')}</guid>`,
    el('description', ''),
    data('content:encoded', item.contentHtml),
    data('excerpt:encoded', item.excerptHtml),
    id('wp:post_id', item.wpId),
    text('wp:post_date', localDate(item.postDate, gmt)),
    text('wp:post_date_gmt', toWpGmt(gmt)),
    text('wp:post_modified', toWpGmt(item.modifiedGmt ?? null)),
    text('wp:post_modified_gmt', toWpGmt(item.modifiedGmt ?? null)),
    data('wp:comment_status', item.commentStatus ?? 'closed'),
    data('wp:ping_status', item.pingStatus ?? 'closed'),
    data('wp:post_name', item.slug),
    data('wp:status', item.status ?? 'draft'),
    el('wp:post_parent', String(item.parentWpId ?? 0)),
    el('wp:menu_order', String(item.menuOrder ?? 0)),
    data('wp:post_type', item.postType ?? 'post'),
    data('wp:post_password', item.password ?? ''),
    el('wp:is_sticky', item.sticky ? '1' : '0'),
    item.attachmentUrl ? text('wp:attachment_url', item.attachmentUrl) : '',
    ...categories,
    ...metaXml('wp:postmeta', item.meta),
  ]);
  return `\t<item>\n${body}${(item.comments ?? []).map(commentXml).join('')}\t</item>\n`;
}
