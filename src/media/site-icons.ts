// The site's icons, drawn from one square source image: the shipped default (an SVG) or the
// image chosen in the settings. favicon.ico (16, 32 and 48 px), the Apple touch icon (180 px, on
// an opaque background, as iOS fills transparency with black) and the web app manifest's 192
// and 512 px PNGs.
// sharp is loaded on the first icon drawn, not at start: loading libvips adds about 30 MB to the
// resident set of every worker (15 MB of it private), more than any other module (docs/scaling.md,
// "Sizing").
import { readFileSync } from 'node:fs';
import { encodeIco } from './ico.ts';

/** The shipped icon (a red square with a white S, the theme's accent colour). */
export const DEFAULT_ICON_SVG: Buffer = readFileSync(new URL('./default-icon.svg', import.meta.url));

/** Background of the Apple touch icon where the source is transparent. */
const TOUCH_BACKGROUND = '#ffffff';

/** Every rendered icon. */
export interface SiteIcons {
  ico: Buffer;
  appleTouch: Buffer;
  png192: Buffer;
  png512: Buffer;
}

async function pngOf(source: Buffer, size: number, background?: string): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  // A vector source is rasterised at the density that gives `size` pixels (no upscaled blur).
  const meta = await sharp(source).metadata();
  const density = meta.format === 'svg' && meta.width ? Math.min(2400, (72 * size) / meta.width) : undefined;
  let image = sharp(source, density ? { density } : {}).resize(size, size, {
    fit: 'contain',
    background: { r: 0, g: 0, b: 0, alpha: 0 },
  });
  if (background) image = image.flatten({ background });
  return image.png({ compressionLevel: 9 }).toBuffer();
}

/** Renders every icon from `source` (SVG, PNG, WebP or JPEG bytes). */
export async function renderSiteIcons(source: Buffer): Promise<SiteIcons> {
  const [i16, i32, i48, appleTouch, png192, png512] = await Promise.all([
    pngOf(source, 16),
    pngOf(source, 32),
    pngOf(source, 48),
    pngOf(source, 180, TOUCH_BACKGROUND),
    pngOf(source, 192),
    pngOf(source, 512),
  ]);
  const ico = encodeIco([
    { size: 16, png: i16 },
    { size: 32, png: i32 },
    { size: 48, png: i48 },
  ]);
  return { ico, appleTouch, png192, png512 };
}
