// Migration 020 makes (translation group, language) unique: a group an import filled with two
// articles of one language keeps the first of them, the other leaves the group.
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/create-db.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { createScratchDatabase, type ScratchDatabase, testDialects } from '../support/test-db.ts';

const T0 = '2026-01-01T00:00:00.000Z';
const NAME = '020-translation-groups';

for (const dialect of testDialects()) {
  describe(`migration 020: one article per language in a translation group [${dialect}]`, () => {
    let scratch: ScratchDatabase;
    let handle: DatabaseHandle;
    let db: Kysely<unknown>;

    const article = (id: number, language: string, group: string | null) =>
      sql`INSERT INTO articles (id, kind, title, slug, excerpt, body_md, body_html, status,
            author_id, language, translation_group, published_at, created_at, updated_at)
          VALUES (${id}, 'post', ${`A${id}`}, ${`a${id}`}, '', '', '', 'published', 1, ${language},
            ${group}, ${T0}, ${T0}, ${T0})`.execute(db);

    beforeAll(async () => {
      scratch = await createScratchDatabase(dialect);
      handle = openDatabase(scratch.url);
      db = handle.db as unknown as Kysely<unknown>;
      for (const name of Object.keys(migrations).sort()) {
        if (name >= NAME) continue;
        await migrations[name]!.up(db, handle.dialect);
      }
      await sql`INSERT INTO users (id, email, name, slug, role, created_at, updated_at)
        VALUES (1, 'a@example.org', 'A', 'a', 'author', ${T0}, ${T0})`.execute(db);
      await article(1, 'en', 'g');
      await article(2, 'ru', 'g');
      await article(3, 'ru', 'g'); // a second Russian article in g: leaves
      await article(4, 'en', 'h');
      await article(5, 'en', null);
      await article(6, 'en', null);
      await migrations[NAME]!.up(db, handle.dialect);
    });
    afterAll(async () => {
      await handle?.close();
      await scratch?.drop();
    });

    it('keeps the first article of each language in a group', async () => {
      const { rows } = await sql<{ id: number; translation_group: string | null }>`
        SELECT id, translation_group FROM articles ORDER BY id`.execute(db);
      expect(rows.map((r) => [Number(r.id), r.translation_group])).toEqual([
        [1, 'g'],
        [2, 'g'],
        [3, null],
        [4, 'h'],
        [5, null],
        [6, null],
      ]);
    });

    it('refuses a second article of a language in a group from then on', async () => {
      await expect(
        sql`UPDATE articles SET translation_group = 'g' WHERE id = 3`.execute(db),
      ).rejects.toThrow();
      await expect(
        sql`UPDATE articles SET translation_group = 'h' WHERE id = 5`.execute(db),
      ).rejects.toThrow();
      await sql`UPDATE articles SET translation_group = 'h' WHERE id = 3`.execute(db);
      const { rows } = await sql<{ n: number | string }>`
        SELECT count(*) AS n FROM articles WHERE translation_group = 'h'`.execute(db);
      expect(Number(rows[0]!.n)).toBe(2);
    });
  });
}
