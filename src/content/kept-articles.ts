// What the article repository keeps between reads (ArticleReadRepo: articles by slug, neighbours,
// related posts): frozen objects, their authors and tags shared, and their size in bytes, by which
// each of its caches is bounded.
import { BoundedMemo } from '../kernel/bounded-memo.ts';
import { objectBytes, stringBytes } from '../kernel/heap-bytes.ts';
import type { Article, ArticleSummary, Author, Tag } from './article.ts';

/** True when both records have the same fields with the same values. */
function sameFields<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * One frozen author and one frozen tag object for all kept summaries that carry equal ones. Each
 * row read brings its own copies (name, slug, the author's bio, the tag's description): on the
 * bench site a kept summary took 2 KB, most of it these copies, shared by hundreds of summaries.
 */
export class KeptArticleParts {
  private readonly authors = new BoundedMemo<number, Author>(1000);
  private readonly tags = new BoundedMemo<number, Tag>(1000);

  /**
   * Freezes `a` (with its tags and image) for sharing between pages, its author and tags replaced
   * by the shared equal ones: a caller that changed a kept object would change the next page.
   * Returns `a`.
   */
  freeze<T extends ArticleSummary>(a: T): T {
    if (Object.isFrozen(a)) return a;
    a.author = this.shared(this.authors, a.author);
    for (let i = 0; i < a.tags.length; i++) a.tags[i] = this.shared(this.tags, a.tags[i] as Tag);
    Object.freeze(a.tags);
    if (a.featureImage) Object.freeze(a.featureImage);
    return Object.freeze(a);
  }

  private shared<T extends { id: number }>(memo: BoundedMemo<number, T>, value: T): T {
    const kept = memo.get(value.id);
    if (kept !== undefined && sameFields(kept, value)) return kept;
    memo.set(value.id, Object.freeze(value));
    return value;
  }
}

/**
 * Bytes a kept summary holds of its own (its author and tags are shared, KeptArticleParts): the
 * object, its texts and its tag list.
 */
export function summaryBytes(a: ArticleSummary): number {
  return (
    objectBytes(12) +
    stringBytes(a.title) +
    stringBytes(a.slug) +
    stringBytes(a.excerpt) +
    stringBytes(a.language) +
    stringBytes(a.publishedAt) +
    stringBytes(a.updatedAt) +
    objectBytes(a.tags.length) +
    (a.featureImage ? objectBytes(2) + stringBytes(a.featureImage.src) + stringBytes(a.featureImage.alt) : 0)
  );
}

/** Bytes a kept article holds of its own: its summary's, its body's three forms and its SEO texts. */
export function articleBytes(a: Article): number {
  return (
    summaryBytes(a) +
    objectBytes(11) +
    stringBytes(a.bodyMarkdown) +
    stringBytes(a.bodyHtml) +
    stringBytes(a.bodyText) +
    stringBytes(a.translationGroup) +
    stringBytes(a.seoTitle) +
    stringBytes(a.seoDescription) +
    stringBytes(a.createdAt)
  );
}
