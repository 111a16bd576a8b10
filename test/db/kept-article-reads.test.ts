// The article page's reads kept while the database content is unchanged (ArticleReadRepo:
// findPublishedBySlug, findAdjacent, the related posts' summaries), on both databases: a write of
// another connection, a write of this one, the clock passing a post's time and a rolled-back
// transaction are each seen by the next read. PostgreSQL keeps nothing and reads every time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleRepo } from '../../src/content/article-repo.ts';
import { createMarkdownRenderer } from '../../src/content/markdown.ts';
import { type ArticleDraft, saveArticle } from '../../src/content/publishing.ts';
import { TagRepo } from '../../src/content/tag-repo.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/create-db.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { UserRepo } from '../../src/users/user-repo.ts';
import { createScratchDatabase, type ScratchDatabase, testDialects } from '../support/test-db.ts';
import { articleDraft } from '../support/article-draft.ts';

const now = new Date('2026-06-01T12:00:00Z');

for (const dialect of testDialects())
  describe(`article page reads kept by content version [${dialect}]`, () => {
    let scratch: ScratchDatabase;
    let handle: DatabaseHandle;
    /** A second connection to the same database, as another worker or a command would have. */
    let other: DatabaseHandle;
    let articles: ArticleRepo;
    let authorId: number;
    let tagId: number;

    const save = (over: Partial<ArticleDraft>, id?: number) =>
      saveArticle(
        {
          articles,
          markdown: createMarkdownRenderer(),
          changes: { publish: async () => {} },
          now: () => now,
        },
        articleDraft(authorId, { tagIds: [tagId], ...over }),
        id,
      );
    const retitle = (db: DatabaseHandle, id: number, title: string) =>
      db.db.updateTable('articles').set({ title }).where('id', '=', id).execute();

    beforeAll(async () => {
      scratch = await createScratchDatabase(dialect, { migrated: true });
      handle = openDatabase(scratch.url);
      await migrateToLatest(handle.db, handle.dialect);
      other = openDatabase(scratch.url);
      articles = new ArticleRepo(handle.db, handle.dialect);
      authorId = await new UserRepo(handle.db).create(
        {
          email: 'desk@example.org',
          name: 'Desk',
          slug: 'desk',
          bio: '',
          role: 'author',
          passwordHash: null,
        },
        now,
      );
      tagId = (await new TagRepo(handle.db).upsert({ slug: 'rail', name: 'Rail', description: '' })).id;
    });
    afterAll(async () => {
      await other?.close();
      await handle?.close();
      await scratch?.drop();
    });

    it('reads an article by slug afresh after a write of either connection, and by the clock', async () => {
      const id = await save({
        title: 'Rail opens',
        slug: 'rail-opens',
        publishedAt: '2026-05-01T00:00:00.000Z',
      });
      const title = async (at = now) => (await articles.findPublishedBySlug('post', 'rail-opens', at))?.title;
      expect(await title()).toBe('Rail opens');
      expect(await title()).toBe('Rail opens');
      await retitle(other, id, 'Rail opens (other connection)');
      expect(await title()).toBe('Rail opens (other connection)');
      await retitle(handle, id, 'Rail opens (this connection)');
      expect(await title()).toBe('Rail opens (this connection)');
      // Before its publication time it is not public, and is again after.
      expect(await title(new Date('2026-04-30T00:00:00Z'))).toBeUndefined();
      expect(await title()).toBe('Rail opens (this connection)');
      // Taken back by the other connection.
      await other.db.updateTable('articles').set({ status: 'draft' }).where('id', '=', id).execute();
      expect(await title()).toBeUndefined();
    });

    it('never keeps what a rolled-back transaction wrote', async () => {
      const id = await save({
        title: 'Kept title',
        slug: 'kept-title',
        publishedAt: '2026-05-02T00:00:00.000Z',
      });
      await save({ title: 'After kept', publishedAt: '2026-05-04T00:00:00.000Z' });
      const title = async () => (await articles.findPublishedBySlug('post', 'kept-title', now))?.title;
      expect(await title()).toBe('Kept title');
      let reading: Promise<string | undefined> | undefined;
      await expect(
        handle.db.transaction().execute(async (trx) => {
          await trx.updateTable('articles').set({ title: 'Undone' }).where('id', '=', id).execute();
          // Read while the transaction is open (on SQLite this waits for it to end).
          reading = title();
          await new Promise((resolve) => setTimeout(resolve, 20));
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect(await reading).toBe('Kept title');
      expect(await title()).toBe('Kept title');
      const { next } = await articles.findAdjacent({ id, publishedAt: '2026-05-02T00:00:00.000Z' }, now);
      expect(next?.title).toBe('After kept');
      await expect(
        handle.db.transaction().execute(async (trx) => {
          await trx.updateTable('articles').set({ title: 'Undone' }).where('id', '=', next!.id).execute();
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      const again = await articles.findAdjacent({ id, publishedAt: '2026-05-02T00:00:00.000Z' }, now);
      expect(again.next?.title).toBe(next?.title);
    });

    it('reads neighbours afresh after a write of either connection, and when a coming post comes out', async () => {
      const at = '2026-05-10T00:00:00.000Z';
      const id = await save({ title: 'Middle', publishedAt: at });
      const before = await save({ title: 'Before', publishedAt: '2026-05-09T00:00:00.000Z' });
      const neighbours = async (when = now) => {
        const { previous, next } = await articles.findAdjacent({ id, publishedAt: at }, when);
        return [previous?.title ?? null, next?.title ?? null];
      };
      // The newest post out: no next one, until the coming post's time.
      const coming = await save({ title: 'Coming', publishedAt: '2026-06-01T12:00:00.001Z' });
      expect(await neighbours()).toEqual(['Before', null]);
      expect(await neighbours()).toEqual(['Before', null]);
      expect(await neighbours(new Date('2026-06-01T12:00:00.001Z'))).toEqual(['Before', 'Coming']);
      expect(await neighbours()).toEqual(['Before', null]);
      // A post published between them by the other connection, then a title changed by this one.
      await other.db
        .updateTable('articles')
        .set({ published_at: '2026-05-20T00:00:00.000Z' })
        .where('id', '=', coming)
        .execute();
      expect(await neighbours()).toEqual(['Before', 'Coming']);
      expect(await neighbours(new Date('2027-01-01T00:00:00Z'))).toEqual(['Before', 'Coming']);
      await retitle(handle, before, 'Before, retitled');
      expect(await neighbours()).toEqual(['Before, retitled', 'Coming']);
      await retitle(other, coming, 'Coming, retitled');
      expect(await neighbours()).toEqual(['Before, retitled', 'Coming, retitled']);
      // Before the next post's time, it is not the next one.
      expect(await neighbours(new Date('2026-05-15T00:00:00Z'))).toEqual(['Before, retitled', null]);
    });

    it('shows the related posts as they are now, after a write of either connection', async () => {
      const subject = await save({ title: 'Subject', publishedAt: '2026-05-11T00:00:00.000Z' });
      const related = async () =>
        (await articles.findRelated(subject, [tagId], now, 3)).map((a) => `${a.title}|${a.author.name}`);
      const first = await related();
      expect(first.length).toBeGreaterThan(0);
      expect(await related()).toEqual(first);
      const [top] = await articles.findRelated(subject, [tagId], now, 1);
      await retitle(other, top!.id, 'Retitled by the other connection');
      expect((await related())[0]).toBe('Retitled by the other connection|Desk');
      await handle.db
        .updateTable('users')
        .set({ name: 'Desk, renamed' })
        .where('id', '=', authorId)
        .execute();
      expect((await related())[0]).toBe('Retitled by the other connection|Desk, renamed');
    });

    it('hands out kept answers that cannot be changed by the page that reads them', async () => {
      await save({ title: 'Frozen', slug: 'frozen', publishedAt: '2026-05-03T00:00:00.000Z' });
      const article = (await articles.findPublishedBySlug('post', 'frozen', now))!;
      const kept = (await articles.findPublishedBySlug('post', 'frozen', now))!;
      if (dialect === 'sqlite') {
        expect(kept).toBe(article);
        expect(() => {
          (kept as { title: string }).title = 'Changed';
        }).toThrow(TypeError);
        expect(() => (kept.tags as unknown[]).push({})).toThrow(TypeError);
      }
      expect((await articles.findPublishedBySlug('post', 'frozen', now))!.title).toBe('Frozen');
    });
  });
