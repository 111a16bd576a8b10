// `silkpress apikey create|list|revoke` against a scratch SQLite database, and `silkpress spam`
// reachable from the program.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { compiledCli } from '../support/compiled-cli.ts';
import { repoRoot } from '../support/requirements.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'silkpress-apikey-'));
const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'cli.db')}`, LOG_LEVEL: 'silent' };

async function silkpress(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [await compiledCli(), ...args], {
      cwd: repoRoot,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('silkpress apikey', { timeout: 180_000 }, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a key shown once, lists it without the key, revokes it', async () => {
    const created = await silkpress(
      'apikey',
      'create',
      '--label',
      'Sister site',
      '--site',
      'https://sister.example',
      '--rate-limit',
      '120',
    );
    expect(created.code).toBe(0);
    const key = /API key \(shown once[^:]*\): ([0-9a-f]{24})/.exec(created.stdout)?.[1];
    expect(key).toBeDefined();
    const listed = await silkpress('apikey', 'list');
    expect(listed.stdout).toContain('Sister site');
    expect(listed.stdout).toContain('120/min');
    expect(listed.stdout).not.toContain(key!);
    expect(listed.stdout).toContain('active');
    expect((await silkpress('apikey', 'revoke', '1')).code).toBe(0);
    expect((await silkpress('apikey', 'list')).stdout).toContain('revoked');
    expect((await silkpress('apikey', 'revoke', '1')).code).not.toBe(0);
    expect((await silkpress('spam', '--help')).stdout).toContain('eval');
  });
});
