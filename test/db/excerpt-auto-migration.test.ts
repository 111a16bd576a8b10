// Migration 015 decides, for articles saved before it, whether their excerpt is the automatic one:
// equal to the automatic excerpt of the current body, or of the body of a saved revision (the
// stale case of issue 19: the body was rewritten after the first save filled the excerpt).
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { automaticExcerpt } from '../../src/content/excerpt.ts';
import { createMarkdownRenderer } from '../../src/content/markdown.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/create-db.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { createScratchDatabase, type ScratchDatabase, testDialects } from '../support/test-db.ts';

const T0 = '2026-01-01T00:00:00.000Z';
const NAME = '015-article-excerpt-auto-translation-group';
const md = createMarkdownRenderer();
const OLD_BODY = 'The *first* opening, about the “old” ferry.\n\nA second paragraph.';
const NEW_BODY = 'A rewritten opening about the new bridge.\n\nA second paragraph.';

for (const dialect of testDialects()) {
  describe(`migration 015: automatic excerpts of existing articles [${dialect}]`, () => {
    let scratch: ScratchDatabase;
    let handle: DatabaseHandle;
    let db: Kysely<unknown>;

    const article = (id: number, body: string, excerpt: string) =>
      sql`INSERT INTO articles (id, kind, title, slug, excerpt, body_md, body_html, body_text, status,
            author_id, language, published_at, created_at, updated_at)
          VALUES (${id}, 'post', ${`A${id}`}, ${`a${id}`}, ${excerpt}, ${body}, '', ${md.toPlainText(body)},
            'published', 1, 'en', ${T0}, ${T0}, ${T0})`.execute(db);
    const revision = (articleId: number, body: string, autosave = 0) =>
      sql`INSERT INTO article_revisions (article_id, article_version, autosave, title, body_md, created_at)
          VALUES (${articleId}, 1, ${autosave}, 'T', ${body}, ${T0})`.execute(db);

    beforeAll(async () => {
      scratch = await createScratchDatabase(dialect);
      handle = openDatabase(scratch.url);
      db = handle.db as unknown as Kysely<unknown>;
      for (const name of Object.keys(migrations).sort()) {
        if (name >= NAME) continue; // the schema this migration met (020 builds on it)
        await migrations[name]!.up(db, handle.dialect);
      }
      await sql`INSERT INTO users (id, email, name, slug, role, created_at, updated_at)
        VALUES (1, 'a@example.org', 'A', 'a', 'author', ${T0}, ${T0})`.execute(db);
      const auto = (body: string) => automaticExcerpt(md.toPlainText(body));
      await article(1, NEW_BODY, auto(NEW_BODY)); // automatic, body unchanged since
      await article(2, NEW_BODY, auto(OLD_BODY)); // automatic, stale: the body was rewritten
      await revision(2, OLD_BODY);
      await revision(2, NEW_BODY);
      await article(3, NEW_BODY, 'What the editor wrote.'); // the editor's own
      await revision(3, OLD_BODY);
      await article(4, NEW_BODY, auto(OLD_BODY)); // only an autosave had that body: not a save
      await revision(4, OLD_BODY, 1);
      await migrations[NAME]!.up(db, handle.dialect);
    });
    afterAll(async () => {
      await handle?.close();
      await scratch?.drop();
    });

    it('marks automatic excerpts, stale ones included, and leaves written ones alone', async () => {
      const { rows } = await sql<{ id: number; excerpt_auto: number; translation_group: string | null }>`
        SELECT id, excerpt_auto, translation_group FROM articles ORDER BY id`.execute(db);
      expect(rows.map((r) => [Number(r.id), Number(r.excerpt_auto), r.translation_group])).toEqual([
        [1, 1, null],
        [2, 1, null],
        [3, 0, null],
        [4, 0, null],
      ]);
    });
  });
}
