import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { mediaSrcset, parseMediaFileName } from './media-names.ts';
import { ImageRejected, processImage } from './process-image.ts';

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } });

// A JPEG carrying EXIF with GPS coordinates, like a phone photo.
const withGps = () =>
  photo(1700, 400)
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneCo', Model: 'P1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '43/1 15/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '76/1 57/1 0/1',
      },
    })
    .toBuffer();

describe('processImage', () => {
  it('strips EXIF and GPS from every file it keeps', async () => {
    const input = await withGps();
    expect((await sharp(input).metadata()).exif).toBeDefined(); // the fixture really has EXIF
    expect(input.includes(Buffer.from('PhoneCo'))).toBe(true);
    const out = await processImage(input);
    for (const file of out.files) {
      const meta = await sharp(file.data).metadata();
      expect(meta.exif, file.name).toBeUndefined();
      expect(file.data.includes(Buffer.from('PhoneCo')), file.name).toBe(false);
    }
  });

  it('keeps the format of the original and makes WebP variants no wider than it', async () => {
    const out = await processImage(await withGps());
    expect(out.format).toBe('jpg');
    expect(out.width).toBe(1700);
    expect(out.height).toBe(400);
    expect(out.files.map((f) => f.name.replace(out.hash, 'H'))).toEqual([
      'H-1700w.jpg',
      'H-480w.webp',
      'H-960w.webp',
      'H-1600w.webp',
      'H-1700w.webp',
    ]);
    for (const f of out.files) expect((await sharp(f.data).metadata()).width).toBe(f.width);
    expect((await sharp(out.files[1]!.data).metadata()).format).toBe('webp');
  });

  it('never enlarges a small picture and scales down a huge one', async () => {
    const small = await processImage(await photo(300, 200).png().toBuffer());
    expect(small.files.map((f) => f.width)).toEqual([300, 300]);
    expect(small.format).toBe('png');
    const huge = await processImage(await photo(2600, 260).webp().toBuffer());
    expect(huge.width).toBe(2400);
    expect(huge.height).toBe(240);
  });

  it('refuses a text file named .png and an SVG', async () => {
    await expect(processImage(Buffer.from('just some text, honestly a PNG'))).rejects.toBeInstanceOf(
      ImageRejected,
    );
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    await expect(processImage(svg)).rejects.toThrow(/SVG file/);
  });

  it('builds srcset from a local media URL only', async () => {
    const out = await processImage(await photo(1000, 500).jpeg().toBuffer());
    const src = `/media/${out.files[0]!.name}`;
    expect(parseMediaFileName(out.files[0]!.name)).toEqual({ hash: out.hash, width: 1000, ext: 'jpg' });
    expect(mediaSrcset(src)).toBe(
      `/media/${out.hash}-480w.webp 480w, /media/${out.hash}-960w.webp 960w, /media/${out.hash}-1000w.webp 1000w`,
    );
    expect(mediaSrcset('https://example.org/a-100w.jpg')).toBeNull();
    expect(mediaSrcset('/media/../../etc/passwd')).toBeNull();
  });
});
