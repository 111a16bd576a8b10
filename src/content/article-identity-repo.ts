// What keeps an article's identity across slug changes, in the database (Kysely, both dialects):
// the slugs it had before (article_slugs, kept by a trigger of migration 011) and the feed id
// stored for it.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { ArticleKind } from './article.ts';

/** Old slugs and stored feed ids, as the public site and the feeds read them. */
export class ArticleIdentityRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** The current slug of the public article that had `slug` before, or null. */
  async movedSlug(kind: ArticleKind, slug: string, now: Date): Promise<string | null> {
    const row = await this.db
      .selectFrom('article_slugs as s')
      .innerJoin('articles as a', 'a.id', 's.article_id')
      .select('a.slug')
      .where('s.kind', '=', kind)
      .where('s.slug', '=', slug)
      .where('a.kind', '=', kind)
      .where('a.status', '=', 'published')
      .where('a.published_at', '<=', now.toISOString())
      .executeTakeFirst();
    return row && row.slug !== slug ? row.slug : null;
  }

  /** The feed ids stored for these articles (articles without one are left out). */
  async storedFeedIds(ids: number[]): Promise<Map<number, string>> {
    const out = new Map<number, string>();
    if (ids.length === 0) return out;
    const rows = await this.db
      .selectFrom('articles')
      .select(['id', 'feed_id'])
      .where('id', 'in', ids)
      .where('feed_id', 'is not', null)
      .execute();
    for (const r of rows) if (r.feed_id) out.set(r.id, r.feed_id);
    return out;
  }
}
