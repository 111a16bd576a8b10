// Whether a compiled build (dist/) still matches the sources: `npm run build` records how many
// source files there were and when the newest changed; bin/silkpress.js runs the compiled code
// only while that still holds, and the TypeScript sources through tsx otherwise, so an edit is
// never served from a stale build.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a build saw of the sources. */
export interface BuildStamp {
  files: number;
  newestMtimeMs: number;
}

/** Name of the stamp file in the output directory. */
export const STAMP_FILE = 'build-stamp.json';

/** Paths (relative to `srcDir`) of the source files, tests left out. */
export function listSourceFiles(srcDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else if (!entry.name.endsWith('.test.ts')) files.push(`${prefix}${entry.name}`);
    }
  };
  walk(srcDir, '');
  return files;
}

/** Counts the source files under `srcDir` and finds the newest modification time. */
export function scanSources(srcDir: string): BuildStamp {
  const files = listSourceFiles(srcDir);
  let newestMtimeMs = 0;
  for (const file of files) newestMtimeMs = Math.max(newestMtimeMs, statSync(join(srcDir, file)).mtimeMs);
  return { files: files.length, newestMtimeMs };
}

/**
 * True when `outDir` holds a build of exactly the sources now in `srcDir`, or a build shipped
 * without its sources (a deployment that copied only dist/): there is nothing it could be older
 * than.
 */
export function isBuildFresh(srcDir: string, outDir: string): boolean {
  let stamp: BuildStamp;
  try {
    stamp = JSON.parse(readFileSync(join(outDir, STAMP_FILE), 'utf8')) as BuildStamp;
  } catch {
    return false;
  }
  if (!existsSync(srcDir)) return true;
  const now = scanSources(srcDir);
  return now.files === stamp.files && now.newestMtimeMs <= stamp.newestMtimeMs;
}
