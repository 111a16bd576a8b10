// Rate-limit buckets on both databases: windows, refusals with their retry time, giving a hit
// back, resets, and concurrent takes from two connections counted one by one; on SQLite also with
// the hits taken in the write thread (as the Akismet API's key limits are).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/create-db.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { RateLimitRepo, type RateLimitTake } from '../../src/db/rate-limit-repo.ts';
import { createScratchDatabase, type ScratchDatabase, testDialects } from '../support/test-db.ts';

const t0 = new Date('2026-11-26T12:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const MINUTE = 60_000;

for (const dialect of testDialects())
  for (const viaThread of dialect === 'sqlite' ? [false, true] : [false])
    describe(`rate-limit buckets [${dialect}${viaThread ? ', write thread' : ''}]`, () => {
      let scratch: ScratchDatabase;
      let handle: DatabaseHandle;
      beforeAll(async () => {
        scratch = await createScratchDatabase(dialect);
        handle = openDatabase(scratch.url);
        await migrateToLatest(handle.db, handle.dialect);
      });
      afterAll(async () => {
        await handle?.close();
        await scratch?.drop();
      });
      const repo = () => new RateLimitRepo(handle.db, viaThread ? handle.writeThread : null);

      it('takes up to the limit, then refuses until the window that began at the first hit ends', async () => {
        const r = repo();
        for (let i = 1; i <= 3; i++)
          expect(await r.take('a', 3, 15 * MINUTE, at(i * 1000))).toMatchObject({ hits: i });
        expect(await r.take('a', 3, 15 * MINUTE, at(10_000))).toEqual({
          allowed: false,
          retryAt: at(1000 + 15 * MINUTE),
        });
        expect(await r.take('a', 3, 15 * MINUTE, at(1000 + 15 * MINUTE))).toMatchObject({
          allowed: true,
          hits: 1,
        });
      });

      it('takes several hits at once only when all fit', async () => {
        const r = repo();
        expect(await r.take('many', 5, MINUTE, t0, 3)).toMatchObject({ allowed: true, hits: 3 });
        expect((await r.take('many', 5, MINUTE, t0, 3)).allowed).toBe(false);
        expect(await r.take('many', 5, MINUTE, t0, 2)).toMatchObject({ allowed: true, hits: 5 });
        expect((await r.take('many', 5, MINUTE, t0)).allowed).toBe(false);
        await expect(r.take('many', 5, MINUTE, t0, 6)).rejects.toThrow(RangeError);
      });

      it('gives a hit back to its own window only', async () => {
        const r = repo();
        const first = await r.take('b', 2, MINUTE, t0);
        await r.take('b', 2, MINUTE, t0);
        expect((await r.take('b', 2, MINUTE, t0)).allowed).toBe(false);
        if (!first.allowed) throw new Error('first take refused');
        await r.giveBack('b', first.windowEndsAt);
        expect(await r.take('b', 2, MINUTE, t0)).toMatchObject({ allowed: true, hits: 2 });
        // A give-back for a window that has ended changes nothing in the new one.
        const next = await r.take('b', 2, MINUTE, at(MINUTE));
        await r.giveBack('b', first.windowEndsAt);
        expect(next).toMatchObject({ hits: 1 });
        expect(await r.take('b', 2, MINUTE, at(MINUTE))).toMatchObject({ hits: 2 });
      });

      it('resets one bucket, or every bucket with a prefix (wildcard characters are literal)', async () => {
        const r = repo();
        for (const b of ['login:x%y|1', 'login:x%y|2', 'login:xzy|1', 'other']) {
          await r.take(b, 1, MINUTE, t0);
          expect((await r.take(b, 1, MINUTE, t0)).allowed).toBe(false);
        }
        await r.resetPrefix('login:x%y|');
        expect((await r.take('login:x%y|1', 1, MINUTE, t0)).allowed).toBe(true);
        expect((await r.take('login:x%y|2', 1, MINUTE, t0)).allowed).toBe(true);
        expect((await r.take('login:xzy|1', 1, MINUTE, t0)).allowed).toBe(false);
        await r.reset('other');
        expect((await r.take('other', 1, MINUTE, t0)).allowed).toBe(true);
        expect(await r.deleteExpired(at(MINUTE))).toBeGreaterThanOrEqual(4);
      });

      it('counts concurrent takes from two connections one by one: exactly the limit pass', async () => {
        // A second connection (pool) to the same database, as a second instance would have.
        const other = openDatabase(scratch.url);
        try {
          const repos = [repo(), new RateLimitRepo(other.db)];
          const results: RateLimitTake[] = await Promise.all(
            Array.from({ length: 60 }, (_, i) => repos[i % 2]!.take('busy', 5, MINUTE, t0)),
          );
          expect(results.filter((r) => r.allowed)).toHaveLength(5);
          expect(results.flatMap((r) => (r.allowed ? [r.hits] : [])).sort()).toEqual([1, 2, 3, 4, 5]);
        } finally {
          await other.close();
        }
      });
    });
