// SQLite-only: the settings every Silkpress connection runs with (PostgreSQL has no equivalent).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/create-db.ts';

describe('SQLite connection settings', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'silkpress-sqlite-settings-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs in WAL mode with foreign keys, a busy timeout and temporary b-trees in memory', async () => {
    const handle = openDatabase(`sqlite:${join(dir, 'site.db')}`);
    try {
      const pragma = async (name: string) =>
        Object.values((await sql.raw(`PRAGMA ${name}`).execute(handle.db)).rows[0] as object)[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(5000);
      expect(await pragma('synchronous')).toBe(1); // NORMAL
      // 2 = MEMORY: a GROUP BY or ORDER BY without an index never opens a temporary file.
      expect(await pragma('temp_store')).toBe(2);
    } finally {
      await handle.close();
    }
  });
});
