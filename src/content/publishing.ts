// Saving articles: the one domain function editors, importers and the demo loader call. It
// renders Markdown, fills the excerpt, keeps slugs unique and announces what changed so every
// app instance purges exactly the cached pages that show it.
import type { Article, ArticleKind, ArticleStatus } from './article.ts';
import type { ArticleRepo } from './article-repo.ts';
import { articleChangeKeys, type ListedState } from './change-keys.ts';
import { type MarkdownRenderer, truncateText } from './markdown.ts';
import { slugFromTitle, uniqueSlug } from './slug.ts';

/** What saving an article needs. */
export interface PublishingDeps {
  articles: Pick<ArticleRepo, 'create' | 'update' | 'findById' | 'slugTaken' | 'findAdjacent'>;
  markdown: MarkdownRenderer;
  changes: { publish(keys: string[]): Promise<void> };
  now(): Date;
}

/** An article as an editor submits it; missing slug and excerpt are derived. */
export interface ArticleDraft {
  kind: ArticleKind;
  title: string;
  slug?: string;
  excerpt?: string;
  bodyMarkdown: string;
  status: ArticleStatus;
  authorId: number;
  language: string;
  featureImage?: { src: string; alt: string } | null;
  seoTitle?: string | null;
  seoDescription?: string | null;
  commentsOpen?: boolean;
  publishedAt?: string | null;
  tagIds?: number[];
  /** Original timestamps, for imports and demo content. */
  createdAt?: string;
  updatedAt?: string;
}

function listedState(a: Article): ListedState {
  return {
    id: a.id,
    status: a.status,
    publishedAt: a.publishedAt,
    authorId: a.author.id,
    tagIds: a.tags.map((t) => t.id),
    slug: a.slug,
  };
}

async function neighbourIds(deps: PublishingDeps, a: Article | null): Promise<number[]> {
  if (!a || a.kind !== 'post') return [];
  const { previous, next } = await deps.articles.findAdjacent(a, deps.now());
  return [previous?.id, next?.id].filter((id): id is number => id !== undefined);
}

/** Creates (no `id`) or updates an article; returns its id. */
export async function saveArticle(deps: PublishingDeps, draft: ArticleDraft, id?: number): Promise<number> {
  const before = id === undefined ? null : await deps.articles.findById(id);
  if (id !== undefined && !before) throw new Error(`article ${id} does not exist`);
  const now = deps.now();
  const bodyText = deps.markdown.toPlainText(draft.bodyMarkdown);
  const slug = await uniqueSlug(draft.slug?.trim() || slugFromTitle(draft.title), (s) =>
    deps.articles.slugTaken(draft.kind, s, id),
  );
  const publishedAt =
    draft.publishedAt ?? (draft.status === 'published' ? (before?.publishedAt ?? now.toISOString()) : null);
  const input = {
    kind: draft.kind,
    title: draft.title.trim(),
    slug,
    excerpt: draft.excerpt?.trim() || truncateText(bodyText, 220),
    bodyMarkdown: draft.bodyMarkdown,
    bodyHtml: deps.markdown.toHtml(draft.bodyMarkdown),
    bodyText,
    status: draft.status,
    authorId: draft.authorId,
    language: draft.language,
    featureImage: draft.featureImage ?? null,
    seoTitle: draft.seoTitle ?? null,
    seoDescription: draft.seoDescription ?? null,
    commentsOpen: draft.commentsOpen ?? true,
    publishedAt,
    tagIds: draft.tagIds ?? [],
    ...(draft.createdAt ? { createdAt: draft.createdAt } : {}),
    ...(draft.updatedAt ? { updatedAt: draft.updatedAt } : {}),
  };
  const neighboursBefore = await neighbourIds(deps, before);
  const savedId = id ?? (await deps.articles.create(input, now));
  if (id !== undefined) await deps.articles.update(id, input, now);
  const after = await deps.articles.findById(savedId);
  const neighboursAfter = await neighbourIds(deps, after);
  await deps.changes.publish(
    articleChangeKeys(before && listedState(before), after && listedState(after), [
      ...neighboursBefore,
      ...neighboursAfter,
    ]),
  );
  return savedId;
}
