// How rare each hashed feature is on this site, so that learning from a handful of moderators'
// decisions moves campaign-specific evidence (a promoted name, an odd spelling, a link) and not
// the everyday and on-topic words every comment shares ("the", "about", the city the site writes
// about). The background is text the site already has: recent comments judged ham and the
// articles they were posted on, plus the article of the comment being learned from. Pure.
import { normalizeText } from '../text/normalize.ts';
import { extractFeatures } from './tokenize.ts';

/** Document frequencies of feature buckets over the background texts. */
export interface Background {
  documents: number;
  df: ReadonlyMap<number, number>;
}

/** An empty background: every feature is as rare as can be (learning as before). */
export const NO_BACKGROUND: Background = { documents: 0, df: new Map() };

/** Counts, for every feature bucket, how many of `texts` have it (each text counted once). */
export function backgroundOf(texts: Iterable<string>, bits: number, maxChars = 10_000): Background {
  const df = new Map<number, number>();
  let documents = 0;
  const seen = new Set<string>();
  for (const text of texts) {
    const t = text.slice(0, maxChars);
    if (t.trim() === '' || seen.has(t)) continue;
    seen.add(t);
    documents++;
    for (const bucket of new Set(extractFeatures(normalizeText(t), bits).indices))
      df.set(bucket, (df.get(bucket) ?? 0) + 1);
  }
  return { documents, df };
}

/** The background with more texts added (the article of the comment learned from). */
export function withTexts(bg: Background, texts: string[], bits: number): Background {
  const extra = backgroundOf(texts, bits);
  if (extra.documents === 0) return bg;
  const df = new Map(bg.df);
  for (const [bucket, n] of extra.df) df.set(bucket, (df.get(bucket) ?? 0) + n);
  return { documents: bg.documents + extra.documents, df };
}

/** How strongly each background text containing a feature slows its learning. */
const DAMPING = 5;

/**
 * The learning rate of a feature bucket, 0..1: 1 for a feature no background text has, and
 * 1 / (1 + 5·df) for one that `df` of them have (a sixth for one, 1/16 for three, ~0 for a word in
 * every comment). Absolute counts, not shares: a word that appears in the site's ordinary text at
 * all is no campaign's fingerprint, however much text the site has.
 */
export function rarityRate(bg: Background, bucket: number): number {
  const df = bg.df.get(bucket) ?? 0;
  return 1 / (1 + DAMPING * df);
}
