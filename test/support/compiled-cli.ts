// The `silkpress` command as tests spawn it: bin/silkpress.js beside a compiled build of the
// current sources, in a layout of its own under the system's temp folder (bin/ copied, src/ and
// node_modules/ linked, dist/ built), exactly as production runs it. Started from the sources
// instead, every spawn would compile the TypeScript graph through tsx again (about 3 s of CPU
// against 1 s for the build, measured with `time node bin/silkpress.js --help`), and the suite
// spawns the command dozens of times.
//
// The build is made once per state of the sources and shared: the folder's name carries the
// repository's path and the sources' stamp (file count, newest change), the first test process
// to need it builds it under a lock (an atomic mkdir) while the others wait, and a later run with
// unchanged sources reuses it. If a source changes while tests run, bin/silkpress.js sees the
// build is stale and loads the sources itself, so a test never runs old code.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { scanSources } from '../../src/build-stamp.ts';
import { repoRoot } from './requirements.ts';

const PREFIX = 'silkpress-test-cli-';
/** A lock older than this was left by a killed test run. */
const STALE_LOCK_MS = 5 * 60_000;

let built: Promise<string> | null = null;

/** Path of a bin/silkpress.js that runs the compiled build of the current sources. */
export function compiledCli(): Promise<string> {
  built ??= ensureBuilt();
  return built;
}

/**
 * The dist/ folder of that build, for a test that lays out a command of its own (copy it: the
 * folder is shared, and read by other test processes).
 */
export async function compiledDist(): Promise<string> {
  return join(dirname(dirname(await compiledCli())), 'dist');
}

function folderFor(): { dir: string; repoKey: string } {
  const stamp = scanSources(join(repoRoot, 'src'));
  const repoKey = createHash('sha256').update(repoRoot).digest('hex').slice(0, 10);
  const sources = createHash('sha256').update(`${stamp.files}:${stamp.newestMtimeMs}`).digest('hex');
  return { dir: join(tmpdir(), `${PREFIX}${repoKey}-${sources.slice(0, 12)}`), repoKey };
}

async function ensureBuilt(): Promise<string> {
  const { dir, repoKey } = folderFor();
  const bin = join(dir, 'bin/silkpress.js');
  const ready = join(dir, 'ready');
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(ready)) return bin;
    try {
      mkdirSync(lock);
    } catch {
      // Another test process is building: wait for it, or take over a lock it left behind.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > STALE_LOCK_MS)
        rmSync(lock, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      if (!existsSync(ready)) await build(dir, repoKey);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

async function build(dir: string, repoKey: string): Promise<void> {
  // Builds of this repository's earlier sources are of no further use.
  for (const name of readdirSync(tmpdir()))
    if (name.startsWith(`${PREFIX}${repoKey}-`) && !name.endsWith('.lock'))
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
  mkdirSync(join(dir, 'bin'), { recursive: true });
  copyFileSync(join(repoRoot, 'bin/silkpress.js'), join(dir, 'bin/silkpress.js'));
  copyFileSync(join(repoRoot, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(repoRoot, 'src'), join(dir, 'src'), 'dir');
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'scripts/build.ts'), '--out', join(dir, 'dist')],
    { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`building the command for the tests failed (exit ${code}): ${stderr}`);
  }
  writeFileSync(join(dir, 'ready'), new Date().toISOString());
}
