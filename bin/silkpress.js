#!/usr/bin/env node
// Entry point of the `silkpress` command. Runs the compiled build (dist/, made by `npm run build`;
// `npm start` builds first) when it matches the sources, so production carries no TypeScript
// loader; otherwise loads the TypeScript sources through tsx, so a checkout works without a build
// and an edit is never served from a stale one. SILKPRESS_FROM_SOURCE=1 forces the sources;
// SILKPRESS_REQUIRE_BUILD=1 refuses to start without a current build (benchmarks use it).
import { existsSync } from 'node:fs';
import { URL, fileURLToPath } from 'node:url';

const dist = new URL('../dist/', import.meta.url);

async function compiledEntry() {
  if (process.env.SILKPRESS_FROM_SOURCE === '1') return null;
  const stampModule = new URL('build-stamp.js', dist);
  if (!existsSync(stampModule)) return null;
  const { isBuildFresh } = await import(stampModule.href);
  const fresh = isBuildFresh(fileURLToPath(new URL('../src/', import.meta.url)), fileURLToPath(dist));
  return fresh ? new URL('main.js', dist).href : null;
}

const compiled = await compiledEntry();
if (!compiled && process.env.SILKPRESS_REQUIRE_BUILD === '1') {
  console.error('silkpress: dist/ is missing or older than src/; run `npm run build` first.');
  process.exit(1);
}
let program;
if (compiled) {
  program = await import(compiled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  program = await import('../src/main.ts');
}
await program.runCli(process.argv);
