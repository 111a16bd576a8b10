// Tags in the database (Kysely, both dialects).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Tag } from './article.ts';

/** A tag with the number of published posts carrying it. */
export interface TagWithCount extends Tag {
  count: number;
}

/** Kysely implementation of tag storage. */
export class TagRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** The tag with this slug, or null. */
  async findBySlug(slug: string): Promise<Tag | null> {
    const row = await this.db.selectFrom('tags').selectAll().where('slug', '=', slug).executeTakeFirst();
    return row ?? null;
  }

  /** Tags that have at least one published post, by number of posts then name. */
  async listUsed(now: Date): Promise<TagWithCount[]> {
    const rows = await this.db
      .selectFrom('tags as t')
      .innerJoin('article_tags as at', 'at.tag_id', 't.id')
      .innerJoin('articles as a', 'a.id', 'at.article_id')
      .select([
        't.id',
        't.slug',
        't.name',
        't.description',
        (eb) => eb.fn.countAll<number | string>().as('count'),
      ])
      .where('a.kind', '=', 'post')
      .where('a.status', '=', 'published')
      .where('a.published_at', '<=', now.toISOString())
      .groupBy(['t.id', 't.slug', 't.name', 't.description'])
      .orderBy('count', 'desc')
      .orderBy('t.name')
      .execute();
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  }

  /** Creates the tag, or updates the name and description of the existing one; returns it. */
  async upsert(tag: Omit<Tag, 'id'>): Promise<Tag> {
    const existing = await this.findBySlug(tag.slug);
    if (existing) {
      await this.db
        .updateTable('tags')
        .set({ name: tag.name, description: tag.description })
        .where('id', '=', existing.id)
        .execute();
      return { ...existing, ...tag };
    }
    const row = await this.db.insertInto('tags').values(tag).returning('id').executeTakeFirstOrThrow();
    return { id: row.id, ...tag };
  }
}
