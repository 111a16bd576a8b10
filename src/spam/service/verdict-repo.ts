// Storage of the site model (a delta over the built-in one), the per-source learning counters,
// the verdicts with their reasons, and the daily count of discarded comments.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { UpstreamOutcome } from '../network/upstream.ts';

/** A verdict as stored. */
export interface StoredVerdict {
  id: number;
  guid: string;
  commentId: number | null;
  apiKeyId: number | null;
  fingerprintId: number | null;
  origin: 'form' | 'api';
  score: number;
  verdict: string;
  shadow: boolean;
  isTest: boolean;
  /** JSON text of the reasons. */
  reasons: string;
  /** JSON text of the CommentInput that was scored. */
  input: string;
  correction: string | null;
  createdAt: string;
  /** What the upstream service answered (null: none configured, or a forced outcome). */
  upstream: UpstreamOutcome | null;
  /** The upstream's guid for this check, which its later report quotes. */
  upstreamGuid: string | null;
}

/** What storing a check writes to spam_verdicts (see check-log-repo.ts). */
export type NewVerdict = Omit<StoredVerdict, 'id' | 'correction'> & { signals: string; contentHash: string };

type VerdictRow = Database['spam_verdicts'];

const COLUMNS = [
  'id',
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
  'input',
  'correction',
  'created_at',
  'upstream',
  'upstream_guid',
] as const;

const toVerdict = (
  r: Pick<VerdictRow, Exclude<(typeof COLUMNS)[number], 'id'>> & { id: number },
): StoredVerdict => ({
  id: Number(r.id),
  guid: r.guid,
  commentId: r.comment_id === null ? null : Number(r.comment_id),
  apiKeyId: r.api_key_id === null ? null : Number(r.api_key_id),
  fingerprintId: r.fingerprint_id === null ? null : Number(r.fingerprint_id),
  origin: r.origin === 'api' ? 'api' : 'form',
  score: Number(r.score),
  verdict: r.verdict,
  shadow: Number(r.shadow) === 1,
  isTest: Number(r.is_test) === 1,
  reasons: r.reasons,
  input: r.input,
  correction: r.correction,
  createdAt: r.created_at,
  upstream: (r.upstream as UpstreamOutcome | null) ?? null,
  upstreamGuid: r.upstream_guid ?? null,
});

/** Kysely storage of the model, learning counters and verdicts. */
export class VerdictRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** The stored site model delta and its version, or null on a fresh site. */
  async loadModel(): Promise<{ version: number; delta: string } | null> {
    const row = await this.db
      .selectFrom('spam_model')
      .select(['version', 'delta'])
      .where('id', '=', 1)
      .executeTakeFirst();
    return row ? { version: Number(row.version), delta: row.delta } : null;
  }

  /** Stores a new delta; returns the new version. */
  async saveModel(delta: string, now: Date): Promise<number> {
    const stamp = now.toISOString();
    const row = await this.db
      .insertInto('spam_model')
      .values({ id: 1, version: 1, delta, updated_at: stamp })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({ version: sql`spam_model.version + 1`, delta, updated_at: stamp }),
      )
      .returning('version')
      .executeTakeFirstOrThrow();
    return Number(row.version);
  }

  /** The most updates any of these sources (IP, network) already contributed. */
  async sourceUpdates(keys: string[]): Promise<number> {
    if (keys.length === 0) return 0;
    const rows = await this.db
      .selectFrom('spam_sources')
      .select('updates')
      .where('source_key', 'in', keys)
      .execute();
    return rows.reduce((max, r) => Math.max(max, Number(r.updates)), 0);
  }

  /** Counts one more update for each source. */
  async countSourceUpdate(keys: string[], now: Date): Promise<void> {
    const stamp = now.toISOString();
    for (const key of keys)
      await this.db
        .insertInto('spam_sources')
        .values({ source_key: key, updates: 1, updated_at: stamp })
        .onConflict((oc) =>
          oc.column('source_key').doUpdateSet({ updates: sql`spam_sources.updates + 1`, updated_at: stamp }),
        )
        .execute();
  }

  /**
   * The scored inputs (JSON) of the `limit` newest checks judged ham and not corrected to spam,
   * test requests excepted: the site's everyday text, which learning measures rarity against.
   */
  async recentHamInputs(limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('spam_verdicts')
      .select('input')
      .where('verdict', '=', 'ham')
      .where('is_test', '=', 0)
      .where((eb) => eb.or([eb('correction', 'is', null), eb('correction', '=', 'ham')]))
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => r.input);
  }

  /** The verdict with this guid (optionally only one checked with this key). */
  async findByGuid(guid: string, apiKeyId?: number): Promise<StoredVerdict | null> {
    let q = this.db.selectFrom('spam_verdicts').select(COLUMNS).where('guid', '=', guid);
    if (apiKeyId !== undefined) q = q.where('api_key_id', '=', apiKeyId);
    const row = await q.executeTakeFirst();
    return row ? toVerdict(row) : null;
  }

  /** The latest verdict of a text with this hash (the Akismet join by content). */
  async findLatestByContent(contentHash: string, apiKeyId: number): Promise<StoredVerdict | null> {
    const row = await this.db
      .selectFrom('spam_verdicts')
      .select(COLUMNS)
      .where('content_hash', '=', contentHash)
      .where('api_key_id', '=', apiKeyId)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? toVerdict(row) : null;
  }

  /** The latest verdict of each of these comments. */
  async findByComments(commentIds: number[]): Promise<Map<number, StoredVerdict>> {
    const out = new Map<number, StoredVerdict>();
    if (commentIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('spam_verdicts')
      .select(COLUMNS)
      .where('comment_id', 'in', commentIds)
      .orderBy('id', 'asc')
      .execute();
    for (const r of rows) out.set(Number(r.comment_id), toVerdict(r));
    return out;
  }

  /** Records what a moderator or client said about a verdict. */
  async setCorrection(id: number, correction: 'spam' | 'ham', now: Date): Promise<void> {
    await this.db
      .updateTable('spam_verdicts')
      .set({ correction, corrected_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
  }

  /** Forgets what a moderator said about a verdict (their decision was undone). */
  async clearCorrection(id: number): Promise<void> {
    await this.db
      .updateTable('spam_verdicts')
      .set({ correction: null, corrected_at: null })
      .where('id', '=', id)
      .execute();
  }

  /** Counts one discarded comment on `day` (`YYYY-MM-DD`). */
  async countDiscard(day: string): Promise<void> {
    await this.db
      .insertInto('spam_discards')
      .values({ day, count: 1 })
      .onConflict((oc) => oc.column('day').doUpdateSet({ count: sql`spam_discards.count + 1` }))
      .execute();
  }
}
