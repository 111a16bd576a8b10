// `silkpress i18n check` as CI and a translator run it: clean on the shipped reader and admin
// catalogs, and on a folder where a new language is one file; exits 1 naming each missing key,
// extra key and placeholder mismatch of a faulty file (issue 16). The shipped catalogs are checked
// by the compiled command, the folders in-process (test/support/cli-in-process.ts).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG_DIR } from '../../src/i18n/catalogs.ts';
import { silkpressInProcess } from '../support/cli-in-process.ts';
import { compiledCli } from '../support/compiled-cli.ts';
import { repoRoot } from '../support/requirements.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'silkpress-i18n-'));

/** The compiled command, as CI runs it. */
async function spawnedCheck(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, [await compiledCli(), 'i18n', 'check', ...args], {
      cwd: repoRoot,
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    return { code: 0, stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

/** The same command in-process (test/support/cli-in-process.ts): no program start per call. */
const check = (...args: string[]) => silkpressInProcess({ LOG_LEVEL: 'silent' }, ['i18n', 'check', ...args]);

describe('silkpress i18n check', { timeout: 120_000 }, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const english = JSON.parse(readFileSync(join(CATALOG_DIR, 'en.json'), 'utf8')) as Record<string, string>;

  it('finds no problem in the shipped reader and admin catalogs', async () => {
    const res = await spawnedCheck();
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(
      /^reader: 5 catalogs \(en, kk, ru, uz-Latn, zh-Hans\), \d+ keys: no problems$/m,
    );
    expect(res.stdout).toMatch(/^admin: 3 catalogs \(en, ru, zh-Hans\), \d+ keys: no problems$/m);
  });

  it('takes a new language from one file, and names every problem in a faulty one', async () => {
    writeFileSync(join(dir, 'en.json'), JSON.stringify(english));
    writeFileSync(join(dir, 'de.json'), JSON.stringify(english));
    const clean = await check('--dir', dir);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/catalogs: 2 catalogs \(de, en\), \d+ keys: no problems/);

    const faulty: Record<string, string> = { ...english, 'nav.nosuch': 'Extra' };
    delete faulty['card.comments'];
    faulty['search.summary'] = (faulty['search.summary'] ?? '').replace('{query}', '{frage}');
    writeFileSync(join(dir, 'de.json'), JSON.stringify(faulty));
    const res = await check('--dir', dir);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('catalogs de: missing card.comments');
    expect(res.stdout).toContain('catalogs de: extra nav.nosuch');
    expect(res.stdout).toContain('catalogs de: placeholders search.summary (lacks query; adds frage)');
    expect(res.stdout).toMatch(/catalogs: 2 catalogs \(de, en\), \d+ keys: 3 problems/);
  });
});
