// The change bus contract, on both databases: two processes of one site (two connections to the
// same database, as two workers of `silkpress start` or a CLI command beside the server) hear each
// other's change keys, each hears its own publishes once and at once, and nothing after close.
// SQLite carries them in change_log (sqlite-change-bus.ts), PostgreSQL by LISTEN/NOTIFY.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeBus } from '../../src/db/change-bus.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/create-db.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createSqliteChangeBus } from '../../src/db/sqlite-change-bus.ts';
import { createScratchDatabase, type ScratchDatabase, testDialects } from '../support/test-db.ts';

function until(check: () => boolean, ms = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = setInterval(() => {
      if (check()) {
        clearInterval(tick);
        resolve();
      } else if (Date.now() - started > ms) {
        clearInterval(tick);
        reject(new Error('condition not met in time'));
      }
    }, 5);
  });
}

for (const dialect of testDialects()) {
  describe(`change bus across processes [${dialect}]`, () => {
    let scratch: ScratchDatabase;
    const handles: DatabaseHandle[] = [];
    const buses: ChangeBus[] = [];
    const heard: string[][][] = [[], []];

    beforeAll(async () => {
      scratch = await createScratchDatabase(dialect);
      for (const i of [0, 1]) {
        const handle = openDatabase(scratch.url);
        if (i === 0) await migrateToLatest(handle.db, handle.dialect);
        handles.push(handle);
        const bus = await handle.dialect.createChangeBus((err) => {
          throw err;
        }, handle.db);
        bus.subscribe((keys) => heard[i]?.push(keys));
        buses.push(bus);
      }
    });
    afterAll(async () => {
      for (const bus of buses) await bus.close();
      for (const handle of handles) await handle.close();
      await scratch?.drop();
    });

    it('delivers one process’s keys to the other, and to itself once and at once', async () => {
      await buses[0]?.publish(['article:7', 'tag:trade']);
      expect(heard[0]).toEqual([['article:7', 'tag:trade']]);
      await until(() => heard[1]?.length === 1);
      expect(heard[1]).toEqual([['article:7', 'tag:trade']]);
      await buses[1]?.publish(['comments:7']);
      await until(() => heard[0]?.length === 2);
      expect(heard[0]?.[1]).toEqual(['comments:7']);
      // Neither hears anything twice.
      await new Promise((r) => setTimeout(r, 300));
      expect(heard[0]).toHaveLength(2);
      expect(heard[1]).toHaveLength(2);
    });

    it('a process started later hears what is published after it started, not before', async () => {
      const before = heard[1]?.length ?? 0;
      await buses[0]?.publish(['site']);
      const late = openDatabase(scratch.url);
      const got: string[][] = [];
      const bus = await late.dialect.createChangeBus(() => {}, late.db);
      bus.subscribe((keys) => got.push(keys));
      await buses[0]?.publish(['article:8']);
      await until(() => got.length === 1 && (heard[1]?.length ?? 0) === before + 2);
      expect(got).toEqual([['article:8']]);
      await bus.close();
      await late.close();
    });
  });
}

describe('SQLite change log housekeeping', () => {
  it('prunes rows older than the keep time and survives a row it cannot parse', async () => {
    const scratch = await createScratchDatabase('sqlite');
    const handle = openDatabase(scratch.url);
    await migrateToLatest(handle.db, handle.dialect);
    await handle.db
      .insertInto('change_log')
      .values({ origin: 'old', keys: '["x"]', created_at: '2020-01-01T00:00:00.000Z' })
      .execute();
    const errors: unknown[] = [];
    const bus = await createSqliteChangeBus(handle.db, { pollMs: 10, onError: (e) => errors.push(e) });
    const got: string[][] = [];
    bus.subscribe((keys) => got.push(keys));
    await handle.db
      .insertInto('change_log')
      .values([
        { origin: 'other', keys: 'not json', created_at: new Date().toISOString() },
        { origin: 'other', keys: '["article:1"]', created_at: new Date().toISOString() },
      ])
      .execute();
    await until(() => got.length === 1);
    expect(got).toEqual([['article:1']]);
    expect(errors).toHaveLength(1);
    const left = await handle.db.selectFrom('change_log').select('origin').execute();
    expect(left.map((r) => r.origin)).not.toContain('old');
    await bus.close();
    await handle.close();
    await scratch.drop();
  });
});
