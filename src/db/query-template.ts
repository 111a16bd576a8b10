// Hot queries compiled once per shape. Kysely turns a query's builder calls into SQL on every
// call: parsing references, building the operation tree, compiling it (about a fifth of a
// cache-off article page on SQLite). A template builds its query once with a placeholder for each
// value, keeps the SQL, and runs it again with each call's values in place of the placeholders.
import { type Compilable, CompiledQuery, type Kysely, type RawBuilder, sql } from 'kysely';
import { BoundedMemo } from '../kernel/bounded-memo.ts';
import type { WriteThread } from './sqlite-write-thread.ts';

/**
 * A LIMIT written into the SQL rather than bound. SQLite plans with the value of a bound LIMIT,
 * so it prepares the statement again every time one is bound: 40–60 µs for the previous/next
 * article query, which runs in 5–7 µs with the limit written in (better-sqlite3, SQLite 3.53).
 * Put the limit in the template's key. Only whole numbers ≥ 0 can be written.
 */
export function literalLimit(limit: number): RawBuilder<number> {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`not a row limit: ${limit}`);
  return sql.lit(limit);
}

/** Stands for the template's value at `index` while its query is built. */
class Placeholder {
  constructor(readonly index: number) {}
}

/** What a template's query may be: a query builder, or a raw `sql` template. */
type Buildable<R> = Compilable<R> | RawBuilder<R>;

/** A database or transaction to run on (it also compiles raw `sql` templates). */
export type Runner = Pick<Kysely<never>, 'executeQuery' | 'getExecutor'>;

/**
 * A runner whose queries a SQLite file's write thread executes (each in its own transaction, its
 * rows returned once committed), compiling with `db`'s dialect: a write that needs its answer,
 * without the event loop waiting for the write lock while the thread commits a batch.
 */
export function runOnThread(
  thread: Pick<WriteThread, 'rows'>,
  db: Pick<Kysely<never>, 'getExecutor'>,
): Runner {
  const executeQuery = async (query: CompiledQuery) => ({
    rows: await thread.rows(query.sql, [...query.parameters]),
  });
  return { executeQuery: executeQuery as Runner['executeQuery'], getExecutor: () => db.getExecutor() };
}

interface CompiledShape {
  sql: string;
  /** The compiled parameters: placeholders where a value goes, constants as they are. */
  parameters: readonly unknown[];
}

/**
 * Queries remembered by a key that names their shape: the same key must always build the same
 * SQL (put whatever changes the SQL, such as the length of an IN list, in the key). Values are
 * only handed to the builder, never looked at: a value the code must branch on is computed
 * before, and passed in.
 */
export class QueryTemplates {
  private readonly shapes: BoundedMemo<string, CompiledShape>;

  /** Keeps the `maxShapes` shapes used last (and at most twice as many). */
  constructor(maxShapes = 500) {
    this.shapes = new BoundedMemo(2 * maxShapes);
  }

  /** The rows of the query `build` makes from `values`, compiled on the first call for `key`. */
  async rows<R, const V extends readonly unknown[]>(
    db: Runner,
    key: string,
    values: V,
    build: (values: V) => Buildable<R>,
  ): Promise<R[]> {
    let shape = this.shapes.get(key);
    if (!shape) {
      const placeholders = values.map((_, i) => new Placeholder(i)) as unknown as V;
      // A query builder ignores the argument; a raw template compiles with the database's dialect.
      const { sql, parameters } = (build(placeholders) as RawBuilder<R>).compile(db);
      const used = new Set(parameters.flatMap((p) => (p instanceof Placeholder ? [p.index] : [])));
      if (used.size !== values.length)
        throw new Error(`query template ${key}: every value must reach the query as a parameter`);
      shape = { sql, parameters };
      this.shapes.set(key, shape);
    }
    const parameters = shape.parameters.map((p) => (p instanceof Placeholder ? values[p.index] : p));
    const result = await db.executeQuery<R>(CompiledQuery.raw(shape.sql, parameters));
    return result.rows as R[];
  }

  /** The first row, or undefined. */
  async first<R, const V extends readonly unknown[]>(
    db: Runner,
    key: string,
    values: V,
    build: (values: V) => Buildable<R>,
  ): Promise<R | undefined> {
    return (await this.rows(db, key, values, build))[0];
  }
}
