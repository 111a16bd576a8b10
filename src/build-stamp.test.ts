import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STAMP_FILE, isBuildFresh, scanSources } from './build-stamp.ts';

describe('build stamp', () => {
  let dir: string;
  let src: string;
  let out: string;
  const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'silkpress-stamp-'));
    src = join(dir, 'src');
    out = join(dir, 'dist');
    mkdirSync(join(src, 'views'), { recursive: true });
    mkdirSync(out);
    for (const [file, time] of [
      ['main.ts', 1_000],
      ['views/theme.css', 2_000],
      ['main.test.ts', 9_000],
    ] as const) {
      writeFileSync(join(src, file), '');
      at(join(src, file), time);
    }
    writeFileSync(join(out, STAMP_FILE), JSON.stringify(scanSources(src)));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts source files and their newest time, tests left out', () => {
    expect(scanSources(src)).toEqual({ files: 2, newestMtimeMs: 2_000_000 });
    expect(isBuildFresh(src, out)).toBe(true);
  });

  it('is stale when a source changes, appears or disappears; a test file does not matter', () => {
    writeFileSync(join(src, 'other.test.ts'), '');
    expect(isBuildFresh(src, out)).toBe(true);
    at(join(src, 'main.ts'), 3_000);
    expect(isBuildFresh(src, out)).toBe(false);
    at(join(src, 'main.ts'), 1_000);
    writeFileSync(join(src, 'new.ts'), '');
    at(join(src, 'new.ts'), 500);
    expect(isBuildFresh(src, out)).toBe(false);
    rmSync(join(src, 'new.ts'));
    rmSync(join(src, 'views/theme.css'));
    expect(isBuildFresh(src, out)).toBe(false);
  });

  it('is current when the sources were not shipped with the build', () => {
    rmSync(src, { recursive: true });
    expect(isBuildFresh(src, out)).toBe(true);
  });

  it('is stale without a stamp', () => {
    rmSync(join(out, STAMP_FILE));
    expect(isBuildFresh(src, out)).toBe(false);
  });
});
