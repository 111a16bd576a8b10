// ApiKeyRepo's contract on SQLite and PostgreSQL: keys found by hash only while active, revoked
// once, trusted and revoked flags for the hub, and usage counted per month by an upsert that
// adds (also from concurrent connections), listed newest first with this month's and all calls;
// on a SQLite file also with the usage added by the write thread.
import { expect, it } from 'vitest';
import { ApiKeyRepo } from '../../src/spam/network/api-key-repo.ts';
import { describeEachDialect } from '../support/test-db.ts';

const t0 = new Date('2026-11-26T12:00:00.000Z');
const key = (n: number, over: { trusted?: boolean } = {}) => ({
  key_hash: `hash-${n}`,
  key_prefix: `pfx${n}`,
  label: `Key ${n}`,
  site_url: n % 2 ? `https://site${n}.example` : null,
  rate_limit: 60 * n,
  created_at: t0.toISOString(),
  ...over,
});

describeEachDialect('ApiKeyRepo contract', (get) => {
  const repo = () => new ApiKeyRepo(get().db);

  it('creates a key and finds it by its hash while it is active; revokes it once', async () => {
    const r = repo();
    const created = await r.create(key(1));
    expect(created).toEqual({
      id: created.id,
      keyPrefix: 'pfx1',
      label: 'Key 1',
      siteUrl: 'https://site1.example',
      rateLimit: 60,
      createdAt: t0.toISOString(),
      revokedAt: null,
      trusted: false,
    });
    expect(await r.findActiveByHash('hash-1')).toEqual(created);
    expect(await r.findActiveByHash('no-such-hash')).toBeNull();
    expect(await r.revoke(created.id, t0)).toBe(true);
    expect(await r.revoke(created.id, t0)).toBe(false);
    expect(await r.revoke(999_999, t0)).toBe(false);
    expect(await r.findActiveByHash('hash-1')).toBeNull();
  });

  it('names trusted keys (while active) and revoked keys for the hub', async () => {
    const r = repo();
    const trusted = await r.create(key(2, { trusted: true }));
    const revokedTrusted = await r.create(key(3, { trusted: true }));
    const plain = await r.create(key(4));
    await r.revoke(revokedTrusted.id, t0);
    expect(trusted.trusted).toBe(true);
    const flags = await r.reportFlags();
    expect(flags.trusted).toContain(trusted.id);
    expect(flags.trusted).not.toContain(revokedTrusted.id);
    expect(flags.trusted).not.toContain(plain.id);
    expect(flags.revoked).toContain(revokedTrusted.id);
    expect(flags.revoked).not.toContain(plain.id);
  });

  it('adds usage per month, from concurrent connections too, and lists keys newest first with it', async () => {
    const r = repo();
    const a = await r.create(key(5));
    const b = await r.create(key(6));
    await r.addUsage(a.id, '2026-10', 7);
    await Promise.all(Array.from({ length: 10 }, () => r.addUsage(a.id, '2026-11', 3)));
    await r.addUsage(b.id, '2026-11', 1);
    expect(await r.usage(a.id, '2026-11')).toBe(30);
    expect(await r.usage(a.id, '2026-10')).toBe(7);
    expect(await r.usage(a.id, '2026-09')).toBe(0);
    const listed = await r.list('2026-11');
    const ids = listed.map((k) => k.id);
    expect(ids).toEqual([...ids].sort((x, y) => y - x));
    expect(listed.find((k) => k.id === a.id)).toMatchObject({ callsThisMonth: 30, callsTotal: 37 });
    expect(listed.find((k) => k.id === b.id)).toMatchObject({ callsThisMonth: 1, callsTotal: 1 });
    // Only the hash is stored, and it is never handed out.
    expect(listed.some((k) => 'key_hash' in k || 'keyHash' in k)).toBe(false);
    const unused = listed.find((k) => k.label === 'Key 4');
    expect(unused).toMatchObject({ callsThisMonth: 0, callsTotal: 0 });
  });

  it('adds usage through the write thread on a SQLite file, read back on the main connection', async () => {
    const { db, writeThread } = get();
    if (!writeThread) return; // PostgreSQL and SQLite in memory write on the pool or the connection
    const r = new ApiKeyRepo(db, writeThread);
    const c = await r.create(key(7));
    await Promise.all(Array.from({ length: 5 }, () => r.addUsage(c.id, '2026-11', 2)));
    await new ApiKeyRepo(db).addUsage(c.id, '2026-11', 1);
    expect(await r.usage(c.id, '2026-11')).toBe(11);
  });
});
