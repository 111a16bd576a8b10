// Once-per-interval claims for background jobs shared by several instances: a conditional
// UPDATE on a job_runs row succeeds for exactly one instance per interval (both databases).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Kysely implementation of job claims. */
export class JobClaimRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** True for the one caller that may run `name` now (at most once per `intervalMs`). */
  async claim(name: string, now: Date, intervalMs: number): Promise<boolean> {
    await this.db
      .insertInto('job_runs')
      .values({ name, locked_until: null, last_run_at: null })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const cutoff = new Date(now.getTime() - intervalMs).toISOString();
    const result = await this.db
      .updateTable('job_runs')
      .set({ last_run_at: now.toISOString() })
      .where('name', '=', name)
      .where((eb) => eb.or([eb('last_run_at', 'is', null), eb('last_run_at', '<=', cutoff)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
