// `silkpress user …` against a scratch SQLite database (stdin is not a terminal here, so
// passwords are generated and printed once).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openServices } from '../../src/compose/index.ts';
import { loadConfig } from '../../src/config.ts';
import { logIn } from '../../src/users/login.ts';
import { silkpressInProcess } from '../support/cli-in-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'silkpress-cli-user-'));
const databaseUrl = `sqlite:${join(dir, 'cli.db')}`;
const env = { DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' };

/** Runs the command in-process; stdin is not a terminal here. */
const silkpress = (...args: string[]) => silkpressInProcess(env, args);

async function canLogIn(email: string, password: string): Promise<boolean> {
  const services = await openServices(loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' }));
  try {
    const result = await logIn(services.deps.accounts!, {
      email,
      password,
      ip: '127.0.0.1',
      userAgent: 'cli test',
    });
    return result.ok;
  } finally {
    await services.close();
  }
}

const generated = (stdout: string) => /Generated password[^:]*: (\S+)/.exec(stdout)?.[1] ?? '';

describe('silkpress user', { timeout: 120_000 }, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has help for each subcommand', async () => {
    const top = await silkpress('user', '--help');
    for (const sub of ['create', 'list', 'deactivate', 'set-password']) expect(top.stdout).toContain(sub);
    expect((await silkpress('user', 'create', '--help')).stdout).toContain('--role <role>');
    expect((await silkpress('user', 'set-password', '--help')).stdout).toContain('--email <email>');
  });

  it('creates the owner with a generated password that works', async () => {
    expect((await silkpress('user', 'list')).stdout).toContain('No accounts yet');
    const res = await silkpress(
      'user',
      'create',
      '--role',
      'owner',
      '--email',
      'Boss@News.Test',
      '--name',
      'Big Boss',
    );
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Created owner Big Boss <boss@news.test>.');
    const password = generated(res.stdout);
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(await canLogIn('boss@news.test', password)).toBe(true);
    expect((await silkpress('user', 'list')).stdout).toMatch(/boss@news\.test\towner\tactive\tBig Boss/);
  });

  it('refuses bad input with a clear message', async () => {
    const role = await silkpress('user', 'create', '--role', 'emperor', '--email', 'x@news.test');
    expect(role.code).toBe(1);
    expect(role.stderr).toContain('--role must be one of');
    const dup = await silkpress('user', 'create', '--email', 'boss@news.test');
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('already exists');
    const last = await silkpress('user', 'deactivate', '--email', 'boss@news.test');
    expect(last.code).toBe(1);
    expect(last.stderr).toContain('last owner');
  });

  it('sets a new password for a locked-out owner and deactivates others', async () => {
    const res = await silkpress('user', 'set-password', '--email', 'boss@news.test');
    expect(res.code).toBe(0);
    const password = generated(res.stdout);
    expect(await canLogIn('boss@news.test', password)).toBe(true);
    const editor = await silkpress('user', 'create', '--role', 'editor', '--email', 'ed@news.test');
    expect(editor.code).toBe(0);
    const off = await silkpress('user', 'deactivate', '--email', 'ed@news.test');
    expect(off.stdout).toContain('Deactivated');
    expect(await canLogIn('ed@news.test', generated(editor.stdout))).toBe(false);
    expect((await silkpress('user', 'list')).stdout).toMatch(/ed@news\.test\teditor\tdeactivated/);
  });
});
