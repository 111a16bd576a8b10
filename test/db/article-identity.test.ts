// Migration 011: published posts keep the feed id readers already have (their URL path when it
// runs), and a trigger keeps every slug an article leaves behind, on both databases.
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/create-db.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { createScratchDatabase, type ScratchDatabase, testDialects } from '../support/test-db.ts';

const T0 = '2026-01-01T00:00:00.000Z';

for (const dialect of testDialects()) {
  describe(`migration 011, article identity [${dialect}]`, () => {
    let scratch: ScratchDatabase;
    let handle: DatabaseHandle;
    let db: Kysely<unknown>;
    const article = (id: number, kind: string, slug: string, status: string) =>
      sql`INSERT INTO articles (id, kind, title, slug, body_md, body_html, status, author_id, language,
            published_at, created_at, updated_at)
          VALUES (${id}, ${kind}, ${`A${id}`}, ${slug}, '', '', ${status}, 1, 'en', ${T0}, ${T0}, ${T0})`.execute(
        db,
      );
    const slugs = async () =>
      (
        await sql<{ kind: string; slug: string; article_id: number }>`
          SELECT kind, slug, article_id FROM article_slugs ORDER BY kind, slug`.execute(db)
      ).rows.map((r) => [r.kind, r.slug, Number(r.article_id)]);

    beforeAll(async () => {
      scratch = await createScratchDatabase(dialect);
      handle = openDatabase(scratch.url);
      db = handle.db as unknown as Kysely<unknown>;
      const names = Object.keys(migrations).sort();
      const at = names.indexOf('011-article-identity');
      for (const name of names.slice(0, at)) await migrations[name]!.up(db, handle.dialect);
      await sql`INSERT INTO users (id, email, name, slug, role, created_at, updated_at)
        VALUES (1, 'a@example.org', 'A', 'a', 'author', ${T0}, ${T0})`.execute(db);
      await article(1, 'post', 'border-reopens', 'published');
      await article(2, 'post', 'новости-дня', 'published');
      await article(3, 'post', 'draft-story', 'draft');
      await article(4, 'page', 'about', 'published');
      await migrations['011-article-identity']!.up(db, handle.dialect);
    });
    afterAll(async () => {
      await handle?.close();
      await scratch?.drop();
    });

    it('stores the URL path published posts were known by, and nothing for the rest', async () => {
      const { rows } = await sql<{ id: number; feed_id: string | null }>`
        SELECT id, feed_id FROM articles ORDER BY id`.execute(db);
      expect(rows.map((r) => [Number(r.id), r.feed_id])).toEqual([
        [1, '/article/border-reopens'],
        [2, `/article/${encodeURIComponent('новости-дня')}`],
        [3, null],
        [4, null],
      ]);
    });

    it('keeps each slug an article leaves, leading to whoever left it last', async () => {
      await sql`UPDATE articles SET slug = 'border-open-again' WHERE id = 1`.execute(db);
      await sql`UPDATE articles SET title = 'Renamed, same slug', slug = 'about' WHERE id = 4`.execute(db);
      expect(await slugs()).toEqual([['post', 'border-reopens', 1]]);
      await sql`UPDATE articles SET slug = 'border-reopens' WHERE id = 3`.execute(db);
      await sql`UPDATE articles SET slug = 'draft-story-2' WHERE id = 3`.execute(db);
      expect(await slugs()).toEqual([
        ['post', 'border-reopens', 3],
        ['post', 'draft-story', 3],
      ]);
      await sql`DELETE FROM articles WHERE id = 3`.execute(db);
      expect(await slugs()).toEqual([]);
    });
  });
}
