// The editor's side tools: autosave (a draft revision, never a publication), restoring a
// revision, and private preview links.
import { type Actor, canOnArticle } from '../users/index.ts';
import type { Article } from './article.ts';
import type { EditorDeps, EditorForm } from './editor.ts';
import { EditorialError } from './editorial-error.ts';
import type { PreviewRepo } from './preview-repo.ts';
import { newPreviewToken } from './preview-token.ts';
import { revisionFieldsOf, saveArticle } from './publishing.ts';
import type { Revision } from './revision.ts';
import type { RevisionRepo } from './revision-repo.ts';
import { canChooseAuthor } from './workflow.ts';

/** What the side tools need besides the editor's dependencies. */
export interface EditorExtrasDeps extends EditorDeps {
  revisions: RevisionRepo;
  previews: Pick<PreviewRepo, 'create' | 'revoke'>;
}

const access = (a: Article) => ({ kind: a.kind, authorId: a.author.id, status: a.status });

async function editable(deps: EditorExtrasDeps, actor: Actor, id: number): Promise<Article> {
  const article = await deps.articles.findById(id);
  if (!article) throw new EditorialError('NOT_FOUND', 'That article no longer exists.');
  if (!canOnArticle(actor, 'edit', access(article))) {
    throw new EditorialError('FORBIDDEN', `Your role does not allow you to edit this ${article.kind}.`);
  }
  return article;
}

/**
 * Keeps what the editor is typing as an autosave revision of the article (one per editor,
 * replaced each time). The article itself, and so the public site, is untouched.
 */
export async function autosave(
  deps: EditorExtrasDeps,
  actor: Actor,
  id: number,
  form: EditorForm,
): Promise<Revision> {
  const article = await editable(deps, actor, id);
  const fields = revisionFieldsOf(article);
  const revisionId = await deps.revisions.add(
    {
      articleId: id,
      articleVersion: form.version ?? (await deps.articles.versionOf(id)) ?? 1,
      autosave: true,
      editorId: actor.id,
      title: form.title,
      bodyMarkdown: form.bodyMarkdown,
      fields: {
        ...fields,
        slug: form.slug || fields.slug,
        excerpt: form.excerpt,
        language: form.language || fields.language,
        featureImage: form.featureImageSrc ? { src: form.featureImageSrc, alt: form.featureImageAlt } : null,
        seoTitle: form.seoTitle || null,
        seoDescription: form.seoDescription || null,
        commentsOpen: form.commentsOpen,
      },
    },
    deps.now(),
  );
  const saved = await deps.revisions.find(id, revisionId);
  if (!saved) throw new Error('autosave vanished');
  return saved;
}

/** Makes revision `revisionId` the current content (as a new save, so it is itself undoable). */
export async function restoreRevision(
  deps: EditorExtrasDeps,
  actor: Actor,
  input: { articleId: number; revisionId: number; version: number | null },
): Promise<void> {
  const article = await editable(deps, actor, input.articleId);
  const rev = await deps.revisions.find(input.articleId, input.revisionId);
  if (!rev)
    throw new EditorialError('NOT_FOUND', 'That revision no longer exists (old revisions are pruned).');
  const f = rev.fields;
  await saveArticle(
    deps,
    {
      kind: article.kind,
      title: rev.title,
      slug: f.slug || article.slug,
      excerpt: f.excerpt,
      bodyMarkdown: rev.bodyMarkdown,
      status: article.status,
      authorId: canChooseAuthor(actor, article.kind) && f.authorId ? f.authorId : article.author.id,
      language: f.language || article.language,
      featureImage: f.featureImage,
      seoTitle: f.seoTitle,
      seoDescription: f.seoDescription,
      commentsOpen: f.commentsOpen,
      publishedAt: article.publishedAt,
      tagIds: f.tagIds,
    },
    article.id,
    {
      editorId: actor.id,
      expectedVersion: input.version ?? undefined,
      auditAction: `${article.kind}.restore-revision`,
      audit: (e) => deps.audit({ ...e, details: { ...e.details, revisionId: rev.id } }),
    },
  );
}

/** Creates a private preview link; returns the token (shown once, stored only hashed). */
export async function createPreviewLink(
  deps: EditorExtrasDeps,
  actor: Actor,
  articleId: number,
): Promise<string> {
  const article = await editable(deps, actor, articleId);
  if (article.status === 'trash') {
    throw new EditorialError(
      'VALIDATION_FAILED',
      'Restore the article from the trash before sharing a preview.',
      undefined,
      { code: 'preview-of-trash' },
    );
  }
  const { token, hash } = newPreviewToken();
  await deps.previews.create(articleId, hash, actor.id, deps.now());
  await deps.audit({
    action: `${article.kind}.preview-link-create`,
    articleId,
    details: { title: article.title },
  });
  return token;
}

/** Revokes a preview link of an article. */
export async function revokePreviewLink(
  deps: EditorExtrasDeps,
  actor: Actor,
  articleId: number,
  linkId: number,
): Promise<void> {
  const article = await editable(deps, actor, articleId);
  if (!(await deps.previews.revoke(articleId, linkId, deps.now()))) {
    throw new EditorialError('NOT_FOUND', 'That preview link was already revoked.');
  }
  await deps.audit({ action: `${article.kind}.preview-link-revoke`, articleId, details: { linkId } });
}
