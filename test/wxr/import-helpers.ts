// Shared helpers for the WXR import tests: run an import of bytes into a test database.
import type { DatabaseHandle } from '../../src/db/create-db.ts';
import { importWxr, type WxrImportOptions } from '../../src/importers/wxr/import-wxr.ts';
import type { ImportReport } from '../../src/importers/wxr/import-types.ts';
import { WxrImportRepo } from '../../src/importers/wxr/wxr-import-repo.ts';

/** A fixed import time, so dates in assertions do not depend on the machine's clock. */
export const IMPORT_TIME = new Date('2026-01-15T12:00:00.000Z');

/** Imports `bytes` into `db`; returns the report and the change keys published. */
export async function importBytes(
  db: DatabaseHandle,
  bytes: Uint8Array,
  options: Partial<WxrImportOptions> = {},
): Promise<{ report: ImportReport; published: string[][] }> {
  const published: string[][] = [];
  const report = await importWxr(
    {
      store: new WxrImportRepo(db.db, db.dialect),
      now: () => IMPORT_TIME,
      changes: { publish: async (keys) => void published.push(keys) },
    },
    { open: () => [bytes], workers: 0, ...options },
  );
  return { report, published };
}
