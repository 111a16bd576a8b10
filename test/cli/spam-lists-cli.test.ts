// `silkpress spam lists add|list|refresh|disable|remove` and `spam check --lists` against a
// scratch SQLite database, with lists in local files (the HTTP path is test/spam/spam-lists.test.ts).
// The commands run in-process; one `spam check` is the compiled command reading a real pipe.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silkpressInProcess, type CliResult } from '../support/cli-in-process.ts';
import { compiledCli } from '../support/compiled-cli.ts';
import { repoRoot } from '../support/requirements.ts';

const dir = mkdtempSync(join(tmpdir(), 'silkpress-lists-cli-'));
const env = { DATABASE_URL: `sqlite:${join(dir, 'cli.db')}`, LOG_LEVEL: 'silent' };

const silkpress = (args: string[], input?: string): Promise<CliResult> =>
  silkpressInProcess(env, args, input);

/** The compiled command as an operator runs it, stdin a pipe. */
async function spawned(args: string[], input: string): Promise<CliResult> {
  const bin = await compiledCli();
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { cwd: repoRoot, env: { ...process.env, ...env } },
      (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}

describe('silkpress spam lists', { timeout: 180_000 }, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds lists (loading them at once), lists their status, checks a comment, refreshes and removes', async () => {
    const ips = join(dir, 'ips.txt');
    writeFileSync(ips, '# forum spam\n203.0.113.0/24\n999.1.1.1\n');
    const added = await silkpress(['spam', 'lists', 'add', 'forum-spam-ips', ips, '--kind', 'ip']);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toBe(
      "Added list 'forum-spam-ips'.\nforum-spam-ips: loaded 1 entries (1 malformed lines skipped)\n",
    );
    const bad = await silkpress([
      'spam',
      'lists',
      'add',
      'x',
      ips,
      '--kind',
      'ip',
      '--format',
      'hosts',
      '--refresh',
      '1',
    ]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain(
      'refreshMinutes: at least 5 minutes; format: hosts files hold domains: use --kind domain',
    );
    const dup = await silkpress(['spam', 'lists', 'add', 'forum-spam-ips', ips, '--kind', 'ip']);
    expect(dup.stderr).toContain("a list named 'forum-spam-ips' exists already");

    const listed = await silkpress(['spam', 'lists', 'list']);
    expect(listed.stdout).toContain(
      'forum-spam-ips: ip list, lines; weight 2, holds for moderation; every 360 min',
    );
    expect(listed.stdout).toContain('1 entries, 1 malformed lines skipped; loaded ');
    expect(listed.stdout).toContain('line 3: not an IP address or CIDR block: 999.1.1.1');

    const comment = JSON.stringify({
      content: 'A fair point about the budget.',
      ip: '203.0.113.7',
      email: 'a@mailinator.com',
    });
    const checked = await spawned(['spam', 'check', '--lists'], comment);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^hold \(spam probability/);
    expect(checked.stdout).toContain(
      "list-ip: IP address is on list 'forum-spam-ips' (CIDR 203.0.113.0/24), held for moderation",
    );
    expect(checked.stdout).toContain(
      'disposable-email: e-mail address at a disposable-mail domain (mailinator.com)',
    );
    expect(checked.stdout).toContain(
      "List hits:\n  IP 203.0.113.7 is on list 'forum-spam-ips' (CIDR 203.0.113.0/24), held for moderation",
    );

    rmSync(ips);
    const refreshed = await silkpress(['spam', 'lists', 'refresh']);
    expect(refreshed.code).toBe(1);
    expect(refreshed.stdout).toMatch(
      /forum-spam-ips: FAILED: cannot read .*ips\.txt \(ENOENT\) \(the last good copy stays in use\)/,
    );
    expect((await silkpress(['spam', 'lists', 'list'])).stdout).toMatch(
      /1 entries[\s\S]*last refresh FAILED/,
    );
    expect((await silkpress(['spam', 'check', '--lists'], comment)).stdout).toContain('list-ip');

    expect((await silkpress(['spam', 'lists', 'disable', 'forum-spam-ips'])).stdout).toBe(
      "List 'forum-spam-ips' disabled.\n",
    );
    expect((await silkpress(['spam', 'check', '--lists'], comment)).stdout).not.toContain('list-ip');
    expect((await silkpress(['spam', 'lists', 'remove', 'forum-spam-ips'])).stdout).toBe(
      "Removed list 'forum-spam-ips'.\n",
    );
    expect((await silkpress(['spam', 'lists', 'remove', 'forum-spam-ips'])).stderr).toContain(
      "no list named 'forum-spam-ips'",
    );
    expect((await silkpress(['spam', 'lists', 'list'])).stdout).toContain('No reputation lists.');
  });
});
