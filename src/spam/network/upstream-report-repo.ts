// The outbox of reports to the upstream service: a moderator's decision is queued here and sent
// by the `spam.upstream-reports` job, so it survives restarts and an upstream that is down.
// Claims lease rows (FOR UPDATE SKIP LOCKED on PostgreSQL): each report is sent once across
// instances; a crashed sender's lease runs out and the report is tried again.
import type { Kysely } from 'kysely';
import { claimRows, type Dialect } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';

/** A report to send. */
export interface UpstreamReport {
  id: number;
  kind: 'submit-spam' | 'submit-ham';
  /** The form fields, URL-encoded, without the key. */
  form: string;
  attempts: number;
}

/** Kysely storage of upstream reports. */
export class UpstreamReportRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Pick<Dialect, 'name'>,
  ) {}

  /** Queues a report to send as soon as possible. */
  async enqueue(r: { verdictId: number | null; kind: UpstreamReport['kind']; form: string }, now: Date) {
    const stamp = now.toISOString();
    await this.db
      .insertInto('spam_upstream_reports')
      .values({
        verdict_id: r.verdictId,
        kind: r.kind,
        form: r.form,
        status: 'pending',
        attempts: 0,
        next_attempt_at: stamp,
        locked_until: null,
        last_error: null,
        created_at: stamp,
        sent_at: null,
      })
      .execute();
  }

  /** Claims up to `limit` due reports for `leaseMs` and counts the attempt. */
  async claimDue(now: Date, limit: number, leaseMs: number): Promise<UpstreamReport[]> {
    const stamp = now.toISOString();
    const due = claimRows(
      this.dialect,
      this.db
        .selectFrom('spam_upstream_reports')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', stamp)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', stamp)]))
        .orderBy('id')
        .limit(limit),
    );
    const rows = await this.db
      .updateTable('spam_upstream_reports')
      .set((eb) => ({
        locked_until: new Date(now.getTime() + leaseMs).toISOString(),
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', 'in', due)
      .where('status', '=', 'pending')
      .returning(['id', 'kind', 'form', 'attempts'])
      .execute();
    return rows
      .map((r) => ({
        id: Number(r.id),
        kind: r.kind === 'submit-ham' ? ('submit-ham' as const) : ('submit-spam' as const),
        form: r.form,
        attempts: Number(r.attempts),
      }))
      .sort((a, b) => a.id - b.id);
  }

  /** Records a sent report; its personal data (the form) is not kept. */
  async markSent(id: number, now: Date): Promise<void> {
    await this.db
      .updateTable('spam_upstream_reports')
      .set({ status: 'sent', form: '', sent_at: now.toISOString(), locked_until: null, last_error: null })
      .where('id', '=', id)
      .execute();
  }

  /** Records a failure: tried again at `retryAt`, or given up (`failed`, form emptied) when null. */
  async markFailed(id: number, error: string, retryAt: Date | null): Promise<void> {
    await this.db
      .updateTable('spam_upstream_reports')
      .set({
        status: retryAt ? 'pending' : 'failed',
        ...(retryAt ? { next_attempt_at: retryAt.toISOString() } : { form: '' }),
        locked_until: null,
        last_error: error.slice(0, 500),
      })
      .where('id', '=', id)
      .execute();
  }

  /** Reports by status (the dashboard). */
  async countByStatus(): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('spam_upstream_reports')
      .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
      .groupBy('status')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }

  /** Deletes sent and failed reports created before `before` (they hold no personal data). */
  async prune(before: Date): Promise<void> {
    await this.db
      .deleteFrom('spam_upstream_reports')
      .where('status', '!=', 'pending')
      .where('created_at', '<', before.toISOString())
      .execute();
  }
}
