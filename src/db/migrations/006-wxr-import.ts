// WordPress migration: the import map (WordPress ids → Silkpress ids, so a second run imports
// nothing twice) and the redirects that keep old permalinks working.
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Creates the import map and redirects tables. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await dialect
    .addIdColumn(db.schema.createTable('import_map'))
    // 'author', 'term', 'item', 'comment', 'media'
    .addColumn('kind', 'text', (c) => c.notNull())
    // The source site and the WordPress id (or GUID), e.g. `https://old.example|p:123`.
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('target_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('import_map_kind_key', ['kind', 'source_key'])
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable('redirects'))
    // Normalised legacy path (decoded, no trailing slash), e.g. `/2024/05/slug` or `/?p=123`.
    .addColumn('from_path', 'text', (c) => c.notNull().unique())
    .addColumn('to_path', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
