// Near-duplicate fingerprints: MinHash over the words and word pairs of a normalised text, so the
// share of equal slots of two fingerprints estimates the Jaccard similarity of their shingle sets.
// It replaced SimHash over character 4-grams, which put comments one word apart 9–14 bits apart
// (above its threshold of 6) and let runs of "!!!!" make unrelated ones look alike; the
// measurement behind the method and the threshold is scripts/spam-near-duplicates.ts, its figures
// are in docs/spam.md ("Near-duplicates").
import { MAX_ANALYZED_CHARS } from '../analyze.ts';
import { normalizeText } from '../text/normalize.ts';
import { hashRange } from '../classifier/tokenize.ts';

/** Slots of a fingerprint (each the 16-bit id of the shingle with the smallest hash under one function). */
export const MINHASH_SLOTS = 64;

/** Texts with fewer words than this get no fingerprint: two short comments alike say little. */
export const MIN_FINGERPRINT_WORDS = 5;

/** Estimated Jaccard similarity at or above which two texts are near-duplicates. */
export const NEAR_DUPLICATE_SIMILARITY = 0.4;

/** A fingerprint: MINHASH_SLOTS 16-bit values, or empty for a text too short to have one. */
export type MinHash = Uint16Array;

// Han, Hiragana and Katakana characters are words of their own (those scripts put no spaces
// between words); other words are runs of letters, marks, digits and placeholders.
const TOKEN =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{M}\p{N}\uE000-\uE002])+/gu;
const DIGITS = /^\d+$/;

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Hashes of the text's shingles, each word and each pair of adjacent words (null below
 * MIN_FINGERPRINT_WORDS words). Exported for the measurement script.
 */
export function shingles(text: string): number[] | null {
  const tokens = text.match(TOKEN);
  if (!tokens || tokens.length < MIN_FINGERPRINT_WORDS) return null;
  const out: number[] = [];
  let previous = 0;
  for (const token of tokens) {
    // A number counts by its length: campaigns change prices and counts, not their wording.
    const word = DIGITS.test(token) ? `#${Math.min(token.length, 9)}` : token;
    const h = hashRange(word, 0, word.length, 0x2f0b3c5d);
    out.push(h);
    if (previous !== 0) out.push(finish(Math.imul(previous, 31) ^ h ^ 0x68e31da4));
    previous = h;
  }
  return out;
}

// The running minimum of each slot, reused by every call (synchronous, so never shared): a typed
// array above 64 bytes is allocated outside V8's heap, about 0.9 µs each.
let minimum = new Uint32Array(MINHASH_SLOTS);

/**
 * MinHash of a text `normalizeText` already produced: slot i holds the low 16 bits of the shingle
 * whose hash h1 + i·h2 (two independent hashes, the Kirsch–Mitzenmacher construction) is smallest.
 */
export function minhashNormalized(normalizedText: string, slots = MINHASH_SLOTS): MinHash {
  const hashes = shingles(normalizedText);
  if (hashes === null) return new Uint16Array(0);
  if (minimum.length < slots) minimum = new Uint32Array(slots);
  const min = minimum.fill(0xffffffff, 0, slots);
  const out = new Uint16Array(slots);
  // A repeated shingle cannot change a minimum: no need to take the set first.
  for (const h1 of hashes) {
    const h2 = finish(h1 ^ 0x9e3779b9) | 1;
    for (let i = 0; i < slots; i++) {
      const v = (h1 + Math.imul(i, h2)) >>> 0;
      if (v < min[i]!) {
        min[i] = v;
        out[i] = h1 & 0xffff;
      }
    }
  }
  return out;
}

/** MinHash of a raw comment (normalised first, as scoring does). */
export function minhash(text: string): MinHash {
  return minhashNormalized(normalizeText(text.slice(0, MAX_ANALYZED_CHARS)).text);
}

/**
 * Equal slots of two fingerprints of one length; stops early, with a count below `stopBelow`, once
 * `stopBelow` is out of reach. Two slots a step: one test of the bound for two comparisons (a
 * check compares its fingerprint with the 100 newest, so this loop is a good part of it).
 */
function equalSlots(a: MinHash, b: MinHash, stopBelow = 0): number {
  const n = a.length;
  const pairs = n - (n % 2);
  let same = 0;
  for (let i = 0; i < pairs; i += 2) {
    same += (a[i] === b[i] ? 1 : 0) + (a[i + 1] === b[i + 1] ? 1 : 0);
    // Most unrelated pairs: the remaining slots cannot reach the threshold any more.
    if (same + n - i - 2 < stopBelow) return same;
  }
  if (pairs < n && a[pairs] === b[pairs]) same++;
  return same;
}

/** Share of equal slots: the estimated Jaccard similarity (0 when either text had too few words). */
export function minhashSimilarity(a: MinHash, b: MinHash): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  return equalSlots(a, b) / a.length;
}

/** Whether two fingerprints are near-duplicates (estimated Jaccard ≥ NEAR_DUPLICATE_SIMILARITY). */
export function isNearDuplicate(a: MinHash, b: MinHash, threshold = NEAR_DUPLICATE_SIMILARITY): boolean {
  if (a.length === 0 || a.length !== b.length) return false;
  const need = Math.ceil(threshold * a.length - 1e-9);
  return equalSlots(a, b, need) >= need;
}

/**
 * A fingerprint as hex (4 digits a slot, high byte first) for storage; '' for a text with none.
 * The bytes go through a (pooled) Buffer: appending the digits two bytes at a time made 64
 * pieces of a rope, which SQLite's binding then flattened.
 */
export function fingerprintToHex(f: MinHash): string {
  const bytes = Buffer.allocUnsafe(2 * f.length);
  for (let i = 0; i < f.length; i++) {
    const v = f[i]!;
    bytes[2 * i] = v >>> 8;
    bytes[2 * i + 1] = v & 0xff;
  }
  return bytes.toString('hex');
}

/**
 * Reads a stored fingerprint. Anything that is not MINHASH_SLOTS slots of hex (rows written by
 * the SimHash of earlier versions, 16 digits) reads as "no fingerprint": such a comment still
 * counts for bursts, links and the author history, it is only not compared for near-duplicates.
 */
export function fingerprintFromHex(hex: string): MinHash {
  if (hex.length !== 4 * MINHASH_SLOTS || !/^[0-9a-f]+$/i.test(hex)) return new Uint16Array(0);
  const out = new Uint16Array(MINHASH_SLOTS);
  for (let i = 0; i < MINHASH_SLOTS; i++) out[i] = parseInt(hex.slice(4 * i, 4 * i + 4), 16);
  return out;
}
