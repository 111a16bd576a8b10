// Articles and pages as the rest of the app sees them, and the pure rules about them.
import { BoundedMemo } from '../kernel/bounded-memo.ts';
import type { Author } from '../users/index.ts';

/** A post appears in listings and feeds; a page is standalone (About, Privacy). */
export type ArticleKind = 'post' | 'page';

/** Editorial workflow states. Only `published` with a past `publishedAt` is public. */
export type ArticleStatus = 'draft' | 'review' | 'scheduled' | 'published' | 'trash';

/** A person credited on articles (an account of the users feature). */
export type { Author };

/** A topic label; WordPress categories become tags too. */
export interface Tag {
  id: number;
  slug: string;
  name: string;
  description: string;
}

/** A feature image and its alternative text. */
export interface FeatureImage {
  src: string;
  alt: string;
}

/** What listings show of an article. */
export interface ArticleSummary {
  id: number;
  kind: ArticleKind;
  title: string;
  slug: string;
  excerpt: string;
  author: Author;
  tags: Tag[];
  language: string;
  publishedAt: string | null;
  updatedAt: string;
  featureImage: FeatureImage | null;
  /** Approved comments, when the listing asked for counts. */
  commentCount?: number;
}

/** A whole article, ready to render. */
export interface Article extends ArticleSummary {
  status: ArticleStatus;
  bodyMarkdown: string;
  bodyHtml: string;
  /** Plain text of the body, when stored (reading time, search snippets). */
  bodyText?: string;
  /** True when `excerpt` is the automatic one (the start of the body), not the editor's own. */
  excerptAuto: boolean;
  /** Key shared with the article's translations (content/translation.ts); null or absent: none. */
  translationGroup?: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  commentsOpen: boolean;
  createdAt: string;
}

/** True when readers may see the article at `now`. */
export function isPublic(a: Pick<Article, 'status' | 'publishedAt'>, now: Date): boolean {
  return a.status === 'published' && a.publishedAt !== null && a.publishedAt <= now.toISOString();
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Minutes to read: about 230 words a minute for space-separated scripts and 400 characters a
 * minute for Chinese and Japanese, never less than one.
 */
export function readingMinutes(plainText: string): number {
  const cjkChars = plainText.match(CJK)?.length ?? 0;
  const words = plainText.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return Math.max(1, Math.round(words / 230 + cjkChars / 400));
}

/**
 * readingMinutes of published articles, remembered per article version (id and last update): the
 * count runs Unicode-class expressions over the whole body, 6% of rendering an article page.
 */
export function createReadingTime(
  toPlainText: (md: string) => string,
  maxEntries = 10_000,
): (a: Pick<Article, 'id' | 'updatedAt' | 'bodyText' | 'bodyMarkdown'>) => number {
  const memo = new BoundedMemo<string, number>(maxEntries);
  return (a) => {
    const key = `${a.id}@${a.updatedAt}`;
    let minutes = memo.get(key);
    if (minutes === undefined) {
      minutes = readingMinutes(plainTextOf(a, toPlainText));
      memo.set(key, minutes);
    }
    return minutes;
  };
}

/** Plain text of an article's body: the stored copy, or derived from Markdown when missing. */
export function plainTextOf(
  a: Pick<Article, 'bodyText' | 'bodyMarkdown'>,
  toPlainText: (md: string) => string,
): string {
  return a.bodyText || toPlainText(a.bodyMarkdown);
}

/** The URL path of an article or page. */
export function articlePath(a: Pick<ArticleSummary, 'kind' | 'slug'>): string {
  return a.kind === 'page' ? `/${encodeURIComponent(a.slug)}` : `/article/${encodeURIComponent(a.slug)}`;
}
