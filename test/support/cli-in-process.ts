// The `silkpress` command run inside the test process: the program bin/silkpress.js runs (the
// same command tree from src/cli/program.ts, the same error report and exit codes), with what it
// prints captured and stdin given as text. A spawned command costs 1–2 s of CPU to start and load
// its modules (docs/testing.md); in-process the test worker has loaded them already. Tests about
// the process boundary itself (a compiled build, signals, real stdin and exit status) spawn the
// command with test/support/compiled-cli.ts instead.
import { Readable } from 'node:stream';
import { format } from 'node:util';
import type { Command } from 'commander';
import { vi } from 'vitest';
import { buildProgram, reportProgramError } from '../../src/cli/program.ts';

/** What a command printed and the exit code it ended with. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

let running = false;

/**
 * Runs `silkpress ...args` with `env` as its environment (nothing else of process.env) and `stdin`
 * as its standard input (not a terminal, as in a spawned command with a pipe).
 */
export async function silkpressInProcess(
  env: Record<string, string | undefined>,
  args: string[],
  stdin = '',
): Promise<CliResult> {
  // The captures below replace process-wide functions: one command at a time.
  if (running) throw new Error('silkpressInProcess: a command is already running');
  running = true;
  let stdout = '';
  let stderr = '';
  const toText = (chunk: unknown): string =>
    typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
  /** A stream's write: the text captured, the callback (if any) called as the stream would. */
  const capture =
    (append: (text: string) => void) =>
    (chunk: unknown, ...rest: unknown[]): boolean => {
      append(toText(chunk));
      const done = rest.find((r): r is () => void => typeof r === 'function');
      if (done) queueMicrotask(done);
      return true;
    };
  const toOut = (text: string): void => void (stdout += text);
  const toErr = (text: string): void => void (stderr += text);
  const input = Readable.from([Buffer.from(stdin, 'utf8')]);
  const spies = [
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => toOut(`${format(...a)}\n`)),
    vi.spyOn(console, 'info').mockImplementation((...a: unknown[]) => toOut(`${format(...a)}\n`)),
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => toErr(`${format(...a)}\n`)),
    vi.spyOn(console, 'warn').mockImplementation((...a: unknown[]) => toErr(`${format(...a)}\n`)),
    vi.spyOn(process.stdout, 'write').mockImplementation(capture(toOut) as typeof process.stdout.write),
    vi.spyOn(process.stderr, 'write').mockImplementation(capture(toErr) as typeof process.stderr.write),
    vi.spyOn(process, 'stdin', 'get').mockReturnValue(input as unknown as typeof process.stdin),
  ];
  const exitCodeBefore = process.exitCode;
  process.exitCode = undefined;
  let code: number;
  try {
    const program = buildProgram(env, async () => (await import('../../src/server.ts')).serverEntry);
    // bin/silkpress.js lets commander exit the process on a usage error; here it throws instead
    // (each command copies these settings when created, so set them on every command of the tree).
    const configure = (c: Command): void => {
      c.exitOverride().configureOutput({ writeOut: toOut, writeErr: toErr });
      c.commands.forEach(configure);
    };
    configure(program);
    try {
      await program.parseAsync(['node', 'silkpress', ...args]);
      code = Number(process.exitCode ?? 0);
    } catch (err) {
      code = await reportProgramError(err);
    }
  } finally {
    process.exitCode = exitCodeBefore;
    for (const spy of spies) spy.mockRestore();
    running = false;
  }
  return { code, stdout, stderr };
}
