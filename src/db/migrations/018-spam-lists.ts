// Reputation lists the operator configured (IP/CIDR, domain, e-mail, user name lists from files
// or URLs), each with the last good copy of its text: every worker and instance matches against
// the same copy, and a refresh that fails keeps it. One row per list; `refresh_claimed_at` is the
// claim that lets exactly one process refresh a list per interval.
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Creates spam_lists. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await dialect
    .addIdColumn(db.schema.createTable('spam_lists'))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    // ip | domain | email | username
    .addColumn('kind', 'text', (c) => c.notNull())
    // lines | hosts | csv
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('csv_column', 'text')
    .addColumn('csv_header', 'integer', (c) => c.notNull())
    // A file path or an http(s) URL.
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('weight', 'real', (c) => c.notNull())
    // score | hold
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('refresh_minutes', 'integer', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // The last good copy and what it parsed to.
    .addColumn('body', 'text')
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('entries', 'integer', (c) => c.notNull())
    .addColumn('skipped', 'integer', (c) => c.notNull())
    // JSON: the first malformed lines ({line, text, message}).
    .addColumn('skipped_lines', 'text', (c) => c.notNull())
    // Bumped whenever the copy changes: workers re-read only lists whose version moved.
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('loaded_at', 'text')
    .addColumn('checked_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_error_at', 'text')
    .addColumn('refresh_claimed_at', 'text')
    .execute();
}
