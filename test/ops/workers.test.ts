// `silkpress start` with several workers (issue 17): the primary migrates and loads the demo once,
// forks the workers, which share the port; one runs the background jobs; a change made by another
// process (here `silkpress import wxr` beside the running server) reaches every worker's page
// cache through the SQLite change log; a worker that dies is replaced; SIGTERM stops them all and
// the primary exits 0.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKER_V8_FLAGS } from '../../src/cli/worker-flags.ts';
import { compiledCli } from '../support/compiled-cli.ts';
import { repoRoot } from '../support/requirements.ts';

const run = promisify(execFile);

/** One request on a new connection, so the cluster hands it to the next worker. */
function fresh(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false, headers: { 'accept-encoding': 'identity' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

async function until<T>(what: string, probe: () => Promise<T | null>, ms = 60_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const found = await probe();
    if (found !== null) return found;
    if (Date.now() - started > ms) throw new Error(`no ${what} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** "pid args" of the worker processes of the primary `pid` (not the TypeScript loader's esbuild helper). */
async function workerLines(pid: number): Promise<string[]> {
  const { stdout } = await run('ps', ['-o', 'pid=,args=', '--ppid', String(pid)]).catch(() => ({
    stdout: '',
  }));
  return stdout.split('\n').filter((line) => line.includes('silkpress.js'));
}

/** The worker processes of the primary `pid`. */
async function childPids(pid: number): Promise<number[]> {
  return (await workerLines(pid)).map((line) => Number.parseInt(line.trim(), 10)).filter((n) => n > 0);
}

describe('silkpress start with two workers (SQLite)', () => {
  let dir: string;
  let child: ChildProcess;
  let out = '';
  let origin = '';
  const env = (): NodeJS.ProcessEnv => ({
    ...process.env,
    DATABASE_URL: `sqlite:${join(dir, 'site.db')}`,
    MEDIA_DIR: join(dir, 'media'),
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'info',
    WORKERS: '2',
  });
  const lines = (): Record<string, unknown>[] =>
    out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'silkpress-workers-'));
    child = spawn(process.execPath, [await compiledCli(), 'start'], { cwd: repoRoot, env: env() });
    child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    const running = await until(
      'startup line',
      async () => lines().find((l) => String(l.msg).startsWith('Silkpress is running')) ?? null,
      120_000,
    );
    origin = String(running.listening);
  }, 150_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      for (const pid of await childPids(child.pid ?? 0)) process.kill(pid, 'SIGKILL');
      child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the demo once, announces itself once, and serves from both workers', async () => {
    expect(lines().filter((l) => String(l.msg).startsWith('Silkpress is running'))).toHaveLength(1);
    expect(lines().filter((l) => String(l.msg).startsWith('First run: loaded demo content'))).toHaveLength(1);
    expect((await childPids(child.pid ?? 0)).length).toBe(2);
    // One worker runs the background jobs, the other serves only: both are ready.
    const seen = new Set<string>();
    await until('both workers', async () => {
      const res = await fresh(`${origin}/readyz`);
      expect(res.status).toBe(200);
      seen.add(String((JSON.parse(res.body) as { checks: { jobs: string } }).checks.jobs));
      return seen.size === 2 ? true : null;
    });
    expect([...seen].sort()).toEqual(['elsewhere', 'running']);
  });

  it('runs the workers with the production heap flags, though the primary was started without them', async () => {
    const workers = await workerLines(child.pid ?? 0);
    expect(workers).toHaveLength(2);
    for (const line of workers) for (const flag of WORKER_V8_FLAGS) expect(line).toContain(flag);
  });

  it('purges every worker’s cached page when another process changes the site', async () => {
    // Warm the archive in both workers' caches.
    for (let i = 0; i < 6; i++)
      expect((await fresh(`${origin}/archive`)).body).not.toContain('href="/archive/2009/03"');
    await run(
      process.execPath,
      [await compiledCli(), 'import', 'wxr', join(repoRoot, 'test/fixtures/wxr/wxr-1.0.xml')],
      { cwd: repoRoot, env: env() },
    );
    await until(
      'the imported post on the archive',
      async () => {
        const bodies = await Promise.all([1, 2, 3, 4].map(() => fresh(`${origin}/archive`)));
        return bodies.every((b) => b.body.includes('href="/archive/2009/03"')) ? true : null;
      },
      15_000,
    );
  }, 120_000);

  it('replaces a worker that dies, and keeps serving meanwhile', async () => {
    const [victim] = await childPids(child.pid ?? 0);
    process.kill(victim ?? 0, 'SIGKILL');
    await until('a replacement', async () =>
      lines().some((l) => l.msg === 'replacement worker is serving') ? true : null,
    );
    const pids = await childPids(child.pid ?? 0);
    expect(pids).toHaveLength(2);
    expect(pids).not.toContain(victim);
    for (let i = 0; i < 4; i++) expect((await fresh(`${origin}/`)).status).toBe(200);
  }, 90_000);

  it('stops every worker gracefully on SIGTERM and exits 0', async () => {
    const pids = await childPids(child.pid ?? 0);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
  });
});
