// The site's signing secret when SECRET_KEY is not configured: generated once and kept in the
// settings table. Insert-if-absent then read back, so instances starting together agree.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Settings key of the generated secret (not part of the editable site settings). */
export const SECRET_SETTING_KEY = 'internal.secretKey';

/** The configured secret, or the stored one (generated and stored on first start). */
export async function ensureSecretKey(
  db: Kysely<Database>,
  configured: string | undefined,
  now: Date,
): Promise<string> {
  if (configured) return configured;
  await db
    .insertInto('settings')
    .values({
      key: SECRET_SETTING_KEY,
      value: JSON.stringify(randomBytes(48).toString('base64url')),
      updated_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', SECRET_SETTING_KEY)
    .executeTakeFirstOrThrow();
  return JSON.parse(row.value) as string;
}
