import { defineConfig } from 'vitest/config';

// Two projects: `unit` (tests beside the code in src/: no database, no browser, no server; the
// fast inner loop, `npm run test:unit`) and `integration` (test/: HTTP, both databases, Chromium).
// `npm test` runs both.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Vitest's default is one file at a time on a 2-core machine (cores - 1). Most integration
    // files wait on PostgreSQL, Chromium or a spawned server far more than they compute: three at a
    // time ran test/admin + test/contracts in 85 s instead of 183 s (same minute, load 6-8).
    maxWorkers: 3,
    hookTimeout: 60_000,
    // Html values given to string matchers fail loudly (see the file).
    setupFiles: ['test/support/html-guard.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          pool: 'threads',
          // As for integration below: each thread loads the modules once (npm run test:unit 23.6 s
          // → 7.0 s; no unit test mocks a module, fakes timers or changes the environment).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          pool: 'forks',
          // Each of the three forks loads the application's ~500 modules once and runs its files
          // one after another, instead of loading them again for every file: at load average 18,
          // test/http + test/admin (18 files) took 102 s instead of 160 s, of which module
          // imports 55 s instead of 196 s. Files share a process, not state: every site, database
          // and server is made by the file that uses it, and no test mocks a module.
          isolate: false,
        },
      },
    ],
  },
});
