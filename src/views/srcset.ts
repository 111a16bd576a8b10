// `srcset`/`sizes` attributes for images that are our own uploads (other images get none).
import { html } from 'ghtml';
import { mediaSrcset } from '../media/media-names.ts';

/** ` srcset="…" sizes="…"` for a local media URL, or '' for any other image. */
export function srcsetAttrs(src: string, sizes: string): string {
  const srcset = mediaSrcset(src);
  return srcset ? html`srcset="${srcset}" sizes="${sizes}"` : '';
}
