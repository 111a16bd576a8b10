// Stores checked comments in batches: each check's fingerprint and verdict, one transaction per
// batch, with the two INSERTs compiled once (Kysely builds and compiles a query per call, which
// cost more than SQLite's own work for these small rows). On SQLite the new row's id is the
// connection's last insert rowid: an INSERT … RETURNING there costs about 3.5 µs more per row
// (SQLite collects the returned rows in a temporary table first), two rows a check. On a SQLite
// file the batches run in a write thread with its own connection (db/sqlite-write-thread.ts), so
// the event loop does not wait for the INSERTs and the COMMIT.
import type { CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Dialect } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { WriteStep, WriteThread } from '../../db/sqlite-write-thread.ts';
import { type FingerprintRecord, fingerprintRow } from '../context/context-repo.ts';
import type { NewVerdict } from './verdict-repo.ts';

/** One checked comment to store (no fingerprint for test requests and re-checks). */
export interface CheckRecord {
  fingerprint: FingerprintRecord | null;
  verdict: Omit<NewVerdict, 'fingerprintId'>;
}

/** Where a check was stored. */
export interface StoredCheck {
  verdictId: number;
  fingerprintId: number | null;
}

type Values = Record<string, unknown>;

const YIELD_EVERY = 20;

/** An INSERT compiled once: its SQL, and its parameters from a row's values. */
interface CompiledInsert {
  sql: string;
  /** The compiled query with `values` bound. */
  query(values: Values): CompiledQuery<{ id: number }>;
  /** The parameters alone, in the SQL's order. */
  params(values: Values): unknown[];
  /** Where `column` is among the parameters. */
  indexOf(column: string): number;
}

/**
 * An INSERT (… RETURNING id where `returning`) compiled once: the columns are bound to sentinel
 * values, whose positions among the compiled parameters tell where each column's value goes.
 */
function compileInsert(
  db: Kysely<Database>,
  table: 'spam_fingerprints' | 'spam_verdicts',
  columns: readonly string[],
  returning: boolean,
): CompiledInsert {
  const sentinels = columns.map((c) => `\u0000${c}`);
  const insert = db
    .insertInto(table)
    .values(Object.fromEntries(columns.map((c, i) => [c, sentinels[i]])) as never);
  const compiled = returning ? insert.returning('id').compile() : insert.compile();
  const order = compiled.parameters.map((p) => {
    const i = sentinels.indexOf(p as string);
    if (i < 0) throw new Error(`unexpected parameter in the compiled insert into ${table}`);
    return columns[i]!;
  });
  const params = (values: Values) => order.map((c) => values[c] ?? null);
  return {
    sql: compiled.sql,
    query: (values) => ({ ...compiled, parameters: params(values) }) as CompiledQuery<{ id: number }>,
    params,
    indexOf: (column) => order.indexOf(column),
  };
}

const FINGERPRINT_COLUMNS = [
  'simhash',
  'ip',
  'network',
  'email',
  'article_key',
  'links',
  'verdict',
  'created_at',
];
const VERDICT_COLUMNS = [
  'guid',
  'comment_id',
  'api_key_id',
  'fingerprint_id',
  'origin',
  'score',
  'verdict',
  'shadow',
  'is_test',
  'reasons',
  'signals',
  'input',
  'content_hash',
  'correction',
  'corrected_at',
  'created_at',
  'upstream',
  'upstream_guid',
];

/** The verdict row of a check, its fingerprint's id aside. */
function verdictRow(v: CheckRecord['verdict'], fingerprintId: number | null): Values {
  return {
    guid: v.guid,
    comment_id: v.commentId,
    api_key_id: v.apiKeyId,
    fingerprint_id: fingerprintId,
    origin: v.origin,
    score: v.score,
    verdict: v.verdict,
    shadow: v.shadow ? 1 : 0,
    is_test: v.isTest ? 1 : 0,
    reasons: v.reasons,
    signals: v.signals,
    input: v.input,
    content_hash: v.contentHash,
    correction: null,
    corrected_at: null,
    created_at: v.createdAt,
    upstream: v.upstream,
    upstream_guid: v.upstreamGuid,
  };
}

/** Kysely storage of checks in batches. */
export class CheckLogRepo {
  private readonly insertFingerprint: CompiledInsert;
  private readonly insertVerdict: CompiledInsert;

  /** SQLite: ids from the last insert rowid instead of RETURNING. */
  private readonly rowid: boolean;

  /**
   * `thread`: a SQLite file's write thread (the batches then run there, in the same SQL); null to
   * write on `db` (PostgreSQL, whose pool already waits without holding the event loop, and
   * SQLite in memory).
   */
  constructor(
    private readonly db: Kysely<Database>,
    dialect: Pick<Dialect, 'name'>,
    private readonly thread: WriteThread | null = null,
  ) {
    this.rowid = dialect.name === 'sqlite';
    this.insertFingerprint = compileInsert(db, 'spam_fingerprints', FINGERPRINT_COLUMNS, !this.rowid);
    this.insertVerdict = compileInsert(db, 'spam_verdicts', VERDICT_COLUMNS, !this.rowid);
  }

  /** The id of the row an insert made. */
  private idOf(result: QueryResult<{ id: number }>): number {
    return Number(this.rowid ? result.insertId : result.rows[0]!.id);
  }

  /** Stores the checks in one transaction; returns their ids in the same order. */
  async write(records: readonly CheckRecord[]): Promise<StoredCheck[]> {
    if (records.length === 0) return [];
    if (this.thread && this.rowid) return this.writeInThread(this.thread, records);
    return this.db.transaction().execute(async (trx) => {
      const out: StoredCheck[] = [];
      for (const r of records) {
        // better-sqlite3 is synchronous: let requests in between every few rows, so a batch
        // never holds the event loop for more than about a millisecond.
        if (out.length > 0 && out.length % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
        let fingerprintId: number | null = null;
        if (r.fingerprint) {
          const f = await trx.executeQuery(this.insertFingerprint.query(fingerprintRow(r.fingerprint)));
          fingerprintId = this.idOf(f);
        }
        const row = await trx.executeQuery(this.insertVerdict.query(verdictRow(r.verdict, fingerprintId)));
        out.push({ verdictId: this.idOf(row), fingerprintId });
      }
      return out;
    });
  }

  /** The same rows in one transaction of the write thread: each verdict takes its fingerprint's rowid. */
  private async writeInThread(thread: WriteThread, records: readonly CheckRecord[]): Promise<StoredCheck[]> {
    const fingerprintParam = this.insertVerdict.indexOf('fingerprint_id');
    const steps: WriteStep[] = [];
    const at: { verdict: number; fingerprint: number | null }[] = [];
    for (const r of records) {
      let fingerprint: number | null = null;
      if (r.fingerprint) {
        fingerprint = steps.length;
        steps.push({
          sql: this.insertFingerprint.sql,
          params: this.insertFingerprint.params(fingerprintRow(r.fingerprint)),
        });
      }
      at.push({ verdict: steps.length, fingerprint });
      steps.push({
        sql: this.insertVerdict.sql,
        params: this.insertVerdict.params(verdictRow(r.verdict, null)),
        ...(fingerprint === null ? {} : { rowids: [[fingerprintParam, fingerprint]] }),
      });
    }
    const ids = await thread.run(steps);
    return at.map((a) => ({
      verdictId: ids[a.verdict]!,
      fingerprintId: a.fingerprint === null ? null : ids[a.fingerprint]!,
    }));
  }
}
