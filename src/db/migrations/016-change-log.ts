// The change log: "what changed" keys published by one process of a SQLite site, read by the
// others (several workers of `silkpress start`, a CLI command beside a running server), so each
// purges exactly the cached pages that show them. PostgreSQL sites use LISTEN/NOTIFY instead and
// leave this table empty. Rows live about an hour (sqlite-change-bus.ts prunes them).
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Creates change_log. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await dialect
    .addIdColumn(db.schema.createTable('change_log'))
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('keys', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
