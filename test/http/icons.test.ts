// Icons (issue 13): /favicon.ico is a real ICO, the Apple touch icon and the manifest's PNGs come
// in their sizes, every page links them and the web app manifest, and the site icon setting (an
// uploaded image) replaces the shipped default everywhere.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/settings/site-settings.ts';
import { validateSettings } from '../../src/settings/update-site-settings.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

/** The images of an ICO file: their declared sizes and the PNG bytes each entry points to. */
function readIco(ico: Buffer): Array<{ size: number; png: Buffer }> {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const entry = 6 + 16 * i;
    const size = ico.readUInt8(entry) || 256;
    const length = ico.readUInt32LE(entry + 8);
    const offset = ico.readUInt32LE(entry + 12);
    return { size, png: ico.subarray(offset, offset + length) };
  });
}

describe('site icons and manifest', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await createTestSite('sqlite');
  });
  afterAll(async () => site.close());

  const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ url, headers });

  it('serves a real favicon.ico with 16, 32 and 48 pixel PNGs', async () => {
    const res = await get('/favicon.ico');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/x-icon');
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
    const images = readIco(res.rawPayload);
    expect(images.map((i) => i.size)).toEqual([16, 32, 48]);
    for (const image of images) {
      const meta = await sharp(image.png).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({
        format: 'png',
        width: image.size,
        height: image.size,
      });
    }
    const again = await get('/favicon.ico', { 'if-none-match': String(res.headers.etag) });
    expect(again.statusCode).toBe(304);
  });

  it('serves the touch icon opaque at 180 px and the manifest icons at 192 and 512', async () => {
    for (const [url, size, opaque] of [
      ['/apple-touch-icon.png', 180, true],
      ['/apple-touch-icon-precomposed.png', 180, true],
      ['/icon-192.png', 192, false],
      ['/icon-512.png', 512, false],
    ] as const) {
      const res = await get(url);
      expect(res.headers['content-type']).toBe('image/png');
      const meta = await sharp(res.rawPayload).metadata();
      expect({ url, width: meta.width, height: meta.height }).toEqual({ url, width: size, height: size });
      if (opaque) expect(meta.hasAlpha).toBe(false);
    }
  });

  it('links the icons and a web app manifest naming the site from every page', async () => {
    const home = (await get('/')).body;
    for (const link of [
      '<link rel="icon" href="/favicon.ico"',
      '<link rel="icon" href="/icon-192.png" type="image/png" sizes="192x192"',
      '<link rel="apple-touch-icon" href="/apple-touch-icon.png"',
      '<link rel="manifest" href="/site.webmanifest"',
    ])
      expect(home).toContain(link);
    const res = await get('/site.webmanifest');
    expect(res.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
    const manifest = res.json();
    const { title } = parseSettings(await site.services.deps.settings.readAll());
    expect(manifest).toMatchObject({ name: title, start_url: '/', display: 'minimal-ui', lang: 'en' });
    for (const icon of manifest.icons as Array<{ src: string; sizes: string }>) {
      const png = await get(icon.src);
      const meta = await sharp(png.rawPayload).metadata();
      expect(`${meta.width}x${meta.height}`).toBe(icon.sizes);
    }
  });

  it('draws every icon from the site icon setting when one is set', async () => {
    const defaultIco = await get('/favicon.ico');
    const name = '0123456789abcdef-600w.png';
    await site.services.deps.editorial!.mediaStore.put(
      name,
      await sharp({ create: { width: 600, height: 600, channels: 3, background: '#1040c0' } })
        .png()
        .toBuffer(),
      'image/png',
    );
    await site.services.deps.settings.write({ siteIcon: `/media/${name}` }, new Date());
    await site.services.deps.changes.publish(['settings']);
    const ico = await get('/favicon.ico');
    expect(ico.headers.etag).not.toBe(defaultIco.headers.etag);
    const large = await get('/icon-512.png');
    const { data } = await sharp(large.rawPayload).raw().toBuffer({ resolveWithObject: true });
    const centre = (256 * 512 + 256) * 4;
    expect([data[centre], data[centre + 1], data[centre + 2]]).toEqual([0x10, 0x40, 0xc0]);
    // A setting naming no uploaded file falls back to the default rather than failing.
    await site.services.deps.settings.write({ siteIcon: '/media/fedcba9876543210-600w.png' }, new Date());
    await site.services.deps.changes.publish(['settings']);
    const fallback = await get('/favicon.ico');
    expect(fallback.statusCode).toBe(200);
    expect(fallback.headers.etag).toBe(defaultIco.headers.etag);
  });

  it('accepts only an uploaded image as the site icon setting', () => {
    const base = {
      title: 'T',
      tagline: '',
      logo: null,
      shareImage: null,
      language: 'en',
      timezone: 'UTC',
      postsPerPage: 10,
      dateFormat: 'long' as const,
      footerText: '',
    };
    expect(validateSettings({ ...base, siteIcon: '/media/0123456789abcdef-600w.png' }).ok).toBe(true);
    expect(validateSettings({ ...base, siteIcon: '' })).toMatchObject({
      ok: true,
      value: { siteIcon: null },
    });
    for (const bad of ['https://example.org/icon.png', '/media/../secret', '/etc/passwd'])
      expect(validateSettings({ ...base, siteIcon: bad })).toMatchObject({
        ok: false,
        problems: { siteIcon: { problem: 'siteIcon' } },
      });
  });
});
