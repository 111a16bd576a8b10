// Spam fingerprints are read into memory (src/spam/context/context-store.ts) instead of being queried per
// comment, so the indexes by IP, network and email serve no query any more and only cost every
// insert (about a quarter of storing a check). The moderated ones are loaded at start through a
// small partial index (undecided rows, the vast majority, are not in it).
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Drops the per-comment lookup indexes; adds the partial index of moderated fingerprints. */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  for (const name of ['spam_fingerprints_ip', 'spam_fingerprints_network', 'spam_fingerprints_email'])
    await db.schema.dropIndex(name).ifExists().execute();
  await db.schema
    .createIndex('spam_fingerprints_decided')
    .on('spam_fingerprints')
    .column('id')
    .where(sql.ref('verdict'), 'in', sql`('ham', 'spam')`)
    .execute();
}
