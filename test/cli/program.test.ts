// The silkpress command: help on every command, configuration errors naming every bad field,
// migrate and demo against a scratch SQLite database. The commands run in-process
// (test/support/cli-in-process.ts) but for the bad configuration, whose exit status is the
// compiled command's own.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { silkpressInProcess, type CliResult } from '../support/cli-in-process.ts';
import { compiledCli } from '../support/compiled-cli.ts';
import { repoRoot } from '../support/requirements.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'silkpress-cli-'));
const env = { DATABASE_URL: `sqlite:${join(dir, 'cli.db')}`, LOG_LEVEL: 'silent' };

const silkpress = (...args: string[]): Promise<CliResult> => silkpressInProcess(env, args);

describe('silkpress CLI', { timeout: 120_000 }, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints help for the program and each command', async () => {
    const top = await silkpress('--help');
    expect(top.code).toBe(0);
    for (const command of ['start', 'migrate', 'demo']) expect(top.stdout).toContain(command);
    const start = await silkpress('start', '--help');
    expect(start.stdout).toContain('--no-demo');
  });

  it('names every bad configuration field and exits non-zero', async () => {
    const res = await run(process.execPath, [await compiledCli(), 'migrate'], {
      cwd: repoRoot,
      env: { ...process.env, ...env, DATABASE_URL: 'mysql://x', PORT: 'seventy' },
    }).catch((e: { code: number; stderr: string }) => e);
    expect((res as { code: number }).code).toBe(2);
    expect((res as { stderr: string }).stderr).toContain('DATABASE_URL');
    expect((res as { stderr: string }).stderr).toContain('PORT');
  });

  it('migrates, then loads the demo once', async () => {
    const migrate = await silkpress('migrate');
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toMatch(/Applied: 001-initial/);
    expect((await silkpress('migrate')).stdout).toContain('up to date');
    const demo = await silkpress('demo');
    expect(demo.stdout).toMatch(/Loaded \d+ articles/);
    expect((await silkpress('demo')).stdout).toContain('nothing was loaded');
  });
});
