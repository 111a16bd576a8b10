// An editor's upload to the media library: refuse what is not an image we take, store the rest
// through the MediaStore port (storeUpload) and record it in the audit log. It knows nothing of
// HTTP: the route reads the multipart request and answers the outcome as a page or JSON.
import type { MediaItem } from './media-repo.ts';
import { ImageRejected } from './process-image.ts';
import { storeUpload, type UploadDeps } from './upload.ts';

/** What an upload needs: storing (the library, the media store, the clock) and the audit log. */
export interface UploadMediaDeps extends UploadDeps {
  /** Records an action of the uploader (bound by the caller to who did it and from where). */
  audit(entry: { action: string; target: string; details: Record<string, unknown> }): Promise<void>;
}

/** A file as an editor sent it. */
export interface UploadedFile {
  data: Buffer;
  /** The name on the editor's disk (kept as the item's original name, never used as a path). */
  name: string;
}

/** Why an upload was refused; the editor is told which, in their language. */
export type UploadRefusal =
  /** No file, or an empty one. */
  | { reason: 'no-file' }
  /** Larger than the library takes (noticed while the request is read). */
  | { reason: 'too-large' }
  /** Not readable as an image. */
  | { reason: 'unreadable' }
  /** An image, in a format the library does not take (`format` names it when known). */
  | { reason: 'wrong-format'; format: string | null };

/** What became of an upload. */
export type UploadOutcome = { kind: 'stored'; item: MediaItem } | ({ kind: 'refused' } & UploadRefusal);

/** Stores an editor's image in the media library (an image already there is returned as it is). */
export async function uploadMedia(
  deps: UploadMediaDeps,
  upload: { file: UploadedFile | null; alt: string; uploadedBy: number },
): Promise<UploadOutcome> {
  const { file } = upload;
  if (!file || file.data.length === 0) return { kind: 'refused', reason: 'no-file' };
  let item: MediaItem;
  try {
    item = await storeUpload(deps, {
      data: file.data,
      fileName: file.name,
      alt: upload.alt,
      uploadedBy: upload.uploadedBy,
    });
  } catch (err) {
    if (!(err instanceof ImageRejected)) throw err;
    return err.reason === 'unreadable'
      ? { kind: 'refused', reason: 'unreadable' }
      : { kind: 'refused', reason: 'wrong-format', format: err.format };
  }
  await deps.audit({ action: 'media.upload', target: `media:${item.id}`, details: { name: file.name } });
  return { kind: 'stored', item };
}
