// Admin sessions in the database (Kysely, both dialects). Rows are looked up by token hash.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** A stored session. */
export interface Session {
  id: number;
  userId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string;
  userAgent: string;
  /** Why the session was ended for this browser (shown once, then the row goes). */
  endedReason: string | null;
  flash: string | null;
}

/** Fields of a new session. */
export interface NewSession {
  tokenHash: string;
  userId: number;
  csrfToken: string;
  ip: string;
  userAgent: string;
  expiresAt: Date;
}

/** Kysely implementation of session storage. */
export class SessionRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stores a session; returns its id. */
  async create(s: NewSession, now: Date): Promise<number> {
    const stamp = now.toISOString();
    const row = await this.db
      .insertInto('sessions')
      .values({
        token_hash: s.tokenHash,
        user_id: s.userId,
        csrf_token: s.csrfToken,
        created_at: stamp,
        last_seen_at: stamp,
        expires_at: s.expiresAt.toISOString(),
        ip: s.ip.slice(0, 64),
        user_agent: s.userAgent.slice(0, 300),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** The session with this token hash, or null. */
  async findByTokenHash(tokenHash: string): Promise<Session | null> {
    const r = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!r) return null;
    return {
      id: r.id,
      userId: r.user_id,
      csrfToken: r.csrf_token,
      createdAt: r.created_at,
      lastSeenAt: r.last_seen_at,
      expiresAt: r.expires_at,
      ip: r.ip,
      userAgent: r.user_agent,
      endedReason: r.ended_reason,
      flash: r.flash,
    };
  }

  /** Records activity. */
  async touch(id: number, now: Date): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ last_seen_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
  }

  /** Stores (or clears, with null) the one-time message shown on the next page. */
  async setFlash(id: number, flash: string | null): Promise<void> {
    await this.db.updateTable('sessions').set({ flash }).where('id', '=', id).execute();
  }

  /** Deletes one session (logout). */
  async delete(id: number): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  /** Ends every live session of a user except `keepId`, remembering why; returns how many. */
  async endAllForUser(userId: number, reason: string, keepId?: number): Promise<number> {
    let q = this.db
      .updateTable('sessions')
      .set({ ended_reason: reason })
      .where('user_id', '=', userId)
      .where('ended_reason', 'is', null);
    if (keepId !== undefined) q = q.where('id', '!=', keepId);
    const result = await q.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** How many live sessions a user has. */
  async countActive(userId: number, now: Date): Promise<number> {
    const row = await this.db
      .selectFrom('sessions')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('user_id', '=', userId)
      .where('ended_reason', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Removes sessions past their absolute expiry or idle for longer than `idleMs`. */
  async deleteExpired(now: Date, idleMs: number): Promise<number> {
    const idleBefore = new Date(now.getTime() - idleMs).toISOString();
    const result = await this.db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('expires_at', '<=', now.toISOString()), eb('last_seen_at', '<', idleBefore)]))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
