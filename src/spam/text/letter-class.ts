// Cheaper stand-ins for \p{L} and \p{N} in the phrase families' Unicode regexes.
//
// V8 turns each \p{L} of a /u regex into matching code for every range of the property: several
// hundred ranges in the Basic Multilingual Plane and more beyond it, whose surrogate pairs cost the
// most. A family pattern that says "a word" five times took 30 to 150 ms to compile, and the
// phrase families together about a second per process: paid by each site worker (and each test
// worker) at its first comments in Russian or Chinese (docs/spam.md, "Compiling the phrase
// families").
//
// The stand-ins are exactly the properties where our comments are written: Latin with its
// extensions, Greek, Cyrillic with its extensions, Armenian, Georgian, the combining marks,
// punctuation and symbols, kana, the CJK ideographs (with Extensions B to H), Hangul and the
// full-width forms. In the other scripts of the BMP the letter class is a superset: ranges of
// letters a short gap apart are joined, so a Hebrew, Arabic or Devanagari mark, digit or sign
// counts as a letter there. Letters beyond the BMP other than the CJK ideographs are left out (the
// NFKC of normalize.ts folds the mathematical letters and digits to plain ones).
// letter-class.test.ts checks both against the running Node's Unicode properties.
//
// The ranges are written as the characters themselves (the escapes below are read once, into a
// short string): V8 skips its optimisations for a regex source over 20 KB, and a family's one-pass
// test says "a letter" dozens of times. Only the tokenizer and the normaliser, whose output the
// model was trained on, keep the exact properties.

/** The stand-in for \\p{L}, without brackets (so it can go inside a class too). */
export const LETTER_RANGES =
  'A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02c1\u02c6-\u02d1\u02e0-\u02e4' +
  '\u02ec\u02ee\u0370-\u0374\u0376-\u0377\u037a-\u037d\u037f\u0386\u0388-\u038a\u038c\u038e-\u03a1' +
  '\u03a3-\u03f5\u03f7-\u0481\u048a-\u052f\u0531-\u0556\u0559\u0560-\u0588\u05d0-\u1dbf' +
  '\u1e00-\u1f15\u1f18-\u1f1d\u1f20-\u1f45\u1f48-\u1f4d\u1f50-\u1f57\u1f59\u1f5b\u1f5d' +
  '\u1f5f-\u1f7d\u1f80-\u1fb4\u1fb6-\u1fbc\u1fbe\u1fc2-\u1fc4\u1fc6-\u1fcc\u1fd0-\u1fd3' +
  '\u1fd6-\u1fdb\u1fe0-\u1fec\u1ff2-\u1ff4\u1ff6-\u1ffc\u2071\u207f\u2090-\u209c\u2102' +
  '\u2107\u210a-\u2113\u2115\u2119-\u211d\u2124\u2126\u2128\u212a-\u212d\u212f-\u2139\u213c-\u213f' +
  '\u2145-\u2149\u214e\u2183-\u2184\u2c00-\u2ce4\u2ceb-\u2cee\u2cf2-\u2cf3\u2d00-\u2d25' +
  '\u2d27\u2d2d\u2d30-\u2d67\u2d6f\u2d80-\u2d96\u2da0-\u2da6\u2da8-\u2dae\u2db0-\u2db6' +
  '\u2db8-\u2dbe\u2dc0-\u2dc6\u2dc8-\u2dce\u2dd0-\u2dd6\u2dd8-\u2dde\u2e2f\u3005-\u3006' +
  '\u3031-\u3035\u303b-\u303c\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3105-\u31ff' +
  '\u3400-\u4dbf\u4e00-\uabe2\uac00-\ud7a3\ud7b0-\ud7c6\ud7cb-\ud7fb\uf900-\ufa6d\ufa70-\ufad9' +
  '\ufb00-\ufdfb\ufe70-\ufe74\ufe76-\ufefc\uff21-\uff3a\uff41-\uff5a\uff66-\uffbe\uffc2-\uffc7' +
  '\uffca-\uffcf\uffd2-\uffd7\uffda-\uffdc\u{20000}-\u{2a6df}\u{2a700}-\u{2b81d}\u{2b820}-\u{2cead}' +
  '\u{2ceb0}-\u{2ebe0}\u{2ebf0}-\u{2ee5d}\u{2f800}-\u{2fa1d}\u{30000}-\u{3134a}\u{31350}-\u{323af}';

/** The stand-in for \\p{N}, without brackets: the digits, numerals and number signs of the BMP. */
export const NUMBER_RANGES =
  '0-9\u00b2-\u00b3\u00b9\u00bc-\u00be\u0660-\u0669\u06f0-\u06f9\u07c0-\u07c9\u0966-\u096f' +
  '\u09e6-\u09ef\u09f4-\u09f9\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0b72-\u0b77\u0be6-\u0bf2' +
  '\u0c66-\u0c6f\u0c78-\u0c7e\u0ce6-\u0cef\u0d58-\u0d5e\u0d66-\u0d78\u0de6-\u0def\u0e50-\u0e59' +
  '\u0ed0-\u0ed9\u0f20-\u0f33\u1040-\u1049\u1090-\u1099\u1369-\u137c\u16ee-\u16f0\u17e0-\u17e9' +
  '\u17f0-\u17f9\u1810-\u1819\u1946-\u194f\u19d0-\u19da\u1a80-\u1a89\u1a90-\u1a99\u1b50-\u1b59' +
  '\u1bb0-\u1bb9\u1c40-\u1c49\u1c50-\u1c59\u2070\u2074-\u2079\u2080-\u2089\u2150-\u2182' +
  '\u2185-\u2189\u2460-\u249b\u24ea-\u24ff\u2776-\u2793\u2cfd\u3007\u3021-\u3029\u3038-\u303a' +
  '\u3192-\u3195\u3220-\u3229\u3248-\u324f\u3251-\u325f\u3280-\u3289\u32b1-\u32bf\ua620-\ua629' +
  '\ua6e6-\ua6ef\ua830-\ua835\ua8d0-\ua8d9\ua900-\ua909\ua9d0-\ua9d9\ua9f0-\ua9f9\uaa50-\uaa59' +
  '\uabf0-\uabf9\uff10-\uff19';

/**
 * A /u regex source with \p{L} and \p{N} written as the stand-in classes: inside a character class
 * their ranges join the class's, outside it they become a class of their own. Any other source is
 * returned as it is.
 */
export function withCheapLetters(source: string): string {
  return withPropertyClasses(source, LETTER_RANGES, NUMBER_RANGES);
}

/**
 * `source` with \p{L} and \p{N} written as ranges: inside a class (which may be negated) the
 * stand-ins themselves, outside one a class of `letters` or `numbers`.
 */
function withPropertyClasses(source: string, letters: string, numbers: string): string {
  if (!source.includes('\\p{')) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      const letter = source.startsWith('\\p{L}', i);
      if (letter || source.startsWith('\\p{N}', i)) {
        if (inClass) out += letter ? LETTER_RANGES : NUMBER_RANGES;
        else out += `[${letter ? letters : numbers}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/** A /u regex compiled with the stand-in classes (the same flags). */
export function cheapLetters(re: RegExp): RegExp {
  const source = withCheapLetters(re.source);
  return source === re.source ? re : new RegExp(source, re.flags);
}

/** The code point ranges of a class body written as characters and `a-b` ranges (no escapes). */
function rangesOf(body: string): [number, number][] {
  const chars = [...body];
  const out: [number, number][] = [];
  for (let i = 0; i < chars.length; i++) {
    const from = (chars[i] as string).codePointAt(0) ?? 0;
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      out.push([from, (chars[i + 2] as string).codePointAt(0) ?? 0]);
      i += 2;
    } else out.push([from, from]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

// The white space of \s: kept out of the loose classes below, so a pre-test's "a word, a space"
// still stops at each space.
const SPACES = [0x9, 0xa, 0xb, 0xc, 0xd, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
for (let c = 0x2000; c <= 0x200a; c++) SPACES.push(c);

/**
 * A class body of few ranges holding every code point of `body`: its ranges less than `gap` apart
 * joined, less the white space it does not hold.
 */
function looseRanges(body: string, gap: number): string {
  const ranges = rangesOf(body);
  // (a space the stand-in itself holds stays: U+1680 is in a range of joined scripts)
  const spaces = SPACES.filter((c) => !ranges.some(([from, to]) => c >= from && c <= to));
  const joined: [number, number][] = [];
  for (const [from, to] of ranges) {
    const last = joined[joined.length - 1];
    // (beyond the BMP, one range: each range there costs V8 a surrogate pair test per use)
    if (last !== undefined && (from - last[1] <= gap || from > 0xffff)) last[1] = Math.max(last[1], to);
    else joined.push([from, to]);
  }
  const out: [number, number][] = [];
  for (const [from, to] of joined) {
    let start = from;
    for (const space of spaces.filter((c) => c >= from && c <= to).sort((a, b) => a - b)) {
      if (space > start) out.push([start, space - 1]);
      start = space + 1;
    }
    if (start <= to) out.push([start, to]);
  }
  return out
    .map(([from, to]) => String.fromCodePoint(from) + (to > from ? '-' + String.fromCodePoint(to) : ''))
    .join('');
}

// Supersets of the stand-ins in a few dozen characters instead of some 300 (the letters of the BMP
// in a handful of ranges, those beyond it in one), for one-pass pre-tests only.
const LOOSE_LETTER_RANGES = looseRanges(LETTER_RANGES, 0x100);
const LOOSE_NUMBER_RANGES = looseRanges(NUMBER_RANGES, 0x400);

/**
 * A /u regex source for a one-pass pre-test that may say yes more often than the source, never
 * less (offers.ts): \p{L} and \p{N} outside a class become short supersets of the stand-ins, inside
 * a class (which may be negated) the stand-ins themselves. `source` must hold no negative
 * look-around (a larger class there would match less): patterns.ts's withoutNegativeLookarounds.
 * A family's one-pass test says "a letter" dozens of times, and a source over 20 KB loses V8's
 * optimisations (the earnings claims' test took about 45 µs a Russian comment, 3 µs with these).
 */
export function withLooseLetters(source: string): string {
  return withPropertyClasses(source, LOOSE_LETTER_RANGES, LOOSE_NUMBER_RANGES);
}
