// Saving articles: the one domain function editors, importers and the demo loader call. It
// renders Markdown, fills the excerpt, keeps slugs unique and announces what changed so every
// app instance purges exactly the cached pages that show it.
import type { Article, ArticleKind, ArticleStatus } from './article.ts';
import type { RevisionFields } from './revision.ts';
import type { ArticleRepo } from './article-repo.ts';
import { articleChangeKeys, type ListedState } from './change-keys.ts';
import { cleanDraft } from './clean-draft.ts';
import { chooseExcerpt } from './excerpt.ts';
import type { MarkdownRenderer } from './markdown.ts';
import { EditorialError } from './editorial-error.ts';
import { canonicalLanguage, sameLanguage } from './language.ts';
import type { RevisionRepo } from './revision-repo.ts';
import { slugFromTitle, uniqueSlug } from '../kernel/slug.ts';
import type { Clock } from '../kernel/clock.ts';

/** What saving an article needs. */
export interface PublishingDeps extends Clock {
  articles: Pick<ArticleRepo, 'create' | 'update' | 'findById' | 'slugTaken' | 'findAdjacent'> &
    Partial<Pick<ArticleRepo, 'versionOf' | 'translationLanguageTaken'>>;
  markdown: MarkdownRenderer;
  changes: { publish(keys: string[]): Promise<void> };
  /** Keeps a revision of every save when present (the admin); imports and the demo skip it. */
  revisions?: Pick<RevisionRepo, 'add'>;
}

/** An audit record of one editorial action (the admin's audit log stores it with who and where). */
export interface EditorialAuditEntry {
  action: string;
  articleId: number;
  details: Record<string, unknown>;
}

/** How an editor's save is checked and recorded. */
export interface SaveOptions {
  /** Who saves (recorded as the last editor and on the revision). */
  editorId?: number;
  /** The version the edit form started from; a newer stored version refuses the save. */
  expectedVersion?: number;
  /** A slug the editor typed must be free (refused with a message) instead of being suffixed. */
  strictSlug?: boolean;
  /** Audit action name, e.g. `post.publish` (recorded through `audit`). */
  auditAction?: string;
  audit?: (entry: EditorialAuditEntry) => Promise<void>;
}

/**
 * An article as an editor submits it; a missing slug is derived, and an empty excerpt means the
 * automatic one (see chooseExcerpt).
 */
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
    language: a.language,
  };
}

async function neighbourIds(deps: PublishingDeps, a: Article | null): Promise<number[]> {
  if (!a || a.kind !== 'post') return [];
  const { previous, next } = await deps.articles.findAdjacent(a, deps.now());
  return [previous?.id, next?.id].filter((id): id is number => id !== undefined);
}

/** Refuses a new language that another of the article's translations already has. */
async function checkTranslationLanguage(
  deps: PublishingDeps,
  before: Article | null,
  language: string,
): Promise<void> {
  const group = before?.translationGroup;
  if (!before || !group || sameLanguage(before.language, language)) return;
  if (await deps.articles.translationLanguageTaken?.(group, language, before.id)) {
    throw new EditorialError(
      'VALIDATION_FAILED',
      `Another translation of this ${before.kind} is already in ${language}. Unlink it first, or choose another language.`,
      'language',
      { code: 'language-taken-by-translation', values: { kind: before.kind, language } },
    );
  }
}

async function chooseSlug(
  deps: PublishingDeps,
  draft: ArticleDraft,
  id: number | undefined,
  strict: boolean,
): Promise<string> {
  const typed = draft.slug?.trim() ?? '';
  const taken = (s: string) => deps.articles.slugTaken(draft.kind, s, id);
  if (!typed || !strict) return uniqueSlug(typed || slugFromTitle(draft.title), taken);
  // Whatever was typed (spaces, capitals, Cyrillic) becomes a well-formed slug first.
  const slug = slugFromTitle(typed);
  if (await taken(slug)) {
    const suggestion = await uniqueSlug(slug, taken);
    throw new EditorialError(
      'VALIDATION_FAILED',
      `The slug "${slug}" is already used by another ${draft.kind}. Choose another, for example "${suggestion}".`,
      'slug',
      { code: 'slug-taken', values: { slug, kind: draft.kind, suggestion } },
    );
  }
  return slug;
}

/** Creates (no `id`) or updates an article; returns its id. */
export async function saveArticle(
  deps: PublishingDeps,
  typed: ArticleDraft,
  id?: number,
  options: SaveOptions = {},
): Promise<number> {
  const draft = cleanDraft(typed);
  const before = id === undefined ? null : await deps.articles.findById(id);
  if (id !== undefined && !before) throw new EditorialError('NOT_FOUND', 'That article no longer exists.');
  const now = deps.now();
  const bodyText = deps.markdown.toPlainText(draft.bodyMarkdown);
  const slug = await chooseSlug(deps, draft, id, options.strictSlug ?? false);
  const language = canonicalLanguage(draft.language);
  await checkTranslationLanguage(deps, before, language);
  const publishedAt =
    draft.publishedAt ?? (draft.status === 'published' ? (before?.publishedAt ?? now.toISOString()) : null);
  const input = {
    kind: draft.kind,
    title: draft.title.trim(),
    slug,
    ...chooseExcerpt(draft.excerpt, bodyText, before),
    bodyMarkdown: draft.bodyMarkdown,
    bodyHtml: deps.markdown.toHtml(draft.bodyMarkdown),
    bodyText,
    status: draft.status,
    authorId: draft.authorId,
    language,
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
  const write = { editorId: options.editorId, expectedVersion: options.expectedVersion };
  const savedId = id ?? (await deps.articles.create(input, now, write));
  if (id !== undefined && !(await deps.articles.update(id, input, now, write))) {
    throw new EditorialError(
      'CONFLICT',
      'Someone else saved this article after you opened it, so your save was not applied. Your text is kept below: compare it with the latest version (open the article again in a new tab) and save once more.',
      undefined,
      { code: 'saved-meanwhile' },
    );
  }
  const after = await deps.articles.findById(savedId);
  if (deps.revisions && after) await keepRevision(deps, after, savedId, options.editorId ?? null);
  if (options.audit && options.auditAction) {
    await options.audit({
      action: options.auditAction,
      articleId: savedId,
      details: { title: input.title, status: input.status, ...(before ? { from: before.status } : {}) },
    });
  }
  const neighboursAfter = await neighbourIds(deps, after);
  await deps.changes.publish(
    articleChangeKeys(before && listedState(before), after && listedState(after), [
      ...neighboursBefore,
      ...neighboursAfter,
    ]),
  );
  return savedId;
}

async function keepRevision(
  deps: PublishingDeps,
  a: Article,
  articleId: number,
  editorId: number | null,
): Promise<void> {
  const version = (await deps.articles.versionOf?.(articleId)) ?? 1;
  await deps.revisions?.add(
    {
      articleId,
      articleVersion: version,
      autosave: false,
      editorId,
      title: a.title,
      bodyMarkdown: a.bodyMarkdown,
      fields: revisionFieldsOf(a),
    },
    deps.now(),
  );
}

/** The editable fields of an article besides title and body, as a revision stores them. */
export function revisionFieldsOf(a: Article): RevisionFields {
  return {
    slug: a.slug,
    // The form's value: empty for the automatic excerpt, so restoring keeps it automatic.
    excerpt: a.excerptAuto ? '' : a.excerpt,
    authorId: a.author.id,
    language: a.language,
    tagIds: a.tags.map((t) => t.id),
    featureImage: a.featureImage,
    seoTitle: a.seoTitle,
    seoDescription: a.seoDescription,
    commentsOpen: a.commentsOpen,
  };
}

/** Deletes an article for good and announces it, so every page that showed it is purged. */
export async function deleteArticle(
  deps: PublishingDeps & { articles: Pick<ArticleRepo, 'remove'> },
  id: number,
): Promise<void> {
  const before = await deps.articles.findById(id);
  if (!before) throw new EditorialError('NOT_FOUND', 'That article no longer exists.');
  const neighbours = await neighbourIds(deps, before);
  await deps.articles.remove(id);
  await deps.changes.publish(articleChangeKeys(listedState(before), null, neighbours));
}
