// Login attempts for throttling (Kysely, both dialects). Unknown emails are recorded like
// known ones, so the throttle itself does not reveal which accounts exist.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { RecentFailures } from './throttle.ts';

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

  /** Failures since `since`, newest first, at most `accountLimit` / `ipLimit` of each. */
  async recentFailures(
    key: { email: string; ip: string },
    since: Date,
    limits: { accountLimit: number; ipLimit: number },
  ): Promise<RecentFailures> {
    const failures = (column: 'email' | 'ip', value: string, limit: number) =>
      this.db
        .selectFrom('login_attempts')
        .select('attempted_at')
        .where(column, '=', value)
        .where('succeeded', '=', 0)
        .where('attempted_at', '>', since.toISOString())
        .orderBy('attempted_at', 'desc')
        .limit(limit)
        .execute();
    const [account, ip] = await Promise.all([
      failures('email', key.email, limits.accountLimit),
      failures('ip', key.ip, limits.ipLimit),
    ]);
    return { account: account.map((r) => r.attempted_at), ip: ip.map((r) => r.attempted_at) };
  }

  /** Forgets an account's failures (after a successful login). */
  async clearFailures(email: string): Promise<void> {
    await this.db
      .deleteFrom('login_attempts')
      .where('email', '=', email)
      .where('succeeded', '=', 0)
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
