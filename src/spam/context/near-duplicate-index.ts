// An index of MinHash fingerprints that answers "how many of these is this text a near-duplicate
// of" without comparing with every one: locality-sensitive hashing in bands of two slots. Two
// texts of Jaccard similarity J agree on a given band with probability J², so they share one of
// the 32 bands with probability 1 − (1 − J²)^32: 99.6% at the threshold (0.4) and above, 1.3%
// for unrelated texts (J ≈ 0.02), which are then compared in full and dropped. Pure, bounded.
import { type MinHash, minhashSimilarity, NEAR_DUPLICATE_SIMILARITY } from './minhash.ts';

const BAND = 2;

function bandKey(print: MinHash, band: number): number {
  const at = band * BAND;
  const v = ((print[at] ?? 0) << 16) | (print[at + 1] ?? 0);
  return (Math.imul(v ^ Math.imul(band + 1, 0x9e3779b1), 0x85ebca6b) ^ band) >>> 0;
}

/** Fingerprints by id, at most `limit` (the oldest added are forgotten first). */
export class NearDuplicateIndex {
  private readonly prints = new Map<number, MinHash>();
  private readonly buckets = new Map<number, number[]>();

  constructor(private readonly limit: number) {}

  /** Adds (or replaces) a fingerprint; one without slots (a short text) is not kept. */
  add(id: number, print: MinHash): void {
    this.remove(id);
    if (print.length === 0) return;
    if (this.prints.size >= this.limit) {
      const oldest = this.prints.keys().next().value as number;
      this.remove(oldest);
    }
    this.prints.set(id, print);
    for (let band = 0; band * BAND < print.length; band++) {
      const key = bandKey(print, band);
      const list = this.buckets.get(key);
      if (list) list.push(id);
      else this.buckets.set(key, [id]);
    }
  }

  /** Forgets a fingerprint. */
  remove(id: number): void {
    const print = this.prints.get(id);
    if (!print) return;
    this.prints.delete(id);
    for (let band = 0; band * BAND < print.length; band++) {
      const key = bandKey(print, band);
      const list = this.buckets.get(key);
      if (!list) continue;
      const rest = list.filter((x) => x !== id);
      if (rest.length) this.buckets.set(key, rest);
      else this.buckets.delete(key);
    }
  }

  /** How many indexed fingerprints `print` is a near-duplicate of. */
  countSimilar(print: MinHash, threshold = NEAR_DUPLICATE_SIMILARITY): number {
    return this.similarIds(print, threshold).length;
  }

  /** The ids of the indexed fingerprints `print` is a near-duplicate of. */
  similarIds(print: MinHash, threshold = NEAR_DUPLICATE_SIMILARITY): number[] {
    const out: number[] = [];
    if (print.length === 0 || this.prints.size === 0) return out;
    const seen = new Set<number>();
    for (let band = 0; band * BAND < print.length; band++) {
      for (const id of this.buckets.get(bandKey(print, band)) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        if (minhashSimilarity(print, this.prints.get(id)!) >= threshold) out.push(id);
      }
    }
    return out;
  }

  /** Ids held (for forgetting by age). */
  ids(): IterableIterator<number> {
    return this.prints.keys();
  }

  get size(): number {
    return this.prints.size;
  }
}
