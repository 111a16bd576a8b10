// The media storage port: where uploaded images and their resized variants live. The rest of
// Silkpress reads and writes media only through it, so a shared store (several instances behind a
// load balancer) is a matter of configuration, not of code (docs/scaling.md, "Media").
// Names are the content-addressed file names media-names.ts makes (`<hash>-<width>w.<ext>`):
// a name always means the same bytes, so storing a name already present is a no-op.
import type { Readable } from 'node:stream';

/** A stored file opened for reading. */
export interface MediaObject {
  size: number;
  body: Readable;
}

export interface MediaStore {
  /** Stores `data` under `name`, atomically: a reader sees the whole file or none. */
  put(name: string, data: Buffer, contentType: string): Promise<void>;
  /** The file's size in bytes, or null when there is none. */
  size(name: string): Promise<number | null>;
  /** The whole file, or null. */
  get(name: string): Promise<Buffer | null>;
  /** The file as a stream with its size, or null. */
  open(name: string): Promise<MediaObject | null>;
  /** Removes the file; removing a missing file is not an error. */
  delete(name: string): Promise<void>;
  /** Where the store keeps files, for messages and the operator (a folder or a bucket URL). */
  readonly location: string;
  /**
   * Where readers can fetch the file directly (a bucket's or CDN's public URL), or null when
   * Silkpress serves it itself at /media/<name>.
   */
  publicUrl(name: string): string | null;
}

/** A name the stores accept: one path segment of safe characters, never `.` or `..`. */
export function assertMediaName(name: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/.test(name) || name.includes('..'))
    throw new RangeError(`not a media file name: ${JSON.stringify(name)}`);
}
