// Reading articles and pages (Kysely, both dialects): the public pages' queries (compiled once,
// db/query-template.ts), listings, search, archive months, the sitemap, and the checks the write
// path asks before it writes. Each read returns domain objects with their author and tags.
import { type Kysely, sql } from 'kysely';
import { LRUCache } from 'lru-cache';
import { cacheEntryBytes, objectBytes, stringBytes } from '../kernel/heap-bytes.ts';
import type { Dialect } from '../db/dialect.ts';
import { KeptByVersion } from '../db/kept-by-version.ts';
import { literalLimit, QueryTemplates } from '../db/query-template.ts';
import type { Database } from '../db/schema.ts';
import type { Article, ArticleKind, ArticleSummary } from './article.ts';
import { type ArticleQueries, tagsFor, withTags } from './article-repo-shared.ts';
import { bodyColumns, type SummaryRow, summaryColumns, toArticle } from './article-rows.ts';
import type { ArchiveMonth, ListFilter, Paged, SitemapEntry } from './article-storage.ts';
import { articleBytes, KeptArticleParts, summaryBytes } from './kept-articles.ts';
import { isValidTimeZone, monthBounds, utcToLocal } from './schedule-time.ts';

/**
 * A ranking findRelated worked out, and what it holds for: the database content it was read from
 * (Dialect.contentVersion) and the times between the latest publication time it counted (`from`)
 * and the earliest it did not (`until`) among the tags' links, so a later or earlier `now` that
 * counts the same links gets the same answer.
 */
interface RelatedRanking {
  from: string | null;
  until: string | null;
  /** The ranked posts' summaries, read from the same content. */
  summaries: readonly ArticleSummary[];
}

/**
 * An article's neighbours as findAdjacent read them, and the times `now` may take for the same
 * answer: from `from` (the article's own time, or the next post's once it is out) until `until`
 * (the time of the first post after the article that was not out yet; null: none).
 */
interface KeptNeighbours {
  from: string;
  until: string | null;
  previous: ArticleSummary | null;
  next: ArticleSummary | null;
}

/**
 * Articles kept by kind and slug, at most this many bytes in all (kept-articles.ts counts them):
 * reading the article with its body and its tags was about 0.1 ms of every cache-off article
 * page, and its texts are several kilobytes each (about 200 articles of the bench site).
 */
const KEPT_ARTICLE_BYTES = 2 * 1024 * 1024;

/**
 * Neighbours and related rankings kept, at most this many bytes each (about 500 and 300 articles'
 * of the bench site): only a page rendered again gains from them, and a crawler walking every
 * article must not fill a worker with them (4,000 rotating article URLs held 8 MB of them when
 * they were bounded at 2,000 entries each).
 */
const KEPT_NEIGHBOURS_BYTES = 1024 * 1024;
const KEPT_RANKINGS_BYTES = 1024 * 1024;

/** No posts (the same array every time, so a page can tell its inputs are unchanged). */
const NO_SUMMARIES: readonly ArticleSummary[] = Object.freeze([]);

/** A year no stored publication time reaches: the upper bound of "the next post, out or not". */
const END_OF_TIME = '9999-12-31T23:59:59.999Z';

/** Kysely implementation of article storage's reads. */
export class ArticleReadRepo {
  /** The database and the queries of every article page, compiled once (see db/query-template.ts). */
  private readonly q: ArticleQueries;
  /** The authors and tags of kept objects, shared (and every kept object frozen). */
  private readonly parts = new KeptArticleParts();
  /**
   * findRelated's rankings by article, tags and limit, at most KEPT_RANKINGS_BYTES:
   * grouping an article's tag links was 0.25–0.43 ms of every cache-off article page on the
   * 10,000-article bench site, and its answer only changes with the data (docs/scaling.md).
   */
  private readonly relatedRankings: KeptByVersion<string, RelatedRanking>;
  /**
   * The public articles and pages by kind and slug (findPublishedBySlug), and the posts' neighbours
   * by article and time (findAdjacent, at most KEPT_NEIGHBOURS_BYTES), kept the same way: with the tags of each,
   * six reads of every cache-off article page besides the ranking and the thread.
   */
  private readonly published: KeptByVersion<string, Article>;
  private readonly neighbours: KeptByVersion<string, KeptNeighbours>;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {
    this.q = { db, templates: new QueryTemplates() };
    // A kept answer of summaries over a publication range: its fields, the range and the summaries.
    const rangeBytes = (
      fields: number,
      from: string | null,
      until: string | null,
      list: readonly (ArticleSummary | null)[],
    ) =>
      objectBytes(fields) +
      stringBytes(from) +
      stringBytes(until) +
      list.reduce((bytes, s) => bytes + (s ? summaryBytes(s) : 0), objectBytes(list.length));
    this.relatedRankings = new KeptByVersion(
      dialect,
      new LRUCache({
        maxSize: KEPT_RANKINGS_BYTES,
        sizeCalculation: ({ value: r }, key) =>
          cacheEntryBytes(key) + rangeBytes(3, r.from, r.until, r.summaries),
      }),
    );
    this.published = new KeptByVersion(
      dialect,
      new LRUCache({
        maxSize: KEPT_ARTICLE_BYTES,
        sizeCalculation: ({ value: a }, key) => cacheEntryBytes(key) + articleBytes(a),
      }),
    );
    this.neighbours = new KeptByVersion(
      dialect,
      new LRUCache({
        maxSize: KEPT_NEIGHBOURS_BYTES,
        sizeCalculation: ({ value: n }, key) =>
          cacheEntryBytes(key) + rangeBytes(4, n.from, n.until, [n.previous, n.next]),
      }),
    );
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
  async findAdjacent(
    article: Pick<Article, 'id' | 'publishedAt'>,
    now: Date,
  ): Promise<{ previous: ArticleSummary | null; next: ArticleSummary | null }> {
    const nowIso = now.toISOString();
    const at = article.publishedAt ?? nowIso;
    // Kept for an article whose time has come: the previous post is then the one before it
    // whatever `now` is, and the next one is the first after it among those out by `now`.
    const version = article.publishedAt !== null && at <= nowIso ? this.neighbours.version() : null;
    const key = `${article.id}/${at}`;
    const kept = this.neighbours.get(key, version);
    if (kept !== undefined && kept.from <= nowIso && (kept.until === null || nowIso < kept.until))
      return { previous: kept.previous, next: kept.next };
    const base = (id: number) =>
      this.db
        .selectFrom('articles as a')
        .innerJoin('users as u', 'u.id', 'a.author_id')
        .select(summaryColumns)
        .where('a.kind', '=', 'post')
        .where('a.status', '=', 'published')
        .where('a.id', '!=', id);
    // One plain upper bound on published_at, so the index range starts at the article (with two,
    // `<= now` and `<= at`, SQLite bounded the scan by the first and filtered every newer post by
    // the second: 0.4 ms for an article a third of the way back in 10,000). The next post is also
    // bounded below by the article's date. The OR only breaks ties between posts published at the
    // same instant.
    const neighbour = (older: boolean, upper: string) =>
      this.q.templates.first(
        this.db,
        older ? 'previous' : 'next',
        [article.id, at, upper],
        ([id, at, upper]) => {
          const beyond = older ? '<' : '>';
          const direction = older ? 'desc' : 'asc';
          let q = base(id).where('a.published_at', '<=', upper);
          if (!older) q = q.where('a.published_at', '>=', at);
          return q
            .where((eb) =>
              eb.or([
                eb('a.published_at', beyond, at),
                eb.and([eb('a.published_at', '=', at), eb('a.id', beyond, id)]),
              ]),
            )
            .orderBy('a.published_at', direction)
            .orderBy('a.id', direction)
            .limit(literalLimit(1));
        },
      );
    const [prev, next] = await Promise.all([
      neighbour(true, at < nowIso ? at : nowIso),
      neighbour(false, nowIso),
    ]);
    const tagged = await withTags(
      this.q,
      [prev, next].filter((r): r is SummaryRow => r !== undefined),
    );
    const byId = new Map(tagged.map((s) => [s.id, s]));
    const previous = prev ? (byId.get(prev.id) ?? null) : null;
    const following = next ? (byId.get(next.id) ?? null) : null;
    if (version !== null) {
      // A next post stays the next one for any later `now`; without one, the answer holds until
      // the first post after the article that is not out yet comes out.
      const coming = next ? undefined : await neighbour(false, END_OF_TIME);
      this.neighbours.set(key, version, {
        from: next?.published_at ?? at,
        until: coming?.published_at ?? null,
        previous: previous && this.parts.freeze(previous),
        next: following && this.parts.freeze(following),
      });
    }
    return { previous, next: following };
  }

  /** Published posts sharing the most tags with `articleId`, newest first among equals. */
  async findRelated(
    articleId: number,
    tagIds: number[],
    now: Date,
    limit: number,
  ): Promise<ArticleSummary[]> {
    if (tagIds.length === 0) return NO_SUMMARIES as ArticleSummary[];
    const before = now.toISOString();
    const version = this.relatedRankings.version();
    const key = `${articleId}:${limit}:${tagIds.join(',')}`;
    const kept = this.relatedRankings.get(key, version);
    if (
      kept !== undefined &&
      (kept.from === null || kept.from <= before) &&
      (kept.until === null || before < kept.until)
    )
      return kept.summaries as ArticleSummary[];
    // Everything is in the index article_tags_related (tag, article, publication time): a tag
    // link carries its article's publication time while the article is a published post, NULL
    // otherwise (migration 010 keeps it by triggers). Before, each of the ~1,000 candidates of a
    // two-tag article on 10,000 articles was checked in the articles table: 488 → 261 µs.
    const ranked = await this.q.templates.rows(
      this.db,
      `related:${tagIds.length}:${limit}`,
      [articleId, now.toISOString(), ...tagIds],
      ([id, before, ...tags]) => sql<{ id: number }>`
        SELECT article_id AS id FROM article_tags
        WHERE tag_id IN (${sql.join(tags)}) AND article_id <> ${id} AND published_at <= ${before}
        GROUP BY article_id
        ORDER BY count(*) DESC, max(published_at) DESC, article_id DESC
        LIMIT ${literalLimit(limit)}`,
    );
    const ids = ranked.map((r) => r.id);
    const summaries = await this.findSummariesByIds(ids);
    if (version !== null) {
      const [span] = await this.q.templates.rows(
        this.db,
        `related-span:${tagIds.length}`,
        [articleId, before, ...tagIds],
        ([id, at, ...tags]) => sql<{ from: string | null; until: string | null }>`
          SELECT max(CASE WHEN published_at <= ${at} THEN published_at END) AS "from",
            min(CASE WHEN published_at > ${at} THEN published_at END) AS "until"
          FROM article_tags WHERE tag_id IN (${sql.join(tags)}) AND article_id <> ${id}`,
      );
      this.relatedRankings.set(key, version, {
        from: span?.from ?? null,
        until: span?.until ?? null,
        summaries: Object.freeze(summaries.map((s) => this.parts.freeze(s))),
      });
    }
    return summaries;
  }

  /** Summaries for these ids, in the order given (missing ids are skipped). */
  async findSummariesByIds(ids: number[]): Promise<ArticleSummary[]> {
    if (ids.length === 0) return [];
    const rows = await this.q.templates.rows(this.db, `summaries:${ids.length}`, ids, (ids) =>
      this.db
        .selectFrom('articles as a')
        .innerJoin('users as u', 'u.id', 'a.author_id')
        .select(summaryColumns)
        .where('a.id', 'in', ids),
    );
    const summaries = new Map((await withTags(this.q, rows)).map((s) => [s.id, s]));
    return ids.map((id) => summaries.get(id)).filter((s): s is ArticleSummary => s !== undefined);
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
