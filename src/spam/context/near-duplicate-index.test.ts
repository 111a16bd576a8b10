import { describe, expect, it } from 'vitest';
import { minhash, minhashSimilarity, NEAR_DUPLICATE_SIMILARITY } from './minhash.ts';
import { NearDuplicateIndex } from './near-duplicate-index.ts';
import { seededRandom } from '../classifier/random.ts';

const WORDS = 'salt road caravan border customs train port market city river bridge council budget'.split(
  ' ',
);

function sentence(random: () => number, n: number): string {
  return Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
}

describe('NearDuplicateIndex', () => {
  it('counts exactly what comparing with every fingerprint counts', () => {
    const random = seededRandom(7);
    const texts = Array.from({ length: 300 }, () => sentence(random, 6 + Math.floor(random() * 10)));
    const index = new NearDuplicateIndex(1000);
    const prints = texts.map(minhash);
    prints.forEach((p, id) => index.add(id, p));
    let matched = 0;
    for (const text of texts.slice(0, 60)) {
      const probe = minhash(`${text} ${WORDS[Math.floor(random() * WORDS.length)]}`);
      const linear = prints.filter(
        (p) => p.length && minhashSimilarity(probe, p) >= NEAR_DUPLICATE_SIMILARITY,
      );
      // Banding can miss a pair at the threshold with probability (1 − J²)^32 < 0.5%.
      expect(index.countSimilar(probe)).toBeGreaterThanOrEqual(linear.length - 1);
      expect(index.countSimilar(probe)).toBeLessThanOrEqual(linear.length);
      matched += linear.length;
    }
    expect(matched).toBeGreaterThan(60);
  });

  it('forgets removed and evicted fingerprints, and ignores short texts', () => {
    const index = new NearDuplicateIndex(2);
    const a = minhash('earn money from home with crypto signals message me today');
    index.add(1, a);
    index.add(2, a);
    index.add(3, a);
    expect(index.size).toBe(2);
    expect([...index.ids()]).toEqual([2, 3]);
    expect(index.countSimilar(a)).toBe(2);
    index.remove(3);
    expect(index.countSimilar(a)).toBe(1);
    index.add(4, minhash('too short'));
    expect(index.size).toBe(1);
    expect(index.countSimilar(minhash('too short'))).toBe(0);
  });
});
