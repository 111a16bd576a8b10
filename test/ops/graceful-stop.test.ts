// Issue 13, defect 7: the README's start command (`npm start`) must stop gracefully on SIGTERM
// (systemd, Docker, Kubernetes) and on Ctrl-C: a request in flight is answered, the jobs stop,
// the database is closed, and the process exits 0. Before the fix npm's shell swallowed the
// signal and left Node serving as an orphan. The real command is spawned in a copy of the
// package's layout (its own dist/ and database), a comment POST is left half-sent, the signal is
// sent, and the rest of the body follows once new connections are refused. Checked to fail: with
// `exec` taken out of the start script, both tests fail (npm exits on the signal, Node is left).
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, type ExpectStatic, it } from 'vitest';
import { compiledDist } from '../support/compiled-cli.ts';
import { repoRoot } from '../support/requirements.ts';

function layout(dir: string, build: string): void {
  for (const sub of ['bin', 'scripts']) mkdirSync(join(dir, sub));
  for (const file of [
    'bin/silkpress.js',
    'scripts/build.ts',
    'package.json',
    'tsconfig.json',
    'tsconfig.build.json',
  ])
    copyFileSync(join(repoRoot, file), join(dir, file));
  symlinkSync(join(repoRoot, 'src'), join(dir, 'src'), 'dir');
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // A build of the present sources, copied after the files above so that it is newer than them:
  // `npm start` keeps it (build --if-stale) instead of compiling the same code again for each
  // run; test/cli/compiled-build.test.ts checks that choice.
  cpSync(build, join(dir, 'dist'), { recursive: true });
}

/** The started command: its output as it arrives, parsed JSON log lines, and conditions on them. */
class Started {
  stdout = '';
  stderr = '';
  constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (c: Buffer) => (this.stdout += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (this.stderr += c.toString()));
  }
  /** Silkpress's lines: everything after npm's own banner (which ends with a blank line). */
  logLines(): Record<string, unknown>[] {
    const ours = this.stdout.slice(this.stdout.indexOf('\n{') + 1);
    return ours
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }
  waitFor(what: string, test: (line: Record<string, unknown>) => boolean, ms = 170_000) {
    return new Promise<Record<string, unknown>>((resolve, reject) => {
      const check = () => {
        const done = this.stdout.includes('\n{') ? this.logLines().find(test) : undefined;
        if (!done) return false;
        clearInterval(poll);
        clearTimeout(timer);
        resolve(done);
        return true;
      };
      const poll = setInterval(check, 25);
      const timer = setTimeout(() => {
        clearInterval(poll);
        reject(new Error(`no "${what}" in time:\n${this.stdout}\n${this.stderr}`));
      }, ms);
      this.child.once('exit', () => check() || reject(new Error(`exited before "${what}": ${this.stderr}`)));
    });
  }
}

/** Resolves once a connection to `port` is refused: the listener has closed (fails after `ms`). */
async function untilRefused(port: number, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`port ${port} still accepts connections after ${ms} ms`);
    const refused = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => (s.destroy(), resolve(false)));
      s.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'));
    });
    if (refused) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** `promise`, or a failure naming `what` and the command's output after `ms`. */
function within<T>(promise: Promise<T>, what: string, started: Started, ms = 60_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${what} within ${ms} ms:\n${started.stdout}\n${started.stderr}`)),
      ms,
    );
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (err: unknown) => (clearTimeout(timer), reject(err instanceof Error ? err : new Error(String(err)))),
    );
  });
}

function readAll(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (c: Buffer) => (text += c.toString()));
    socket.once('close', () => resolve(text));
  });
}

// The two runs are independent (each has its own copy of the layout, database and server), so
// they run at the same time: their servers' starts overlap instead of adding up. Each copies the
// build the suite's command tests share (support/compiled-cli.ts: tsc, about 10 s of CPU, made
// once per state of the sources), which `npm start` finds current and keeps.
describe('the documented start command (npm start)', () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  const nodePids: number[] = [];
  let build = '';
  beforeAll(async () => {
    build = await compiledDist();
  }, 180_000);
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    // Without the fix Node outlives npm: never leave it serving.
    for (const pid of nodePids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone, as it should be
      }
    }
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const run = async (signal: 'SIGTERM' | 'SIGINT', toGroup: boolean, expect: ExpectStatic) => {
    const dir = mkdtempSync(join(tmpdir(), `silkpress-stop-${signal}-`));
    dirs.push(dir);
    layout(dir, build);
    const db = join(dir, `${signal}.db`);
    const child = spawn('npm', ['start'], {
      cwd: dir,
      detached: true,
      env: {
        ...process.env,
        DATABASE_URL: `sqlite:${db}`,
        MEDIA_DIR: join(dir, 'media'),
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'info',
        LOG_FORMAT: 'auto',
      },
    });
    children.push(child);
    // Listened for from the start: npm can exit in the same turn of the event loop that closes the
    // in-flight request's connection (the worker closes it once answered, then everything stops
    // within milliseconds), and an 'exit' listened for only after that answer was missed, leaving
    // the test waiting for an event that had passed (a timeout in the CI trial of 2026-12-06).
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.once('exit', (code, signal) => resolve([code, signal])),
    );
    const started = new Started(child);
    const running = await started.waitFor('running', (l) => String(l.msg).startsWith('Silkpress is running'));
    const origin = String(running.listening);
    const port = Number(new URL(origin).port);
    const nodePid = Number(running.pid);
    nodePids.push(nodePid);
    expect(nodePid).not.toBe(child.pid);
    expect(started.stdout).toContain('build: dist matches the sources, kept');

    const home = await (await fetch(`${origin}/`)).text();
    const articlePath = /href="(\/article\/[^"#?/]+)"/.exec(home)?.[1];
    expect(articlePath).toBeDefined();

    // A comment POST whose body is only half sent: the request is in flight.
    const body = 'comment=Still+here&author=Reader&email=';
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    const response = readAll(socket);
    socket.write(
      `POST ${articlePath}/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: in-flight-${signal}\r\n` +
        `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n` +
        body.slice(0, 10),
    );
    await started.waitFor('the request', (l) => l.reqId === `in-flight-${signal}`);

    if (toGroup) process.kill(-(child.pid as number), signal);
    else child.kill(signal);
    await started.waitFor('shutting down', (l) => l.signal === signal);
    await within(untilRefused(port), 'refused connection', started);
    socket.write(body.slice(10));
    const answer = await within(response, 'answer to the request in flight', started);
    expect(answer).toMatch(/^HTTP\/1\.1 422 /);
    expect(answer).toContain('Still here');
    expect(answer.trimEnd()).toMatch(/<\/html>$/);

    const [code, killedBy] = await within(exited, 'exit', started);
    expect({ code, killedBy }).toEqual({ code: 0, killedBy: null });
    // The in-flight request's keep-alive connection closed once it was answered, not at the 8 s cut.
    expect(started.logLines().map((l) => String(l.msg))).not.toContain(
      'requests still open after 8 s: closing their connections',
    );
    expect(started.logLines().some((l) => String(l.msg).startsWith('Stopped'))).toBe(true);
    // Node itself is gone (not orphaned), and SQLite was closed cleanly (its WAL folded back).
    expect(() => process.kill(nodePid, 0)).toThrow(/ESRCH/);
    expect(existsSync(db)).toBe(true);
    expect(existsSync(`${db}-wal`)).toBe(false);
    // Production output: every line Silkpress wrote is a JSON object (logLines() parses each).
    expect(started.logLines().length).toBeGreaterThan(4);
  };

  it.concurrent(
    'stops gracefully on SIGTERM sent to it, answering the request in flight',
    async ({ expect }) => {
      await run('SIGTERM', false, expect);
    },
    240_000,
  );

  it.concurrent(
    'stops gracefully on Ctrl-C (SIGINT to the whole process group)',
    async ({ expect }) => {
      await run('SIGINT', true, expect);
    },
    240_000,
  );
});
