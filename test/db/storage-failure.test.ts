// A transaction that fails because the database cannot store anything (issue 13, defect 6): the
// error thrown is the real cause (SQLITE_FULL, SQLSTATE 53100 or 57P01), never the failed
// ROLLBACK after it ("cannot rollback - no transaction is active"); it is classified as a storage
// failure; and once space is back the same write succeeds without reopening anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/create-db.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { RollbackFailure } from '../../src/db/secondary-rollback.ts';
import { storageFailure } from '../../src/db/storage-errors.ts';
import { SettingsRepo } from '../../src/settings/settings-repo.ts';
import { createScratchDatabase, type ScratchDatabase, testDialects } from '../support/test-db.ts';
import {
  failPostgresInserts,
  fillSqliteDatabase,
  repairPostgresInserts,
  unfillSqliteDatabase,
} from '../support/storage-faults.ts';

const now = new Date('2026-12-01T10:00:00Z');
// Larger than a page: it needs new pages wherever it goes.
const bigValue = () => ({ note: 'x'.repeat(6000), at: Math.random() });

async function thrown(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected the write to fail');
}

for (const dialect of testDialects()) {
  describe(`storage failure inside a transaction [${dialect}]`, () => {
    let scratch: ScratchDatabase;
    let handle: DatabaseHandle;
    let settings: SettingsRepo;
    const rollbackFailures: RollbackFailure[] = [];
    beforeAll(async () => {
      scratch = await createScratchDatabase(dialect);
      handle = openDatabase(
        scratch.url,
        () => {},
        (f) => rollbackFailures.push(f),
      );
      await migrateToLatest(handle.db, handle.dialect);
      settings = new SettingsRepo(handle.db);
    });
    afterAll(async () => {
      await handle?.close();
      await scratch?.drop();
    });

    if (dialect === 'sqlite') {
      it('a full database throws SQLITE_FULL, not the failed rollback, and recovers', async () => {
        await settings.write({ before: 1 }, now);
        await fillSqliteDatabase(handle.db);
        const err = await thrown(settings.write({ a: bigValue(), b: bigValue() }, now));
        expect(storageFailure(err)).toEqual({ code: 'SQLITE_FULL' });
        expect(String(err)).not.toMatch(/rollback/i);
        // Nothing half-written, and the connection is not left inside a transaction.
        expect(rollbackFailures.every((f) => f.stillInTransaction === false)).toBe(true);
        expect((await settings.readAll()).a).toBeUndefined();

        await unfillSqliteDatabase(handle.db);
        await settings.write({ a: bigValue() }, now);
        expect((await settings.readAll()).a).toBeDefined();
      });
    } else {
      it('a full disk (SQLSTATE 53100) is thrown as itself and recovers', async () => {
        await failPostgresInserts(handle.db, 'settings', 'disk-full');
        const err = await thrown(settings.write({ c: 1, d: 2 }, now));
        expect(storageFailure(err)).toEqual({ code: '53100' });
        await repairPostgresInserts(handle.db, 'settings');
        await settings.write({ c: 1 }, now);
        expect((await settings.readAll()).c).toBe(1);
      });

      it('a connection terminated mid-transaction throws 57P01, not the failed rollback, and recovers', async () => {
        rollbackFailures.length = 0;
        await failPostgresInserts(handle.db, 'settings', 'terminated');
        const err = await thrown(settings.write({ e: 1 }, now));
        expect(storageFailure(err)).toEqual({ code: '57P01' });
        expect(String(err)).toMatch(/terminating connection/);
        // The ROLLBACK on the dead connection failed, and was only reported.
        expect(rollbackFailures).toHaveLength(1);
        expect(storageFailure(rollbackFailures[0]!.error)).not.toBeNull();
        await repairPostgresInserts(handle.db, 'settings');
        await settings.write({ e: 2 }, now);
        expect((await settings.readAll()).e).toBe(2);
      });
    }
  });
}
