// Storage side of commenters' privacy: finding and anonymising one email's comments, erasing
// IPs and user agents after the retention period, and the confirmation requests.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Comment } from './comment.ts';
import { toComment } from './comment-repo.ts';
import { anonymisedFields, type PrivacyRequestKind } from './privacy.ts';

/** A confirmed-or-not privacy request. */
export interface PrivacyRequest {
  id: number;
  email: string;
  kind: PrivacyRequestKind;
  removeText: boolean;
  expiresAt: string;
  completedAt: string | null;
}

/** Kysely implementation of privacy storage. */
export class PrivacyRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every comment stored under this email, oldest first. */
  async commentsByEmail(email: string): Promise<Comment[]> {
    const rows = await this.db
      .selectFrom('comments')
      .selectAll()
      .where('author_email', '=', email)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toComment);
  }

  /** Reply subscriptions of this email. */
  async subscriptionsByEmail(
    email: string,
  ): Promise<Array<{ commentId: number; confirmed: boolean; unsubscribed: boolean; createdAt: string }>> {
    const rows = await this.db
      .selectFrom('comment_subscriptions')
      .selectAll()
      .where('email', '=', email)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      commentId: r.comment_id,
      confirmed: r.confirmed_at !== null,
      unsubscribed: r.unsubscribed_at !== null,
      createdAt: r.created_at,
    }));
  }

  /** Anonymises every comment of this email and drops its subscriptions; returns the ids. */
  async anonymiseEmail(email: string, options: { removeText: boolean }, now: Date): Promise<number[]> {
    return this.db.transaction().execute(async (trx) => {
      const rows = await trx.selectFrom('comments').select('id').where('author_email', '=', email).execute();
      for (const { id } of rows) {
        const f = anonymisedFields(id, options);
        await trx
          .updateTable('comments')
          .set({
            author_name: f.authorName,
            author_email: f.authorEmail,
            author_url: f.authorUrl,
            ip: f.ip,
            user_agent: f.userAgent,
            dedupe_key: null,
            updated_at: now.toISOString(),
            ...(f.content !== undefined ? { content: f.content } : {}),
          })
          .where('id', '=', id)
          .execute();
      }
      await trx.deleteFrom('comment_subscriptions').where('email', '=', email).execute();
      return rows.map((r) => r.id);
    });
  }

  /** Erases IP and user agent of comments created before `before`; returns how many. */
  async purgeNetworkData(before: Date): Promise<number> {
    const result = await this.db
      .updateTable('comments')
      .set({ ip: null, user_agent: null })
      .where('created_at', '<', before.toISOString())
      .where((eb) => eb.or([eb('ip', 'is not', null), eb('user_agent', 'is not', null)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Stores a request awaiting email confirmation. */
  async createRequest(
    r: { email: string; kind: PrivacyRequestKind; removeText: boolean; tokenHash: string; expiresAt: Date },
    now: Date,
  ): Promise<void> {
    await this.db
      .insertInto('privacy_requests')
      .values({
        email: r.email,
        kind: r.kind,
        remove_text: r.removeText ? 1 : 0,
        token_hash: r.tokenHash,
        created_at: now.toISOString(),
        expires_at: r.expiresAt.toISOString(),
        completed_at: null,
      })
      .execute();
  }

  /** The request with this token hash, or null. */
  async findRequest(tokenHash: string): Promise<PrivacyRequest | null> {
    const r = await this.db
      .selectFrom('privacy_requests')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return r
      ? {
          id: r.id,
          email: r.email,
          kind: r.kind as PrivacyRequestKind,
          removeText: r.remove_text === 1,
          expiresAt: r.expires_at,
          completedAt: r.completed_at,
        }
      : null;
  }

  /** Marks a request done (once: false when it already was). */
  async completeRequest(id: number, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('privacy_requests')
      .set({ completed_at: now.toISOString() })
      .where('id', '=', id)
      .where('completed_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Forgets requests that expired before `before` (they hold an email address). */
  async deleteExpiredRequests(before: Date): Promise<void> {
    await this.db.deleteFrom('privacy_requests').where('expires_at', '<', before.toISOString()).execute();
  }
}
