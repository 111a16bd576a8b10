// The default media store: files in one folder (MEDIA_DIR). Writes go to a temporary name and are
// renamed into place, so a half-written file is never served; a folder shared by several
// instances (NFS and the like) works the same way.
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertMediaName, type MediaObject, type MediaStore } from './media-store.ts';

export class FsMediaStore implements MediaStore {
  constructor(readonly dir: string) {}

  get location(): string {
    return this.dir;
  }

  publicUrl(): null {
    return null;
  }

  async put(name: string, data: Buffer, _contentType?: string): Promise<void> {
    assertMediaName(name);
    await mkdir(this.dir, { recursive: true });
    const target = join(this.dir, name);
    const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temp, data);
    await rename(temp, target);
  }

  async size(name: string): Promise<number | null> {
    assertMediaName(name);
    const info = await stat(join(this.dir, name)).catch(() => null);
    return info?.isFile() ? info.size : null;
  }

  async get(name: string): Promise<Buffer | null> {
    assertMediaName(name);
    return readFile(join(this.dir, name)).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'EISDIR') return null;
      throw err;
    });
  }

  async open(name: string): Promise<MediaObject | null> {
    const size = await this.size(name);
    if (size === null) return null;
    return { size, body: createReadStream(join(this.dir, name)) };
  }

  async delete(name: string): Promise<void> {
    assertMediaName(name);
    await rm(join(this.dir, name), { force: true });
  }
}
