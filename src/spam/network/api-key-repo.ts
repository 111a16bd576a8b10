// Akismet-compatible API keys: only the SHA-256 of each key is stored; usage is counted per month.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { WriteThread } from '../../db/sqlite-write-thread.ts';

/** One API key as the admin and the API see it (never the key itself). */
export interface ApiKeyRecord {
  id: number;
  keyPrefix: string;
  label: string;
  siteUrl: string | null;
  /** Requests per minute. */
  rateLimit: number;
  createdAt: string;
  revokedAt: string | null;
  /** A hub counts a trusted client's spam reports alone (docs/spam.md, "The hub"). */
  trusted: boolean;
}

/** A key with its usage: this month and every month. */
export interface ApiKeyWithUsage extends ApiKeyRecord {
  callsThisMonth: number;
  callsTotal: number;
}

type Row = Database['spam_api_keys'];

const toRecord = (r: {
  id: number;
  key_prefix: string;
  label: string;
  site_url: string | null;
  rate_limit: number;
  created_at: string;
  revoked_at: string | null;
  trusted: number;
}): ApiKeyRecord => ({
  id: Number(r.id),
  keyPrefix: r.key_prefix,
  label: r.label,
  siteUrl: r.site_url,
  rateLimit: Number(r.rate_limit),
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
  trusted: Number(r.trusted) === 1,
});

const COLUMNS = [
  'id',
  'key_prefix',
  'label',
  'site_url',
  'rate_limit',
  'created_at',
  'revoked_at',
  'trusted',
] as const;

/** Kysely storage of API keys and their usage. */
export class ApiKeyRepo {
  /**
   * `thread`: a SQLite file's write thread, which then adds the usage (the Akismet API's counts,
   * written every 2 s): on the main connection the upsert waited for the write lock whenever the
   * thread was writing a batch of checks, and SQLite's busy handler sleeps with the event loop held.
   */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly thread: WriteThread | null = null,
  ) {}

  /** Stores a new key (by hash); returns its record. */
  async create(
    key: Omit<Row, 'id' | 'revoked_at' | 'trusted'> & { trusted?: boolean },
  ): Promise<ApiKeyRecord> {
    const row = await this.db
      .insertInto('spam_api_keys')
      .values({ ...key, trusted: key.trusted ? 1 : 0, revoked_at: null })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    return toRecord(row);
  }

  /** The active (not revoked) key with this hash, or null. */
  async findActiveByHash(keyHash: string): Promise<ApiKeyRecord | null> {
    const row = await this.db
      .selectFrom('spam_api_keys')
      .select(COLUMNS)
      .where('key_hash', '=', keyHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row ? toRecord(row) : null;
  }

  /** Every key, newest first, with usage for `month` (`YYYY-MM`) and in total. */
  async list(month: string): Promise<ApiKeyWithUsage[]> {
    const rows = await this.db
      .selectFrom('spam_api_keys as k')
      .select(COLUMNS.map((c) => `k.${c}` as const))
      .select((eb) => [
        eb
          .selectFrom('spam_api_usage as u')
          .whereRef('u.key_id', '=', 'k.id')
          .where('u.month', '=', month)
          .select('u.calls')
          .as('this_month'),
        eb
          .selectFrom('spam_api_usage as u')
          .whereRef('u.key_id', '=', 'k.id')
          .select((e) => e.fn.sum<number>('u.calls').as('s'))
          .as('total'),
      ])
      .orderBy('k.id', 'desc')
      .execute();
    return rows.map((r) => ({
      ...toRecord(r),
      callsThisMonth: Number(r.this_month ?? 0),
      callsTotal: Number(r.total ?? 0),
    }));
  }

  /** Revokes a key; false when there was no active key with this id. */
  async revoke(id: number, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('spam_api_keys')
      .set({ revoked_at: now.toISOString() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Keys whose reports a hub treats apart: the trusted ones and the revoked ones (ids). */
  async reportFlags(): Promise<{ trusted: number[]; revoked: number[] }> {
    const rows = await this.db
      .selectFrom('spam_api_keys')
      .select(['id', 'trusted', 'revoked_at'])
      .where((eb) => eb.or([eb('trusted', '=', 1), eb('revoked_at', 'is not', null)]))
      .execute();
    return {
      trusted: rows.filter((r) => Number(r.trusted) === 1 && r.revoked_at === null).map((r) => Number(r.id)),
      revoked: rows.filter((r) => r.revoked_at !== null).map((r) => Number(r.id)),
    };
  }

  /** Adds `calls` to a key's usage for `month`. */
  async addUsage(keyId: number, month: string, calls: number): Promise<void> {
    const upsert = this.db
      .insertInto('spam_api_usage')
      .values({ key_id: keyId, month, calls })
      .onConflict((oc) =>
        oc.columns(['key_id', 'month']).doUpdateSet({ calls: sql`spam_api_usage.calls + ${calls}` }),
      );
    if (!this.thread) {
      await upsert.execute();
      return;
    }
    const { sql: text, parameters } = upsert.compile();
    await this.thread.run([{ sql: text, params: [...parameters] }]);
  }

  /** A key's calls in `month`. */
  async usage(keyId: number, month: string): Promise<number> {
    const row = await this.db
      .selectFrom('spam_api_usage')
      .select('calls')
      .where('key_id', '=', keyId)
      .where('month', '=', month)
      .executeTakeFirst();
    return Number(row?.calls ?? 0);
  }
}
