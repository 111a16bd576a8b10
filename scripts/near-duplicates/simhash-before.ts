// The near-duplicate fingerprint Silkpress used before MinHash (src/spam/context/minhash.ts), kept here
// unchanged so the measurement can show what it did: SimHash over the normalised text's
// character 4-grams, near-duplicates at a Hamming distance of 6 bits or less.
import { MAX_ANALYZED_CHARS } from '../../src/spam/analyze.ts';
import { normalizeText } from '../../src/spam/text/normalize.ts';
import { hashRange } from '../../src/spam/classifier/tokenize.ts';

/** A 64-bit fingerprint as two unsigned 32-bit halves. */
export type Fingerprint = readonly [hi: number, lo: number];

/** SimHash of a text over its normalised character 4-grams (robust to small edits). */
export function simhash(text: string): Fingerprint {
  return simhashNormalized(normalizeText(text.slice(0, MAX_ANALYZED_CHARS)).text);
}

/**
 * Adds a 32-bit word to bit-sliced counters: `planes[p]` holds bit p of 32 per-position counts,
 * so one word is added to all 32 counts with a few word operations (a ripple of carries) instead
 * of 32 separate additions.
 */
function addToPlanes(planes: Int32Array, word: number): void {
  let carry = word;
  for (let p = 0; carry !== 0; p++) {
    const plane = planes[p]!;
    planes[p] = plane ^ carry;
    carry = plane & carry;
  }
}

/** The bits of a 32-bit half set in more than half of `total` words added to `planes`. */
function majorityBits(planes: Int32Array, total: number): number {
  let out = 0;
  for (let bit = 0; bit < 32; bit++) {
    let ones = 0;
    for (let p = 0; p < planes.length; p++) ones += ((planes[p]! >>> bit) & 1) << p;
    if (ones * 2 > total) out |= 1 << bit;
  }
  return out >>> 0;
}

/**
 * SimHash of a text that `normalizeText` has already produced (normalising is idempotent): bit
 * k is set when more of the 4-grams' hashes have bit k set than not. The ones are counted
 * bit-sliced (see addToPlanes): a tenth of a comment-check's time went to 64 counter updates per
 * 4-gram. The fingerprints are the same as counting one bit at a time (a test compares them).
 */
export function simhashNormalized(normalizedText: string): Fingerprint {
  const norm = normalizedText.replace(/\s+/g, ' ').trim();
  // 17 planes count up to 131,071 grams, more than the longest analysed text has.
  const hiPlanes = new Int32Array(17);
  const loPlanes = new Int32Array(17);
  const n = Math.min(4, norm.length);
  let grams = 0;
  for (let i = 0; i + n <= norm.length; i++) {
    addToPlanes(hiPlanes, hashRange(norm, i, i + n, 0x5bd1e995));
    addToPlanes(loPlanes, hashRange(norm, i, i + n, 0x1b873593));
    grams++;
  }
  return [majorityBits(hiPlanes, grams), majorityBits(loPlanes, grams)];
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Number of differing bits between two fingerprints (0..64). */
export function hammingDistance(a: Fingerprint, b: Fingerprint): number {
  return popcount((a[0] ^ b[0]) >>> 0) + popcount((a[1] ^ b[1]) >>> 0);
}

/** Whether two fingerprints are near-duplicates (distance ≤ 6 of 64 bits by default). */
export function isNearDuplicate(a: Fingerprint, b: Fingerprint, maxDistance = 6): boolean {
  return hammingDistance(a, b) <= maxDistance;
}

/** A fingerprint as 16 hex digits, for storage. */
export function fingerprintToHex(f: Fingerprint): string {
  return f[0].toString(16).padStart(8, '0') + f[1].toString(16).padStart(8, '0');
}

/** Parses 16 hex digits back into a fingerprint. */
export function fingerprintFromHex(hex: string): Fingerprint {
  if (!/^[0-9a-f]{16}$/i.test(hex)) throw new RangeError('fingerprint must be 16 hex digits');
  return [parseInt(hex.slice(0, 8), 16) >>> 0, parseInt(hex.slice(8), 16) >>> 0];
}
