// One pass over a comment's code units that tells which disguises it may hold (deobfuscate.ts), so
// that an ordinary comment pays one loop, most of it the fast path inside lower-case words, and none
// of the reading steps. A flag is set wherever its step might find something; the step itself
// then decides.

/** What a comment may hold: a word spelled out, a word split or in leetspeak, a phone number in
 * words, a defanged link, a "+" (➕V), Chinese, Cyrillic. */
export const DISGUISE = {
  spelled: 1,
  word: 2,
  numberWords: 4,
  link: 8,
  plus: 16,
  cjk: 32,
  cyrillic: 64,
} as const;

/** A letter that may be spelled out: Latin, Cyrillic, Greek. */
export function isSpellLetter(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x52f)
  );
}

/** What spells a word out: a space, . _ * - · • ~ */
export function isSpellSeparator(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x2e ||
    c === 0x5f ||
    c === 0x2a ||
    c === 0x2d ||
    c === 0xb7 ||
    c === 0x2022 ||
    c === 0x7e
  );
}

/** Whether a code unit is a letter (ASCII, or beyond ASCII roughly: never a placeholder). */
export function isWordish(c: number): boolean {
  return (
    (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x2000) || (c >= 0x3000 && c < 0xe000)
  );
}

/** A digit or a symbol leetspeak writes for a letter (@ for a, $ for s). */
export const isLeet = (c: number): boolean => (c >= 48 && c <= 57) || c === 0x40 || c === 0x24;

const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c >= 0x410 && c <= 0x42f ? c + 32 : c);
// The first two letters of each digit word (zero … nine, oh, hundred; ноль … девять), as a bit
// mask of second letters per first letter, for a-z and а-я.
const DIGIT_WORD_STARTS = ((): Int32Array => {
  const masks = new Int32Array(64);
  for (const start of 'ze oh on tw th fo fi si se ei ni hu но од дв тр че пя ше се во де'.split(' ')) {
    const a = start.charCodeAt(0);
    const b = start.charCodeAt(1);
    const base = a < 0x400 ? 97 : 0x430 - 32;
    masks[a - base] = (masks[a - base] as number) | (1 << (b - (a < 0x400 ? 97 : 0x430)));
  }
  return masks;
})();

/** Whether two lower-case letters begin a digit word. */
function startsDigitWord(a: number, b: number): boolean {
  if (a >= 97 && a <= 122 && b >= 97 && b <= 122)
    return (((DIGIT_WORD_STARTS[a - 97] as number) >> (b - 97)) & 1) === 1;
  if (a >= 0x430 && a <= 0x44f && b >= 0x430 && b <= 0x44f)
    return (((DIGIT_WORD_STARTS[a - 0x430 + 32] as number) >> (b - 0x430)) & 1) === 1;
  return false;
}

// Per code unit below U+0530 (Latin, Greek, Cyrillic): which of the classes above it is in.
const WORDISH = 1;
const LEET = 2;
const SPELL_LETTER = 4;
const SPELL_SEPARATOR = 8;
const SPECIAL = 16; // - _ * [ ( + : the characters the scan looks at more closely
const CLASS = ((): Uint8Array => {
  const table = new Uint8Array(0x530);
  for (let c = 0; c < table.length; c++)
    table[c] =
      (isWordish(c) ? WORDISH : 0) |
      (isLeet(c) ? LEET : 0) |
      (isSpellLetter(c) ? SPELL_LETTER : 0) |
      (isSpellSeparator(c) ? SPELL_SEPARATOR : 0) |
      ('-_*[(+'.includes(String.fromCharCode(c)) ? SPECIAL : 0);
  return table;
})();

/** The class bits of any code unit. */
function classOf(c: number): number {
  if (c < 0x530) return CLASS[c] as number;
  if (Number.isNaN(c)) return 0;
  return (isWordish(c) ? WORDISH : 0) | (c === 0x2022 ? SPELL_SEPARATOR : 0);
}

/** Whether a "[" or "(" at i opens a disguised dot: "[.]", "( . )", "[dot]", "(dot)". */
function opensDot(text: string, i: number): boolean {
  let j = i + 1;
  if (text.charCodeAt(j) === 0x20) j++;
  const c = text.charCodeAt(j);
  return c === 0x2e || c === 0x64 || c === 0x44;
}

/** The DISGUISE flags of a text. */
export function scanDisguises(text: string): number {
  let flags = 0;
  let p = 0x20;
  let pk = classOf(p);
  let run = 0;
  let last = -3;
  let digitWords = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Inside a lower-case word there is nothing to see.
    if (c >= 0x61 && c <= 0x7a && p >= 0x61 && p <= 0x7a) continue;
    const k = classOf(c);
    if (c >= 0x400 && c <= 0x4ff) flags |= DISGUISE.cyrillic;
    if (k & WORDISH && !(pk & WORDISH)) {
      // A word starts: a digit word (seven in a row), "dot", "hxxp".
      const c1 = lower(c);
      const c2 = lower(text.charCodeAt(i + 1));
      digitWords = startsDigitWord(c1, c2) ? digitWords + 1 : 0;
      if (digitWords >= 7) flags |= DISGUISE.numberWords;
      if (
        (c1 === 0x64 && c2 === 0x6f && lower(text.charCodeAt(i + 2)) === 0x74) ||
        (c1 === 0x68 && c2 === 0x78 && lower(text.charCodeAt(i + 2)) === 0x78)
      )
        flags |= DISGUISE.link;
    }
    if ((k & LEET && pk & WORDISH) || (k & WORDISH && pk & LEET)) flags |= DISGUISE.word;
    else if (k & SPECIAL) {
      if (c === 0x5b || c === 0x28) {
        if (opensDot(text, i)) flags |= DISGUISE.link;
      } else if (c === 0x2b) flags |= DISGUISE.plus;
      else if (pk & WORDISH && classOf(text.charCodeAt(i + 1)) & WORDISH) flags |= DISGUISE.word;
    } else if (c >= 0x2795) {
      if (c === 0x2795) flags |= DISGUISE.plus;
      else if (c === 0x3002 || c === 0x70b9) flags |= DISGUISE.link;
      if (c >= 0x4e00 && c <= 0x9fff) flags |= DISGUISE.cjk;
    }
    // A single letter after a separator after a single letter, three times: "s l o w".
    if (
      k & SPELL_SEPARATOR &&
      pk & SPELL_LETTER &&
      classOf(text.charCodeAt(i + 1)) & SPELL_LETTER &&
      !(classOf(text.charCodeAt(i + 2)) & SPELL_LETTER) &&
      !(classOf(text.charCodeAt(i - 2)) & SPELL_LETTER)
    ) {
      run = i - last === 2 ? run + 1 : 1;
      last = i;
      if (run >= 3) flags |= DISGUISE.spelled;
    }
    p = c;
    pk = k;
  }
  return flags;
}
