// Migration 007 fills `articles.body_text` of existing rows with the frozen plain-text rule: the
// same text it produced when it was written, whatever the live renderer does today.
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/create-db.ts';
import { PLAIN_TEXT_ANSWERS } from '../../src/db/migrations/frozen/plain-text-answers.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { createScratchDatabase, type ScratchDatabase, testDialects } from '../support/test-db.ts';

const T0 = '2026-01-01T00:00:00.000Z';
const NAME = '007-article-text';

for (const dialect of testDialects()) {
  describe(`migration 007: plain text of existing articles [${dialect}]`, () => {
    let scratch: ScratchDatabase;
    let handle: DatabaseHandle;
    let db: Kysely<unknown>;

    beforeAll(async () => {
      scratch = await createScratchDatabase(dialect);
      handle = openDatabase(scratch.url);
      db = handle.db as unknown as Kysely<unknown>;
      for (const name of Object.keys(migrations).sort()) {
        if (name >= NAME) break;
        await migrations[name]!.up(db, handle.dialect);
      }
      await sql`INSERT INTO users (id, email, name, slug, role, created_at, updated_at)
        VALUES (1, 'a@example.org', 'A', 'a', 'author', ${T0}, ${T0})`.execute(db);
      for (const [i, [body]] of PLAIN_TEXT_ANSWERS.entries()) {
        await sql`INSERT INTO articles (id, kind, title, slug, body_md, body_html, status, author_id,
              language, created_at, updated_at)
            VALUES (${i + 1}, 'post', ${`A${i}`}, ${`a${i}`}, ${body}, '', 'published', 1, 'en', ${T0}, ${T0})`.execute(
          db,
        );
      }
      await migrations[NAME]!.up(db, handle.dialect);
    });
    afterAll(async () => {
      await handle?.close();
      await scratch?.drop();
    });

    it('stores the text the migration produced when it was written', async () => {
      const { rows } = await sql<{ body_text: string }>`SELECT body_text FROM articles ORDER BY id`.execute(
        db,
      );
      expect(rows.map((r) => r.body_text)).toEqual(PLAIN_TEXT_ANSWERS.map(([, text]) => text));
    });
  });
}
