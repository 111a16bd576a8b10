import { defineConfig } from 'vitest/config';

// Two projects: `unit` (tests beside the code in src/: no database, no browser, no server; the
// fast inner loop, `npm run test:unit`) and `integration` (test/: HTTP, both databases, Chromium).
// `npm test` runs both.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Html values given to string matchers fail loudly (see the file).
    setupFiles: ['test/support/html-guard.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'], pool: 'threads' },
      },
      {
        extends: true,
        test: { name: 'integration', include: ['test/**/*.test.ts'], pool: 'forks' },
      },
    ],
  },
});
