// Translation groups: the articles sharing `articles.translation_group` (migration 015, filled so
// far only by WXR imports) are translations of one story, and a group holds at most one article
// per language. A file could break that (two items of one language in one Polylang group): the
// later article (higher id) of such a pair leaves the group before the rule becomes an index.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Resolves duplicate languages in a group, then makes (group, language) unique. */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await sql`UPDATE articles SET translation_group = NULL
    WHERE translation_group IS NOT NULL AND EXISTS (
      SELECT 1 FROM articles o
      WHERE o.translation_group = articles.translation_group
        AND o.language = articles.language AND o.id < articles.id)`.execute(db);
  // The unique index starts with the group, so it also serves lookups by group.
  await db.schema.dropIndex('articles_translation_group').execute();
  await db.schema
    .createIndex('articles_translation_language')
    .on('articles')
    .columns(['translation_group', 'language'])
    .unique()
    .where(sql.ref('translation_group'), 'is not', null)
    .execute();
}
