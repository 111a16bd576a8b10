// Excerpts: the editor's own, or the automatic one (the start of the body), which follows the
// body: it is recomputed on every save, so rewriting the opening paragraph changes it.
import { truncateText } from './markdown.ts';

/** Length of the automatic excerpt, in characters (cut at a word boundary). */
export const AUTO_EXCERPT_CHARS = 220;

/** The automatic excerpt of a body's plain text. */
export function automaticExcerpt(bodyText: string): string {
  return truncateText(bodyText, AUTO_EXCERPT_CHARS);
}

/** An excerpt as stored: its text, and whether it is the automatic one. */
export interface StoredExcerpt {
  excerpt: string;
  excerptAuto: boolean;
}

/**
 * The excerpt to store when an article is saved with `submitted` (what the Excerpt field held) and
 * a body whose plain text is `bodyText`. Automatic when the field is empty, when it still holds the
 * automatic excerpt the article had (a form filled from an older page, a list action), or when it
 * is exactly the automatic excerpt of this body; the editor's own text otherwise.
 */
export function chooseExcerpt(
  submitted: string | undefined,
  bodyText: string,
  before: StoredExcerpt | null,
): StoredExcerpt {
  const typed = submitted?.trim() ?? '';
  const auto = automaticExcerpt(bodyText);
  const unchangedAuto = before !== null && before.excerptAuto && typed === before.excerpt.trim();
  if (typed === '' || unchangedAuto || typed === auto) return { excerpt: auto, excerptAuto: true };
  return { excerpt: typed, excerptAuto: false };
}
