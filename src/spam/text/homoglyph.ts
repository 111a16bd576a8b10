// Homoglyph folding: Latin, Cyrillic and Greek look-alike letters inside one word are folded to
// the word's dominant script, so "Нaбuрaю" (Latin a, u, a inside a Cyrillic word) and "Набираю"
// give the same token. Tables are case-sensitive because "B" looks like "В" but "b" looks like "ь".

/** A writing system we fold between. */
export type Script = 'latin' | 'cyrillic' | 'greek' | 'other';

function table(pairs: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of pairs.split(' ')) {
    const [from, to] = [...pair];
    if (from !== undefined && to !== undefined) map.set(from, to);
  }
  return map;
}

// Latin (and digits inside words) → Cyrillic look-alikes.
const LATIN_TO_CYRILLIC = table(
  'aа AА BВ bь cс CС eе EЕ HН KК kк MМ mм OО oо PР pр TТ XХ xх yу YУ uи nп rг iі IІ jј sѕ 6б 0о 3з',
);
// Cyrillic → Latin look-alikes.
const CYRILLIC_TO_LATIN = table(
  'аa АA ВB вb еe ЕE ёe КK кk МM мm НH нh ОO оo РP рp СC сc ТT тt ХX хx УY уy іi ІI јj ЈJ ѕs ЅS ԁd ԛq ԝw пn иu гr ьb',
);
// Greek → Latin look-alikes.
const GREEK_TO_LATIN = table('ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX αa οo ρp νv ιi κk τt υu χx εe');
const LATIN_TO_GREEK = table('aα oο pρ vν iι kκ tτ uυ xχ eε');

/** The script of one character (letters only; everything else is 'other'). */
export function scriptOf(ch: string): Script {
  const c = ch.charCodeAt(0);
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return 'latin';
  if (c >= 0x400 && c <= 0x52f) return 'cyrillic';
  if (c >= 0x370 && c <= 0x3ff) return 'greek';
  return 'other';
}

function outgoing(script: Script): Map<string, string> | undefined {
  if (script === 'latin') return LATIN_TO_CYRILLIC;
  if (script === 'cyrillic') return CYRILLIC_TO_LATIN;
  if (script === 'greek') return GREEK_TO_LATIN;
  return undefined;
}

/** Maps one character to its look-alike in the target script, or returns it unchanged. */
export function foldChar(ch: string, target: Script): string {
  const from = scriptOf(ch);
  if (from === target || from === 'other') return ch;
  if (target === 'cyrillic') {
    const latin = from === 'greek' ? (GREEK_TO_LATIN.get(ch) ?? ch) : ch;
    return LATIN_TO_CYRILLIC.get(latin) ?? ch;
  }
  if (target === 'latin') {
    return (from === 'cyrillic' ? CYRILLIC_TO_LATIN : GREEK_TO_LATIN).get(ch) ?? ch;
  }
  if (target === 'greek') {
    const latin = from === 'cyrillic' ? (CYRILLIC_TO_LATIN.get(ch) ?? ch) : ch;
    return LATIN_TO_GREEK.get(latin.toLowerCase()) ?? ch;
  }
  return ch;
}

// Per BMP code unit: 0 not a letter of interest, 1/2/3 Latin/Cyrillic/Greek with a look-alike,
// 5/6/7 the same scripts without one (distinctive). Built once from the tables above.
const LETTER_CLASS = ((): Uint8Array => {
  const table = new Uint8Array(0x530);
  const base: [Script, number][] = [
    ['latin', 1],
    ['cyrillic', 2],
    ['greek', 3],
  ];
  for (let c = 0; c < table.length; c++) {
    const ch = String.fromCharCode(c);
    const script = scriptOf(ch);
    const code = base.find(([s]) => s === script)?.[1];
    if (code === undefined || ch.toLowerCase() === ch.toUpperCase()) continue;
    table[c] = outgoing(script)?.has(ch) ? code : code + 4;
  }
  return table;
})();

// Letters per LETTER_CLASS of the last text tallied, in a buffer reused by every call (folding is
// synchronous, so it is never shared): no array or count objects are made per word.
const tally = new Int32Array(8);

/** Counts the letters of `text` per LETTER_CLASS into `tally`; returns how many scripts occur. */
function countLetters(text: string): number {
  tally.fill(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x530) continue;
    const k = LETTER_CLASS[c] as number;
    tally[k] = tally[k]! + 1;
  }
  return (
    (tally[1]! + tally[5]! > 0 ? 1 : 0) +
    (tally[2]! + tally[6]! > 0 ? 1 : 0) +
    (tally[3]! + tally[7]! > 0 ? 1 : 0)
  );
}

/** The script with the highest count, or null on a tie or when all are zero. */
function winner(latin: number, cyrillic: number, greek: number): Script | null {
  const best = Math.max(latin, cyrillic, greek);
  if (best === 0) return null;
  const ties = (latin === best ? 1 : 0) + (cyrillic === best ? 1 : 0) + (greek === best ? 1 : 0);
  if (ties !== 1) return null;
  return cyrillic === best ? 'cyrillic' : latin === best ? 'latin' : 'greek';
}

/** winner() of the distinctive letters in `tally`. */
const distinctiveWinner = (): Script | null => winner(tally[5]!, tally[6]!, tally[7]!);
/** winner() of all letters in `tally`. */
const allWinner = (): Script | null =>
  winner(tally[1]! + tally[5]!, tally[2]! + tally[6]!, tally[3]! + tally[7]!);

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && scriptOf(ch) !== 'other';
}

/** Whether every letter of a single-script word has a look-alike in the target script. */
function fullyMappable(word: string, target: Script): boolean {
  let letters = 0;
  for (const ch of word) {
    const script = scriptOf(ch);
    if (script === 'other') continue;
    letters += 1;
    if (script !== target && foldChar(ch, target) === ch) return false;
  }
  return letters > 0;
}

/**
 * The script a text is written in: the one with the most distinctive letters (б, ж, ы … for
 * Cyrillic; d, f, g … for Latin), which look-alike substitution cannot hide; failing that, the
 * one with the most letters.
 */
export function dominantScript(text: string): Script {
  countLetters(text);
  return distinctiveWinner() ?? allWinner() ?? (tally[1]! + tally[5]! > 0 ? 'latin' : 'other');
}

const DIGIT_INSIDE = /\p{L}[036]+\p{L}/u;
const NON_LATIN = /[\u0370-\u052f]/;

/** Result of folding a text: the folded text and how many words mixed scripts. */
export interface FoldResult {
  text: string;
  mixedScriptWords: number;
}

/**
 * Folds look-alike letters word by word. A word mixing scripts goes to the script of its
 * distinctive letters (else the text's script); a single-script word made only of look-alikes
 * goes to the text's dominant script ("u" → "и" in Russian text).
 */
export function foldHomoglyphs(text: string): FoldResult {
  if (!NON_LATIN.test(text)) return { text, mixedScriptWords: 0 };
  const dominant = dominantScript(text);
  const dominantCode = dominant === 'latin' ? 1 : dominant === 'cyrillic' ? 2 : dominant === 'greek' ? 3 : 0;
  let mixedScriptWords = 0;
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    // Find the next word: a run of letters, digits and combining marks.
    while (i < text.length && !isWordCode(text.charCodeAt(i))) i++;
    const start = i;
    let scripts = 0;
    let digits = false;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!isWordCode(c)) break;
      if (c >= 48 && c <= 57) digits = true;
      const k = c < 0x530 ? (LETTER_CLASS[c] ?? 0) & 3 : 0;
      if (k !== 0) scripts |= 1 << k;
    }
    if (start === i) break;
    // Only words mixing scripts, written in another script than the text, or Cyrillic with digits
    // can need folding; everything else is left as it is without building a string.
    const single = scripts === 2 || scripts === 4 || scripts === 8;
    const needsLook =
      (scripts !== 0 && !single) || (single && scripts !== 1 << dominantCode) || (digits && scripts === 4);
    if (!needsLook) continue;
    const word = text.slice(start, i);
    // A messenger handle (Telegram, Instagram) is Latin whatever the text around it is written
    // in: "@base_example" in Russian text must not become "@ьаѕе_example".
    const folded = foldWord(word, inHandle(text, start) ? 'latin' : dominant);
    if (folded.mixed) mixedScriptWords++;
    if (folded.word !== word) {
      out += text.slice(copied, start) + folded.word;
      copied = i;
    }
  }
  return { text: copied === 0 ? text : out + text.slice(copied), mixedScriptWords };
}

/** Whether the word at `start` is part of an "@handle": letters, digits, "_" and "." back to an "@"
 * that does not follow a letter or digit (an e-mail address was replaced before folding). */
function inHandle(text: string, start: number): boolean {
  const stop = Math.max(0, start - 40);
  for (let j = start - 1; j >= stop; j--) {
    const c = text.charCodeAt(j);
    if (c === 0x40) return j === 0 || !isWordCode(text.charCodeAt(j - 1));
    if (c !== 0x5f && c !== 0x2e && !isWordCode(c)) return false;
    if (c >= 0x530 && c < 0xe000 && !(c >= 0x300 && c <= 0x36f)) return false;
  }
  return false;
}

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x300 && c <= 0x36f) return true; // combining marks
  if (c < 0x530) return (LETTER_CLASS[c] ?? 0) !== 0 || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
  return !(
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x206f) ||
    c === 0xa0 ||
    c >= 0xe000
  );
}

/** Folds one word given the text's dominant script; reports whether it mixed scripts. */
function foldWord(word: string, dominant: Script): { word: string; mixed: boolean } {
  const mixed = countLetters(word) > 1;
  let target: Script;
  if (mixed) {
    // A Latin word never holds "б": distinctive letters decide, then the text, then the count.
    target = distinctiveWinner() ?? (dominant !== 'other' ? dominant : (allWinner() ?? 'latin'));
  } else {
    const only: Script =
      tally[2]! + tally[6]!
        ? 'cyrillic'
        : tally[1]! + tally[5]!
          ? 'latin'
          : tally[3]! + tally[7]!
            ? 'greek'
            : 'other';
    if (only !== 'other' && only !== dominant && dominant !== 'other' && fullyMappable(word, dominant))
      target = dominant;
    else if (only === 'cyrillic' && DIGIT_INSIDE.test(word)) target = 'cyrillic';
    else return { word, mixed };
  }
  const chars = [...word];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    // Digits between letters of a Cyrillic word ("pa6oта") are look-alikes too.
    const digitLetter =
      target === 'cyrillic' && ch >= '0' && ch <= '9' && isLetter(chars[i - 1]) && isLetter(chars[i + 1]);
    out += digitLetter ? (LATIN_TO_CYRILLIC.get(ch) ?? ch) : foldChar(ch, target);
  }
  return { word: out, mixed };
}
