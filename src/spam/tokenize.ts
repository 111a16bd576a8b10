// Turns normalised text into hashed features: words, word pairs, character n-grams within words,
// character 1–3-grams for Chinese/Japanese runs (no spaces), numbers by length, symbols, link
// domains. Every feature remembers which word produced it so a verdict can name its words.
import { PLACEHOLDER, type NormalizedText } from './normalize.ts';
import { registrableDomain } from './url.ts';

/** Hashed features of one text: parallel arrays of bucket index and owning word. */
export interface TextFeatures {
  /** Bucket of each feature occurrence, in [0, 2^bits). */
  indices: Int32Array;
  /** For each occurrence, the index into `words` that produced it. */
  owners: Int32Array;
  /** Value of every occurrence: 1/sqrt(occurrences), so the vector has unit length. */
  value: number;
  /** Display form of each word (for explanations only; never stored in a model). */
  words: string[];
}

const NS = { word: 0x9e3779b1, pair: 0x85ebca77, gram: 0xc2b2ae3d, cjk: 0x27d4eb2f, misc: 0x165667b1 };

/** FNV-1a hash of str[start, end) mixed with a seed; returns an unsigned 32-bit integer. */
export function hashRange(str: string, start: number, end: number, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = start; i < end; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** Hash of a whole string with a seed. */
export function hashString(str: string, seed = 0): number {
  return hashRange(str, 0, str.length, seed);
}

const TOKEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*|[\uE000-\uE002]|[^\s\p{L}\p{M}\p{N}]+/gu;
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const DIGITS = /^\p{N}+$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{M}\p{N}]/u;

class Builder {
  indices: number[] = [];
  owners: number[] = [];
  words: string[] = [];
  constructor(private readonly mask: number) {}
  word(display: string): number {
    this.words.push(display);
    return this.words.length - 1;
  }
  add(hash: number, owner: number): void {
    this.indices.push(hash & this.mask);
    this.owners.push(owner);
  }
}

function addWord(b: Builder, word: string, owner: number): number {
  const h = hashString(word, NS.word);
  b.add(h, owner);
  if (word.length >= 3) {
    const padded = ` ${word} `;
    for (let n = 3; n <= 4; n++) {
      for (let i = 0; i + n <= padded.length; i++) b.add(hashRange(padded, i, i + n, NS.gram + n), owner);
    }
  }
  return h;
}

function addCjk(b: Builder, run: string, owner: number): number {
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= run.length; i++) b.add(hashRange(run, i, i + n, NS.cjk + n), owner);
  }
  return hashString(run, NS.word);
}

/** Extracts hashed features from normalised text into a space of 2^bits buckets. */
export function extractFeatures(norm: NormalizedText, bits: number): TextFeatures {
  const b = new Builder((1 << bits) - 1);
  let previous = 0;
  let urlIndex = 0;
  for (const match of norm.text.matchAll(TOKEN)) {
    const token = match[0];
    let h: number;
    if (token === PLACEHOLDER.url) {
      const domain = norm.domains[urlIndex++] ?? '';
      const owner = b.word(domain === '' ? 'link' : `link to ${domain}`);
      h = hashString('url', NS.misc);
      b.add(h, owner);
      b.add(hashString(`d:${registrableDomain(domain)}`, NS.misc), owner);
      b.add(hashString(`tld:${domain.slice(domain.lastIndexOf('.') + 1)}`, NS.misc), owner);
    } else if (token === PLACEHOLDER.email || token === PLACEHOLDER.phone) {
      const owner = b.word(token === PLACEHOLDER.email ? 'email address' : 'phone number');
      h = hashString(token, NS.misc);
      b.add(h, owner);
    } else if (!LETTER_OR_DIGIT.test(token)) {
      // Symbols and emoji: the first symbol, and whether it repeats.
      const owner = b.word(token.slice(0, 3));
      b.add(
        hashString(
          `s:${String.fromCodePoint(token.codePointAt(0) ?? 0)}${token.length > 1 ? '+' : ''}`,
          NS.misc,
        ),
        owner,
      );
      continue;
    } else if (DIGITS.test(token)) {
      const owner = b.word(token.length > 12 ? `${token.slice(0, 12)}…` : token);
      h = hashString(`n:${Math.min(token.length, 9)}`, NS.misc);
      b.add(h, owner);
    } else if (CJK.test(token)) {
      h = addCjk(b, token, b.word(token.length > 12 ? `${token.slice(0, 12)}…` : token));
    } else {
      h = addWord(b, token, b.word(token));
    }
    if (previous !== 0) b.add(Math.imul(previous, 31) ^ h ^ NS.pair, b.words.length - 1);
    previous = h;
  }
  const bucket = Math.min(8, Math.floor(Math.log2(1 + norm.textLength)));
  b.add(hashString(`len:${bucket}`, NS.misc), b.word(''));
  const count = b.indices.length;
  return {
    indices: Int32Array.from(b.indices),
    owners: Int32Array.from(b.owners),
    value: 1 / Math.sqrt(count),
    words: b.words,
  };
}
