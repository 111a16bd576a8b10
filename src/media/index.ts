// Public entry of the media feature: the media library's repository type and the image names
// (srcset) the Markdown renderer uses.
export { ARTICLE_IMAGE_SIZES, mediaSrcset } from './media-names.ts';
export type { MediaRepo } from './media-repo.ts';
export type { MediaStore } from './media-store.ts';
