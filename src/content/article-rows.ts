// Row shapes of article queries and their mapping to domain objects, shared by the article
// repository's reads and writes.
import type { Selectable } from 'kysely';
import type { ArticlesTable } from '../db/schema.ts';
import type { Article, ArticleKind, ArticleStatus, ArticleSummary, Author, Tag } from './article.ts';
import type { ArticleInput } from './article-storage.ts';

// Editorial bookkeeping (version, last editor) is read by the admin queries, not here.
/** An article row with its author. */
export type Row = Omit<Selectable<ArticlesTable>, 'version' | 'last_editor_id' | 'feed_id'> & {
  author_name: string;
  author_slug: string;
  author_bio: string;
};
/** An article row without the body. */
export type SummaryRow = Omit<
  Row,
  'body_md' | 'body_html' | 'body_text' | 'excerpt_auto' | 'translation_group'
>;

/** Columns every article query selects (the author joined as `u`). */
export const summaryColumns = [
  'a.id',
  'a.kind',
  'a.title',
  'a.slug',
  'a.excerpt',
  'a.status',
  'a.author_id',
  'a.language',
  'a.feature_image',
  'a.feature_image_alt',
  'a.seo_title',
  'a.seo_description',
  'a.comments_open',
  'a.published_at',
  'a.created_at',
  'a.updated_at',
  'u.name as author_name',
  'u.slug as author_slug',
  'u.bio as author_bio',
] as const;

/** Columns a whole article adds to summaryColumns. */
export const bodyColumns = [
  'a.body_md',
  'a.body_html',
  'a.body_text',
  'a.excerpt_auto',
  'a.translation_group',
] as const;

/** Column values of an article to insert or update. */
export function toColumns(input: ArticleInput) {
  return {
    kind: input.kind,
    title: input.title,
    slug: input.slug,
    excerpt: input.excerpt,
    excerpt_auto: input.excerptAuto ? 1 : 0,
    body_md: input.bodyMarkdown,
    body_html: input.bodyHtml,
    body_text: input.bodyText,
    status: input.status,
    author_id: input.authorId,
    language: input.language,
    feature_image: input.featureImage?.src ?? null,
    feature_image_alt: input.featureImage?.alt ?? null,
    seo_title: input.seoTitle,
    seo_description: input.seoDescription,
    comments_open: input.commentsOpen ? 1 : 0,
    published_at: input.publishedAt,
    ...(input.translationGroup !== undefined ? { translation_group: input.translationGroup } : {}),
  };
}

/** The author of a row. */
export function toAuthor(r: SummaryRow): Author {
  return { id: r.author_id, name: r.author_name, slug: r.author_slug, bio: r.author_bio };
}

/** A listing summary from a row and its tags. */
export function toSummary(r: SummaryRow, tags: Tag[]): ArticleSummary {
  return {
    id: r.id,
    kind: r.kind as ArticleKind,
    title: r.title,
    slug: r.slug,
    excerpt: r.excerpt,
    author: toAuthor(r),
    tags,
    language: r.language,
    publishedAt: r.published_at,
    updatedAt: r.updated_at,
    featureImage: r.feature_image ? { src: r.feature_image, alt: r.feature_image_alt ?? '' } : null,
  };
}

/** A whole article from a row and its tags. */
export function toArticle(r: Row, tags: Tag[]): Article {
  return {
    ...toSummary(r, tags),
    status: r.status as ArticleStatus,
    bodyMarkdown: r.body_md,
    bodyHtml: r.body_html,
    bodyText: r.body_text,
    excerptAuto: Number(r.excerpt_auto) === 1,
    translationGroup: r.translation_group,
    seoTitle: r.seo_title,
    seoDescription: r.seo_description,
    commentsOpen: r.comments_open === 1 || (r.comments_open as unknown) === true,
    createdAt: r.created_at,
  };
}
