// Storing an upload: process it, write its files under the media directory (atomically, so a
// half-written file is never served), and record it.
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MediaItem, MediaRepo } from './media-repo.ts';
import { processImage } from './process-image.ts';

/** What storing an upload needs. */
export interface UploadDeps {
  media: Pick<MediaRepo, 'add' | 'findByHash'>;
  mediaDir: string;
  now(): Date;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Processes and stores an image; throws ImageRejected for files that are not acceptable images. */
export async function storeUpload(
  deps: UploadDeps,
  upload: { data: Buffer; fileName: string; alt: string; uploadedBy: number | null },
): Promise<MediaItem> {
  const image = await processImage(upload.data);
  const known = await deps.media.findByHash(image.hash);
  if (known) return known;
  await mkdir(deps.mediaDir, { recursive: true });
  for (const file of image.files) {
    const target = join(deps.mediaDir, file.name);
    if (await exists(target)) continue; // content-addressed: same name, same bytes
    const temp = `${target}.${process.pid}.tmp`;
    await writeFile(temp, file.data);
    await rename(temp, target);
  }
  return deps.media.add(
    {
      hash: image.hash,
      originalName: upload.fileName,
      format: image.format,
      width: image.width,
      height: image.height,
      bytes: upload.data.length,
      alt: upload.alt,
      files: image.files.map((f) => f.name),
      uploadedBy: upload.uploadedBy,
    },
    deps.now(),
  );
}
