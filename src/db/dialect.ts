// The ONLY module that knows SQLite from PostgreSQL (DESIGN.md §3.4): column types for
// migrations, full-text search, and the change bus. Repositories call these helpers and stay
// written once on Kysely.
import {
  type ColumnDefinitionBuilder,
  type CreateTableBuilder,
  type Kysely,
  type RawBuilder,
  type SelectQueryBuilder,
  sql,
} from 'kysely';
import type { ChangeBus } from './change-bus.ts';
import { createPgChangeBus } from './pg-change-bus.ts';
import { createSqliteChangeBus } from './sqlite-change-bus.ts';
import type { Database } from './schema.ts';
import { literalLimit } from './query-template.ts';
import { optimize as optimizeSqlite } from './sqlite-statistics.ts';

/** Which database engine a connection talks to. */
export type DialectName = 'sqlite' | 'postgres';

/** One search hit: the article id and its relevance (higher is better). */
export interface SearchHit {
  id: number;
  rank: number;
}

/** Filters applied inside the search query so ranking and paging stay in the database. */
export interface SearchFilter {
  tokens: string[];
  publishedBefore: string;
  limit: number;
  offset: number;
  /** Posts in this language only (as stored). */
  language?: string;
}

/** Dialect-specific operations used by migrations and repositories. */
export interface Dialect {
  name: DialectName;
  /** Adds an auto-incrementing integer primary key named `id`. */
  addIdColumn<T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'>;
  /** Creates the full-text index over articles. */
  createSearchIndex(db: Kysely<unknown>): Promise<void>;
  /** Replaces the indexed text of one article (text already segmented by content/search-text). */
  indexArticle(db: Kysely<Database>, id: number, title: string, body: string): Promise<void>;
  /** indexArticle for many articles, a statement per few hundred (bulk imports). */
  indexArticles(
    db: Kysely<Database>,
    rows: Array<{ id: number; title: string; body: string }>,
  ): Promise<void>;
  removeFromIndex(db: Kysely<Database>, id: number): Promise<void>;
  /** Published articles matching every token (each token also matches as a prefix). */
  searchArticles(db: Kysely<Database>, filter: SearchFilter): Promise<{ hits: SearchHit[]; total: number }>;
  /**
   * The bus that tells every process of the site what changed: a change_log table polled by the
   * other processes on SQLite, LISTEN/NOTIFY on PostgreSQL.
   */
  createChangeBus(onError: (err: unknown) => void, db: Kysely<Database>): Promise<ChangeBus>;
  /** Refreshes planner statistics where the engine needs it (SQLite); run after bulk loads. */
  optimize(db: Kysely<Database>): Promise<void>;
  /**
   * Creates a row trigger that runs one statement (which may read `NEW`) after `event` on
   * `table`, e.g. `INSERT` or `UPDATE OF kind, status`: a trigger on SQLite, a trigger and its
   * function (named after it) on PostgreSQL.
   */
  createRowTrigger(db: Kysely<unknown>, trigger: RowTrigger): Promise<void>;
  /**
   * A token that is the same at two calls only if the database's content did not change in
   * between (a commit of any connection, a write of this one), read without a query round trip;
   * null where there is no such token (PostgreSQL). Lets a process keep a read's answer until
   * the data it came from changes (ArticleReadRepo's article, neighbours and related posts,
   * CommentRepo.listApproved): read the token before the query, and query through the database
   * handle, not a transaction.
   */
  contentVersion(): string | null;
}

/** A trigger for Dialect.createRowTrigger. */
export interface RowTrigger {
  name: string;
  table: string;
  event: 'INSERT' | `UPDATE OF ${string}`;
  statement: RawBuilder<unknown>;
}

// Rows per multi-row statement of indexArticles: 3 parameters each, far below both engines' limits.
const INDEX_ROWS_PER_STATEMENT = 200;

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

const isSearchToken = (t: string): boolean => /^[\p{L}\p{N}]+$/u.test(t);

/** The search's language condition (nothing when it searches every language). */
const inLanguage = (f: SearchFilter) =>
  f.language === undefined ? sql`` : sql` AND a.language = ${f.language}`;

/** SQLite: FTS5 with the unicode61 tokenizer over pre-segmented text (CJK as bigrams). */
export function sqliteDialect(contentVersion: () => string | null = () => null): Dialect {
  return {
    name: 'sqlite',
    contentVersion,
    addIdColumn: (table) => table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()),
    async createSearchIndex(db) {
      await sql`CREATE VIRTUAL TABLE article_search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')`.execute(
        db,
      );
    },
    async indexArticle(db, id, title, body) {
      await sql`DELETE FROM article_search WHERE rowid = ${id}`.execute(db);
      await sql`INSERT INTO article_search (rowid, title, body) VALUES (${id}, ${title}, ${body})`.execute(
        db,
      );
    },
    async indexArticles(db, rows) {
      for (const part of chunks(rows, INDEX_ROWS_PER_STATEMENT)) {
        await sql`DELETE FROM article_search WHERE rowid IN (${sql.join(part.map((r) => r.id))})`.execute(db);
        await sql`INSERT INTO article_search (rowid, title, body) VALUES ${sql.join(
          part.map((r) => sql`(${r.id}, ${r.title}, ${r.body})`),
        )}`.execute(db);
      }
    },
    async removeFromIndex(db, id) {
      await sql`DELETE FROM article_search WHERE rowid = ${id}`.execute(db);
    },
    async searchArticles(db, f) {
      const tokens = f.tokens.filter(isSearchToken);
      if (tokens.length === 0) return { hits: [], total: 0 };
      const match = tokens.map((t) => `"${t}"*`).join(' ');
      // CROSS JOIN fixes the loop order: SQLite would otherwise walk every article and run the
      // full-text match once per row (no statistics tell it better). The window count gives the
      // total in the same pass.
      // bm25() must run inside the full-text query itself, so rank in a materialised CTE and
      // count over its rows.
      const rows = await sql<SearchHit & { total: number }>`
        WITH hits AS MATERIALIZED (
          SELECT a.id AS id, -bm25(article_search, 4.0, 1.0) AS rank, a.published_at AS published_at
          FROM article_search CROSS JOIN articles a ON a.id = article_search.rowid
          WHERE article_search MATCH ${match} AND a.status = 'published' AND a.kind = 'post'
            AND a.published_at <= ${f.publishedBefore}${inLanguage(f)})
        SELECT id, rank, count(*) OVER () AS total FROM hits
        ORDER BY rank DESC, published_at DESC LIMIT ${literalLimit(f.limit)} OFFSET ${f.offset}`.execute(db);
      if (rows.rows.length > 0 || f.offset === 0) {
        return {
          hits: rows.rows.map(({ id, rank }) => ({ id, rank })),
          total: Number(rows.rows[0]?.total ?? 0),
        };
      }
      const count = await sql<{ n: number }>`
        SELECT count(*) AS n FROM article_search CROSS JOIN articles a ON a.id = article_search.rowid
        WHERE article_search MATCH ${match} AND a.status = 'published' AND a.kind = 'post'
          AND a.published_at <= ${f.publishedBefore}${inLanguage(f)}`.execute(db);
      return { hits: [], total: Number(count.rows[0]?.n ?? 0) };
    },
    async optimize(db) {
      // Keeps the query planner's statistics current (cheap when nothing changed).
      await optimizeSqlite(db);
    },
    async createRowTrigger(db, t) {
      await sql`CREATE TRIGGER ${sql.id(t.name)} AFTER ${sql.raw(t.event)} ON ${sql.table(t.table)}
        FOR EACH ROW BEGIN ${t.statement}; END`.execute(db);
    },
    createChangeBus: (onError, db) => createSqliteChangeBus(db, { onError }),
  };
}

/** PostgreSQL: a weighted `simple` tsvector per article with a GIN index, prefix queries. */
export function postgresDialect(connectionString: string): Dialect {
  return {
    name: 'postgres',
    contentVersion: () => null,
    addIdColumn: (table) => table.addColumn('id', 'serial', (c: ColumnDefinitionBuilder) => c.primaryKey()),
    async createSearchIndex(db) {
      await sql`CREATE TABLE article_search (
        article_id integer PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        document tsvector NOT NULL)`.execute(db);
      await sql`CREATE INDEX article_search_document ON article_search USING gin (document)`.execute(db);
    },
    async indexArticle(db, id, title, body) {
      await sql`INSERT INTO article_search (article_id, document)
        VALUES (${id}, setweight(to_tsvector('simple', ${title}), 'A') || setweight(to_tsvector('simple', ${body}), 'B'))
        ON CONFLICT (article_id) DO UPDATE SET document = excluded.document`.execute(db);
    },
    async indexArticles(db, rows) {
      for (const part of chunks(rows, INDEX_ROWS_PER_STATEMENT)) {
        await sql`INSERT INTO article_search (article_id, document) VALUES ${sql.join(
          part.map(
            (r) =>
              sql`(${r.id}, setweight(to_tsvector('simple', ${r.title}), 'A') || setweight(to_tsvector('simple', ${r.body}), 'B'))`,
          ),
        )}
          ON CONFLICT (article_id) DO UPDATE SET document = excluded.document`.execute(db);
      }
    },
    async removeFromIndex(db, id) {
      await sql`DELETE FROM article_search WHERE article_id = ${id}`.execute(db);
    },
    async searchArticles(db, f) {
      const tokens = f.tokens.filter(isSearchToken);
      if (tokens.length === 0) return { hits: [], total: 0 };
      const query = tokens.map((t) => `${t}:*`).join(' & ');
      const where = sql`s.document @@ q.query AND a.status = 'published' AND a.kind = 'post' AND a.published_at <= ${f.publishedBefore}${inLanguage(f)}`;
      const from = sql`article_search s JOIN articles a ON a.id = s.article_id, to_tsquery('simple', ${query}) AS q(query)`;
      const rows = await sql<{ id: number; rank: number; total: string }>`
        SELECT a.id AS id, ts_rank(s.document, q.query) AS rank, count(*) OVER () AS total FROM ${from}
        WHERE ${where} ORDER BY rank DESC, a.published_at DESC LIMIT ${f.limit} OFFSET ${f.offset}`.execute(
        db,
      );
      if (rows.rows.length > 0 || f.offset === 0) {
        return {
          hits: rows.rows.map((r) => ({ id: r.id, rank: Number(r.rank) })),
          total: Number(rows.rows[0]?.total ?? 0),
        };
      }
      const count = await sql<{ n: string }>`SELECT count(*) AS n FROM ${from} WHERE ${where}`.execute(db);
      return { hits: [], total: Number(count.rows[0]?.n ?? 0) };
    },
    async optimize() {
      // PostgreSQL's autovacuum keeps statistics current.
    },
    async createRowTrigger(db, t) {
      const fn = sql.id(`${t.name}_fn`);
      await sql`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN ${t.statement}; RETURN NULL; END $$`.execute(db);
      await sql`CREATE TRIGGER ${sql.id(t.name)} AFTER ${sql.raw(t.event)} ON ${sql.table(t.table)}
        FOR EACH ROW EXECUTE FUNCTION ${fn}()`.execute(db);
    },
    createChangeBus: (onError) => createPgChangeBus({ connectionString, onError }),
  };
}

/**
 * Marks a SELECT that picks rows to claim (outbox mail, jobs) so concurrent instances skip
 * each other's rows: `FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite serialises writers, so
 * the claiming UPDATE alone is enough there.
 */
export function claimRows<DB, TB extends keyof DB, O>(
  dialect: Pick<Dialect, 'name'>,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return dialect.name === 'postgres' ? query.forUpdate().skipLocked() : query;
}

/**
 * Marks a SELECT whose row the transaction will update, so a concurrent transaction waits for
 * it: `FOR UPDATE` on PostgreSQL; SQLite serialises writers (a write transaction holds the
 * database), so the SELECT is left as it is.
 */
export function lockForUpdate<DB, TB extends keyof DB, O>(
  dialect: Pick<Dialect, 'name'>,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return dialect.name === 'postgres' ? query.forUpdate() : query;
}

/** True when `err` is a unique-constraint violation (SQLite or PostgreSQL). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
