// Admin-side article queries (kept apart from article-repo.ts, which serves the public site and is
// already large): the posts and pages lists with filters, and claiming due scheduled posts.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { ArticleKind, ArticleStatus } from './article.ts';
import type { Paged } from './article-storage.ts';

/** What the admin posts/pages list asks for. */
export interface AdminListFilter {
  kind: ArticleKind;
  /** One status, or every status except trash when absent. */
  status?: ArticleStatus;
  authorId?: number;
  tagId?: number;
  /** Words of the title (case-insensitive substring). */
  titleQuery?: string;
  /** Most recently updated first (the default), or soonest publication first (the schedule). */
  order?: 'updated' | 'soonest';
  limit: number;
  offset: number;
}

/** One row of the admin list. */
export interface AdminListItem {
  id: number;
  kind: ArticleKind;
  title: string;
  slug: string;
  status: ArticleStatus;
  authorId: number;
  authorName: string;
  publishedAt: string | null;
  updatedAt: string;
  lastEditorName: string | null;
  version: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Kysely implementation of the admin's article queries. */
export class ArticleAdminRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** A page of the admin list, most recently updated first. */
  async list(f: AdminListFilter): Promise<Paged<AdminListItem>> {
    let q = this.db.selectFrom('articles as a').where('a.kind', '=', f.kind);
    q = f.status ? q.where('a.status', '=', f.status) : q.where('a.status', '!=', 'trash');
    if (f.authorId !== undefined) q = q.where('a.author_id', '=', f.authorId);
    if (f.tagId !== undefined) {
      const tagId = f.tagId;
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('article_tags as at')
            .select('at.article_id')
            .whereRef('at.article_id', '=', 'a.id')
            .where('at.tag_id', '=', tagId),
        ),
      );
    }
    const words = f.titleQuery?.trim();
    if (words) {
      const pattern = `%${escapeLike(words.toLowerCase())}%`;
      // ESCAPE is explicit: SQLite has no default escape character for LIKE.
      q = q.where(sql<boolean>`lower(a.title) like ${pattern} escape '\\'`);
    }
    const [rows, count] = await Promise.all([
      q
        .innerJoin('users as u', 'u.id', 'a.author_id')
        .leftJoin('users as e', 'e.id', 'a.last_editor_id')
        .select([
          'a.id',
          'a.kind',
          'a.title',
          'a.slug',
          'a.status',
          'a.author_id',
          'u.name as author_name',
          'a.published_at',
          'a.updated_at',
          'e.name as editor_name',
          'a.version',
        ])
        .$call((qb) =>
          f.order === 'soonest'
            ? qb.orderBy('a.published_at', 'asc').orderBy('a.id', 'asc')
            : qb.orderBy('a.updated_at', 'desc').orderBy('a.id', 'desc'),
        )
        .limit(f.limit)
        .offset(f.offset)
        .execute(),
      q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
    ]);
    return {
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind as ArticleKind,
        title: r.title,
        slug: r.slug,
        status: r.status as ArticleStatus,
        authorId: r.author_id,
        authorName: r.author_name,
        publishedAt: r.published_at,
        updatedAt: r.updated_at,
        lastEditorName: r.editor_name,
        version: Number(r.version),
      })),
      total: Number(count?.n ?? 0),
    };
  }

  /** How many articles of a kind are in each status (for the filter links). */
  async countByStatus(kind: ArticleKind, authorId?: number): Promise<Record<string, number>> {
    let q = this.db
      .selectFrom('articles')
      .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('kind', '=', kind);
    if (authorId !== undefined) q = q.where('author_id', '=', authorId);
    const rows = await q.groupBy('status').execute();
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }

  /** Every tag, by name (for the editor's suggestions and the list filter). */
  async listTags(): Promise<{ id: number; name: string }[]> {
    return this.db.selectFrom('tags').select(['id', 'name']).orderBy('name').execute();
  }

  /** Ids of scheduled articles whose time has come, oldest first (by id among the same time). */
  async listDueScheduled(now: Date, limit = 100): Promise<number[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select('id')
      .where('status', '=', 'scheduled')
      .where('published_at', '<=', now.toISOString())
      .orderBy('published_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  /**
   * Publishes one due scheduled article if it is still scheduled and due; true only for the
   * caller whose conditional UPDATE changed the row, so concurrent instances publish it once.
   */
  async claimScheduled(id: number, now: Date): Promise<boolean> {
    const stamp = now.toISOString();
    const result = await this.db
      .updateTable('articles')
      .set((eb) => ({ status: 'published', updated_at: stamp, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('status', '=', 'scheduled')
      .where('published_at', '<=', stamp)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
