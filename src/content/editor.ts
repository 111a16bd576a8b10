// The editor's one entry point: apply a workflow action (save, submit, publish, schedule…) to an
// article with what the edit form holds. Rules come from workflow.ts; writes go through
// saveArticle, the one write path.
import type { Actor } from '../users/index.ts';
import type { Article, ArticleKind } from './article.ts';
import type { ArticleRepo } from './article-repo.ts';
import { cleanText } from '../kernel/clean-text.ts';
import { EditorialError } from './editorial-error.ts';
import {
  type ArticleDraft,
  deleteArticle,
  type EditorialAuditEntry,
  type PublishingDeps,
  saveArticle,
} from './publishing.ts';
import { localToUtc } from './schedule-time.ts';
import { slugFromTitle } from '../kernel/slug.ts';
import type { TagRepo } from './tag-repo.ts';
import { canChooseAuthor, type EditorialAction, planTransition, type WorkflowTarget } from './workflow.ts';

/** What the edit form sends, already parsed at the HTTP boundary. */
export interface EditorForm {
  title: string;
  slug: string;
  excerpt: string;
  bodyMarkdown: string;
  /** Tag names: existing ones are picked, new ones created. */
  tagNames: string[];
  /** Chosen author; only editors and owners may credit someone else. */
  authorId: number | null;
  language: string;
  featureImageSrc: string;
  featureImageAlt: string;
  seoTitle: string;
  seoDescription: string;
  commentsOpen: boolean;
  /** Local date and time in the site timezone, for `schedule`. */
  scheduleDate: string;
  scheduleTime: string;
  /** The article version the form was opened at (null for a new article). */
  version: number | null;
}

/** What the editor service needs. */
export interface EditorDeps extends PublishingDeps {
  articles: PublishingDeps['articles'] & Pick<ArticleRepo, 'remove' | 'versionOf'>;
  tags: Pick<TagRepo, 'findBySlug' | 'upsert'>;
  users: { findById(id: number): Promise<{ id: number; status: string } | null> };
  /** The site's IANA timezone (settings). */
  timezone(): Promise<string>;
  audit(entry: EditorialAuditEntry): Promise<void>;
}

/** The outcome of an action: the article id (null once deleted) and its new status. */
export interface EditorResult {
  id: number | null;
  status: WorkflowTarget;
}

const invalid = (field: string, message: string, code: string, values?: Record<string, string>) =>
  new EditorialError('VALIDATION_FAILED', message, field, { code, values });

async function resolveTags(deps: EditorDeps, names: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const raw of names) {
    const name = cleanText(raw).trim().replace(/\s+/g, ' ');
    if (!name) continue;
    if (name.length > 60)
      throw invalid(
        'tags',
        `The tag "${name.slice(0, 60)}…" is too long (60 characters at most).`,
        'tag-too-long',
        { tag: name.slice(0, 60) },
      );
    const slug = slugFromTitle(name);
    const tag =
      (await deps.tags.findBySlug(slug)) ?? (await deps.tags.upsert({ slug, name, description: '' }));
    if (!ids.includes(tag.id)) ids.push(tag.id);
  }
  return ids;
}

async function chooseAuthor(
  deps: EditorDeps,
  actor: Actor,
  kind: ArticleKind,
  form: EditorForm,
  before: Article | null,
) {
  const current = before?.author.id ?? actor.id;
  if (form.authorId === null || form.authorId === current) return current;
  if (!canChooseAuthor(actor, kind)) {
    throw new EditorialError('FORBIDDEN', 'Only editors and owners can credit another author.', undefined, {
      code: 'credit-forbidden',
    });
  }
  const user = await deps.users.findById(form.authorId);
  if (!user || user.status !== 'active')
    throw invalid('authorId', 'Choose an active author from the list.', 'author-inactive');
  return user.id;
}

function checkFeatureImage(form: EditorForm): { src: string; alt: string } | null {
  const src = form.featureImageSrc.trim();
  if (!src) return null;
  // Uploads, site paths (imported articles keep theirs) and web addresses; never javascript: & co.
  if (!/^(\/[^\s"'<>]*|https?:\/\/[^\s"'<>]+)$/.test(src)) {
    throw invalid(
      'featureImageSrc',
      'Choose an uploaded image (/media/…), or give an https:// address.',
      'image-address',
    );
  }
  const alt = form.featureImageAlt.trim();
  if (!alt)
    throw invalid(
      'featureImageAlt',
      'Describe the feature image for readers who cannot see it.',
      'image-alt',
    );
  return { src, alt };
}

async function publishedAtFor(
  deps: EditorDeps,
  target: WorkflowTarget,
  form: EditorForm,
  before: Article | null,
): Promise<string | null> {
  const status = target === 'unchanged' ? (before?.status ?? 'draft') : target;
  if (status === 'published')
    return before?.status === 'published' ? before.publishedAt : deps.now().toISOString();
  if (status !== 'scheduled') return null;
  if (target === 'unchanged') return before?.publishedAt ?? null; // saving a scheduled post keeps its time
  const at = localToUtc({ date: form.scheduleDate, time: form.scheduleTime }, await deps.timezone());
  if (at <= deps.now().toISOString()) {
    throw invalid(
      'scheduleTime',
      'That time has already passed. Choose a time in the future, or publish now.',
      'time-passed',
    );
  }
  return at;
}

/** The form of an existing article as it is stored (for list actions that send no form). */
export function formOf(a: Article, version: number | null): EditorForm {
  return {
    title: a.title,
    slug: a.slug,
    excerpt: a.excerptAuto ? '' : a.excerpt,
    bodyMarkdown: a.bodyMarkdown,
    tagNames: a.tags.map((t) => t.name),
    authorId: a.author.id,
    language: a.language,
    featureImageSrc: a.featureImage?.src ?? '',
    featureImageAlt: a.featureImage?.alt ?? '',
    seoTitle: a.seoTitle ?? '',
    seoDescription: a.seoDescription ?? '',
    commentsOpen: a.commentsOpen,
    scheduleDate: '',
    scheduleTime: '',
    version,
  };
}

/**
 * Applies `action` to the article `id` (undefined: a new one of `kind`) on behalf of `actor`.
 * Throws EditorialError: FORBIDDEN (role), VALIDATION_FAILED (with the field), CONFLICT (someone
 * saved meanwhile), NOT_FOUND.
 */
export async function applyEditorAction(
  deps: EditorDeps,
  actor: Actor,
  input: { kind: ArticleKind; action: EditorialAction; id?: number; form?: EditorForm },
): Promise<EditorResult> {
  const before = input.id === undefined ? null : await deps.articles.findById(input.id);
  if (input.id !== undefined && (!before || before.kind !== input.kind)) {
    throw new EditorialError('NOT_FOUND', 'That article no longer exists.');
  }
  const kind = input.kind;
  const target = planTransition(
    actor,
    input.action,
    before ? { ...before, authorId: before.author.id } : null,
    kind,
  );
  const auditAction = `${kind}.${input.action}`;
  if (target === 'deleted' && before) {
    await deleteArticle(deps, before.id);
    await deps.audit({ action: auditAction, articleId: before.id, details: { title: before.title } });
    return { id: null, status: 'deleted' };
  }
  const form = input.form ?? (before ? formOf(before, null) : null);
  if (!form) throw invalid('title', 'Give the article a title.', 'title-missing');
  const title = form.title.trim();
  if (!title) throw invalid('title', 'Give the article a title.', 'title-missing');
  if (!form.bodyMarkdown.trim() && (target === 'published' || target === 'scheduled')) {
    throw invalid('bodyMarkdown', 'Write something before publishing: the body is empty.', 'body-empty');
  }
  const draft: ArticleDraft = {
    kind,
    title,
    slug: form.slug.trim() || undefined,
    excerpt: form.excerpt,
    bodyMarkdown: form.bodyMarkdown,
    status: target === 'unchanged' ? (before?.status ?? 'draft') : (target as ArticleDraft['status']),
    authorId: await chooseAuthor(deps, actor, kind, form, before),
    language: form.language.trim() || before?.language || 'en',
    featureImage: checkFeatureImage(form),
    seoTitle: form.seoTitle.trim() || null,
    seoDescription: form.seoDescription.trim() || null,
    commentsOpen: form.commentsOpen,
    publishedAt: await publishedAtFor(deps, target, form, before),
    tagIds: await resolveTags(deps, form.tagNames),
  };
  const typedSlug = form.slug.trim();
  const id = await saveArticle(deps, draft, before?.id, {
    editorId: actor.id,
    expectedVersion: input.form && before ? (form.version ?? undefined) : undefined,
    strictSlug: typedSlug !== '' && typedSlug !== before?.slug,
    auditAction,
    audit: deps.audit,
  });
  return { id, status: target === 'unchanged' ? (before?.status ?? 'draft') : target };
}
