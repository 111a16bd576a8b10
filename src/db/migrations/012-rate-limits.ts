// Rate limits shared by every instance and kept across restarts: one row per bucket (a login
// account and address, an Akismet API key, an address guessing API keys…) counting the hits of
// its current window. A hit is taken with one atomic upsert before the work it guards, so
// concurrent requests, on one instance or several, can never all pass the limit.
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Creates rate_limits. */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('bucket', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addColumn('window_ends_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_limits_window_ends').on('rate_limits').column('window_ends_at').execute();
}
