// The feature image of an entry as an enclosure: RSS requires its length in bytes and its MIME
// type. Both are known only for our own uploads (the file under MEDIA_DIR, the type from its
// extension); an image elsewhere gets no enclosure rather than a made-up length.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MEDIA_CONTENT_TYPES, parseMediaFileName } from '../../media/media-names.ts';
import type { EnclosureLookup } from '../../views/feeds/feed-model.ts';

/** Looks uploads up in `mediaDir` (none without one). */
export function mediaEnclosures(siteUrl: string, mediaDir: string | undefined): EnclosureLookup {
  return async (src) => {
    if (!mediaDir || !src.startsWith('/media/')) return null;
    const name = src.slice('/media/'.length);
    const parsed = parseMediaFileName(name);
    const type = parsed ? MEDIA_CONTENT_TYPES[parsed.ext] : undefined;
    if (!type) return null;
    const info = await stat(join(mediaDir, name)).catch(() => null);
    return info?.isFile() ? { url: `${siteUrl}${src}`, length: info.size, type } : null;
  };
}
