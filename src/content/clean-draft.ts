// Article text as it is stored: without the characters XML 1.0 forbids (see kernel/clean-text.ts).
// saveArticle, the one write path of editors, the demo and the scheduler, cleans every draft.
import { cleanText } from '../kernel/clean-text.ts';

/** The text fields of an article draft (publishing.ts's ArticleDraft has them all). */
interface DraftText {
  title: string;
  bodyMarkdown: string;
  language: string;
  slug?: string;
  excerpt?: string;
  seoTitle?: string | null;
  seoDescription?: string | null;
  featureImage?: { src: string; alt: string } | null;
}

const orNull = (s: string | null | undefined) => (s === null || s === undefined ? s : cleanText(s));

/** The draft with every text field cleaned. */
export function cleanDraft<T extends DraftText>(draft: T): T {
  return {
    ...draft,
    title: cleanText(draft.title),
    bodyMarkdown: cleanText(draft.bodyMarkdown),
    language: cleanText(draft.language),
    ...(draft.slug !== undefined ? { slug: cleanText(draft.slug) } : {}),
    ...(draft.excerpt !== undefined ? { excerpt: cleanText(draft.excerpt) } : {}),
    ...(draft.seoTitle !== undefined ? { seoTitle: orNull(draft.seoTitle) } : {}),
    ...(draft.seoDescription !== undefined ? { seoDescription: orNull(draft.seoDescription) } : {}),
    ...(draft.featureImage
      ? { featureImage: { src: cleanText(draft.featureImage.src), alt: cleanText(draft.featureImage.alt) } }
      : {}),
  };
}
