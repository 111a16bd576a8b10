// Storage of recent-activity evidence: fingerprints of recent comments (near-duplicates, bursts,
// the same link on several articles, author history) and link domains seen in spam. Scoring reads
// them from memory (context-memory.ts); these queries load that memory and keep it current.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** One recent comment's fingerprint. */
export interface FingerprintRecord {
  simhash: string;
  ip: string | null;
  network: string | null;
  email: string | null;
  articleKey: string | null;
  /** Link domains in the comment. */
  links: string[];
  verdict: string;
  createdAt: string;
}

/** A stored fingerprint. */
export interface StoredFingerprint extends FingerprintRecord {
  id: number;
}

const COLUMNS = [
  'id',
  'simhash',
  'ip',
  'network',
  'email',
  'article_key',
  'links',
  'verdict',
  'created_at',
] as const;

type Row = Database['spam_fingerprints'];

const toStored = (r: Omit<Row, 'id'> & { id: number }): StoredFingerprint => ({
  id: Number(r.id),
  simhash: r.simhash,
  ip: r.ip,
  network: r.network,
  email: r.email,
  articleKey: r.article_key,
  links: r.links.trim() === '' ? [] : r.links.trim().split(' '),
  verdict: r.verdict,
  createdAt: r.created_at,
});

/** The column values of a fingerprint row (links space separated with a space at both ends). */
export const fingerprintRow = (f: FingerprintRecord): Omit<Row, 'id'> => ({
  simhash: f.simhash,
  ip: f.ip,
  network: f.network,
  email: f.email,
  article_key: f.articleKey,
  links: f.links.length ? ` ${f.links.join(' ')} ` : '',
  verdict: f.verdict,
  created_at: f.createdAt,
});

/** Kysely storage of fingerprints and spam domains. */
export class SpamContextRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Sets the outcome of a fingerprinted comment once a moderator decided ('ham' or 'spam'). */
  async setFingerprintVerdict(id: number, verdict: 'ham' | 'spam'): Promise<void> {
    await this.db.updateTable('spam_fingerprints').set({ verdict }).where('id', '=', id).execute();
  }

  /** The highest fingerprint id (0 when there is none). */
  async maxId(): Promise<number> {
    const row = await this.db
      .selectFrom('spam_fingerprints')
      .select((eb) => eb.fn.max('id').as('m'))
      .executeTakeFirst();
    return Number(row?.m ?? 0);
  }

  /** The `limit` newest fingerprints (by id), and every one since `since` up to `burstLimit`. */
  async loadRecent(limit: number, since: string, burstLimit: number): Promise<StoredFingerprint[]> {
    const [newest, window] = await Promise.all([
      this.db.selectFrom('spam_fingerprints').select(COLUMNS).orderBy('id', 'desc').limit(limit).execute(),
      this.db
        .selectFrom('spam_fingerprints')
        .select(COLUMNS)
        .where('created_at', '>=', since)
        .orderBy('id', 'desc')
        .limit(burstLimit)
        .execute(),
    ]);
    const byId = new Map<number, StoredFingerprint>();
    for (const r of [...newest, ...window]) byId.set(Number(r.id), toStored(r));
    return [...byId.values()].sort((a, b) => a.id - b.id);
  }

  /** The `limit` newest moderated fingerprints (verdict 'ham' or 'spam'), oldest first. */
  async loadDecided(limit: number): Promise<StoredFingerprint[]> {
    const rows = await this.db
      .selectFrom('spam_fingerprints')
      .select(COLUMNS)
      // Literal values, as in the partial index spam_fingerprints_decided (migration 008).
      .where(sql<boolean>`verdict in ('ham', 'spam')`)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toStored).reverse();
  }

  /** Fingerprints with an id above `id`, in id order. */
  async after(id: number, limit: number): Promise<StoredFingerprint[]> {
    const rows = await this.db
      .selectFrom('spam_fingerprints')
      .select(COLUMNS)
      .where('id', '>', id)
      .orderBy('id', 'asc')
      .limit(limit)
      .execute();
    return rows.map(toStored);
  }

  /** The fingerprints with these ids (those that exist). */
  async byIds(ids: number[]): Promise<StoredFingerprint[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('spam_fingerprints')
      .select(COLUMNS)
      .where('id', 'in', ids)
      .execute();
    return rows.map(toStored);
  }

  /** The `limit` domains most recently seen in spam. */
  async loadSpamDomains(limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('spam_domains')
      .select('domain')
      .orderBy('last_seen', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => r.domain);
  }

  /** Remembers domains linked from a comment marked spam. */
  async addSpamDomains(domains: string[], now: Date): Promise<void> {
    const stamp = now.toISOString();
    for (const domain of new Set(domains))
      await this.db
        .insertInto('spam_domains')
        .values({ domain, spam_count: 1, last_seen: stamp })
        .onConflict((oc) =>
          oc.column('domain').doUpdateSet((eb) => ({
            spam_count: eb('spam_domains.spam_count', '+', 1),
            last_seen: stamp,
          })),
        )
        .execute();
  }

  /**
   * Deletes the fingerprints past their use: every one created before `before`, and those no
   * moderator decided (only compared with in the recent window) created before `undecidedBefore`.
   */
  async pruneFingerprints(p: { before: string; undecidedBefore: string }): Promise<number> {
    const r = await this.db
      .deleteFrom('spam_fingerprints')
      .where((eb) =>
        eb.or([
          eb('created_at', '<', p.before),
          eb.and([eb('created_at', '<', p.undecidedBefore), eb('verdict', 'not in', ['ham', 'spam'])]),
        ]),
      )
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}
