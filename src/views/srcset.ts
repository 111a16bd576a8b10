// `srcset`/`sizes` attributes for images that are our own uploads (other images get none).
import { EMPTY_HTML, html, type Html } from './html.ts';
import { mediaSrcset } from '../media/media-names.ts';

/** ` srcset="…" sizes="…"` for a local media URL, or '' for any other image. */
export function srcsetAttrs(src: string, sizes: string): Html {
  const srcset = mediaSrcset(src);
  return srcset ? html`srcset="${srcset}" sizes="${sizes}"` : EMPTY_HTML;
}
