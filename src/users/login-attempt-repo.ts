// The log of login attempts (Kysely, both dialects), kept a day for investigating an attack.
// Throttling counts in rate-limit buckets instead (throttle.ts); unknown emails are logged like
// known ones.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Kysely implementation of login-attempt storage. */
export class LoginAttemptRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Records one attempt. */
  async record(a: { email: string; ip: string; succeeded: boolean }, now: Date): Promise<void> {
    await this.db
      .insertInto('login_attempts')
      .values({
        email: a.email.slice(0, 320),
        ip: a.ip.slice(0, 64),
        succeeded: a.succeeded ? 1 : 0,
        attempted_at: now.toISOString(),
      })
      .execute();
  }

  /** Removes attempts older than `before`. */
  async deleteOlderThan(before: Date): Promise<number> {
    const result = await this.db
      .deleteFrom('login_attempts')
      .where('attempted_at', '<', before.toISOString())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
