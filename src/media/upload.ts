// Storing an upload: process it, put its files in the media store (each atomically, so a
// half-written file is never served), and record it.
import { MEDIA_CONTENT_TYPES, parseMediaFileName } from './media-names.ts';
import type { MediaItem, MediaRepo } from './media-repo.ts';
import type { MediaStore } from './media-store.ts';
import { processImage } from './process-image.ts';
import type { Clock } from '../kernel/clock.ts';

/** What storing an upload needs. */
export interface UploadDeps extends Clock {
  media: Pick<MediaRepo, 'add' | 'findByHash'>;
  store: MediaStore;
}

/** Processes and stores an image; throws ImageRejected for files that are not acceptable images. */
export async function storeUpload(
  deps: UploadDeps,
  upload: { data: Buffer; fileName: string; alt: string; uploadedBy: number | null },
): Promise<MediaItem> {
  const image = await processImage(upload.data);
  const known = await deps.media.findByHash(image.hash);
  if (known) return known;
  for (const file of image.files) {
    if ((await deps.store.size(file.name)) !== null) continue; // content-addressed: same name, same bytes
    const ext = parseMediaFileName(file.name)?.ext;
    await deps.store.put(
      file.name,
      file.data,
      (ext && MEDIA_CONTENT_TYPES[ext]) ?? 'application/octet-stream',
    );
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
