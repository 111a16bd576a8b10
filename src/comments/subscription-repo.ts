// Reply subscriptions with double opt-in: created unconfirmed with a token (only its hash is
// stored), confirmed through the emailed link, deleted by the one-click unsubscribe link (or by
// the retention purge when never confirmed).
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/schema.ts';

/** A subscription as the rules see it. */
export interface Subscription {
  id: number;
  commentId: number;
  email: string;
  confirmedAt: string | null;
  unsubscribedAt: string | null;
}

const toSubscription = (r: Selectable<Database['comment_subscriptions']>): Subscription => ({
  id: r.id,
  commentId: r.comment_id,
  email: r.email,
  confirmedAt: r.confirmed_at,
  unsubscribedAt: r.unsubscribed_at,
});

/** Kysely implementation of subscription storage. */
export class SubscriptionRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Records a request to hear about replies to `commentId`. */
  async create(commentId: number, email: string, tokenHash: string, now: Date): Promise<void> {
    await this.db
      .insertInto('comment_subscriptions')
      .values({
        comment_id: commentId,
        email,
        token_hash: tokenHash,
        created_at: now.toISOString(),
        confirmed_at: null,
        unsubscribed_at: null,
      })
      .execute();
  }

  /** The subscription with this token hash, or null. */
  async findByToken(tokenHash: string): Promise<Subscription | null> {
    const r = await this.db
      .selectFrom('comment_subscriptions')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return r ? toSubscription(r) : null;
  }

  /** The subscription with this id, or null. */
  async findById(id: number): Promise<Subscription | null> {
    const r = await this.db
      .selectFrom('comment_subscriptions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toSubscription(r) : null;
  }

  /** Confirms (idempotent: false when it already was confirmed or has ended). */
  async confirm(id: number, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('comment_subscriptions')
      .set({ confirmed_at: now.toISOString() })
      .where('id', '=', id)
      .where('confirmed_at', 'is', null)
      .where('unsubscribed_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * Ends a subscription by deleting it: nothing is kept of an address that asked for no more
   * mail (idempotent: false when it had already ended).
   */
  async unsubscribe(id: number): Promise<boolean> {
    const result = await this.db.deleteFrom('comment_subscriptions').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /** Confirmed, active subscriptions to replies of `commentId`. */
  async activeFor(commentId: number): Promise<Array<{ id: number; email: string; tokenHash: string }>> {
    const rows = await this.db
      .selectFrom('comment_subscriptions')
      .select(['id', 'email', 'token_hash'])
      .where('comment_id', '=', commentId)
      .where('confirmed_at', 'is not', null)
      .where('unsubscribed_at', 'is', null)
      .execute();
    return rows.map((r) => ({ id: r.id, email: r.email, tokenHash: r.token_hash }));
  }
}
