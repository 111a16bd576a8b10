// Optional test requirements (PostgreSQL, Chromium, ../shared/data): skipped with a message on a
// user's machine, turned into failures when SILKPRESS_REQUIRE_ALL=1 (set by .ci/run).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const requireAll = process.env.SILKPRESS_REQUIRE_ALL === '1';

/** Repository root (the folder holding package.json). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The team's shared data folder (../shared/data beside the clone), or null when absent. */
export function sharedDataDir(): string | null {
  const dir = resolve(repoRoot, '../shared/data');
  return existsSync(dir) ? dir : null;
}

/**
 * Returns true when the requirement is met. When it is not, prints why the tests are skipped and
 * returns false, or throws when SILKPRESS_REQUIRE_ALL=1 so CI can never pass by skipping.
 */
export function requirement(met: boolean, what: string): boolean {
  if (met) return true;
  const message = `${what} is not available: skipping the tests that need it.`;
  if (requireAll) throw new Error(`SILKPRESS_REQUIRE_ALL=1 but ${what} is not available.`);
  console.warn(`[skip] ${message}`);
  return false;
}
