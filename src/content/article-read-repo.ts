// Reading articles and pages (Kysely, both dialects): the public pages' queries (compiled once,
// db/query-template.ts), listings, search, archive months, the sitemap, and the checks the write
// path asks before it writes. Each read returns domain objects with their author and tags.
import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { Dialect } from '../db/dialect.ts';
import { KeptByVersion } from '../db/kept-by-version.ts';
import { literalLimit, QueryTemplates } from '../db/query-template.ts';
import { cacheEntryBytes } from '../kernel/heap-bytes.ts';
import type { Database } from '../db/schema.ts';
import type { Article, ArticleKind, ArticleSummary } from './article.ts';
import { ArticleNeighbourRepo } from './article-neighbour-repo.ts';
import { type ArticleQueries, tagsFor, withTags } from './article-repo-shared.ts';
import { bodyColumns, summaryColumns, toArticle } from './article-rows.ts';
import type { ArchiveMonth, ListFilter, Paged, SitemapEntry } from './article-storage.ts';
import { articleBytes, KeptArticleParts } from './kept-articles.ts';
import { isValidTimeZone, monthBounds, utcToLocal } from './schedule-time.ts';

/**
 * Articles kept by kind and slug, at most this many bytes in all (kept-articles.ts counts them):
 * reading the article with its body and its tags was about 0.1 ms of every cache-off article
 * page, and its texts are several kilobytes each (about 200 articles of the bench site).
 */
const KEPT_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Kysely implementation of article storage's reads. */
export class ArticleReadRepo {
  /** The database and the queries of every article page, compiled once (see db/query-template.ts). */
  private readonly q: ArticleQueries;
  /** The authors and tags of kept objects, shared (and every kept object frozen). */
  private readonly parts = new KeptArticleParts();
  /**
   * The public articles and pages by kind and slug (findPublishedBySlug), kept while the content
   * stands: with its tags, three reads of every cache-off article page.
   */
  private readonly published: KeptByVersion<string, Article>;
  /** The posts around an article page: neighbours, related posts (article-neighbour-repo.ts). */
  private readonly around: ArticleNeighbourRepo;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {
    this.q = { db, templates: new QueryTemplates() };
    this.published = new KeptByVersion(
      dialect,
      new LRUCache({
        maxSize: KEPT_ARTICLE_BYTES,
        sizeCalculation: ({ value: a }, key) => cacheEntryBytes(key) + articleBytes(a),
      }),
    );
    this.around = new ArticleNeighbourRepo(this.q, dialect, this.parts);
  }

  /** The public article or page with this slug, or null. */
  async findPublishedBySlug(kind: ArticleKind, slug: string, now: Date): Promise<Article | null> {
    const before = now.toISOString();
    // Slugs are unique per kind, so the article found stays the answer for any later `now` (and
    // an earlier one down to its publication time) until the content changes. Nothing is kept
    // for a slug without a public article: a scheduled one comes out by the clock alone.
    const version = this.published.version();
    const key = `${kind}/${slug}`;
    const kept = this.published.get(key, version);
    if (kept !== undefined && kept.publishedAt !== null && kept.publishedAt <= before) return kept;
    const row = await this.q.templates.first(
      this.db,
      'published-by-slug',
      [kind, slug, before],
      ([kind, slug, before]) =>
        this.db
          .selectFrom('articles as a')
          .innerJoin('users as u', 'u.id', 'a.author_id')
          .select([...summaryColumns, ...bodyColumns])
          .where('a.kind', '=', kind)
          .where('a.slug', '=', slug)
          .where('a.status', '=', 'published')
          .where('a.published_at', '<=', before),
    );
    if (!row) return null;
    const tags = await tagsFor(this.q, [row.id]);
    const article = toArticle(row, tags.get(row.id) ?? []);
    if (version === null) return article;
    this.published.set(key, version, this.parts.freeze(article));
    return article;
  }

  /** Any article by id, whatever its status (for editors and for change notifications). */
  async findById(id: number): Promise<Article | null> {
    const row = await this.db
      .selectFrom('articles as a')
      .innerJoin('users as u', 'u.id', 'a.author_id')
      .select([...summaryColumns, ...bodyColumns])
      .where('a.id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    const tags = await tagsFor(this.q, [row.id]);
    return toArticle(row, tags.get(row.id) ?? []);
  }

  /** Published posts, newest first. */
  async listPublished(f: ListFilter): Promise<Paged<ArticleSummary>> {
    // The filters present make the query's shape (the template key); their values go in, in
    // the order the query takes them.
    const month = f.month !== undefined ? monthBounds(f.month, f.timeZone) : null;
    const filters: Array<[string, number | string]> = [['now', f.now.toISOString()]];
    if (f.authorId !== undefined) filters.push(['author', f.authorId]);
    if (f.tagId !== undefined) filters.push(['tag', f.tagId]);
    if (month) filters.push(['from', month.start], ['until', month.end]);
    if (f.language !== undefined) filters.push(['language', f.language]);
    const shape = filters.map(([name]) => name).join(',');
    const filtered = (values: readonly (number | string)[]) => {
      const value = (name: string) => values[filters.findIndex(([n]) => n === name)] as never;
      let q = this.db
        .selectFrom('articles as a')
        .where('a.kind', '=', 'post')
        .where('a.status', '=', 'published')
        .where('a.published_at', '<=', value('now'));
      if (f.authorId !== undefined) q = q.where('a.author_id', '=', value('author'));
      if (f.tagId !== undefined)
        q = q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('article_tags as at')
              .select('at.article_id')
              .whereRef('at.article_id', '=', 'a.id')
              .where('at.tag_id', '=', value('tag')),
          ),
        );
      if (month)
        q = q.where('a.published_at', '>=', value('from')).where('a.published_at', '<', value('until'));
      if (f.language !== undefined) q = q.where('a.language', '=', value('language'));
      return q;
    };
    const values = filters.map(([, v]) => v);
    const [rows, count] = await Promise.all([
      this.q.templates.rows(this.db, `published[${shape}]:${f.limit}`, [...values, f.offset], (v) =>
        filtered(v)
          .innerJoin('users as u', 'u.id', 'a.author_id')
          .select(summaryColumns)
          .orderBy('a.published_at', 'desc')
          .orderBy('a.id', 'desc')
          .limit(literalLimit(f.limit))
          .offset(v[v.length - 1] as number),
      ),
      this.q.templates.first(this.db, `published-count[${shape}]`, values, (v) =>
        filtered(v).select((eb) => eb.fn.countAll<number | string>().as('n')),
      ),
    ]);
    return { items: await withTags(this.q, rows), total: Number(count?.n ?? 0) };
  }

  /** The published posts just before and after `article` in publication order. */
  findAdjacent(
    article: Pick<Article, 'id' | 'publishedAt'>,
    now: Date,
  ): Promise<{ previous: ArticleSummary | null; next: ArticleSummary | null }> {
    return this.around.findAdjacent(article, now);
  }

  /** Published posts sharing the most tags with `articleId`, newest first among equals. */
  findRelated(articleId: number, tagIds: number[], now: Date, limit: number): Promise<ArticleSummary[]> {
    return this.around.findRelated(articleId, tagIds, now, limit);
  }

  /** Summaries for these ids, in the order given (missing ids are skipped). */
  findSummariesByIds(ids: number[]): Promise<ArticleSummary[]> {
    return this.around.findSummariesByIds(ids);
  }

  /** Full-text search over published posts; returns articles (with bodies, for snippets). */
  async search(
    tokens: string[],
    now: Date,
    limit: number,
    offset: number,
    options: { language?: string } = {},
  ): Promise<Paged<Article>> {
    const { hits, total } = await this.dialect.searchArticles(this.db, {
      tokens,
      publishedBefore: now.toISOString(),
      limit,
      offset,
      ...(options.language !== undefined ? { language: options.language } : {}),
    });
    if (hits.length === 0) return { items: [], total };
    const rows = await this.db
      .selectFrom('articles as a')
      .innerJoin('users as u', 'u.id', 'a.author_id')
      .select([...summaryColumns, ...bodyColumns])
      .where(
        'a.id',
        'in',
        hits.map((h) => h.id),
      )
      .execute();
    const tags = await tagsFor(
      this.q,
      rows.map((r) => r.id),
    );
    const byId = new Map(rows.map((r) => [r.id, toArticle(r, tags.get(r.id) ?? [])]));
    return { items: hits.map((h) => byId.get(h.id)).filter((a): a is Article => a !== undefined), total };
  }

  /**
   * Months that have published posts (in `language` only, when given), newest first, on the clock
   * of `timeZone`.
   */
  async archiveMonths(now: Date, timeZone = 'UTC', language?: string): Promise<ArchiveMonth[]> {
    const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
    let q = this.db
      .selectFrom('articles')
      .select(['published_at'])
      .where('kind', '=', 'post')
      .where('status', '=', 'published')
      .where('published_at', '<=', now.toISOString());
    if (language !== undefined) q = q.where('language', '=', language);
    const rows = await q.execute();
    const counts = new Map<string, number>();
    for (const r of rows) {
      if (!r.published_at) continue;
      const month =
        zone === 'UTC' ? r.published_at.slice(0, 7) : utcToLocal(r.published_at, zone).date.slice(0, 7);
      counts.set(month, (counts.get(month) ?? 0) + 1);
    }
    return [...counts]
      .map(([month, count]) => ({ month, count }))
      .sort((a, b) => (a.month < b.month ? 1 : -1));
  }

  /** Every public post and page, for sitemap.xml. */
  async listForSitemap(now: Date): Promise<SitemapEntry[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select(['id', 'kind', 'slug', 'title', 'language', 'published_at', 'updated_at', 'translation_group'])
      .where('status', '=', 'published')
      .where('published_at', '<=', now.toISOString())
      .orderBy('published_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind as ArticleKind,
      slug: r.slug,
      title: r.title,
      language: r.language,
      publishedAt: r.published_at ?? r.updated_at,
      updatedAt: r.updated_at,
      translationGroup: r.translation_group,
    }));
  }

  /** True when `slug` is used by another article of the same kind. */
  async slugTaken(kind: ArticleKind, slug: string, exceptId?: number): Promise<boolean> {
    let q = this.db.selectFrom('articles').select('id').where('kind', '=', kind).where('slug', '=', slug);
    if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
    return (await q.executeTakeFirst()) !== undefined;
  }

  /** True when an article other than `exceptId` in translation group `group` is in `language`. */
  async translationLanguageTaken(group: string, language: string, exceptId: number): Promise<boolean> {
    const row = await this.db
      .selectFrom('articles')
      .select('id')
      .where('translation_group', '=', group)
      .where('id', '!=', exceptId)
      .where((eb) => eb(eb.fn('lower', ['language']), '=', language.toLowerCase()))
      .executeTakeFirst();
    return row !== undefined;
  }
  /** The stored version of an article (for the edit-conflict check), or null. */
  async versionOf(id: number): Promise<number | null> {
    const row = await this.db
      .selectFrom('articles')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? Number(row.version) : null;
  }
}
