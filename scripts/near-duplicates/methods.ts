// The similarity measures compared by the near-duplicate measurement. Each turns a normalised
// text into a signature once, and compares two signatures into a score where larger means more
// alike (SimHash distances are negated so one threshold rule fits all).
import { hashRange } from '../../src/spam/classifier/tokenize.ts';
import {
  MINHASH_SLOTS,
  minhashNormalized,
  minhashSimilarity,
  NEAR_DUPLICATE_SIMILARITY,
  shingles,
} from '../../src/spam/context/minhash.ts';
import { simhashNormalized, hammingDistance, type Fingerprint } from './simhash-before.ts';

/** A measure: its name, how to read its score, and the two functions. */
export interface Method<S> {
  name: string;
  /** How a score is written in the report (e.g. "≤ 6 bits", "≥ 0.50"). */
  unit: 'bits' | 'similarity';
  /** The threshold Silkpress uses (or used) with this measure, as a score. */
  inUse?: { label: string; score: number };
  signature(text: string): S;
  /** Larger is more alike. */
  score(a: S, b: S): number;
}

const WORD = /[\p{L}\p{N}\uE000-\uE002]+/gu;

function wordShingles(text: string, n: number): Uint32Array {
  const words = text.match(WORD) ?? [];
  const out = new Set<number>();
  if (words.length < n) {
    if (words.length > 0) out.add(hashRange(words.join(' '), 0, words.join(' ').length, 7));
  } else
    for (let i = 0; i + n <= words.length; i++) {
      const s = words.slice(i, i + n).join(' ');
      out.add(hashRange(s, 0, s.length, 7));
    }
  return Uint32Array.from(out).sort();
}

function charShingles(text: string, n: number): Uint32Array {
  const out = new Set<number>();
  for (let i = 0; i + n <= text.length; i++) out.add(hashRange(text, i, i + n, 11));
  if (out.size === 0 && text.length > 0) out.add(hashRange(text, 0, text.length, 11));
  return Uint32Array.from(out).sort();
}

/** Exact Jaccard similarity of two sorted sets. */
function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - both;
  return a.length === 0 || b.length === 0 ? 0 : both / union;
}

/** SimHash over word unigrams (weight 1 each), for comparison with the character version. */
function simhashWords(text: string): Fingerprint {
  const counts = new Int32Array(64);
  const words = text.match(WORD) ?? [];
  for (const w of words) {
    const h = [hashRange(w, 0, w.length, 0x5bd1e995), hashRange(w, 0, w.length, 0x1b873593)];
    for (let bit = 0; bit < 64; bit++) counts[bit]! += ((h[bit >> 5]! >>> (bit & 31)) & 1) === 1 ? 1 : -1;
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (counts[bit]! > 0) hi |= 1 << bit;
    if (counts[bit + 32]! > 0) lo |= 1 << bit;
  }
  return [hi >>> 0, lo >>> 0];
}

const simhashMethod = (name: string, f: (t: string) => Fingerprint): Method<Fingerprint> => ({
  name,
  unit: 'bits',
  signature: f,
  score: (a, b) => -hammingDistance(a, b),
});

const jaccardMethod = (name: string, f: (t: string) => Uint32Array): Method<Uint32Array> => ({
  name,
  unit: 'similarity',
  signature: f,
  score: jaccard,
});

/** Every measure compared, the shipped one first. */
export const METHODS: Method<unknown>[] = [
  {
    ...simhashMethod('SimHash, char 4-grams (before)', simhashNormalized),
    inUse: { label: 'old: ≤ 6 bits', score: -6 },
  },
  simhashMethod('SimHash, words', simhashWords),
  jaccardMethod('Jaccard, words (exact)', (t) => wordShingles(t, 1)),
  jaccardMethod('Jaccard, word pairs (exact)', (t) => wordShingles(t, 2)),
  jaccardMethod('Jaccard, char 4-grams (exact)', (t) => charShingles(t, 4)),
  jaccardMethod('Jaccard, words + word pairs (exact)', (t) =>
    Uint32Array.from(new Set(shingles(t) ?? [])).sort(),
  ),
  ...[32, 64, 128].map((k): Method<Uint16Array> => ({
    name: `MinHash of words + word pairs, ${k} slots${k === MINHASH_SLOTS ? ' (shipped)' : ''}`,
    unit: 'similarity',
    signature: (t) => minhashNormalized(t, k),
    score: minhashSimilarity,
    ...(k === MINHASH_SLOTS
      ? { inUse: { label: `shipped: ≥ ${NEAR_DUPLICATE_SIMILARITY}`, score: NEAR_DUPLICATE_SIMILARITY } }
      : {}),
  })),
] as Method<unknown>[];
