// The copies of a commenter's data outside the comments table, for erasure and the IP retention
// purge: the spam filter's scored input, reasons, context and fingerprint of each comment (and of
// Akismet checks sent under the same email), its learning counters keyed by their IPs, mail sent
// to them or quoting them, and their privacy requests. Each function runs in the caller's
// transaction (or on the database).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { ipNote } from './notifications.ts';
import {
  normaliseEmail,
  REDACTED_MAIL_BODY,
  REDACTED_MAIL_SUBJECT,
  scoredInputWithoutPersonalData,
  spamContextWithoutPersonalData,
  spamReasonsWithoutText,
} from './privacy.ts';

const BATCH = 500;

type Db = Kysely<Database>;

/** Parses a stored JSON value, or null when the row holds something unreadable. */
const parseJson = (json: string): unknown => {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH) yield items.slice(i, i + BATCH);
}

/** A verdict row as erasure reads it. */
interface VerdictCopy {
  id: number;
  input: string;
  reasons: string;
  signals: string;
  fingerprint_id: number | null;
}

const VERDICT_COLUMNS = ['id', 'input', 'reasons', 'signals', 'fingerprint_id'] as const;

/**
 * The verdicts of Akismet checks (no comment of ours) sent under this email. It reads every such
 * verdict (no index can find an address inside JSON), so callers run it before their transaction
 * takes the write lock. The LIKE narrows the candidates (`_` and `%` match loosely), the parsed
 * input decides.
 */
export async function apiVerdictIdsOf(db: Db, email: string): Promise<number[]> {
  const rows = await db
    .selectFrom('spam_verdicts')
    .select(['id', 'input'])
    .where('comment_id', 'is', null)
    .where((eb) => eb(eb.fn('lower', ['input']), 'like', `%"email":${JSON.stringify(email)}%`))
    .execute();
  return rows
    .filter((r) => {
      const input = parseJson(r.input);
      return isRecord(input) && typeof input.email === 'string' && normaliseEmail(input.email) === email;
    })
    .map((r) => r.id);
}

/**
 * Erases the person from the spam filter's copies: the scored input loses name, email, website,
 * IP and user agent (and the text when asked, with the words quoted in the reasons), the stored
 * context its spam domains, the fingerprint its IP, network and email (and, with the text, its
 * link domains and MinHash), and the learning counters of their IPs go. Returns the fingerprints changed.
 */
export async function eraseSpamCopies(
  db: Db,
  p: {
    commentIds: readonly number[];
    /** Verdicts of Akismet checks under their email (apiVerdictIdsOf). */
    apiVerdictIds: readonly number[];
    ips: readonly string[];
    removeText: boolean;
  },
): Promise<number[]> {
  const verdicts: VerdictCopy[] = [];
  for (const ids of batches(p.commentIds))
    verdicts.push(
      ...(await db
        .selectFrom('spam_verdicts')
        .select(VERDICT_COLUMNS)
        .where('comment_id', 'in', ids)
        .execute()),
    );
  for (const ids of batches(p.apiVerdictIds))
    verdicts.push(
      ...(await db.selectFrom('spam_verdicts').select(VERDICT_COLUMNS).where('id', 'in', ids).execute()),
    );
  const ips = new Set(p.ips);
  for (const v of verdicts) {
    const input = parseJson(v.input);
    if (isRecord(input) && typeof input.ip === 'string') ips.add(input.ip.trim());
    await db
      .updateTable('spam_verdicts')
      .set({
        input: JSON.stringify(isRecord(input) ? scoredInputWithoutPersonalData(input, p) : {}),
        signals: JSON.stringify(spamContextWithoutPersonalData(parseJson(v.signals))),
        ...(p.removeText
          ? { reasons: JSON.stringify(spamReasonsWithoutText(parseJson(v.reasons))), content_hash: '' }
          : {}),
      })
      .where('id', '=', v.id)
      .execute();
  }
  // Reports to the upstream spam service not sent yet carry the comment: they are not sent.
  for (const ids of batches(verdicts.map((v) => v.id)))
    await db.deleteFrom('spam_upstream_reports').where('verdict_id', 'in', ids).execute();
  const prints = verdicts.flatMap((v) => (v.fingerprint_id === null ? [] : [v.fingerprint_id]));
  for (const ids of batches(prints))
    await db
      .updateTable('spam_fingerprints')
      // With the text go the link domains found in it and its MinHash (hashes of its words,
      // enough to confirm a guessed text); an empty one reads as "no fingerprint" everywhere.
      .set({ ip: null, network: null, email: null, ...(p.removeText ? { links: '', simhash: '' } : {}) })
      .where('id', 'in', ids)
      .execute();
  const sources = [...ips].filter(Boolean).map((ip) => `ip:${ip}`);
  for (const keys of batches(sources))
    await db.deleteFrom('spam_sources').where('source_key', 'in', keys).execute();
  return prints;
}

/**
 * Erases the person from the mail outbox: messages to their address go, sent or not; messages to
 * others that quote them (a held-comment notice to moderators, "new comment on your post", a reply
 * notification) keep only who received them and when, and are not sent any more. Rows written
 * before mail named its comment are matched by the address in their text.
 */
export async function eraseMailCopies(
  db: Db,
  p: { email: string; commentIds: readonly number[] },
): Promise<void> {
  await db
    .deleteFrom('mail_outbox')
    .where((eb) => eb(eb.fn('lower', ['to_address']), '=', p.email))
    .execute();
  const redact = {
    subject: REDACTED_MAIL_SUBJECT,
    text_body: REDACTED_MAIL_BODY,
    headers: '{}',
    last_error: null,
  };
  for (const ids of batches(p.commentIds))
    await db.updateTable('mail_outbox').set(redact).where('comment_id', 'in', ids).execute();
  await db
    .updateTable('mail_outbox')
    .set(redact)
    .where('comment_id', 'is', null)
    .where((eb) => eb(eb.fn('lower', ['text_body']), 'like', `%${p.email}%`))
    .execute();
  // A redacted message must never go out.
  await db
    .updateTable('mail_outbox')
    .set({ status: 'cancelled', locked_until: null })
    .where('status', '=', 'pending')
    .where('text_body', '=', REDACTED_MAIL_BODY)
    .execute();
}

/**
 * Forgets the person's privacy requests: those not carried out go, a carried-out one keeps no
 * address (its link then says "already done" until it expires).
 */
export async function eraseRequests(db: Db, email: string): Promise<void> {
  await db
    .deleteFrom('privacy_requests')
    .where('email', '=', email)
    .where('completed_at', 'is', null)
    .execute();
  await db.updateTable('privacy_requests').set({ email: '' }).where('email', '=', email).execute();
}

/**
 * The IP retention purge of mail: held-comment notices still waiting lose the commenter's IP
 * once the comment is older than `cutoff` (run before the comments' IPs are blanked), and mail
 * already sent, failed or cancelled before `cutoff` is deleted. Returns how many rows went.
 */
export async function purgeMailNetworkData(db: Db, cutoff: string): Promise<number> {
  const held = await db
    .selectFrom('mail_outbox')
    .innerJoin('comments', 'comments.id', 'mail_outbox.comment_id')
    .select(['mail_outbox.id', 'mail_outbox.text_body', 'comments.ip'])
    .where('mail_outbox.kind', '=', 'comment-held')
    .where('comments.created_at', '<', cutoff)
    .where('comments.ip', 'is not', null)
    .execute();
  for (const m of held) {
    const text = m.text_body.split(ipNote(m.ip!)).join('');
    if (text !== m.text_body)
      await db.updateTable('mail_outbox').set({ text_body: text }).where('id', '=', m.id).execute();
  }
  const gone = await db
    .deleteFrom('mail_outbox')
    .where('created_at', '<', cutoff)
    .where('status', '<>', 'pending')
    .executeTakeFirst();
  return Number(gone.numDeletedRows);
}

/** Deletes reply subscriptions never confirmed before `cutoff` (each holds an email address). */
export async function purgeUnconfirmedSubscriptions(db: Db, cutoff: string): Promise<void> {
  await db
    .deleteFrom('comment_subscriptions')
    .where('confirmed_at', 'is', null)
    .where('created_at', '<', cutoff)
    .execute();
}
