// Recent-activity evidence for scoring: fingerprints of recent comments (near-duplicates, bursts,
// the same link on several articles, author history) and link domains seen in spam.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

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

/** What the context lookup needs to know about the comment being scored. */
export interface ContextQuery {
  ip: string | null;
  network: string | null;
  email: string | null;
  articleKey: string | null;
  links: string[];
  /** Comments since this instant count as a burst. */
  burstSince: string;
  /** Fingerprints since this instant are compared for near-duplicates and shared links. */
  recentSince: string;
  /** At most this many recent fingerprints are compared. */
  recentLimit: number;
}

/** Raw counts; the caller turns them into ContextEvidence. */
export interface ContextCounts {
  recentFromIp: number;
  recentFromNetwork: number;
  approvedByEmail: number;
  spamByEmail: number;
  approvedByIp: number;
  spamByIp: number;
  recent: { simhash: string; verdict: string; articleKey: string | null; links: string }[];
}

const count = (row: { n: number | string | bigint } | undefined): number => Number(row?.n ?? 0);

/** Kysely storage of fingerprints and spam domains. */
export class SpamContextRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Remembers one comment's fingerprint; returns its id. */
  async addFingerprint(f: FingerprintRecord): Promise<number> {
    const row = await this.db
      .insertInto('spam_fingerprints')
      .values({
        simhash: f.simhash,
        ip: f.ip,
        network: f.network,
        email: f.email,
        article_key: f.articleKey,
        links: f.links.length ? ` ${f.links.join(' ')} ` : '',
        verdict: f.verdict,
        created_at: f.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  }

  /** Sets the outcome of a fingerprinted comment once a moderator decided ('ham' or 'spam'). */
  async setFingerprintVerdict(id: number, verdict: 'ham' | 'spam'): Promise<void> {
    await this.db.updateTable('spam_fingerprints').set({ verdict }).where('id', '=', id).execute();
  }

  /** Counts and recent fingerprints for one comment. */
  async lookup(q: ContextQuery): Promise<ContextCounts> {
    const db = this.db;
    const burst = (column: 'ip' | 'network', value: string | null) =>
      value === null
        ? Promise.resolve(0)
        : db
            .selectFrom('spam_fingerprints')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where(column, '=', value)
            .where('created_at', '>=', q.burstSince)
            .executeTakeFirst()
            .then(count);
    const history = (column: 'ip' | 'email', value: string | null, verdict: string) =>
      value === null || value === ''
        ? Promise.resolve(0)
        : db
            .selectFrom('spam_fingerprints')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where(column, '=', value)
            .where('verdict', '=', verdict)
            .executeTakeFirst()
            .then(count);
    const [recentFromIp, recentFromNetwork, approvedByEmail, spamByEmail, approvedByIp, spamByIp, recent] =
      await Promise.all([
        burst('ip', q.ip),
        burst('network', q.network),
        history('email', q.email, 'ham'),
        history('email', q.email, 'spam'),
        history('ip', q.ip, 'ham'),
        history('ip', q.ip, 'spam'),
        // Newest first by primary key, the window applied afterwards: filtering on created_at in
        // SQL made SQLite walk the created_at index and sort (2 ms instead of 0.2 ms).
        db
          .selectFrom('spam_fingerprints')
          .select(['simhash', 'verdict', 'article_key as articleKey', 'links', 'created_at'])
          .orderBy('id', 'desc')
          .limit(q.recentLimit)
          .execute()
          .then((rows) => rows.filter((r) => r.created_at >= q.recentSince)),
      ]);
    return { recentFromIp, recentFromNetwork, approvedByEmail, spamByEmail, approvedByIp, spamByIp, recent };
  }

  /** Which of these domains were seen in spam. */
  async spamDomains(domains: string[]): Promise<Set<string>> {
    if (domains.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('spam_domains')
      .select('domain')
      .where('domain', 'in', domains)
      .execute();
    return new Set(rows.map((r) => r.domain));
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

  /** Forgets fingerprints older than `before` (they hold IPs: kept only for the retention). */
  async pruneFingerprints(before: string): Promise<number> {
    const r = await this.db
      .deleteFrom('spam_fingerprints')
      .where('created_at', '<', before)
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}
