// `--media DIR`: attachments found under a copy of wp-content/uploads go through the media
// library and links to them (resized copies too) point at the imported files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/requirements.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

describe('WXR import with --media', { timeout: 120_000 }, () => {
  let site: TestSite;
  const uploads = mkdtempSync(join(tmpdir(), 'silkpress-uploads-'));
  beforeAll(async () => {
    mkdirSync(join(uploads, '2024/03'), { recursive: true });
    const png = await sharp({
      create: { width: 800, height: 500, channels: 3, background: { r: 20, g: 80, b: 140 } },
    })
      .jpeg()
      .toBuffer();
    writeFileSync(join(uploads, '2024/03/nets.jpg'), png);
    site = await createTestSite('sqlite', { demo: false });
  });
  afterAll(async () => {
    await site?.close();
    rmSync(uploads, { recursive: true, force: true });
  });

  it('imports the files it finds and rewrites links to them; keeps the others', async () => {
    const report = await site.services.deps.wxr!.importFile(
      resolve(repoRoot, 'test/fixtures/wxr/nasty.xml'),
      {
        mediaDir: uploads,
        workers: 0,
      },
    );
    expect(report.attachments).toEqual([
      { url: 'https://edge.example.com/wp-content/uploads/2024/03/nets.jpg', imported: true },
      { url: expect.stringContaining('boats') as unknown as string, imported: false },
    ]);
    const media = await site.services.database.db.selectFrom('media').selectAll().execute();
    expect(media).toHaveLength(1);
    const body = (
      await site.services.database.db
        .selectFrom('articles')
        .select('body_md')
        .where('title', '=', 'Classic story with shortcodes')
        .executeTakeFirstOrThrow()
    ).body_md;
    expect(body).not.toContain('uploads/2024/03/nets');
    expect(body).toContain('/media/');
    expect(body).toContain('uploads/2024/03/boats.png');
  });
});
