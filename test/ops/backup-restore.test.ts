// `silkpress backup` / `restore` (issue 13): a backup taken while the site serves (and writes),
// restored into a fresh site, serves the same pages and media; restoring over a site that has
// data is refused without --force. On SQLite (online backup API) and PostgreSQL (pg_dump).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup, restoreBackup } from '../../src/cli/backup-archive.ts';
import { BackupError } from '../../src/db/backup.ts';
import { createScratchDatabase, type ScratchDatabase, testDialects } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

const NOW = '2026-11-26T12:00:00Z';
const MEDIA_NAME = '00112233445566aa-40w.png';

/** Pages and a media file whose bytes must come back identical. */
async function snapshot(site: TestSite): Promise<Record<string, string>> {
  const home = await site.app.inject({ url: '/' });
  const article = /href="(\/article\/[^"#?]+)"/.exec(home.body)?.[1];
  const tag = /href="(\/tag\/[^"#?]+)"/.exec(home.body)?.[1];
  const out: Record<string, string> = {};
  for (const url of [
    '/',
    String(article),
    String(tag),
    '/feed.xml',
    '/search?q=trade',
    `/media/${MEDIA_NAME}`,
  ]) {
    const res = await site.app.inject({ url });
    expect({ url, status: res.statusCode }).toEqual({ url, status: 200 });
    out[url] = res.rawPayload.toString('base64');
  }
  return out;
}

for (const dialect of testDialects()) {
  describe(`backup and restore [${dialect}]`, () => {
    let dir: string;
    let source: TestSite;
    let target: ScratchDatabase;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'silkpress-backup-test-'));
      const media = join(dir, 'media-a');
      mkdirSync(media);
      writeFileSync(
        join(media, MEDIA_NAME),
        await sharp({ create: { width: 40, height: 40, channels: 3, background: '#c03010' } })
          .png()
          .toBuffer(),
      );
      source = await createTestSite(dialect, { mediaDir: media, now: NOW });
      target = await createScratchDatabase(dialect);
    });
    afterAll(async () => {
      await source.close();
      await target.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('restores a backup taken while the site serves into a fresh site that serves the same', async () => {
      const before = await snapshot(source);
      const file = join(dir, 'site.tar.gz');
      // The site keeps answering (and writing its page cache and settings) during the backup.
      let serving = true;
      const load = (async () => {
        let n = 0;
        while (serving) {
          await source.app.inject({ url: n++ % 2 ? '/' : '/feed.xml' });
          await source.services.deps.settings.write({ backupProbe: n }, new Date(NOW));
          // Requests arrive as I/O: let the event loop turn between them, as a server's does.
          await new Promise((r) => setImmediate(r));
        }
        return n;
      })();
      const manifest = await createBackup(
        { databaseUrl: source.url, mediaDir: join(dir, 'media-a') },
        file,
        new Date(NOW),
      );
      serving = false;
      expect(await load).toBeGreaterThan(0);
      expect(manifest).toMatchObject({
        format: 1,
        database: dialect === 'sqlite' ? 'sqlite' : 'pg_dump',
        mediaFiles: 1,
      });

      const media = join(dir, 'media-b');
      const fresh = { databaseUrl: target.url, mediaDir: media };
      await restoreBackup(fresh, file, { force: false });
      const restored = await createTestSite(dialect, {
        databaseUrl: target.url,
        mediaDir: media,
        now: NOW,
        demo: false,
      });
      try {
        expect(await snapshot(restored)).toEqual(before);
        expect(readFileSync(join(media, MEDIA_NAME))).toEqual(readFileSync(join(dir, 'media-a', MEDIA_NAME)));
      } finally {
        await restored.app.close();
        await restored.services.close();
      }

      // The restored site now has data: a second restore needs --force.
      const refused = await restoreBackup(fresh, file, { force: false }).catch((err: unknown) => err);
      expect(refused).toBeInstanceOf(BackupError);
      expect((refused as BackupError).code).toBe('SITE_NOT_EMPTY');
      await restoreBackup(fresh, file, { force: true });
      expect(existsSync(join(media, MEDIA_NAME))).toBe(true);
    });

    it('refuses a file that is not a Silkpress backup', async () => {
      const bogus = join(dir, 'bogus.tar.gz');
      writeFileSync(bogus, 'not a tar file');
      const err = await restoreBackup({ databaseUrl: target.url, mediaDir: join(dir, 'media-c') }, bogus, {
        force: true,
      }).catch((e: unknown) => e);
      expect((err as BackupError).code).toBe('BAD_BACKUP');
    });
  });
}
