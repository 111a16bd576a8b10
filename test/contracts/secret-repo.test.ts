// The generated signing secret on SQLite and PostgreSQL: a configured secret wins and stores
// nothing; without one, the first start generates and stores a secret that every later start
// (and every instance starting at the same time) reads back unchanged.
import { expect, it } from 'vitest';
import { ensureSecretKey, SECRET_SETTING_KEY } from '../../src/settings/secret-repo.ts';
import { describeEachDialect } from '../support/test-db.ts';

const now = new Date('2026-12-05T09:00:00.000Z');

describeEachDialect('secret key storage contract', (get) => {
  const stored = () =>
    get().db.selectFrom('settings').select('value').where('key', '=', SECRET_SETTING_KEY).executeTakeFirst();

  it('uses a configured secret as is and stores nothing', async () => {
    expect(await ensureSecretKey(get().db, 'configured-secret-of-enough-length', now)).toBe(
      'configured-secret-of-enough-length',
    );
    expect(await stored()).toBeUndefined();
  });

  it('generates one secret, keeps it, and gives instances starting together the same one', async () => {
    const together = await Promise.all(
      Array.from({ length: 6 }, () => ensureSecretKey(get().db, undefined, now)),
    );
    expect(new Set(together).size).toBe(1);
    const secret = together[0]!;
    expect(secret).toMatch(/^[A-Za-z0-9_-]{64}$/); // 48 random bytes, base64url
    expect(await ensureSecretKey(get().db, undefined, new Date(now.getTime() + 86_400_000))).toBe(secret);
    expect(await ensureSecretKey(get().db, '', now)).toBe(secret); // empty means not configured
    expect(JSON.parse((await stored())!.value)).toBe(secret);
  });
});
