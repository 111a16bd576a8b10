// The feature image of an entry as an enclosure: RSS requires its length in bytes and its MIME
// type. Both are known only for our own uploads (the file in the media store, the type from its
// extension); an image elsewhere gets no enclosure rather than a made-up length.
import { MEDIA_CONTENT_TYPES, parseMediaFileName } from '../../media/media-names.ts';
import type { MediaStore } from '../../media/media-store.ts';
import type { EnclosureLookup } from '../../views/feeds/feed-model.ts';

/** Looks uploads up in the media store (none without one). */
export function mediaEnclosures(siteUrl: string, store: MediaStore | undefined): EnclosureLookup {
  return async (src) => {
    if (!store || !src.startsWith('/media/')) return null;
    const name = src.slice('/media/'.length);
    const parsed = parseMediaFileName(name);
    const type = parsed ? MEDIA_CONTENT_TYPES[parsed.ext] : undefined;
    if (!type) return null;
    const size = await store.size(name);
    return size !== null ? { url: `${siteUrl}${src}`, length: size, type } : null;
  };
}
