// The hub's campaign memory: every submit-spam / submit-ham of an Akismet API client, with the
// features that recognise its campaign (MinHash, link domains, IP range, author pattern) and the
// client (key) that sent it; keys an operator trusts count alone (docs/spam.md, "The hub").
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Creates spam_network_reports, adds spam_api_keys.trusted. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await dialect
    .addIdColumn(db.schema.createTable('spam_network_reports'))
    .addColumn('api_key_id', 'integer', (c) => c.notNull())
    .addColumn('verdict_id', 'integer')
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('simhash', 'text', (c) => c.notNull())
    .addColumn('links', 'text', (c) => c.notNull())
    .addColumn('network', 'text')
    .addColumn('author', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('spam_network_reports_created')
    .on('spam_network_reports')
    .column('created_at')
    .execute();
  await db.schema
    .alterTable('spam_api_keys')
    .addColumn('trusted', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
