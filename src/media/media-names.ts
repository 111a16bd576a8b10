// Names of stored media files and the srcset built from them. A name carries the content hash and
// the width (`<hash>-<width>w.<ext>`), so views can build srcset from a URL alone, without a query.

/** Widths of the WebP variants, narrower than the stored original. */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;

/** The widest image we keep; larger uploads are scaled down to this. */
export const MAX_STORED_WIDTH = 2400;

/** Formats we accept (checked from the bytes) and the extension they are stored with. */
export const ACCEPTED_FORMATS: Record<string, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
  avif: 'avif',
};

const NAME = /^([a-f0-9]{16})-(\d{1,5})w\.(jpg|png|webp|gif|avif)$/;

/** Content types of the stored extensions. */
export const MEDIA_CONTENT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};

/** The file name of one stored image. */
export function mediaFileName(hash: string, width: number, ext: string): string {
  return `${hash}-${width}w.${ext}`;
}

/** Parses a stored file name; null for anything that is not one of ours. */
export function parseMediaFileName(name: string): { hash: string; width: number; ext: string } | null {
  const m = NAME.exec(name);
  return m ? { hash: m[1]!, width: Number(m[2]), ext: m[3]! } : null;
}

/** The widths of the WebP variants generated for an original `width` pixels wide. */
export function variantWidths(width: number): number[] {
  return [...VARIANT_WIDTHS.filter((w) => w < width), width];
}

/**
 * `srcset` for a local media URL (`/media/<hash>-<width>w.<ext>`), or null for any other image
 * (remote or imported), which is then shown as it is.
 */
export function mediaSrcset(src: string): string | null {
  if (!src.startsWith('/media/')) return null;
  const parsed = parseMediaFileName(src.slice('/media/'.length));
  if (!parsed) return null;
  return variantWidths(parsed.width)
    .map((w) => `/media/${mediaFileName(parsed.hash, w, 'webp')} ${w}w`)
    .join(', ');
}

/** `sizes` for images in the article column and for the lead/feature image. */
export const ARTICLE_IMAGE_SIZES = '(min-width: 50rem) 46rem, 100vw';

/** `sizes` for card thumbnails in listings. */
export const CARD_IMAGE_SIZES = '(min-width: 60rem) 22rem, 100vw';
