// `npm run build`: compiles src/ to dist/ for production. tsc emits JavaScript without type
// checking (`npm run typecheck` does that), rewriting `.ts` import specifiers to `.js`; the files
// the code reads at run time (CSS, browser scripts, word lists) are copied beside it; a stamp
// tells bin/silkpress.js whether dist/ still matches src/. `--out DIR` builds elsewhere (tests).
// `--if-stale` (what `npm start` runs) keeps a build that still matches the sources and the
// compiler's configuration, so a restart does not spend ~10 s of CPU recompiling the same code.
// Production runs the compiled code: no TypeScript loader in the process (about 50 MB less
// memory, see bench/README.md).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAMP_FILE, isBuildFresh, listSourceFiles, scanSources } from '../src/build-stamp.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(root, 'src');

function outDirOf(argv: string[]): string {
  const i = argv.indexOf('--out');
  return i >= 0 && argv[i + 1] ? resolve(argv[i + 1] ?? '') : join(root, 'dist');
}

/** Copies the files the compiled code reads at run time (all but TypeScript and Markdown). */
function copyAssets(from: string, to: string): number {
  let copied = 0;
  for (const file of listSourceFiles(from)) {
    const target = join(to, file);
    // TypeScript and Markdown are not read at run time; JSON imports were emitted by tsc.
    if (file.endsWith('.ts') || file.endsWith('.md') || existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(from, file), target);
    copied++;
  }
  return copied;
}

/** Files outside src/ that change what tsc emits: an edit or an upgrade of any means a rebuild. */
const BUILD_INPUTS = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json', 'package.json'];

/** True when `out` holds a build of the present sources made after every build input last changed. */
function buildIsCurrent(out: string): boolean {
  if (!existsSync(srcDir) || !isBuildFresh(srcDir, out)) return false;
  const stampMtime = statSync(join(out, STAMP_FILE)).mtimeMs;
  return BUILD_INPUTS.every((file) => {
    const path = join(root, file);
    return !existsSync(path) || statSync(path).mtimeMs <= stampMtime;
  });
}

const out = outDirOf(process.argv.slice(2));
if (process.argv.includes('--if-stale') && buildIsCurrent(out)) {
  console.log(`build: ${relative(process.cwd(), out) || '.'} matches the sources, kept`);
  process.exit(0);
}
const started = performance.now();
// The stamp describes the sources as they were when the build started: an edit made during the
// build makes it stale at once.
const stamp = scanSources(srcDir);
rmSync(out, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', out], {
  stdio: 'inherit',
});
if (result.status !== 0) {
  console.error(`build: tsc failed (exit ${result.status ?? result.signal})`);
  process.exit(1);
}
const assets = copyAssets(srcDir, out);
writeFileSync(join(out, STAMP_FILE), `${JSON.stringify(stamp)}\n`);
console.log(
  `build: ${stamp.files} source files → ${relative(process.cwd(), out) || '.'} ` +
    `(${assets} assets copied) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
