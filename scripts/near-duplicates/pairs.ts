// The pairs the measurement scores: real near-duplicates found in the data (texts k words apart),
// one-word variants made from real comments, and unrelated pairs of the same source.
import { seededRandom } from '../../src/spam/classifier/random.ts';
import { bagBound, type Doc, wordEditDistance } from './corpus.ts';

/** A pair of texts and its class. */
export interface Pair {
  a: string;
  b: string;
}

/** Pairs of one source whose word edit distance is exactly 1, 2 or 3 (both ≥ `minWords` words). */
export function naturalVariants(docs: Doc[], minWords: number): Map<number, Pair[]> {
  const out = new Map<number, Pair[]>([
    [1, []],
    [2, []],
    [3, []],
  ]);
  const bySource = new Map<string, Doc[]>();
  for (const d of docs)
    if (d.words.length >= minWords) bySource.set(d.source, [...(bySource.get(d.source) ?? []), d]);
  for (const list of bySource.values()) {
    list.sort((x, y) => x.words.length - y.words.length);
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      for (let j = i + 1; j < list.length && list[j]!.words.length - a.words.length <= 3; j++) {
        const b = list[j]!;
        if (bagBound(a.words, b.words) > 3) continue;
        const d = wordEditDistance(a.words, b.words, 3);
        if (d >= 1 && d <= 3) out.get(d)!.push({ a: a.text, b: b.text });
      }
    }
  }
  return out;
}

const WORD = /[\p{L}\p{N}\uE000-\uE002]+/gu;

/**
 * For a seeded sample of texts of at least `minWords` words, a copy with one word replaced by
 * another word of the same source, one with a word removed, and one with a word added.
 */
export function oneWordVariants(docs: Doc[], minWords: number, count: number, seed: number): Pair[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const pool = docs.filter((d) => d.words.length >= minWords);
  const vocabulary = new Map<string, string[]>();
  for (const d of docs)
    vocabulary.set(d.source, [...(vocabulary.get(d.source) ?? []), ...(d.text.match(WORD) ?? [])]);
  const out: Pair[] = [];
  for (let n = 0; n < count; n++) {
    const d = pick(pool);
    const tokens = d.text.split(' ');
    const at = Math.floor(random() * tokens.length);
    const word = pick(vocabulary.get(d.source)!);
    const edited = [...tokens];
    const kind = n % 3;
    if (kind === 0) edited[at] = word;
    else if (kind === 1) edited.splice(at, 1);
    else edited.splice(at, 0, word);
    const b = edited.join(' ');
    if (b !== d.text) out.push({ a: d.text, b });
  }
  return out;
}

/**
 * Seeded random pairs of texts of the same source that are not near-duplicates of each other
 * (word edit distance above half the longer text): what a new comment meets among recent ones.
 */
export function unrelatedPairs(docs: Doc[], count: number, seed: number): Pair[] {
  const random = seededRandom(seed);
  const bySource = new Map<string, Doc[]>();
  for (const d of docs) bySource.set(d.source, [...(bySource.get(d.source) ?? []), d]);
  const sources = [...bySource.values()];
  const total = docs.length;
  const out: Pair[] = [];
  while (out.length < count) {
    // Sources are drawn in proportion to their size, pairs within one source.
    let r = Math.floor(random() * total);
    let list = sources[0]!;
    for (const s of sources) {
      if (r < s.length) {
        list = s;
        break;
      }
      r -= s.length;
    }
    const a = list[Math.floor(random() * list.length)]!;
    const b = list[Math.floor(random() * list.length)]!;
    if (a === b) continue;
    const half = Math.floor(Math.max(a.words.length, b.words.length) / 2);
    if (bagBound(a.words, b.words) <= half && wordEditDistance(a.words, b.words, half) <= half) continue;
    out.push({ a: a.text, b: b.text });
  }
  return out;
}
