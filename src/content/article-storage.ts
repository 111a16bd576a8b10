// The shapes article storage takes and gives back: listing filters, pages of results, the fields
// an editor saves, and the archive and sitemap rows. Kept apart from the Kysely repository so
// the row mapping (article-rows.ts) and other repositories can use them without importing it.
import type { ArticleKind, ArticleStatus } from './article.ts';

/** Which published posts a listing shows. */
export interface ListFilter {
  now: Date;
  limit: number;
  offset: number;
  tagId?: number;
  authorId?: number;
  /** `YYYY-MM`: posts published in that month, on the clock of `timeZone` (UTC by default). */
  month?: string;
  /** The site's IANA timezone, where months begin and end. */
  timeZone?: string;
  /** Posts in this language only (a stored tag, compared as stored): the per-language listings. */
  language?: string;
}

/** A page of results and how many there are in all. */
export interface Paged<T> {
  items: T[];
  total: number;
}

/** The fields an editor (or an importer, or the demo loader) sets. */
export interface ArticleInput {
  kind: ArticleKind;
  title: string;
  slug: string;
  excerpt: string;
  /** True when `excerpt` is the automatic one, recomputed from the body on every save. */
  excerptAuto: boolean;
  bodyMarkdown: string;
  bodyHtml: string;
  /** Plain text of the body, for the search index. */
  bodyText: string;
  status: ArticleStatus;
  authorId: number;
  language: string;
  featureImage: { src: string; alt: string } | null;
  seoTitle: string | null;
  seoDescription: string | null;
  commentsOpen: boolean;
  publishedAt: string | null;
  tagIds: number[];
  /** Key shared with the article's translations (imports); left as stored when undefined. */
  translationGroup?: string | null;
  /** Original timestamps (imports, demo content); default to the time of saving. */
  createdAt?: string;
  updatedAt?: string;
}

/** Who is saving, and the version the editor started from (optimistic concurrency). */
export interface WriteOptions {
  editorId?: number;
  expectedVersion?: number;
}

/** Month of the archive with its number of posts. */
export interface ArchiveMonth {
  month: string;
  count: number;
}

/** An entry of sitemap.xml. */
export interface SitemapEntry {
  id: number;
  kind: ArticleKind;
  slug: string;
  title: string;
  language: string;
  publishedAt: string;
  updatedAt: string;
  /** Its translation group (the sitemap's hreflang alternates), or null. */
  translationGroup: string | null;
}
