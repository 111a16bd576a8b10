// Related articles are ranked from the tag index, then each candidate is checked for being a
// published post. Looked up by primary key, every candidate reads a page of the articles table
// (the bodies make rows large); this narrow index answers the check by itself.
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Adds a covering index of the columns a published-post check reads, keyed by id. */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createIndex('articles_id_public')
    .on('articles')
    .columns(['id', 'kind', 'status', 'published_at'])
    .execute();
}
