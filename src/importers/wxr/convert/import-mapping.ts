// Pure mapping rules from WordPress records to Silkpress fields: statuses, dates, slugs, keys.
import type { ArticleStatus } from '../../../content/index.ts';
import type { CommentType } from '../../../comments/index.ts';
import { slugFromTitle } from '../../../kernel/slug.ts';
import type { WxrComment, WxrItem, WxrSite } from '../parse/wxr-records.ts';

/** ISO UTC with milliseconds, as Silkpress stores timestamps; null when unreadable. */
export function normalizeIso(iso: string | null): string | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** A WordPress local date read as UTC: the best we have when the GMT date is the zero date. */
export function localAsUtc(local: string | null): string | null {
  return local === null ? null : normalizeIso(`${local.replace(' ', 'T')}Z`);
}

/** When the item was written: its GMT date, else its local date. */
export function itemDate(item: Pick<WxrItem, 'postDateGmt' | 'postDate'>): string | null {
  return normalizeIso(item.postDateGmt) ?? localAsUtc(item.postDate);
}

/** Silkpress status and publication time of an item, and why it differs from WordPress's. */
export function mapItemStatus(item: WxrItem): {
  status: ArticleStatus;
  publishedAt: string | null;
  warning: string | null;
} {
  const date = itemDate(item);
  if (item.password !== null && item.password !== '') {
    return {
      status: 'draft',
      publishedAt: null,
      warning: 'password-protected in WordPress: held as a draft (Silkpress has no post passwords)',
    };
  }
  switch (item.status) {
    case 'publish':
      return { status: 'published', publishedAt: date, warning: null };
    case 'future':
      return { status: 'scheduled', publishedAt: date, warning: null };
    case 'pending':
      return { status: 'review', publishedAt: null, warning: null };
    case 'trash':
      return { status: 'trash', publishedAt: null, warning: null };
    case 'draft':
    case 'auto-draft':
      return { status: 'draft', publishedAt: null, warning: null };
    case 'private':
      return { status: 'draft', publishedAt: null, warning: 'private in WordPress: kept as a draft' };
    default:
      return {
        status: 'draft',
        publishedAt: null,
        warning: `unknown status "${item.status}": kept as a draft`,
      };
  }
}

/** The slug an item asks for (WordPress slugs may be percent-encoded UTF-8), from the title if empty. */
export function wantedSlug(item: Pick<WxrItem, 'slug'>, title: string): string {
  let raw = item.slug;
  try {
    raw = decodeURIComponent(raw);
  } catch {
    // keep as written
  }
  const fromSlug = raw.trim() ? slugFromTitle(raw) : '';
  return fromSlug && fromSlug !== 'untitled' ? fromSlug : slugFromTitle(title);
}

/** Comment type Silkpress knows; anything else WordPress plugins invent is shown as a comment. */
export function mapCommentType(type: WxrComment['type']): CommentType {
  return type === 'pingback' ? 'pingback' : type === 'trackback' ? 'trackback' : 'comment';
}

/** Identifies the exporting site in import map keys (two sites may reuse the same ids). */
export function sourceOf(site: Pick<WxrSite, 'baseSiteUrl' | 'link'> | null): string {
  return (site?.baseSiteUrl || site?.link || 'wordpress').replace(/\/+$/, '');
}

/** Import map key of an item: its WordPress id, or its GUID when it has none. */
export function itemKey(source: string, item: Pick<WxrItem, 'wpId' | 'guid'>): string {
  return item.wpId !== null ? `${source}|p:${item.wpId}` : `${source}|guid:${item.guid}`;
}

/** Import map key of a comment (its id, or its place under the item when it has none). */
export function commentKey(
  source: string,
  itemK: string,
  c: Pick<WxrComment, 'wpId'>,
  index: number,
): string {
  return c.wpId !== null ? `${source}|c:${c.wpId}` : `${itemK}#${index}`;
}
