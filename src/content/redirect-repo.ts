// Legacy URL redirects in the database (Kysely, both dialects), written by the WordPress import.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Looks up where an old URL moved. */
export class RedirectRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** The new path for a normalised legacy path (see legacyPathKey), or null. */
  async find(pathKey: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('redirects')
      .select('to_path')
      .where('from_path', '=', pathKey)
      .executeTakeFirst();
    return row?.to_path ?? null;
  }
}
