// Storage tests for the editorial workflow (versions, revisions, previews, admin lists, scheduling
// claims, media), on SQLite and PostgreSQL.
import { beforeAll, expect, it } from 'vitest';
import { ArticleAdminRepo } from '../src/content/article-admin-repo.ts';
import { ArticleRepo } from '../src/content/article-repo.ts';
import { EditorialError } from '../src/content/editorial-error.ts';
import { createMarkdownRenderer } from '../src/content/markdown.ts';
import { PreviewRepo } from '../src/content/preview-repo.ts';
import { hashPreviewToken, newPreviewToken } from '../src/content/preview-token.ts';
import { type ArticleDraft, deleteArticle, saveArticle } from '../src/content/publishing.ts';
import { RevisionRepo } from '../src/content/revision-repo.ts';
import { publishDueArticles } from '../src/content/scheduler.ts';
import { TagRepo } from '../src/content/tag-repo.ts';
import { MediaRepo } from '../src/media/media-repo.ts';
import { UserRepo } from '../src/users/user-repo.ts';
import { describeEachDialect } from './support/test-db.ts';
import { articleDraft } from './support/article-draft.ts';

let now = new Date('2026-06-01T12:00:00Z');

describeEachDialect('editorial storage', (get) => {
  let articles: ArticleRepo;
  let admin: ArticleAdminRepo;
  let revisions: RevisionRepo;
  let alice: number;
  let bob: number;
  const published: string[][] = [];

  const deps = () => ({
    articles,
    revisions,
    markdown: createMarkdownRenderer(),
    changes: { publish: async (keys: string[]) => void published.push(keys) },
    now: () => now,
  });
  const draft = (over: Partial<ArticleDraft> = {}): ArticleDraft =>
    articleDraft(alice, { status: 'draft', ...over });
  const codeOf = async (p: Promise<unknown>) => {
    try {
      await p;
      return 'ok';
    } catch (err) {
      return err instanceof EditorialError ? `${err.code}:${err.field ?? ''}` : String(err);
    }
  };

  beforeAll(async () => {
    const { db, dialect } = get();
    articles = new ArticleRepo(db, dialect);
    admin = new ArticleAdminRepo(db);
    revisions = new RevisionRepo(db);
    const users = new UserRepo(db);
    const user = (name: string, slug: string) =>
      users.create(
        { email: `${slug}@example.org`, name, slug, bio: '', role: 'author', passwordHash: null },
        now,
      );
    alice = await user('Alice Editor', 'alice');
    bob = await user('Bob Writer', 'bob');
  });

  it('refuses a save over a newer version and changes nothing', async () => {
    const id = await saveArticle(deps(), draft({ title: 'Conflict test' }), undefined, { editorId: alice });
    expect(await articles.versionOf(id)).toBe(1);
    await saveArticle(deps(), draft({ title: 'Conflict test', bodyMarkdown: 'Bob was here.' }), id, {
      editorId: bob,
      expectedVersion: 1,
    });
    expect(await articles.versionOf(id)).toBe(2);
    const stale = saveArticle(
      deps(),
      draft({ title: 'Conflict test', bodyMarkdown: 'Alice overwrites.' }),
      id,
      {
        editorId: alice,
        expectedVersion: 1,
      },
    );
    expect(await codeOf(stale)).toBe('CONFLICT:');
    expect((await articles.findById(id))?.bodyMarkdown).toBe('Bob was here.');
  });

  it('keeps a revision per save, prunes beyond the limit and replaces autosaves', async () => {
    const id = await saveArticle(deps(), draft({ title: 'Revisions' }), undefined, { editorId: alice });
    for (let i = 1; i <= 4; i++) {
      await saveArticle(deps(), draft({ title: 'Revisions', bodyMarkdown: `Take ${i}` }), id, {
        editorId: bob,
      });
    }
    const all = await revisions.list(id);
    expect(all.map((r) => r.bodyMarkdown)).toEqual(['Take 4', 'Take 3', 'Take 2', 'Take 1', 'Body.']);
    expect(all[0]?.editorName).toBe('Bob Writer');
    expect(all[0]?.articleVersion).toBe(5);
    expect(all[0]?.fields.slug).toBe('revisions');

    const base = { articleId: id, articleVersion: 5, editorId: alice, fields: all[0]!.fields };
    await revisions.add({ ...base, autosave: true, title: 'Revisions', bodyMarkdown: 'typing…' }, now);
    await revisions.add({ ...base, autosave: true, title: 'Revisions', bodyMarkdown: 'typing more…' }, now);
    expect((await revisions.latestAutosave(id, alice))?.bodyMarkdown).toBe('typing more…');
    expect((await revisions.list(id)).filter((r) => r.autosave)).toHaveLength(1);

    await revisions.add({ ...base, autosave: false, title: 'Revisions', bodyMarkdown: 'Take 5' }, now, 3);
    const pruned = await revisions.list(id);
    expect(pruned.filter((r) => !r.autosave).map((r) => r.bodyMarkdown)).toEqual([
      'Take 5',
      'Take 4',
      'Take 3',
    ]);
    expect(await revisions.find(id, all[4]!.id)).toBeNull();
  });

  it('refuses a typed slug that is taken, with a suggestion; derives free ones silently', async () => {
    await saveArticle(deps(), draft({ title: 'Same title' }));
    const typed = saveArticle(deps(), draft({ title: 'Other', slug: 'Same Title' }), undefined, {
      strictSlug: true,
    });
    expect(await codeOf(typed)).toBe('VALIDATION_FAILED:slug');
    await expect(typed).rejects.toThrow(/same-title-2/);
    const derived = await saveArticle(deps(), draft({ title: 'Same title' }), undefined, {
      strictSlug: true,
    });
    expect((await articles.findById(derived))?.slug).toBe('same-title-2');
  });

  it('stores preview tokens hashed and honours revocation', async () => {
    const previews = new PreviewRepo(get().db);
    const id = await saveArticle(deps(), draft({ title: 'Preview me' }));
    const { token, hash } = newPreviewToken();
    const linkId = await previews.create(id, hash, alice, now);
    expect(await previews.findArticleId(hashPreviewToken(token))).toBe(id);
    expect(await previews.findArticleId(token)).toBeNull(); // the raw token is never stored
    expect(await previews.revoke(id, linkId, now)).toBe(true);
    expect(await previews.revoke(id, linkId, now)).toBe(false);
    expect(await previews.findArticleId(hash)).toBeNull();
    expect((await previews.list(id))[0]?.revokedAt).toBe(now.toISOString());
  });

  it('lists for the admin by status, author, tag and title, with the last editor', async () => {
    const tag = await new TagRepo(get().db).upsert({ slug: 'steppe', name: 'Steppe', description: '' });
    now = new Date('2026-06-02T12:00:00Z');
    const a = await saveArticle(
      deps(),
      draft({ title: 'Шёлковый путь today', tagIds: [tag.id] }),
      undefined,
      {
        editorId: bob,
      },
    );
    const b = await saveArticle(
      deps(),
      draft({ title: 'Steppe 100% report', authorId: bob, status: 'review' }),
    );
    const c = await saveArticle(deps(), draft({ title: 'Trashed steppe note', status: 'trash' }));
    const list = (f: Partial<Parameters<ArticleAdminRepo['list']>[0]>) =>
      admin.list({ kind: 'post', limit: 50, offset: 0, ...f }).then((r) => r.items.map((i) => i.id));
    expect(await list({ tagId: tag.id })).toEqual([a]);
    expect(await list({ status: 'review' })).toEqual([b]);
    expect(await list({ authorId: bob })).toEqual([b]);
    expect(await list({ titleQuery: 'STEPPE' })).toEqual([b]);
    expect(await list({ titleQuery: 'steppe', status: 'trash' })).toEqual([c]);
    expect(await list({ titleQuery: '100%' })).toEqual([b]);
    expect(await list({ titleQuery: '0_%' })).toEqual([]);
    expect(await list({ titleQuery: 'путь' })).toEqual([a]);
    const first = await admin.list({ kind: 'post', limit: 2, offset: 0 });
    expect(first.items).toHaveLength(2);
    expect(first.total).toBeGreaterThan(5);
    const byTag = await admin.list({ kind: 'post', limit: 5, offset: 0, tagId: tag.id });
    expect(byTag.items[0]?.lastEditorName).toBe('Bob Writer');
    const counts = await admin.countByStatus('post');
    expect(counts.trash).toBe(1);
    expect(counts.review).toBe(1);
  });

  it('publishes a due scheduled post exactly once, even with concurrent claims', async () => {
    const id = await saveArticle(
      deps(),
      draft({ title: 'Scheduled story', status: 'scheduled', publishedAt: '2026-06-03T08:00:00.000Z' }),
    );
    expect(await admin.listDueScheduled(now)).not.toContain(id);
    now = new Date('2026-06-03T08:00:00Z');
    expect(await admin.listDueScheduled(now)).toContain(id);
    const claims = await Promise.all([1, 2, 3, 4].map(() => admin.claimScheduled(id, now)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect((await articles.findById(id))?.status).toBe('published');
    expect(await articles.findPublishedBySlug('post', 'scheduled-story', now)).not.toBeNull();
  });

  it('orders articles of the same time by id: the scheduler oldest first, the sitemap newest first', async () => {
    const at = '2026-06-04T06:00:00.000Z';
    const ids: number[] = [];
    for (const title of ['Same time one', 'Same time two', 'Same time three'])
      ids.push(await saveArticle(deps(), draft({ title, status: 'scheduled', publishedAt: at })));
    now = new Date(at);
    const due = await admin.listDueScheduled(now);
    expect(due.filter((id) => ids.includes(id))).toEqual(ids);
    for (const id of ids) expect(await admin.claimScheduled(id, now)).toBe(true);
    const sitemap = (await articles.listForSitemap(now)).map((e) => e.id).filter((id) => ids.includes(id));
    expect(sitemap).toEqual([...ids].reverse());
  });

  it('runs the scheduler and announces the change keys', async () => {
    const id = await saveArticle(
      deps(),
      draft({ title: 'Second scheduled', status: 'scheduled', publishedAt: '2026-06-04T08:00:00.000Z' }),
    );
    published.length = 0;
    const sched = { articles, admin, changes: deps().changes, now: () => now };
    expect(await publishDueArticles(sched)).toEqual([]);
    now = new Date('2026-06-04T09:00:00Z');
    expect(await publishDueArticles(sched)).toEqual([id]);
    expect(published[0]).toEqual(expect.arrayContaining([`article:${id}`, 'listing', `author:${alice}`]));
    expect(await publishDueArticles(sched)).toEqual([]);
  });

  it('deletes an article with its revisions and previews, and purges its pages', async () => {
    const id = await saveArticle(deps(), draft({ title: 'Doomed', status: 'trash' }));
    await new PreviewRepo(get().db).create(id, newPreviewToken().hash, alice, now);
    published.length = 0;
    await deleteArticle(deps(), id);
    expect(await articles.findById(id)).toBeNull();
    expect(await revisions.list(id)).toEqual([]);
    expect(await new PreviewRepo(get().db).list(id)).toEqual([]);
    expect(published[0]).toContain(`article:${id}`);
    expect(await codeOf(deleteArticle(deps(), id))).toBe('NOT_FOUND:');
  });

  it('records media once per content hash', async () => {
    const media = new MediaRepo(get().db);
    const m = {
      hash: 'abcdef0123456789',
      originalName: 'photo.jpg',
      format: 'jpg',
      width: 1200,
      height: 800,
      bytes: 1000,
      alt: 'A yurt',
      files: ['abcdef0123456789-1200w.jpg'],
      uploadedBy: alice,
    };
    const first = await media.add(m, now);
    const again = await media.add({ ...m, originalName: 'copy.jpg' }, now);
    expect(again.id).toBe(first.id);
    expect(first.src).toBe('/media/abcdef0123456789-1200w.jpg');
    expect((await media.list(10, 0)).total).toBe(1);
  });
});
