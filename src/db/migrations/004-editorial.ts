// Editorial workflow: article versions (optimistic concurrency) and last editor, revisions,
// private preview tokens and uploaded media.
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Creates the editorial tables and columns. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // Bumped on every save; the edit form carries the version it started from.
  await db.schema
    .alterTable('articles')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // No foreign key: the article keeps "last edited by" even if that account is removed.
  await db.schema.alterTable('articles').addColumn('last_editor_id', 'integer').execute();
  await db.schema
    .createIndex('articles_admin')
    .on('articles')
    .columns(['kind', 'status', 'updated_at'])
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable('article_revisions'))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('article_version', 'integer', (c) => c.notNull())
    .addColumn('autosave', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('editor_id', 'integer')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body_md', 'text', (c) => c.notNull())
    // JSON of the other editable fields (slug, excerpt, tags, SEO…), so a restore is complete.
    .addColumn('fields', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('article_revisions_article')
    .on('article_revisions')
    .columns(['article_id', 'id'])
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable('preview_tokens'))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    // SHA-256 of the token: a database leak does not open previews.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('preview_tokens_article')
    .on('preview_tokens')
    .columns(['article_id'])
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable('media'))
    // Content hash: the same bytes uploaded twice are stored once, and names never change.
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
    // JSON list of generated files: [{ file, width, format }].
    .addColumn('variants', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('uploaded_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_created').on('media').columns(['created_at']).execute();
}
