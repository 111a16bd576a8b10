// Plain text of each article body, stored at save time so reading time and search snippets
// don't re-parse the Markdown on every page view. Existing rows are filled in here, with the
// plain-text rule frozen as it was (frozen/markdown-plain-text.ts), never the live renderer.
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';
import { frozenPlainText } from './frozen/markdown-plain-text.ts';

interface Row {
  id: number;
  body_md: string;
}

/** Adds and backfills `articles.body_text`. */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('articles')
    .addColumn('body_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const plainText = frozenPlainText();
  const typed = db as unknown as Kysely<{ articles: Row & { body_text: string } }>;
  let after = 0;
  for (;;) {
    const rows = await typed
      .selectFrom('articles')
      .select(['id', 'body_md'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(500)
      .execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      await typed
        .updateTable('articles')
        .set({ body_text: plainText(r.body_md) })
        .where('id', '=', r.id)
        .execute();
    }
    after = rows[rows.length - 1]!.id;
  }
}
