// Runs a server in its own Node process, so its memory and CPU time can be read from /proc:
// Silkpress exactly as production runs it (`silkpress start` on the compiled build, no
// TypeScript loader), or a bench entry such as baseline-child.ts (through tsx), which reports
// its port over IPC.
import { type ChildProcess, fork, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { type ProcessMemory, readProcessMemory, readServerMemory } from './proc-memory.ts';

/** A server running in a child process. */
export interface ChildServer {
  pid: number;
  url: string;
  memory(): Promise<ProcessMemory | null>;
  stop(): Promise<void>;
}

/** How to start a child server. */
export interface ChildServerOptions {
  entry: URL;
  args?: string[];
  env?: Record<string, string>;
  /** Extra Node flags, e.g. ['--cpu-prof', '--cpu-prof-dir=…']. */
  nodeFlags?: string[];
  timeoutMs?: number;
}

/** Forks the entry with tsx and resolves once it is listening. */
export async function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const child: ChildProcess = fork(options.entry, options.args ?? [], {
    execArgv: ['--import', 'tsx', ...(options.nodeFlags ?? [])],
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${options.entry.pathname}`);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.entry.pathname} did not start in time`));
    }, options.timeoutMs ?? 60_000);
    child.on('message', (message: { type?: string; port?: number }) => {
      if (message.type !== 'listening' || !message.port) return;
      clearTimeout(timer);
      resolve(message.port);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.entry.pathname} exited with code ${code} before listening`));
    });
  });
  return {
    pid,
    url: `http://127.0.0.1:${port}`,
    memory: () => readProcessMemory(pid),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Sends `signal` and waits for the child to exit, killing it after 15 s. */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

let built = false;

/** Builds dist/ (`npm run build`) once per bench process, so the servers run current code. */
export function buildOnce(): void {
  if (built) return;
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', new URL('../../scripts/build.ts', import.meta.url).pathname],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) throw new Error('npm run build failed');
  built = true;
}

/** How to start Silkpress. */
export interface SilkpressServerOptions {
  /** Environment on top of this process's; DATABASE_URL at least. */
  env: Record<string, string>;
  /** Extra Node flags, e.g. ['--cpu-prof', '--cpu-prof-dir=…']. */
  nodeFlags?: string[];
  timeoutMs?: number;
  /**
   * Another checkout's root, already built (`npm run build` there), to run its build instead of
   * this one's (bench/ab.ts). Without it, this checkout is built first.
   */
  checkout?: string;
}

/**
 * The Node flags production runs Silkpress with (docs/scaling.md, `npm start`): semi-spaces of
 * 4 MB since 2026-12-06 evening (4-13 MB less RSS a process, CPU per response within the noise of
 * interleaved A/Bs on the 50- and the 500-comment page; docs/scaling.md, "Memory per worker,
 * 2026-12-06, evening"), 8 MB that afternoon (16 before: the same CPU per response in interleaved A/Bs of the
 * 50-comment page at two workers and the 500-comment page at one, 16-20 MB less RSS a process,
 * once kept reads and frames made the pages allocate less; docs/scaling.md), named rather than
 * left to the Node version's default. 32 MB (the flag until 2026-12-05)
 * spent the same CPU per cache-off article page in an interleaved A/B (`npm run bench:ab`, 8
 * rounds: 1.86 against 1.73 ms) and held about 30 MB more per worker. The old generation is
 * collected once it has grown by 50% (V8 otherwise lets a small heap grow up to four times
 * first): some 40 MB less per worker after the load, 3% more CPU per 500-comment page (25% saved
 * 8 MB more and cost 6% more than 50 on that page; docs/scaling.md). `--minor-gc-task-trigger=40`
 * saved 11-19% per response with one worker but cost ~10% with one worker per core, the default
 * (docs/scaling.md, 2026-12-06), so it is not among them.
 */
export const PRODUCTION_NODE_FLAGS = ['--max-semi-space-size=4', '--heap-growing-percent=50'];

/**
 * Starts `silkpress start --no-demo` on loopback with an ephemeral port, with the production Node
 * flags, from the compiled build (built first; SILKPRESS_REQUIRE_BUILD makes a stale one an error
 * rather than a silent fallback to the sources), and resolves once it prints where it listens.
 * Stops with SIGTERM, as a service manager would.
 */
export async function startSilkpressServer(options: SilkpressServerOptions): Promise<ChildServer> {
  if (options.checkout === undefined) buildOnce();
  const bin =
    options.checkout === undefined
      ? new URL('../../bin/silkpress.js', import.meta.url).pathname
      : join(options.checkout, 'bin', 'silkpress.js');
  const flags = [...PRODUCTION_NODE_FLAGS, ...(options.nodeFlags ?? [])];
  const child = spawn(process.execPath, [...flags, bin, 'start', '--no-demo'], {
    env: {
      ...process.env,
      SITE_URL: 'http://127.0.0.1:0',
      // One process unless the caller asks for more: rows stay comparable with earlier runs, and
      // memory is that of the one process serving.
      WORKERS: '1',
      ...options.env,
      HOST: '127.0.0.1',
      PORT: '0',
      SILKPRESS_REQUIRE_BUILD: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start silkpress');
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`silkpress did not start in time: ${out}`));
    }, options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match =
        /listening on (http:\/\/[^\s)]+)/.exec(out) ?? /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`silkpress exited with code ${code} before listening: ${out}`));
    });
  });
  return {
    pid,
    url,
    memory: () => readServerMemory(pid),
    stop: () => stopChild(child),
  };
}
