// Relevance of a comment to its article: cosine similarity of content-word vectors. Short words
// (mostly function words) are ignored; Chinese/Japanese text contributes character pairs.
import { hashString } from './classifier/tokenize.ts';

const CONTENT_TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|[\p{L}\p{M}\p{N}]{4,}/gu;
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Term counts of the content words of a normalised text (keys are hashes). */
export function termVector(normalized: string): Map<number, number> {
  const counts = new Map<number, number>();
  const bump = (key: number): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const [token] of normalized.matchAll(CONTENT_TOKEN)) {
    if (CJK.test(token)) {
      for (let i = 0; i + 2 <= token.length; i++) bump(hashString(token.slice(i, i + 2)));
    } else {
      // A 6-letter stem makes "election" and "elections" meet without a stemmer per language.
      bump(hashString(token.slice(0, 6)));
    }
  }
  return counts;
}

/** Cosine similarity of two term vectors, or null when either has fewer than `minTerms` terms. */
export function cosineSimilarity(
  a: Map<number, number>,
  b: Map<number, number>,
  minTerms = 3,
): number | null {
  let na = 0;
  let nb = 0;
  let dot = 0;
  let ta = 0;
  let tb = 0;
  for (const [key, v] of a) {
    na += v * v;
    ta += v;
    const w = b.get(key);
    if (w !== undefined) dot += v * w;
  }
  for (const v of b.values()) {
    nb += v * v;
    tb += v;
  }
  if (ta < minTerms || tb < minTerms) return null;
  return dot / Math.sqrt(na * nb);
}
