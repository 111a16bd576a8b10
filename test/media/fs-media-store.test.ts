// The filesystem media store (the default, MEDIA_DIR) against the MediaStore contract, plus what
// only a folder has: no temporary file is left behind.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { FsMediaStore } from '../../src/media/fs-media-store.ts';
import { mediaStoreContract } from './media-store-contract.ts';

mediaStoreContract('filesystem', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'silkpress-media-store-')), 'media');
  return {
    store: new FsMediaStore(dir),
    close: async () => rmSync(join(dir, '..'), { recursive: true, force: true }),
  };
});

it('leaves no temporary file behind and creates its folder on the first put', async () => {
  const root = mkdtempSync(join(tmpdir(), 'silkpress-media-store-'));
  try {
    const store = new FsMediaStore(join(root, 'not-yet', 'media'));
    await Promise.all(
      Array.from({ length: 5 }, () =>
        store.put('eeeeeeeeeeeeeeee-320w.png', Buffer.alloc(5000, 7), 'image/png'),
      ),
    );
    expect(readdirSync(join(root, 'not-yet', 'media'))).toEqual(['eeeeeeeeeeeeeeee-320w.png']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
