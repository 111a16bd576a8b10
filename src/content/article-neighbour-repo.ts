// The posts around an article page (Kysely, both dialects): its neighbours in publication order,
// the posts sharing its tags, and summaries by id. Neighbours and rankings are kept between reads
// while the content they were read from stands (db/kept-by-version.ts), each bounded by bytes.
import { type Kysely, sql } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { Dialect } from '../db/dialect.ts';
import { KeptByVersion } from '../db/kept-by-version.ts';
import { literalLimit } from '../db/query-template.ts';
import type { Database } from '../db/schema.ts';
import { cacheEntryBytes, objectBytes, stringBytes } from '../kernel/heap-bytes.ts';
import type { Article, ArticleSummary } from './article.ts';
import { type ArticleQueries, withTags } from './article-repo-shared.ts';
import { type SummaryRow, summaryColumns } from './article-rows.ts';
import { type KeptArticleParts, summaryBytes } from './kept-articles.ts';

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

/** A kept answer of summaries over a publication range: its fields, the range and the summaries. */
function rangeBytes(
  fields: number,
  from: string | null,
  until: string | null,
  list: readonly (ArticleSummary | null)[],
): number {
  return (
    objectBytes(fields) +
    stringBytes(from) +
    stringBytes(until) +
    list.reduce((bytes, s) => bytes + (s ? summaryBytes(s) : 0), objectBytes(list.length))
  );
}

/** Kysely reads of the posts around an article: neighbours, related posts, summaries by id. */
export class ArticleNeighbourRepo {
  private readonly db: Kysely<Database>;
  /**
   * findRelated's rankings by article, tags and limit, at most KEPT_RANKINGS_BYTES:
   * grouping an article's tag links was 0.25–0.43 ms of every cache-off article page on the
   * 10,000-article bench site, and its answer only changes with the data (docs/scaling.md).
   */
  private readonly relatedRankings: KeptByVersion<string, RelatedRanking>;
  /** The posts' neighbours by article and time (findAdjacent), at most KEPT_NEIGHBOURS_BYTES. */
  private readonly neighbours: KeptByVersion<string, KeptNeighbours>;

  /** `parts` are the authors and tags kept objects share, with the article repository's own. */
  constructor(
    private readonly q: ArticleQueries,
    dialect: Dialect,
    private readonly parts: KeptArticleParts,
  ) {
    this.db = q.db;
    this.relatedRankings = new KeptByVersion(
      dialect,
      new LRUCache({
        maxSize: KEPT_RANKINGS_BYTES,
        sizeCalculation: ({ value: r }, key) =>
          cacheEntryBytes(key) + rangeBytes(3, r.from, r.until, r.summaries),
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
}
