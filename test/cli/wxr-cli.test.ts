// `silkpress import wxr` and `silkpress export wxr` as an operator runs them: help, dry run,
// report, rerun, a malformed file's exit code, the authors map, and an export that parses back.
// Run in-process (test/support/cli-in-process.ts); test/cli/compiled-build.test.ts imports with
// the compiled command and its conversion workers.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAll } from '../fixtures/wxr/wxr-fixtures.ts';
import { silkpressInProcess, type CliResult } from '../support/cli-in-process.ts';
import { repoRoot } from '../support/requirements.ts';

const dir = mkdtempSync(join(tmpdir(), 'silkpress-wxr-cli-'));
const env = {
  DATABASE_URL: `sqlite:${join(dir, 'cli.db')}`,
  MEDIA_DIR: join(dir, 'media'),
  LOG_LEVEL: 'silent',
};
const fixture = (name: string) => join(repoRoot, 'test/fixtures/wxr', name);

const silkpress = (...args: string[]): Promise<CliResult> => silkpressInProcess(env, args);

const countOf = (report: string, kind: string): number[] =>
  (new RegExp(`^${kind}\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)`, 'm').exec(report) ?? []).slice(1).map(Number);

describe('silkpress import/export wxr', { timeout: 180_000 }, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('documents both commands and their options', async () => {
    const imp = await silkpress('import', 'wxr', '--help');
    for (const flag of ['--dry-run', '--authors', '--media', '--train-spam'])
      expect(imp.stdout).toContain(flag);
    expect((await silkpress('export', 'wxr', '--help')).stdout).toContain('--out');
  });

  it('dry-runs, imports with an authors map, reports, and imports nothing twice', async () => {
    const dry = await silkpress('import', 'wxr', fixture('small-export.xml'), '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Dry run');
    expect(countOf(dry.stdout, 'posts')).toEqual([2, 0, 0]);
    writeFileSync(join(dir, 'authors.json'), JSON.stringify({ tobias: 'mara@gazette.example.org' }));
    const first = await silkpress(
      'import',
      'wxr',
      fixture('small-export.xml'),
      '--authors',
      join(dir, 'authors.json'),
    );
    expect(first.code).toBe(0);
    expect(countOf(first.stdout, 'posts')).toEqual([2, 0, 0]);
    expect(countOf(first.stdout, 'authors')[0]).toBe(1); // tobias went to mara's account
    expect(first.stdout).toContain('no --media DIR');
    expect(first.stderr).toMatch(/items\/s/);
    const again = await silkpress('import', 'wxr', fixture('small-export.xml'));
    expect(countOf(again.stdout, 'posts')).toEqual([0, 2, 0]);
    expect(countOf(again.stdout, 'comments')[0]).toBe(0);
  });

  it('fails a truncated file with its line and column and a non-zero exit', async () => {
    const res = await silkpress('import', 'wxr', fixture('truncated.xml'));
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/line \d+, column \d+/);
  });

  it('refuses a bad authors map with a clear message', async () => {
    writeFileSync(join(dir, 'bad.json'), '{"x": true}');
    const res = await silkpress(
      'import',
      'wxr',
      fixture('small-export.xml'),
      '--authors',
      join(dir, 'bad.json'),
    );
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('authors map');
  });

  it('refuses to export without knowing the site address, instead of writing localhost links', async () => {
    const out = join(dir, 'refused.xml');
    const res = await silkpress('export', 'wxr', '--out', out);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('--site-url');
    expect(existsSync(out)).toBe(false);
  });

  it('exports a WXR file that parses back with the imported posts', async () => {
    const out = join(dir, 'export.xml');
    const res = await silkpress('export', 'wxr', '--out', out, '--site-url', 'https://gazette.example.org');
    expect(res.code).toBe(0);
    const records = await parseAll([readFileSync(out)]);
    const titles = records.flatMap((r) => (r.kind === 'item' ? [r.title] : []));
    expect(titles).toContain('New ferry timetable starts Monday');
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain('https://gazette.example.org/article/');
    expect(xml).not.toContain('localhost');
  });
});
