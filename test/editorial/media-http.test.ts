// Image uploads over HTTP: multipart with CSRF, content-checked type, size limit, EXIF/GPS gone,
// files served immutable, srcset on the public article page and in the body.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../../src/http/admin/routes/media.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { type AdminClient, loggedIn, makeUser } from '../admin/admin-client.ts';

function multipart(fields: Record<string, string>, file?: { name: string; type: string; data: Buffer }) {
  const boundary = `----silkpress${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.data,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

const gpsPhoto = () =>
  sharp({ create: { width: 1200, height: 600, channels: 3, background: { r: 30, g: 90, b: 160 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'SecretPhone' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '43/1 14/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '76/1 53/1 0/1',
      },
    })
    .toBuffer();

describe('media uploads over HTTP', () => {
  let site: TestSite;
  let editor: AdminClient;

  beforeAll(async () => {
    site = await createTestSite('sqlite');
    await makeUser(site, 'owner');
    ({ client: editor } = await loggedIn(site, 'editor'));
    await editor.get('/admin/media');
  });
  afterAll(async () => site.close());

  const upload = (
    fields: Record<string, string>,
    file?: { name: string; type: string; data: Buffer },
    json = false,
  ) => {
    const { payload, contentType } = multipart(fields, file);
    return site.app.inject({
      method: 'POST',
      url: '/admin/media',
      payload,
      headers: {
        'content-type': contentType,
        cookie: [...editor.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(json ? { accept: 'application/json' } : {}),
      },
    });
  };

  it('stores a photo without its location, serves it immutable, and shows srcset on the site', async () => {
    const res = await upload(
      { _csrf: editor.csrf, alt: 'Almaty skyline' },
      { name: 'IMG_1.jpg', type: 'image/jpeg', data: await gpsPhoto() },
      true,
    );
    expect(res.statusCode, res.body).toBe(200);
    const media = res.json().media as { src: string; files: string[] };
    expect(media.src).toMatch(/^\/media\/[a-f0-9]{16}-1200w\.jpg$/);
    const original = await site.app.inject(media.src);
    expect(original.statusCode).toBe(200);
    expect(original.headers['content-type']).toBe('image/jpeg');
    expect(original.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await sharp(original.rawPayload).metadata()).exif).toBeUndefined();
    expect(original.rawPayload.includes(Buffer.from('SecretPhone'))).toBe(false);
    for (const f of media.files) {
      const file = await site.app.inject(`/media/${f}`);
      expect(file.statusCode).toBe(200);
      expect((await sharp(file.rawPayload).metadata()).exif).toBeUndefined();
    }

    await editor.get('/admin/posts/new');
    const post = await editor.post('/admin/posts', {
      title: 'Skyline story',
      bodyMarkdown: `Look:\n\n![The skyline](${media.src})`,
      tags: '',
      language: 'en',
      featureImageSrc: media.src,
      featureImageAlt: 'Almaty skyline at dusk',
      commentsOpen: '1',
      action: 'publish',
    });
    expect(post.statusCode).toBe(303);
    const page = await site.app.inject('/article/skyline-story');
    const webp480 = media.src.replace(/-1200w\.jpg$/, '-480w.webp');
    expect(page.body).toMatch(new RegExp(`<img[^>]+srcset="${webp480} 480w[^"]*1200w"[^>]+sizes=`));
    expect(page.body.match(/srcset="/g)?.length).toBeGreaterThanOrEqual(2); // feature image and body image
    const home = await site.app.inject('/');
    expect(home.body).toContain(`${webp480} 480w`);
  });

  it('refuses a text file named .png with a clear message, keeping the alt text', async () => {
    const res = await upload(
      { _csrf: editor.csrf, alt: 'My careful description' },
      { name: 'photo.png', type: 'image/png', data: Buffer.from('I am not a picture at all') },
    );
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('not an image we can read');
    expect(res.body).toContain('value="My careful description"');
  });

  it('refuses an oversized upload with 413 and a clear message', async () => {
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1024, 1);
    const res = await upload(
      { _csrf: editor.csrf, alt: 'Too big' },
      { name: 'huge.jpg', type: 'image/jpeg', data: big },
    );
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('larger than 10 MB');
    expect(res.body).toContain('value="Too big"');
    const json = await upload(
      { _csrf: editor.csrf },
      { name: 'huge.jpg', type: 'image/jpeg', data: big },
      true,
    );
    expect(json.statusCode).toBe(413);
    expect(json.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses an upload without the CSRF token, storing nothing', async () => {
    const before = (await site.services.deps.editorial!.media.list(100, 0)).total;
    const photo = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    const res = await upload({ _csrf: 'forged' }, { name: 'a.png', type: 'image/png', data: photo });
    expect(res.statusCode).toBe(403);
    expect((await site.services.deps.editorial!.media.list(100, 0)).total).toBe(before);
  });

  it('serves only names it generated', async () => {
    expect((await site.app.inject('/media/..%2F..%2Fetc%2Fpasswd')).statusCode).toBe(404);
    expect((await site.app.inject('/media/0123456789abcdef-480w.webp')).statusCode).toBe(404);
  });
});
