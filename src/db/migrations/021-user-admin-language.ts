// The admin's language per user (issue 16): the profile's choice among the admin catalogs,
// NULL for "the site's language".
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Adds users.admin_language (nullable text). */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('users').addColumn('admin_language', 'text').execute();
}
