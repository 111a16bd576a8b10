// What the article repositories share: the database with the compiled query templates
// (db/query-template.ts), and the tags every read of articles ends with.
import type { Kysely } from 'kysely';
import type { QueryTemplates } from '../db/query-template.ts';
import type { Database } from '../db/schema.ts';
import type { ArticleSummary, Tag } from './article.ts';
import { type SummaryRow, toSummary } from './article-rows.ts';

/** The database and the queries compiled once per shape. */
export interface ArticleQueries {
  db: Kysely<Database>;
  templates: QueryTemplates;
}

/** Summaries of these rows, each with its tags (one query for all of them). */
export async function withTags(q: ArticleQueries, rows: SummaryRow[]): Promise<ArticleSummary[]> {
  const tags = await tagsFor(
    q,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toSummary(r, tags.get(r.id) ?? []));
}

/** The tags of each article, in the editor's order (one query). */
export async function tagsFor(q: ArticleQueries, articleIds: number[]): Promise<Map<number, Tag[]>> {
  const map = new Map<number, Tag[]>();
  if (articleIds.length === 0) return map;
  const rows = await q.templates.rows(q.db, `tags-for:${articleIds.length}`, articleIds, (ids) =>
    q.db
      .selectFrom('article_tags as at')
      .innerJoin('tags as t', 't.id', 'at.tag_id')
      .select(['at.article_id', 't.id', 't.slug', 't.name', 't.description'])
      .where('at.article_id', 'in', ids)
      .orderBy('at.position'),
  );
  for (const r of rows) {
    const list = map.get(r.article_id) ?? [];
    list.push({ id: r.id, slug: r.slug, name: r.name, description: r.description });
    map.set(r.article_id, list);
  }
  return map;
}
