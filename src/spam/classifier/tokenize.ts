// Turns normalised text into hashed features: words, word pairs, character n-grams within words,
// character 1–3-grams for Chinese/Japanese runs (no spaces), numbers by length, symbols, link
// domains. Every feature remembers which word produced it so a verdict can name its words.
import { PLACEHOLDER, type NormalizedText } from '../text/normalize.ts';
import { registrableDomain } from '../text/url.ts';

/** Hashed features of one text: parallel arrays of bucket index and owning word. */
export interface TextFeatures {
  /** Bucket of each feature occurrence, in [0, 2^bits). */
  indices: Int32Array;
  /** For each occurrence, the index into `words` that produced it. */
  owners: Int32Array;
  /** Value of every occurrence: 1/sqrt(max(occurrences, 8)), so the vector has at most unit length. */
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
  return finish(h);
}

/** Hash of a whole string with a seed. */
export function hashString(str: string, seed = 0): number {
  return hashRange(str, 0, str.length, seed);
}

const enum Kind {
  Unknown = 0,
  Word = 1,
  Cjk = 2,
  Space = 3,
  Placeholder = 4,
  Symbol = 5,
}

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = /\s/u;

function classify(ch: string): Kind {
  if (ch >= '\uE000' && ch <= '\uE002') return Kind.Placeholder;
  if (CJK_CHAR.test(ch)) return Kind.Cjk;
  if (WORD_CHAR.test(ch)) return Kind.Word;
  if (SPACE_CHAR.test(ch)) return Kind.Space;
  return Kind.Symbol;
}

// Character classes of the Basic Multilingual Plane, filled on first sight (a memo of a pure
// function: regex tests per character would make tokenising several times slower).
const BMP_KIND = new Uint8Array(65536);
for (let c = 0; c < 128; c++) BMP_KIND[c] = classify(String.fromCharCode(c));

function kindAt(text: string, i: number): Kind {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return classify(String.fromCodePoint(text.codePointAt(i) ?? 0));
  let kind = BMP_KIND[c] as Kind;
  if (kind === Kind.Unknown) BMP_KIND[c] = kind = classify(text[i] ?? '');
  return kind;
}

// Tokens of normalised text, three numbers each (kind, plus DIGITS_ONLY when the token is all
// digits; start; end), in a buffer reused by every call (scoring is synchronous, so it is never
// shared): no object is made per token.
const DIGITS_ONLY = 8;
let tokenBuffer = new Int32Array(3 * 256);

function pushToken(count: number, kind: number, start: number, end: number): number {
  if (3 * count + 3 > tokenBuffer.length) {
    const grown = new Int32Array(tokenBuffer.length * 2);
    grown.set(tokenBuffer);
    tokenBuffer = grown;
  }
  tokenBuffer[3 * count] = kind;
  tokenBuffer[3 * count + 1] = start;
  tokenBuffer[3 * count + 2] = end;
  return count + 1;
}

/** Splits text into word, CJK-run, placeholder and symbol-run tokens (in tokenBuffer); returns how many. */
function scanTokens(text: string): number {
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const kind = kindAt(text, i);
    const width = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
    if (kind === Kind.Space) {
      i += width;
      continue;
    }
    const start = i;
    if (kind === Kind.Placeholder) {
      count = pushToken(count, kind, start, i + 1);
      i += 1;
      continue;
    }
    let digitsOnly = true;
    i += width;
    if (kind === Kind.Word) {
      let c = text.charCodeAt(start);
      digitsOnly = c >= 48 && c <= 57;
      while (i < n) {
        c = text.charCodeAt(i);
        const k = kindAt(text, i);
        const apostrophe = (c === 39 || c === 0x2019) && i + 1 < n && kindAt(text, i + 1) === Kind.Word;
        if (k !== Kind.Word && !apostrophe) break;
        if (!(c >= 48 && c <= 57)) digitsOnly = false;
        i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      }
    } else {
      digitsOnly = false;
      while (i < n && kindAt(text, i) === kind)
        i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
    }
    count = pushToken(count, digitsOnly ? kind | DIGITS_ONLY : kind, start, i);
  }
  return count;
}

// Scratch buffers reused by every call (single-threaded and synchronous, so never shared);
// results are copied out, which saves two allocations and their garbage per comment.
let scratchIndices = new Int32Array(1024);
let scratchOwners = new Int32Array(1024);

class Builder {
  indices = scratchIndices;
  owners = scratchOwners;
  length = 0;
  words: string[] = [];
  constructor(private readonly mask: number) {}
  word(display: string): number {
    this.words.push(display);
    return this.words.length - 1;
  }
  add(hash: number, owner: number): void {
    if (this.length === this.indices.length) {
      const indices = new Int32Array(this.length * 2);
      const owners = new Int32Array(this.length * 2);
      indices.set(this.indices);
      owners.set(this.owners);
      this.indices = scratchIndices = indices;
      this.owners = scratchOwners = owners;
    }
    this.indices[this.length] = hash & this.mask;
    this.owners[this.length] = owner;
    this.length++;
  }
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** Adds a word and its character 3- and 4-grams (of " word ", so edges count), in one pass. */
function addWord(b: Builder, word: string, owner: number): number {
  const h = hashString(word, NS.word);
  b.add(h, owner);
  const len = word.length;
  if (len < 3) return h;
  const padded = len + 2;
  for (let start = 0; start + 3 <= padded; start++) {
    let x = (0x811c9dc5 ^ NS.gram) >>> 0;
    const stop = Math.min(start + 4, padded);
    for (let k = start; k < stop; k++) {
      x ^= k === 0 || k === padded - 1 ? 32 : word.charCodeAt(k - 1);
      x = Math.imul(x, 0x01000193);
      if (k - start >= 2) b.add(finish(x ^ (k - start + 1)), owner);
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

// The hashes of the features that are the same string for every comment, made once.
const URL_HASH = hashString('url', NS.misc);
const EMAIL_HASH = hashString(PLACEHOLDER.email, NS.misc);
const PHONE_HASH = hashString(PLACEHOLDER.phone, NS.misc);
const NUMBER_HASH = Array.from({ length: 10 }, (_, digits) => hashString(`n:${digits}`, NS.misc));
const LENGTH_HASH = Array.from({ length: 9 }, (_, bucket) => hashString(`len:${bucket}`, NS.misc));

/**
 * The buckets of the features that describe a comment's form rather than its words: a link, its
 * registrable domain and TLD (for each of `domains`), an e-mail address, a phone number and, unless
 * `linksOnly`, a number by its length and the text-length bucket. Training may bound them apart
 * from words (train.ts, `capOnly`); scoring never calls this.
 */
export function structuralBuckets(domains: Iterable<string>, bits: number, linksOnly = false): Set<number> {
  const mask = (1 << bits) - 1;
  const out = new Set<number>(
    (linksOnly
      ? [URL_HASH, EMAIL_HASH, PHONE_HASH]
      : [URL_HASH, EMAIL_HASH, PHONE_HASH, ...NUMBER_HASH, ...LENGTH_HASH]
    ).map((h) => h & mask),
  );
  for (const domain of domains) {
    out.add(hashString(`d:${registrableDomain(domain)}`, NS.misc) & mask);
    out.add(hashString(`tld:${domain.slice(domain.lastIndexOf('.') + 1)}`, NS.misc) & mask);
  }
  return out;
}

/**
 * The buckets of the features that describe the medium more than the message: the text-length
 * bucket and, with `numbers`, a number by its length. Training may leave them out (train.ts,
 * `mediumFree`); scoring never calls this.
 */
export function mediumBuckets(bits: number, numbers = false): number[] {
  const mask = (1 << bits) - 1;
  return (numbers ? [...LENGTH_HASH, ...NUMBER_HASH] : LENGTH_HASH).map((h) => h & mask);
}

/** Extracts hashed features from normalised text into a space of 2^bits buckets. */
export function extractFeatures(norm: NormalizedText, bits: number): TextFeatures {
  return extractFeaturesBeside(norm, bits, 0).features;
}

/**
 * extractFeatures, with `doubles` zeroed doubles in front of the features in the same buffer: a
 * typed array above 64 bytes gets its own buffer outside V8's heap, about 0.4–0.9 µs each, so
 * analysis keeps its signal values there (one allocation a comment instead of two). The buffer
 * holds one comment's arrays only, so keeping an analysis keeps nothing of another's.
 */
export function extractFeaturesBeside(
  norm: NormalizedText,
  bits: number,
  doubles: number,
): { features: TextFeatures; doubles: Float64Array<ArrayBuffer> } {
  const b = new Builder((1 << bits) - 1);
  let previous = 0;
  let urlIndex = 0;
  const text = norm.text;
  const tokens = scanTokens(text);
  for (let t = 0; t < tokens; t++) {
    const tagged = tokenBuffer[3 * t] as number;
    const kind = (tagged & ~DIGITS_ONLY) as Kind;
    const token = text.slice(tokenBuffer[3 * t + 1], tokenBuffer[3 * t + 2]);
    let h: number;
    if (kind === Kind.Placeholder && token === PLACEHOLDER.url) {
      const domain = norm.domains[urlIndex++] ?? '';
      const owner = b.word(domain === '' ? 'link' : `link to ${domain}`);
      h = URL_HASH;
      b.add(h, owner);
      b.add(hashString(`d:${registrableDomain(domain)}`, NS.misc), owner);
      b.add(hashString(`tld:${domain.slice(domain.lastIndexOf('.') + 1)}`, NS.misc), owner);
    } else if (kind === Kind.Placeholder) {
      const owner = b.word(token === PLACEHOLDER.email ? 'email address' : 'phone number');
      h = token === PLACEHOLDER.email ? EMAIL_HASH : PHONE_HASH;
      b.add(h, owner);
    } else if (kind === Kind.Symbol) {
      // Symbols and emoji: the first symbol, and whether more follow.
      const owner = b.word(token.slice(0, 3));
      const first = String.fromCodePoint(token.codePointAt(0) ?? 0);
      b.add(hashString(`s:${first}${token.length > first.length ? '+' : ''}`, NS.misc), owner);
      continue;
    } else if ((tagged & DIGITS_ONLY) !== 0) {
      const owner = b.word(token.length > 12 ? `${token.slice(0, 12)}…` : token);
      h = NUMBER_HASH[Math.min(token.length, 9)] as number;
      b.add(h, owner);
    } else if (kind === Kind.Cjk) {
      h = addCjk(b, token, b.word(token.length > 12 ? `${token.slice(0, 12)}…` : token));
    } else {
      h = addWord(b, token, b.word(token));
    }
    if (previous !== 0) b.add(Math.imul(previous, 31) ^ h ^ NS.pair, b.words.length - 1);
    previous = h;
  }
  const bucket = Math.min(8, Math.floor(Math.log2(1 + norm.textLength)));
  b.add(LENGTH_HASH[bucket] as number, b.word(''));
  const count = b.length;
  // One buffer for both results and the caller's doubles (see extractFeaturesBeside).
  const buffer = new ArrayBuffer(8 * doubles + 8 * count);
  const out = new Int32Array(buffer, 8 * doubles, 2 * count);
  out.set(b.indices.subarray(0, count));
  out.set(b.owners.subarray(0, count), count);
  const features = {
    indices: out.subarray(0, count),
    owners: out.subarray(count),
    // The floor keeps a one- or two-token comment from weighing as much as a whole paragraph.
    value: 1 / Math.sqrt(Math.max(count, 8)),
    words: b.words,
  };
  return { features, doubles: new Float64Array(buffer, 0, doubles) };
}
