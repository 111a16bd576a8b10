// Headless Debian Chromium driven by playwright-core, for browser tests. Skipped with a message
// when Chromium is missing (a failure under SILKPRESS_REQUIRE_ALL=1).
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { requirement } from './requirements.ts';

/** Where Debian installs Chromium. */
export const chromiumPath = process.env.SILKPRESS_CHROMIUM ?? '/usr/bin/chromium';

/** Whether browser tests can run here. */
export function chromiumAvailable(): boolean {
  return requirement(existsSync(chromiumPath), `Chromium (${chromiumPath}, Debian package "chromium")`);
}

/** Launches headless Chromium with the flags this workplace needs (no background networking). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
