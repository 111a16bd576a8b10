// What `silkpress start` says and remembers: the first-account hint only while no owner can sign
// in, and the public address stored in the settings so `export wxr` without SITE_URL links to the
// real site (issue 19, item 10). Run on SQLite and PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startupLines } from '../../src/cli/serve.ts';
import { exportSiteUrl } from '../../src/cli/commands/export-run.ts';
import { loadConfig } from '../../src/config.ts';
import { startServer } from '../../src/server.ts';
import { storedSiteUrl } from '../../src/settings/site-url.ts';
import { createScratchDatabase, type ScratchDatabase, testDialects } from '../support/test-db.ts';

for (const dialect of testDialects()) {
  describe(`start-up message and stored site URL [${dialect}]`, { timeout: 60_000 }, () => {
    let scratch: ScratchDatabase;
    let media: string;
    const config = (env: Record<string, string> = {}) =>
      loadConfig({
        DATABASE_URL: scratch.url,
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'silent',
        MEDIA_DIR: media,
        ...env,
      });
    const start = (env: Record<string, string> = {}) => startServer(config(env), { demo: false });

    beforeAll(async () => {
      scratch = await createScratchDatabase(dialect);
      media = mkdtempSync(join(tmpdir(), 'silkpress-start-'));
    });
    afterAll(async () => {
      await scratch?.drop();
      rmSync(media, { recursive: true, force: true });
    });

    it('offers to create the first account only while no owner exists', async () => {
      const server = await start();
      try {
        const before = await startupLines(server);
        expect(before.join('\n')).toContain('Create the first admin account');
        await server.services.deps.users.create(
          {
            email: 'owner@example.org',
            name: 'Owner',
            slug: 'owner',
            bio: '',
            role: 'owner',
            passwordHash: 'x',
          },
          new Date(),
        );
        const after = (await startupLines(server)).join('\n');
        expect(after).not.toContain('Create the first admin account');
        expect(after).toContain(`Sign in at ${server.url}/admin`);
      } finally {
        await server.stop();
      }
    });

    it('stores the served address; SITE_URL replaces it, a default never does', async () => {
      const first = await start();
      const stored = await storedSiteUrl(first.services.deps.settings);
      await first.stop();
      // The first start on this database stored its default address; a later default keeps it.
      expect(stored).toMatch(/^http:\/\/localhost:\d+$/);
      const second = await start();
      expect(await storedSiteUrl(second.services.deps.settings)).toBe(stored);
      await second.stop();
      const configured = await start({ SITE_URL: 'https://news.example.org/' });
      expect(await storedSiteUrl(configured.services.deps.settings)).toBe('https://news.example.org');
      await configured.stop();
      const again = await start();
      try {
        expect(await storedSiteUrl(again.services.deps.settings)).toBe('https://news.example.org');
        // The CLI export without SITE_URL uses it; --site-url and SITE_URL still win.
        const cfg = config();
        expect(await exportSiteUrl(undefined, cfg, again.services)).toBe('https://news.example.org');
        expect(await exportSiteUrl('https://other.example/', cfg, again.services)).toBe(
          'https://other.example',
        );
        await expect(exportSiteUrl('ftp://x', cfg, again.services)).rejects.toThrow('--site-url');
        const withEnv = config({ SITE_URL: 'https://env.example' });
        expect(await exportSiteUrl(undefined, withEnv, again.services)).toBe('https://env.example');
      } finally {
        await again.stop();
      }
    });
  });
}
