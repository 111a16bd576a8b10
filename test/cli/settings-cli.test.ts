// `silkpress settings comments show|set` on both databases: every setting printed as name=value,
// changes checked like the admin page's, stored, audited under the CLI's name, and refused
// (non-zero exit, nothing stored) when a name or value is wrong.
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../src/cli/program.ts';
import { openServices } from '../../src/compose/index.ts';
import { loadConfig } from '../../src/config.ts';
import { serverEntry } from '../../src/server.ts';
import { createScratchDatabase, type ScratchDatabase, testDialects } from '../support/test-db.ts';

/** Runs the command in-process; returns its exit code and what it printed. */
async function run(
  env: Record<string, string>,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi
    .spyOn(console, 'error')
    .mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const program = buildProgram(env, async () => serverEntry);
  const configure = (c: Command): void => {
    c.exitOverride().configureOutput({
      writeOut: (s) => void out.push(s),
      writeErr: (s) => void err.push(s),
    });
    c.commands.forEach(configure);
  };
  configure(program);
  let code = 0;
  try {
    await program.parseAsync(['node', 'silkpress', ...args]);
  } catch (e) {
    const commanderCode = (e as { exitCode?: number }).exitCode;
    code = typeof commanderCode === 'number' ? commanderCode : 1;
    if (commanderCode === undefined) err.push(e instanceof Error ? e.message : String(e));
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

for (const dialect of testDialects()) {
  describe(`silkpress settings comments [${dialect}]`, { timeout: 120_000 }, () => {
    let scratch: ScratchDatabase;
    let env: Record<string, string>;
    const silkpress = (...args: string[]) => run(env, args);
    const stored = async () => {
      const services = await openServices(loadConfig(env));
      try {
        return {
          settings: await services.deps.comments.settings(),
          audit: (
            await services.deps.accounts.audit.list({ action: 'settings.updated', limit: 10, offset: 0 })
          ).items,
        };
      } finally {
        await services.close();
      }
    };

    beforeAll(async () => {
      scratch = await createScratchDatabase(dialect);
      env = { DATABASE_URL: scratch.url, LOG_LEVEL: 'silent' };
    });
    afterAll(async () => scratch.drop());

    it('shows every setting as name=value, defaults first', async () => {
      const res = await silkpress('settings', 'comments', 'show');
      expect(res.code).toBe(0);
      const lines = res.stdout.trim().split('\n');
      expect(lines).toHaveLength(14);
      expect(lines).toContain('holdAll=false');
      expect(lines).toContain('holdWords=');
      expect(lines).toContain('order=oldest');
      expect(lines).toContain('ipRetentionDays=30');
    });

    it('sets some settings, keeps the others, and audits the change', async () => {
      const res = await silkpress(
        'settings',
        'comments',
        'set',
        'holdAll=true',
        'linkLimit=0',
        'holdWords=casino, free money',
        'order=newest',
      );
      expect(res.code).toBe(0);
      expect(res.stdout).toContain('Changed: holdAll, linkLimit, holdWords, order.');
      const { settings, audit } = await stored();
      expect(settings).toMatchObject({
        holdAll: true,
        linkLimit: 0,
        holdWords: ['casino', 'free money'],
        order: 'newest',
        holdFirstTime: true,
        perPage: 50,
      });
      expect(audit[0]).toMatchObject({
        actorId: null,
        actorName: 'silkpress CLI',
        action: 'settings.updated',
      });
      expect(audit[0]!.details.changed).toEqual([
        'commentsHoldAll',
        'commentsLinkLimit',
        'commentsHoldWords',
        'commentsOrder',
      ]);
      const shown = await silkpress('settings', 'comments', 'show');
      expect(shown.stdout).toContain('holdWords=casino,free money');
      // What `show` prints is what `set` takes: setting it all again changes nothing.
      const again = await silkpress('settings', 'comments', 'set', ...shown.stdout.trim().split('\n'));
      expect(again.stdout).toContain('Nothing changed.');
    });

    it('refuses unknown names and wrong values, storing nothing', async () => {
      const before = await stored();
      const unknown = await silkpress('settings', 'comments', 'set', 'holdall=true');
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('Unknown setting "holdall"');
      const wrong = await silkpress('settings', 'comments', 'set', 'perPage=0', 'holdAll=perhaps');
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toContain('perPage: Enter a whole number from 1 to 500.');
      expect(wrong.stderr).toContain('holdAll: Enter true or false.');
      expect(await stored()).toEqual(before);
    });
  });
}
