// SimHash fingerprints for near-duplicate detection: similar texts get fingerprints that differ
// in few bits. The caller stores fingerprints and counts recent ones within a small distance.
import { MAX_ANALYZED_CHARS } from './analyze.ts';
import { normalizeText } from './normalize.ts';
import { hashRange } from './tokenize.ts';

/** A 64-bit fingerprint as two unsigned 32-bit halves. */
export type Fingerprint = readonly [hi: number, lo: number];

/** SimHash of a text over its normalised character 4-grams (robust to small edits). */
export function simhash(text: string): Fingerprint {
  return simhashNormalized(normalizeText(text.slice(0, MAX_ANALYZED_CHARS)).text);
}

/** SimHash of a text that `normalizeText` has already produced (normalising is idempotent). */
export function simhashNormalized(normalizedText: string): Fingerprint {
  const norm = normalizedText.replace(/\s+/g, ' ').trim();
  const counts = new Int32Array(64);
  const n = Math.min(4, norm.length);
  for (let i = 0; i + n <= norm.length; i++) {
    const hi = hashRange(norm, i, i + n, 0x5bd1e995);
    const lo = hashRange(norm, i, i + n, 0x1b873593);
    for (let bit = 0; bit < 32; bit++) {
      counts[bit] = (counts[bit] ?? 0) + ((hi >>> bit) & 1 ? 1 : -1);
      counts[bit + 32] = (counts[bit + 32] ?? 0) + ((lo >>> bit) & 1 ? 1 : -1);
    }
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if ((counts[bit] ?? 0) > 0) hi |= 1 << bit;
    if ((counts[bit + 32] ?? 0) > 0) lo |= 1 << bit;
  }
  return [hi >>> 0, lo >>> 0];
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
