// A test site copies its demo newsroom from a template (test/support/test-site.ts) instead of
// loading it. The copy must hold exactly what loading the demo into the site's own empty database
// writes, row for row in every table (read from the database's own catalogue, so a table added
// later is compared too), at the default clock and at another: only the site's random secret key
// differs, and SQLite's planner statistics (sqlite_stat1), which a connection opened on tables
// that have rows and no statistics writes (src/db/sqlite-statistics.ts), as a server restarted
// after loading the demo does; and on SQLite, which process published each change_log row and at
// what time of the wall clock (sqlite-change-bus.ts: a bus reads only rows added after it opened,
// so no site reads these). Run on SQLite and PostgreSQL.
import { type Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openServices, publishingDeps } from '../../src/compose/index.ts';
import { loadConfig } from '../../src/config.ts';
import { loadDemoContent } from '../../src/content/load-demo.ts';
import type { Database } from '../../src/db/schema.ts';
import { SECRET_SETTING_KEY } from '../../src/settings/secret-repo.ts';
import { TEST_SCRYPT_PARAMS } from '../../src/users/password-hash.ts';
import { createScratchDatabase, testDialects } from '../support/test-db.ts';
import { createTestSite, TestClock, type TestSite } from '../support/test-site.ts';

/** Every row of every table, as sorted JSON lines per table; the secret key and statistics left out. */
async function contents(db: Kysely<Database>, dialect: string): Promise<Record<string, string[]>> {
  const { rows: tables } =
    dialect === 'postgres'
      ? await sql<{ name: string }>`
          SELECT table_name AS name FROM information_schema.tables
          WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`.execute(db)
      : await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(db);
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    if (name.startsWith('sqlite_stat')) continue;
    const { rows } = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(name)}`.execute(db);
    out[name] = rows
      .filter((r) => !(name === 'settings' && r.key === SECRET_SETTING_KEY))
      .map((r) => (name === 'change_log' ? { ...r, origin: null, created_at: null } : r))
      .map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)))
      .sort();
  }
  return out;
}

/** A site's database as the old path made it: migrated, opened, the demo loaded at `now`. */
async function loadedTheOldWay(dialect: 'sqlite' | 'postgres', now: string) {
  const scratch = await createScratchDatabase(dialect, { migrated: true });
  const config = loadConfig({ DATABASE_URL: scratch.url, SITE_URL: 'http://news.test', LOG_LEVEL: 'silent' });
  const services = await openServices(config, {
    clock: new TestClock(new Date(now)),
    passwordHashing: TEST_SCRYPT_PARAMS,
  });
  await loadDemoContent(publishingDeps(services.deps));
  return { services, scratch };
}

for (const dialect of testDialects()) {
  describe(`the demo template [${dialect}]`, () => {
    const open: Array<{ close(): Promise<void> }> = [];
    afterAll(async () => {
      for (const o of open) await o.close();
    });

    for (const now of [undefined, '2026-09-25T12:00:00Z']) {
      it(`holds what loading the demo writes (clock ${now ?? 'default'})`, async () => {
        const site: TestSite = await createTestSite(dialect, now ? { now } : {});
        open.push(site);
        const old = await loadedTheOldWay(dialect, now ?? '2026-11-26T12:00:00Z');
        open.push({ close: async () => (await old.services.close(), await old.scratch.drop()) });
        const copied = await contents(site.services.database.db, dialect);
        const loaded = await contents(old.services.database.db, dialect);
        expect(copied.articles?.length).toBeGreaterThan(10);
        expect(copied).toEqual(loaded);
      });
    }
  });
}
