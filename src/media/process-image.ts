// Turning an uploaded file into the images we serve: the type is read from the bytes (sharp's
// decoder, not the file name), EXIF/GPS and every other metadata block is dropped, and WebP
// variants are made for srcset. Pure apart from CPU: no file system, no database.
import { createHash } from 'node:crypto';
import type { Metadata, Sharp } from 'sharp';
import { ACCEPTED_FORMATS, MAX_STORED_WIDTH, mediaFileName, variantWidths } from './media-names.ts';

/** A file to write under the media directory. */
export interface ProcessedFile {
  name: string;
  width: number;
  format: string;
  data: Buffer;
}

/** The outcome of processing one upload. */
export interface ProcessedImage {
  hash: string;
  format: string;
  width: number;
  height: number;
  /** The re-encoded original first, then the WebP variants narrowest first. */
  files: ProcessedFile[];
}

/** Why an upload was refused (shown to the editor as it is). */
export class ImageRejected extends Error {
  constructor(
    message: string,
    /** Why, for the interface to word: not readable as an image, or a format we do not take. */
    readonly reason: 'unreadable' | 'wrong-format' = 'unreadable',
    /** The file's format when it was readable (e.g. `svg`). */
    readonly format: string | null = null,
  ) {
    super(message);
    this.name = 'ImageRejected';
  }
}

// Decompression bombs: a tiny file can claim a huge canvas; refuse beyond ~50 megapixels.
const MAX_INPUT_PIXELS = 50_000_000;

/** Reads, checks, cleans and resizes an image. */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  // Loaded on the first upload: libvips adds ~28 MB to a process that may never see an image.
  const { default: sharp } = await import('sharp');
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch {
    throw new ImageRejected(
      'This file is not an image we can read. Upload a JPEG, PNG, WebP, GIF or AVIF picture.',
    );
  }
  const ext = meta.format ? ACCEPTED_FORMATS[meta.format === 'heif' ? 'avif' : meta.format] : undefined;
  if (!ext || !meta.width || !meta.height) {
    throw new ImageRejected(
      `This file is ${meta.format ? `a ${meta.format.toUpperCase()} file` : 'not a picture'}; upload a JPEG, PNG, WebP, GIF or AVIF picture.`,
      'wrong-format',
      meta.format ?? null,
    );
  }
  // EXIF orientation is applied to the pixels first, because the metadata that carried it is dropped.
  const base = () => sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).rotate();
  const upright = meta.orientation && meta.orientation >= 5;
  const fullWidth = Math.min(upright ? meta.height : meta.width, MAX_STORED_WIDTH);
  const hash = createHash('sha256').update(input).digest('hex').slice(0, 16);

  const encode = (img: Sharp): Sharp => {
    switch (ext) {
      case 'jpg':
        // Plain libjpeg-turbo: mozjpeg saves ~10 % of bytes but takes four times as long.
        return img.jpeg({ quality: 82, progressive: true });
      case 'png':
        return img.png({ compressionLevel: 8 });
      case 'webp':
        return img.webp({ quality: 80, effort: 2 });
      case 'gif':
        return img.gif();
      default:
        return img.avif({ quality: 55, effort: 2 });
    }
  };
  // Decode once (upright, at most MAX_STORED_WIDTH wide) and derive every file from those pixels;
  // raw pixels carry no metadata, so nothing of the upload's EXIF/GPS can reach an output.
  const { data: pixels, info } = await base()
    .resize({ width: fullWidth, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const fromPixels = () =>
    sharp(pixels, { raw: { width: info.width, height: info.height, channels: info.channels } });
  const files: ProcessedFile[] = [
    {
      name: mediaFileName(hash, fullWidth, ext),
      width: fullWidth,
      format: ext,
      data: await encode(fromPixels()).toBuffer(),
    },
  ];
  for (const w of variantWidths(fullWidth)) {
    const img = w < fullWidth ? fromPixels().resize({ width: w }) : fromPixels();
    const data = await img.webp({ quality: 78, effort: 2 }).toBuffer();
    files.push({ name: mediaFileName(hash, w, 'webp'), width: w, format: 'webp', data });
  }
  return { hash, format: ext, width: info.width, height: info.height, files };
}
