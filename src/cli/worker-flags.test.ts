import { describe, expect, it } from 'vitest';
import { WORKER_V8_FLAGS, workerExecArgv } from './worker-flags.ts';

describe('workerExecArgv', () => {
  it('adds the production heap flags to a primary started without them', () => {
    expect(workerExecArgv([], undefined)).toEqual([...WORKER_V8_FLAGS]);
    expect(workerExecArgv(['--enable-source-maps'], '')).toEqual([
      '--enable-source-maps',
      ...WORKER_V8_FLAGS,
    ]);
  });

  it("keeps the primary's own flags and adds nothing it already set", () => {
    const own = ['--max-semi-space-size=4', '--heap-growing-percent=50'];
    expect(workerExecArgv(own, undefined)).toEqual(own);
  });

  it('never overrides a value the operator chose, on the command line or in NODE_OPTIONS, in either spelling', () => {
    expect(workerExecArgv(['--max_semi_space_size=32'], undefined)).toEqual([
      '--max_semi_space_size=32',
      '--heap-growing-percent=50',
    ]);
    expect(workerExecArgv([], '--heap-growing-percent=25 --max-old-space-size=512')).toEqual([
      '--max-semi-space-size=4',
    ]);
  });

  it("matches package.json's start command, so npm start and a bare start run workers alike", async () => {
    const { readFile } = await import('node:fs/promises');
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    for (const flag of WORKER_V8_FLAGS) expect(pkg.scripts.start).toContain(flag);
  });
});
