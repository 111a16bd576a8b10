import { describe, expect, it } from 'vitest';
import {
  cheapLetters,
  LETTER_RANGES,
  NUMBER_RANGES,
  withCheapLetters,
  withLooseLetters,
} from './letter-class.ts';

const LETTER = new RegExp(`[${LETTER_RANGES}]`, 'u');
const NUMBER = new RegExp(`[${NUMBER_RANGES}]`, 'u');
const UNICODE_LETTER = /\p{L}/u;
const UNICODE_NUMBER = /\p{N}/u;

/** Code points of [from, to] where two one-character tests disagree. */
function differences(from: number, to: number, a: RegExp, b: RegExp): number[] {
  const out: number[] = [];
  for (let c = from; c <= to; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const s = String.fromCodePoint(c);
    if (a.test(s) !== b.test(s)) out.push(c);
  }
  return out;
}

describe('the stand-in letter and number classes', () => {
  it('are exactly \\p{L} and \\p{N} in the scripts our comments are written in', () => {
    for (const [from, to] of [
      [0x0000, 0x058f], // Latin, IPA, combining marks, Greek, Cyrillic, Armenian
      [0x1e00, 0x1fff], // Latin Extended Additional, Greek Extended
      [0x2000, 0x2e7f], // punctuation, symbols, Glagolitic, Coptic, Georgian, Cyrillic Extended-A
      [0x3000, 0x30ff], // CJK punctuation, kana
      [0x3400, 0x9fff], // CJK ideographs
      [0xac00, 0xd7ff], // Hangul
      [0xf900, 0xfaff],
      [0xfe00, 0xffff], // full-width forms
      [0x20000, 0x323af], // CJK Extensions B to H
    ] as const) {
      expect(differences(from, to, LETTER, UNICODE_LETTER)).toEqual([]);
      expect(differences(from, to, NUMBER, UNICODE_NUMBER)).toEqual([]);
    }
  });

  it('miss no letter of the BMP (elsewhere a script’s own marks may count as letters)', () => {
    const missed = differences(0, 0xffff, LETTER, UNICODE_LETTER).filter((c) =>
      UNICODE_LETTER.test(String.fromCodePoint(c)),
    );
    expect(missed).toEqual([]);
    expect(differences(0, 0xffff, NUMBER, UNICODE_NUMBER)).toEqual([]);
  });

  it('stay short: V8 skips its optimisations for a pattern source over 20 KB', () => {
    expect(LETTER_RANGES.length).toBeLessThan(500);
    expect(NUMBER_RANGES.length).toBeLessThan(500);
  });
});

describe('withCheapLetters', () => {
  it('writes \\p{L} and \\p{N} as classes outside a class and as ranges inside one', () => {
    expect(withCheapLetters('a\\p{L}*')).toBe(`a[${LETTER_RANGES}]*`);
    expect(withCheapLetters('(?<![\\p{L}\\p{N}_])x')).toBe(`(?<![${LETTER_RANGES}${NUMBER_RANGES}_])x`);
    expect(withCheapLetters('[^\\p{L}]+')).toBe(`[^${LETTER_RANGES}]+`);
  });

  it('leaves other escapes and other properties as they are', () => {
    expect(withCheapLetters('\\bfree\\s+\\d+')).toBe('\\bfree\\s+\\d+');
    expect(withCheapLetters('[\\p{Lu}\\]]\\p{Script=Han}')).toBe('[\\p{Lu}\\]]\\p{Script=Han}');
    expect(withCheapLetters('\\\\p{L}')).toBe('\\\\p{L}'); // an escaped backslash, then "p{L}"
  });

  it('gives a regex that matches what the original matches, in Russian, Chinese and English', () => {
    const original =
      /(?<![\p{L}\p{N}])(?:займ|кредит)\p{L}*\s+(?:\p{L}+\s+){0,2}?без\s+(?:проверк|отказ)\p{L}*|免费\p{L}{0,3}领取|\bfree\s+\p{L}+/gu;
    const cheap = cheapLetters(original);
    expect(cheap.flags).toBe(original.flags);
    for (const text of [
      'займы онлайн без проверки кредитной истории',
      'микрозайм без отказа', // no match: a word start is needed
      'кредит наличными сразу без отказа',
      'ё-займ без отказов, 9займ без проверки',
      '免费送礼品领取 и free stuff',
      'a free 𠮷野家 coupon', // an ideograph beyond the BMP is a letter
    ])
      expect([...text.matchAll(cheap)].map((m) => m[0])).toEqual(
        [...text.matchAll(original)].map((m) => m[0]),
      );
  });

  it('returns the same regex object when there is nothing to rewrite', () => {
    const re = /\bcasino\b/g;
    expect(cheapLetters(re)).toBe(re);
  });
});

describe('withLooseLetters', () => {
  const LOOSE = new RegExp(withLooseLetters('\\p{L}'), 'u');
  const LOOSE_NUMBER = new RegExp(withLooseLetters('\\p{N}'), 'u');

  it('writes classes that hold every letter and number of the stand-ins, and no other white space', () => {
    for (let c = 0; c <= 0x323af; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCodePoint(c);
      if (LETTER.test(s) && !LOOSE.test(s)) throw new Error(`letter U+${c.toString(16)} missed`);
      if (NUMBER.test(s) && !LOOSE_NUMBER.test(s)) throw new Error(`number U+${c.toString(16)} missed`);
      // (U+1680, the Ogham space, is in the letter stand-in's joined ranges, so in its superset too)
      if (/\s/u.test(s) && ((!LETTER.test(s) && LOOSE.test(s)) || LOOSE_NUMBER.test(s)))
        throw new Error(`space U+${c.toString(16)}`);
    }
  });

  it('keeps the stand-ins inside a class (a negated class must not shrink) and is short', () => {
    expect(withLooseLetters('[^\\p{L}\\p{N}]+')).toBe(`[^${LETTER_RANGES}${NUMBER_RANGES}]+`);
    expect(withLooseLetters('\\bfree\\s+\\d+')).toBe('\\bfree\\s+\\d+');
    expect(withLooseLetters('\\p{L}').length).toBeLessThan(LETTER_RANGES.length / 4);
  });

  it('gives a pre-test that says yes wherever the exact pattern matches', () => {
    const source =
      '(?:займ|кредит)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?без\\s+(?:проверк|отказ)\\p{L}*|免费\\p{L}{0,3}领取|\\bfree\\s+\\p{L}+';
    const exact = new RegExp(withCheapLetters(source), 'u');
    const loose = new RegExp(withLooseLetters(source), 'u');
    for (const text of [
      'займы онлайн без проверки',
      'кредит наличными сразу без отказа',
      '免费送礼品领取',
      'a free 𠮷野家 coupon',
      'nothing here',
    ])
      if (exact.test(text)) expect(loose.test(text)).toBe(true);
  });
});
