// Settings in the database: one row per key, the value as JSON.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Kysely implementation of settings storage. */
export class SettingsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every stored setting, parsed from JSON (unparseable values are left out). */
  async readAll(): Promise<Record<string, unknown>> {
    const rows = await this.db.selectFrom('settings').select(['key', 'value']).execute();
    const out: Record<string, unknown> = {};
    for (const r of rows) {
      try {
        out[r.key] = JSON.parse(r.value);
      } catch {
        // A hand-edited bad value falls back to its default.
      }
    }
    return out;
  }

  /** Stores these settings (insert or replace). */
  async write(values: Record<string, unknown>, now: Date): Promise<void> {
    const stamp = now.toISOString();
    await this.db.transaction().execute(async (trx) => {
      for (const [key, value] of Object.entries(values)) {
        await trx
          .insertInto('settings')
          .values({ key, value: JSON.stringify(value), updated_at: stamp })
          .onConflict((oc) =>
            oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: stamp }),
          )
          .execute();
      }
    });
  }
}
