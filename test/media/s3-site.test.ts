// A site that keeps its media in an S3-compatible bucket (MEDIA_STORE=s3), against s3rver on
// loopback: an upload puts every variant in the bucket (none on local disk), /media/ serves each
// with its type and immutable cache headers, a deleted object is gone, and with S3_PUBLIC_URL
// readers are sent to the bucket's public address (or its CDN) instead.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { storeUpload } from '../../src/media/upload.ts';
import { testDialects } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { startS3Server, type TestS3 } from './s3-server.ts';

let s3: TestS3;
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => s3?.stop());

const jpeg = () =>
  sharp({ create: { width: 1700, height: 1000, channels: 3, background: '#2a6f4e' } })
    .jpeg()
    .toBuffer();

for (const dialect of testDialects()) {
  describe(`media in an S3 bucket [${dialect}]`, () => {
    let site: TestSite;
    const bucket = `site-media-${dialect}`;
    const localFolder = mkdtempSync(join(tmpdir(), 'silkpress-unused-media-'));
    beforeAll(async () => {
      await s3.createBucket(bucket);
      site = await createTestSite(dialect, {
        mediaDir: localFolder,
        env: s3.env(bucket, { S3_PREFIX: 'uploads/' }),
      });
    });
    afterAll(async () => {
      await site?.close();
      rmSync(localFolder, { recursive: true, force: true });
    });

    it('puts every variant of an upload in the bucket and serves each with immutable cache headers', async () => {
      const editorial = site.services.deps.editorial!;
      const item = await storeUpload(
        { media: editorial.media, store: editorial.mediaStore, now: () => site.clock.now() },
        { data: await jpeg(), fileName: 'steppe.jpg', alt: 'Steppe', uploadedBy: null },
      );
      expect(item.files.length).toBeGreaterThan(1);
      for (const name of item.files) {
        const inBucket = await fetch(`${s3.endpoint}/${bucket}/uploads/${name}`);
        expect(inBucket.status, name).toBe(200);
        const stored = Buffer.from(await inBucket.arrayBuffer());
        const res = await site.app.inject({ url: `/media/${name}` });
        expect(res.statusCode, name).toBe(200);
        expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(res.headers['content-type']).toMatch(/^image\/(jpeg|webp|avif|png)$/);
        expect(Number(res.headers['content-length'])).toBe(stored.length);
        expect(res.rawPayload.equals(stored)).toBe(true);
        const again = await site.app.inject({
          url: `/media/${name}`,
          headers: { 'if-none-match': String(res.headers.etag) },
        });
        expect(again.statusCode).toBe(304);
      }
      // Nothing went to the local folder.
      expect(readdirSync(localFolder)).toEqual([]);
    });

    it('answers 404 once an object is deleted from the bucket', async () => {
      const editorial = site.services.deps.editorial!;
      const item = await storeUpload(
        { media: editorial.media, store: editorial.mediaStore, now: () => site.clock.now() },
        {
          data: await sharp({ create: { width: 400, height: 300, channels: 3, background: '#805020' } })
            .png()
            .toBuffer(),
          fileName: 'small.png',
          alt: '',
          uploadedBy: null,
        },
      );
      const name = item.files[0]!;
      expect((await site.app.inject({ url: `/media/${name}` })).statusCode).toBe(200);
      await editorial.mediaStore.delete(name);
      expect((await site.app.inject({ url: `/media/${name}` })).statusCode).toBe(404);
    });
  });
}

describe('media behind a public bucket URL or CDN', () => {
  let site: TestSite;
  beforeAll(async () => {
    await s3.createBucket('public-media');
    site = await createTestSite('sqlite', {
      env: s3.env('public-media', { S3_PUBLIC_URL: 'https://cdn.news.test/', S3_PREFIX: 'media/' }),
    });
  });
  afterAll(async () => site?.close());

  it('sends readers to the public address with a permanent redirect', async () => {
    const res = await site.app.inject({ url: '/media/0123456789abcdef-640w.webp' });
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe('https://cdn.news.test/media/0123456789abcdef-640w.webp');
    expect((await site.app.inject({ url: '/media/not-a-media-name.exe' })).statusCode).toBe(404);
  });
});

it('names every S3 setting that MEDIA_STORE=s3 is missing', () => {
  let error: unknown;
  try {
    loadConfig({ MEDIA_STORE: 's3', S3_ENDPOINT: 'http://127.0.0.1:9000' });
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(ConfigError);
  expect((error as ConfigError).issues).toEqual([
    'S3_BUCKET: required when MEDIA_STORE=s3',
    'S3_ACCESS_KEY_ID: required when MEDIA_STORE=s3',
    'S3_SECRET_ACCESS_KEY: required when MEDIA_STORE=s3',
  ]);
});
