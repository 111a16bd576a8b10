// Stores checked comments in batches: each check's fingerprint and verdict, one transaction per
// batch, with the two INSERTs compiled once (Kysely builds and compiles a query per call, which
// cost more than SQLite's own work for these small rows). On SQLite the new row's id is the
// connection's last insert rowid: an INSERT … RETURNING there costs about 3.5 µs more per row
// (SQLite collects the returned rows in a temporary table first), two rows a check.
import type { CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Dialect } from '../db/dialect.ts';
import type { Database } from '../db/schema.ts';
import { type FingerprintRecord, fingerprintRow } from './context-repo.ts';
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

/**
 * An INSERT (… RETURNING id where `returning`) compiled once: the columns are bound to sentinel
 * values, whose positions among the compiled parameters tell where each column's value goes.
 */
function compileInsert(
  db: Kysely<Database>,
  table: 'spam_fingerprints' | 'spam_verdicts',
  columns: readonly string[],
  returning: boolean,
): (values: Values) => CompiledQuery<{ id: number }> {
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
  return (values) =>
    ({ ...compiled, parameters: order.map((c) => values[c] ?? null) }) as CompiledQuery<{ id: number }>;
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

/** Kysely storage of checks in batches. */
export class CheckLogRepo {
  private readonly insertFingerprint;
  private readonly insertVerdict;

  /** SQLite: ids from the last insert rowid instead of RETURNING. */
  private readonly rowid: boolean;

  constructor(
    private readonly db: Kysely<Database>,
    dialect: Pick<Dialect, 'name'>,
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
    return this.db.transaction().execute(async (trx) => {
      const out: StoredCheck[] = [];
      for (const r of records) {
        // better-sqlite3 is synchronous: let requests in between every few rows, so a batch
        // never holds the event loop for more than about a millisecond.
        if (out.length > 0 && out.length % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
        let fingerprintId: number | null = null;
        if (r.fingerprint) {
          const f = await trx.executeQuery(this.insertFingerprint(fingerprintRow(r.fingerprint)));
          fingerprintId = this.idOf(f);
        }
        const v = r.verdict;
        const row = await trx.executeQuery(
          this.insertVerdict({
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
          }),
        );
        out.push({ verdictId: this.idOf(row), fingerprintId });
      }
      return out;
    });
  }
}
