// Articles keep their identity when an editor changes the slug (issue 13): feed readers must not
// see a story twice, and links to the old address must keep working.
// - articles.feed_id: the id a post's feed entries carry when one is stored. Published posts get
//   the one readers already have for them, their URL path today; other articles have none and
//   get a tag: URI built from their id (content/feed-id.ts).
// - article_slugs: every slug an article had before, kept by a trigger whoever changes it, so
//   the old address answers 301 with the new one.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../dialect.ts';

interface Row {
  id: number;
  kind: string;
  slug: string;
  status: string;
  feed_id: string | null;
}

/** Adds articles.feed_id (filled for published posts) and the slug history with its trigger. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('articles').addColumn('feed_id', 'text').execute();
  const typed = db as unknown as Kysely<{ articles: Row }>;
  let after = 0;
  for (;;) {
    const rows = await typed
      .selectFrom('articles')
      .select(['id', 'slug'])
      .where('kind', '=', 'post')
      .where('status', '=', 'published')
      .where('id', '>', after)
      .orderBy('id')
      .limit(500)
      .execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      // The path the feeds used as the id until now (articlePath: encodeURIComponent of the slug).
      await typed
        .updateTable('articles')
        .set({ feed_id: `/article/${encodeURIComponent(r.slug)}` })
        .where('id', '=', r.id)
        .execute();
    }
    after = rows[rows.length - 1]!.id;
  }

  await db.schema
    .createTable('article_slugs')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('article_slugs_pk', ['kind', 'slug'])
    .execute();
  await db.schema.createIndex('article_slugs_article').on('article_slugs').column('article_id').execute();
  // The slug an article leaves behind now leads to it (and no longer to an article that had it
  // before). Two statements rather than an upsert, which SQLite does not take in every trigger.
  await dialect.createRowTrigger(db, {
    name: 'articles_slug_history',
    table: 'articles',
    event: 'UPDATE OF slug',
    statement: sql`DELETE FROM article_slugs WHERE kind = OLD.kind AND slug = OLD.slug AND OLD.slug <> NEW.slug;
      INSERT INTO article_slugs (kind, slug, article_id) SELECT OLD.kind, OLD.slug, OLD.id WHERE OLD.slug <> NEW.slug`,
  });
}
