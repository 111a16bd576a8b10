// `silkpress apikey create|list|revoke` against a scratch SQLite database, and `silkpress spam`
// reachable from the program (run in-process: test/support/cli-in-process.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silkpressInProcess, type CliResult } from '../support/cli-in-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'silkpress-apikey-'));
const env = { DATABASE_URL: `sqlite:${join(dir, 'cli.db')}`, LOG_LEVEL: 'silent' };

const silkpress = (...args: string[]): Promise<CliResult> => silkpressInProcess(env, args);

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
