// Migration 010: every tag link carries its article's publication time while the article is a
// published post, NULL otherwise; filled for existing rows, then kept by triggers on both
// databases (the related-articles query reads nothing else).
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/create-db.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { createScratchDatabase, type ScratchDatabase, testDialects } from '../support/test-db.ts';

const T0 = '2026-01-01T00:00:00.000Z';

for (const dialect of testDialects()) {
  describe(`article_tags.published_at [${dialect}]`, () => {
    let scratch: ScratchDatabase;
    let handle: DatabaseHandle;
    let db: Kysely<unknown>;

    const linkTimes = async (): Promise<Record<string, string | null>> => {
      const { rows } = await sql<{ article_id: number; tag_id: number; published_at: string | null }>`
        SELECT article_id, tag_id, published_at FROM article_tags ORDER BY article_id, tag_id`.execute(db);
      return Object.fromEntries(rows.map((r) => [`${r.article_id}/${r.tag_id}`, r.published_at]));
    };
    const article = (id: number, kind: string, status: string, publishedAt: string | null) =>
      sql`INSERT INTO articles (id, kind, title, slug, body_md, body_html, status, author_id, language,
            published_at, created_at, updated_at)
          VALUES (${id}, ${kind}, ${`A${id}`}, ${`a${id}`}, '', '', ${status}, 1, 'en', ${publishedAt}, ${T0}, ${T0})`.execute(
        db,
      );
    const link = (articleId: number, tagId: number) =>
      sql`INSERT INTO article_tags (article_id, tag_id) VALUES (${articleId}, ${tagId})`.execute(db);

    beforeAll(async () => {
      scratch = await createScratchDatabase(dialect);
      handle = openDatabase(scratch.url);
      db = handle.db as unknown as Kysely<unknown>;
      // The schema as it was before 010, with links already in it.
      const names = Object.keys(migrations).sort();
      const at = names.indexOf('010-article-tags-published');
      for (const name of names.slice(0, at)) await migrations[name]!.up(db, handle.dialect);
      await sql`INSERT INTO users (id, email, name, slug, role, created_at, updated_at)
        VALUES (1, 'a@example.org', 'A', 'a', 'author', ${T0}, ${T0})`.execute(db);
      await sql`INSERT INTO tags (id, slug, name) VALUES (1, 'rail', 'Rail'), (2, 'visas', 'Visas')`.execute(
        db,
      );
      await article(1, 'post', 'published', '2026-02-01T00:00:00.000Z');
      await article(2, 'post', 'draft', null);
      await article(3, 'page', 'published', '2026-02-03T00:00:00.000Z');
      await article(4, 'post', 'scheduled', '2027-01-01T00:00:00.000Z');
      for (const [a, t] of [
        [1, 1],
        [1, 2],
        [2, 1],
        [3, 1],
        [4, 2],
      ] as const)
        await link(a, t);
      await migrations['010-article-tags-published']!.up(db, handle.dialect);
    });
    afterAll(async () => {
      await handle?.close();
      await scratch?.drop();
    });

    it('fills existing links: published posts get their time, drafts, pages and scheduled posts NULL', async () => {
      expect(await linkTimes()).toEqual({
        '1/1': '2026-02-01T00:00:00.000Z',
        '1/2': '2026-02-01T00:00:00.000Z',
        '2/1': null,
        '3/1': null,
        '4/2': null,
      });
    });

    it('keeps them as articles are published, retimed, unpublished, made pages, and re-tagged', async () => {
      await sql`UPDATE articles SET status = 'published', published_at = '2026-03-01T00:00:00.000Z' WHERE id = 2`.execute(
        db,
      );
      await sql`UPDATE articles SET published_at = '2026-01-15T00:00:00.000Z' WHERE id = 1`.execute(db);
      await sql`UPDATE articles SET status = 'published' WHERE id = 4`.execute(db);
      await sql`UPDATE articles SET kind = 'post' WHERE id = 3`.execute(db);
      expect(await linkTimes()).toEqual({
        '1/1': '2026-01-15T00:00:00.000Z',
        '1/2': '2026-01-15T00:00:00.000Z',
        '2/1': '2026-03-01T00:00:00.000Z',
        '3/1': '2026-02-03T00:00:00.000Z',
        '4/2': '2027-01-01T00:00:00.000Z',
      });
      await sql`UPDATE articles SET status = 'draft' WHERE id = 1`.execute(db);
      await sql`UPDATE articles SET kind = 'page' WHERE id = 3`.execute(db);
      // Re-tagging deletes and inserts links, as the article repository does.
      await sql`DELETE FROM article_tags WHERE article_id = 2`.execute(db);
      await link(2, 2);
      await link(4, 1);
      expect(await linkTimes()).toEqual({
        '1/1': null,
        '1/2': null,
        '2/2': '2026-03-01T00:00:00.000Z',
        '3/1': null,
        '4/1': '2027-01-01T00:00:00.000Z',
        '4/2': '2027-01-01T00:00:00.000Z',
      });
    });
  });
}
