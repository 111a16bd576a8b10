// Runs a server entry (server-child.ts or baseline-child.ts) in its own Node process, so its
// memory can be read from /proc, and waits for it to report its port.
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { type ProcessMemory, readProcessMemory } from './proc-memory.ts';

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
