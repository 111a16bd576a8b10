// Storage of the hub's campaign memory: API clients' reports with the features of their campaign.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { fingerprintFromHex, fingerprintToHex } from '../context/minhash.ts';
import type { NetworkReport } from './network-memory.ts';

type Row = Database['spam_network_reports'];

const toReport = (r: Omit<Row, 'id'> & { id: number }): NetworkReport => ({
  id: Number(r.id),
  keyId: Number(r.api_key_id),
  decision: r.decision === 'ham' ? 'ham' : 'spam',
  print: fingerprintFromHex(r.simhash),
  links: r.links === '' ? [] : r.links.split(' '),
  network: r.network,
  author: r.author,
  createdAt: Date.parse(r.created_at),
});

/** Kysely storage of network reports. */
export class NetworkReportRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stores a report; returns it with its id. */
  async add(r: Omit<NetworkReport, 'id'> & { verdictId: number | null }): Promise<NetworkReport> {
    const row = await this.db
      .insertInto('spam_network_reports')
      .values({
        api_key_id: r.keyId,
        verdict_id: r.verdictId,
        decision: r.decision,
        simhash: fingerprintToHex(r.print),
        links: r.links.join(' '),
        network: r.network,
        author: r.author,
        created_at: new Date(r.createdAt).toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...r, id: Number(row.id) };
  }

  /**
   * Reports created at or after `since` (ISO) or with an id above `afterId`, in id order, from
   * the first id above `cursor` (a page).
   */
  async since(since: string, afterId: number, cursor: number, limit: number): Promise<NetworkReport[]> {
    const rows = await this.db
      .selectFrom('spam_network_reports')
      .selectAll()
      .where('id', '>', cursor)
      .where((eb) => eb.or([eb('created_at', '>=', since), eb('id', '>', afterId)]))
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toReport);
  }

  /** Deletes reports older than `before` (ISO). */
  async prune(before: string): Promise<void> {
    await this.db.deleteFrom('spam_network_reports').where('created_at', '<', before).execute();
  }
}
