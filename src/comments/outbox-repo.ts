// The mail outbox: messages are written in the same breath as the change that causes them and
// sent later by a background job, so posting a comment never waits for (or fails on) SMTP.
// Claims use claimRows, so several instances on one PostgreSQL send each message once.
import type { Kysely } from 'kysely';
import { claimRows, type Dialect } from '../db/dialect.ts';
import type { Database } from '../db/schema.ts';
import type { OutgoingMail } from './notifications.ts';

/** A claimed message, ready to hand to the transport. */
export interface OutboxMessage extends OutgoingMail {
  id: number;
  attempts: number;
}

/** A row as the admin lists it. */
export interface OutboxEntry {
  id: number;
  kind: string;
  to: string;
  subject: string;
  status: string;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** Kysely implementation of the outbox. */
export class OutboxRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Pick<Dialect, 'name'>,
  ) {}

  /** Queues messages to send as soon as possible. */
  async enqueue(messages: OutgoingMail[], now: Date): Promise<void> {
    if (messages.length === 0) return;
    const stamp = now.toISOString();
    await this.db
      .insertInto('mail_outbox')
      .values(
        messages.map((m) => ({
          kind: m.kind,
          to_address: m.to,
          to_name: m.toName,
          subject: m.subject,
          text_body: m.text,
          headers: JSON.stringify(m.headers),
          status: 'pending',
          attempts: 0,
          next_attempt_at: stamp,
          locked_until: null,
          created_at: stamp,
          comment_id: m.commentId ?? null,
        })),
      )
      .execute();
  }

  /**
   * Claims up to `limit` due messages for `leaseMs` (others skip them meanwhile) and counts the
   * attempt. A crashed sender's lease runs out and the message is tried again.
   */
  async claimDue(now: Date, limit: number, leaseMs: number): Promise<OutboxMessage[]> {
    const stamp = now.toISOString();
    const due = claimRows(
      this.dialect,
      this.db
        .selectFrom('mail_outbox')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', stamp)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', stamp)]))
        .orderBy('id')
        .limit(limit),
    );
    const rows = await this.db
      .updateTable('mail_outbox')
      .set((eb) => ({
        locked_until: new Date(now.getTime() + leaseMs).toISOString(),
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', 'in', due)
      // Re-checked here: on SQLite the subquery and update are one statement anyway.
      .where('status', '=', 'pending')
      .returningAll()
      .execute();
    return rows
      .sort((a, b) => a.id - b.id)
      .map((r) => {
        let headers: Record<string, string> = {};
        try {
          headers = JSON.parse(r.headers) as Record<string, string>;
        } catch {
          // send without extra headers
        }
        return {
          id: r.id,
          kind: r.kind,
          to: r.to_address,
          toName: r.to_name,
          subject: r.subject,
          text: r.text_body,
          headers,
          attempts: r.attempts,
        };
      });
  }

  /**
   * Withdraws the mail of `kinds` about comment `commentId` queued since `since` that no sender
   * has claimed (an approval undone within moments). Returns how many of those messages could
   * not be withdrawn because they were sent, given up or are being sent.
   */
  async withdrawUnsent(
    commentId: number,
    kinds: readonly string[],
    since: string,
    now: Date,
  ): Promise<{ kept: number }> {
    const stamp = now.toISOString();
    await this.db
      .deleteFrom('mail_outbox')
      .where('comment_id', '=', commentId)
      .where('kind', 'in', kinds)
      .where('created_at', '>=', since)
      .where('status', '=', 'pending')
      .where('attempts', '=', 0)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', stamp)]))
      .execute();
    const left = await this.db
      .selectFrom('mail_outbox')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('comment_id', '=', commentId)
      .where('kind', 'in', kinds)
      .where('created_at', '>=', since)
      .executeTakeFirst();
    return { kept: Number(left?.n ?? 0) };
  }

  /** Records a successful send. */
  async markSent(id: number, now: Date): Promise<void> {
    await this.db
      .updateTable('mail_outbox')
      .set({ status: 'sent', sent_at: now.toISOString(), locked_until: null, last_error: null })
      .where('id', '=', id)
      .execute();
  }

  /** Records a failure: retried at `retryAt`, or given up (`failed`) when null. */
  async markFailed(id: number, error: string, retryAt: Date | null): Promise<void> {
    await this.db
      .updateTable('mail_outbox')
      .set({
        status: retryAt ? 'pending' : 'failed',
        next_attempt_at: retryAt ? retryAt.toISOString() : undefined,
        locked_until: null,
        last_error: error.slice(0, 500),
      })
      .where('id', '=', id)
      .execute();
  }

  /** The newest messages, for the admin. */
  async list(limit: number, status?: string): Promise<OutboxEntry[]> {
    let q = this.db.selectFrom('mail_outbox').selectAll();
    if (status) q = q.where('status', '=', status);
    const rows = await q.orderBy('id', 'desc').limit(limit).execute();
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      to: r.to_address,
      subject: r.subject,
      status: r.status,
      attempts: r.attempts,
      nextAttemptAt: r.next_attempt_at,
      lastError: r.last_error,
      createdAt: r.created_at,
      sentAt: r.sent_at,
    }));
  }

  /** Messages by status. */
  async countByStatus(): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('mail_outbox')
      .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
      .groupBy('status')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }
}
