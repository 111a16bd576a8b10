// Storage side of commenters' privacy: finding and anonymising one email's comments, erasing
// IPs and user agents after the retention period, and the confirmation requests.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Comment } from './comment.ts';
import { toComment } from './comment-rows.ts';
import {
  apiVerdictIdsOf,
  eraseMailCopies,
  eraseRequests,
  eraseSpamCopies,
  purgeMailNetworkData,
  purgeUnconfirmedSubscriptions,
} from './erasure-repo.ts';
import {
  anonymisedFields,
  personalReasons,
  type PrivacyRequestKind,
  type SpamCheckRecord,
  scoredInputWithoutNetworkData,
} from './privacy.ts';

const BATCH = 500;

/** Parses a stored JSON object, or null when the row holds something else. */
const parseObject = (json: string): Record<string, unknown> | null => {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
};

/** What an erasure changed. */
export interface ErasedData {
  commentIds: number[];
  /** Spam fingerprints that lost the person (every instance re-reads them). */
  fingerprintIds: number[];
}

/** A confirmed-or-not privacy request. */
export interface PrivacyRequest {
  id: number;
  email: string;
  kind: PrivacyRequestKind;
  removeText: boolean;
  expiresAt: string;
  completedAt: string | null;
}

/**
 * Kysely implementation of privacy storage. The spam defense keeps copies of a comment's personal
 * data (the scored input of its verdict, the fingerprint with IP and email): retention and
 * erasure reach those rows too.
 */
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

  /** The spam filter's verdicts on these comments, by comment id. */
  async spamChecksOf(commentIds: number[]): Promise<Map<number, SpamCheckRecord>> {
    const out = new Map<number, SpamCheckRecord>();
    for (let i = 0; i < commentIds.length; i += BATCH) {
      const rows = await this.db
        .selectFrom('spam_verdicts')
        .select(['comment_id', 'verdict', 'score', 'reasons', 'correction', 'created_at'])
        .where('comment_id', 'in', commentIds.slice(i, i + BATCH))
        .orderBy('id')
        .execute();
      for (const r of rows) {
        if (r.comment_id === null) continue;
        let reasons: unknown = r.reasons;
        try {
          reasons = JSON.parse(r.reasons);
        } catch {
          // Kept as the stored text.
        }
        out.set(r.comment_id, {
          verdict: r.verdict,
          score: Number(r.score),
          ...personalReasons(reasons),
          correction: r.correction,
          checkedAt: r.created_at,
        });
      }
    }
    return out;
  }

  /**
   * Anonymises every comment of this email and erases every copy of the person: subscriptions,
   * the spam filter's copies, mail to them or quoting them, their privacy requests (see
   * erasure-repo.ts). One transaction; returns the comments and the spam fingerprints changed.
   */
  async anonymiseEmail(email: string, options: { removeText: boolean }, now: Date): Promise<ErasedData> {
    const apiVerdictIds = await apiVerdictIdsOf(this.db, email);
    return this.db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('comments')
        .select(['id', 'ip'])
        .where('author_email', '=', email)
        .execute();
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
      const commentIds = rows.map((r) => r.id);
      await trx.deleteFrom('comment_subscriptions').where('email', '=', email).execute();
      const fingerprintIds = await eraseSpamCopies(trx, {
        commentIds,
        apiVerdictIds,
        ips: rows.flatMap((r) => (r.ip ? [r.ip] : [])),
        removeText: options.removeText,
      });
      await eraseMailCopies(trx, { email, commentIds });
      await eraseRequests(trx, email);
      return { commentIds, fingerprintIds };
    });
  }

  /**
   * Erases IP and user agent of comments created before `before`, and of the copies of them: the
   * spam filter's (the scored inputs of verdicts, its learning counters keyed by IP) and mail
   * (held-comment notices; mail sent or given up before then is deleted), and deletes reply
   * subscriptions never confirmed by then. Returns how many comments.
   */
  async purgeNetworkData(before: Date): Promise<number> {
    const cutoff = before.toISOString();
    // First, while the comments still hold their IPs: waiting notices lose them, old mail goes.
    await purgeMailNetworkData(this.db, cutoff);
    await purgeUnconfirmedSubscriptions(this.db, cutoff);
    const result = await this.db
      .updateTable('comments')
      .set({ ip: null, user_agent: null })
      .where('created_at', '<', cutoff)
      .where((eb) => eb.or([eb('ip', 'is not', null), eb('user_agent', 'is not', null)]))
      .executeTakeFirst();
    // JSON-escaped text cannot contain `"ip":"`, so only inputs that still hold the key match.
    for (let after = 0; ;) {
      const rows = await this.db
        .selectFrom('spam_verdicts')
        .select(['id', 'input'])
        .where('id', '>', after)
        .where('created_at', '<', cutoff)
        .where((eb) => eb.or([eb('input', 'like', '%"ip":"%'), eb('input', 'like', '%"userAgent":"%')]))
        .orderBy('id')
        .limit(BATCH)
        .execute();
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.id;
      await this.db.transaction().execute(async (trx) => {
        for (const r of rows) {
          const input = parseObject(r.input);
          await trx
            .updateTable('spam_verdicts')
            .set({ input: JSON.stringify(input ? scoredInputWithoutNetworkData(input) : {}) })
            .where('id', '=', r.id)
            .execute();
        }
      });
    }
    await this.db.deleteFrom('spam_sources').where('updated_at', '<', cutoff).execute();
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
