// Reading disguised spam as its plain form (the obfuscation battery, 2026-12-07; docs/spam.md,
// "Disguises read as plain text"). Spam the model catches plain is re-sent disguised: "Zalgo"
// combining marks, digits drawn as symbols (➀➇⓪⓪, 8️⃣), letters drawn as symbols (🅒🅐), words
// spelled out letter by letter ("c a s i n o", "c.a.s.i.n.o"), spam words split or in leetspeak
// ("cas-ino", "v1agra", «ка3ин0»), phone numbers in words ("one eight hundred …"), defanged links
// ("example dot bet", "example[.]com", "hxxps://", "example。com") and 加v written "➕V".
// Each step runs only when the characters it reads are present, so ordinary comments pay a scan
// of their code units and are returned unchanged (their tokens and signals too: checked on every
// real text the model learns from).
import { isLeet, isSpellLetter, isSpellSeparator, isWordish } from './disguise-scan.ts';
import { ASCII_TLDS, isBareDomainLink } from './tld.ts';
import { cheapLetters, withCheapLetters } from './letter-class.ts';

// Combining marks (diacritics, and the marks Zalgo stacks): U+0300–036F, U+1AB0–1AFF,
// U+1DC0–1DFF, U+20D0–20FF, U+FE20–FE2F.
function isMark(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}
/** How many combining marks a text holds. */
function countMarks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isMark(text.charCodeAt(i))) n++;
  return n;
}

/**
 * The text without its combining marks, decomposed first so that letters Zalgo's marks were composed
 * into ("ć̶") lose them too; only й and ё (a breve or diaeresis on и, е, у) keep theirs.
 */
function stripMarks(text: string): string {
  const nfd = text.normalize('NFD');
  let out = '';
  for (let i = 0; i < nfd.length; i++) {
    const c = nfd.charCodeAt(i);
    if (!isMark(c)) out += nfd[i];
    else if ((c === 0x306 || c === 0x308) && /[иИеЕуУ]$/.test(out)) out += nfd[i];
  }
  return out.normalize('NFC');
}

// A keycap emoji (8️⃣): a digit, an optional emoji variation selector, the enclosing keycap.
const KEYCAP = /([0-9])\ufe0f?\u20e3/g;

/** Whether a code unit is one of the symbols `readSymbols` maps: a circled or keycap digit, ➕, or
 * the high surrogate of the enclosed letters 🅐🅰 (U+1F150–1F189). */
function isSymbolCode(c: number): boolean {
  return (c >= 0x2776 && c <= 0x2795) || c === 0x20e3 || c === 0xd83c;
}

/**
 * Digits and letters drawn as symbols NFKC leaves alone: the dingbat circled digits ❶ ➀ ➊ (1–10),
 * keycaps (8️⃣), the negative circled and squared letters 🅐 🅰; combining marks stripped when they
 * are Zalgo (two or more left once the text is composed: accents and й compose, Zalgo's do not).
 */
export function readSymbols(text: string): string {
  let symbols = false;
  let marks = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x300) continue;
    if (isSymbolCode(c)) symbols = true;
    else if (isMark(c)) marks = true;
  }
  let out = text;
  if (symbols) {
    out = out.replace(KEYCAP, '$1').replace(/[\u2776-\u2793]|\ud83c[\udd50-\udd69\udd70-\udd89]/g, (ch) => {
      const c = ch.codePointAt(0) as number;
      if (c < 0x2794) {
        const n = ((c - 0x2776) % 10) + 1;
        return n === 10 ? '10' : String(n);
      }
      return String.fromCharCode(65 + ((c - 0x1f150) % 32));
    });
  }
  if (marks && countMarks(out.normalize('NFC')) >= 2) out = stripMarks(out);
  return out;
}

// Single letters (Latin, Cyrillic, Greek) joined by one repeated separator, four or more: a word
// spelled out ("c a s i n o", "c.a.s.i.n.o", "c-a-s-i-n-o", "м е д л е н н о"), not glued to a
// word, a path, an address or an identifier ("F.B.I." has three).
const SPELLED = cheapLetters(
  /(?<![\p{L}\p{N}_./@:\\-])([A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f])([ ._*·•~-])[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f](?:\2[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f]){2,}(?![\p{L}\p{N}_@])/gu,
);
const SEPARATORS = /[ ._*·•~-]/g;

/** Whether the text has four single letters in a row, each after one separator ("s l o w"): the
 * guard of SPELLED, a scan of code units. */
function maybeSpelled(text: string): boolean {
  let run = 0;
  let last = -3;
  for (let i = 1; i + 1 < text.length; i++) {
    // Most characters are no separator and most separators stand between words, not letters.
    if (!isSpellSeparator(text.charCodeAt(i))) continue;
    if (!isSpellLetter(text.charCodeAt(i + 1)) || isSpellLetter(text.charCodeAt(i + 2))) continue;
    if (!isSpellLetter(text.charCodeAt(i - 1)) || isSpellLetter(text.charCodeAt(i - 2))) continue;
    run = i - last === 2 ? run + 1 : 1;
    last = i;
    if (run >= 3) return true;
  }
  return false;
}

/**
 * Words spelled out letter by letter, joined back ("c.a.s.i.n.o" → "casino"): a run of three
 * distinct letters or more ("x x x x" and "d-d-d-d" are kisses and stutters). Spelled with spaces,
 * which readers use for emphasis ("s l o w l y", "P E A C E"), only a spam word (SPAM_WORDS) is
 * joined, so a reader's emphasis keeps its tokens.
 */
export function joinSpelled(text: string): string {
  if (!maybeSpelled(text)) return text;
  return text.replace(SPELLED, (run, _first: string, sep: string) => {
    const word = run.replace(SEPARATORS, '');
    if (new Set(word.toLowerCase()).size < 3) return run;
    return sep !== ' ' || SPAM_WORDS.test(word.toLowerCase()) ? word : run;
  });
}

// Spam vocabulary a spammer splits or writes in leetspeak (the offer families of docs/spam.md):
// a word split by "-", "_", "." or "*", or mixing letters with leet digits, that reads as one of
// these once joined and read as letters becomes that word; other words are left as written, so a
// gamer's "n00b" or "pwn3d" and "co-op" are not touched.
const SPAM_WORDS = new RegExp(
  withCheapLetters(
    '^(?:' +
      [
        'casinos?|bonus(?:es)?|jackpots?|slots?|spins?|poker|roulette|betting|bets?|gambling',
        'viagra|cialis|levitra|tramadol|xanax|oxycodone|pharmacy|prescriptions?|pills?|meds',
        'loans?|payday|credit|cash|money|bitcoins?|btc|crypto|forex|trading|profits?|invest(?:ment|ing)?s?',
        'guaranteed|income|earn(?:ings)?|recovery|recover|hackers?|funds?|whatsapp|telegram|wechat|signals?',
        'backlinks?|seo|traffic|followers|porn|escorts?|dating|singles|prizes?|winner|free|click',
        'казино|бонус\\p{L}{0,4}|ставк\\p{L}{0,4}|депозит\\p{L}{0,4}|выигрыш\\p{L}{0,4}|слот\\p{L}{0,4}|займ\\p{L}{0,4}|заём|кредит\\p{L}{0,4}',
        'деньг\\p{L}{0,4}|заработ\\p{L}{0,4}|доход\\p{L}{0,4}|вложени\\p{L}{0,4}|инвест\\p{L}{0,4}|крипт\\p{L}{0,4}|биткоин\\p{L}{0,4}',
        'виагр\\p{L}{0,4}|сиалис\\p{L}{0,4}|рецепт\\p{L}{0,4}|таблет\\p{L}{0,4}|похуд\\p{L}{0,4}|возврат\\p{L}{0,4}|средств\\p{L}{0,4}',
        'телеграм\\p{L}{0,4}|ватсап\\p{L}{0,4}|вотсап\\p{L}{0,4}|прогон\\p{L}{0,4}|ссылк\\p{L}{0,4}|подписчик\\p{L}{0,4}|интим\\p{L}{0,4}|знакомств\\p{L}{0,4}',
      ].join('|') +
      ')$',
  ),
  'u',
);
const LATIN_LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
const CYRILLIC_LEET: Record<string, string> = { '0': 'о', '3': 'з', '6': 'б', '4': 'ч', '@': 'а' };
const HAS_CYRILLIC = /[\u0400-\u04ff]/;

/** The candidate read as letters: separators out, leet digits to letters, lower case. */
function asLetters(word: string): string {
  const joined = word.replace(/[-_.*]/g, '').toLowerCase();
  const table = HAS_CYRILLIC.test(joined) ? CYRILLIC_LEET : LATIN_LEET;
  let out = '';
  for (const ch of joined) out += table[ch] ?? ch;
  return out;
}

/** A character of a disguised word: a letter, a digit, or a leet symbol (@ $ ! |). */
const isWordChar = (c: number): boolean => isWordish(c) || isLeet(c) || c === 0x21 || c === 0x7c;
/** A separator a spammer puts inside a word: - _ . * */
const isInnerSeparator = (c: number): boolean => c === 0x2d || c === 0x5f || c === 0x2e || c === 0x2a;
/** Characters a word may not follow to be read: it is part of a path, an identifier or an address. */
const isPathChar = (c: number): boolean => isInnerSeparator(c) || c === 0x2f || c === 0x5c || c === 0x3a;

/** Whether position i starts a disguise: a leet symbol touching a letter, or letter-separator-letter. */
function disguiseAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const p = text.charCodeAt(i - 1);
  if ((isLeet(c) && isWordish(p)) || (isWordish(c) && isLeet(p))) return true;
  return (c === 0x2d || c === 0x5f || c === 0x2a) && isWordish(p) && isWordish(text.charCodeAt(i + 1));
}

/** The word (letters, leet symbols, inner separators) around position i: [start, end). */
function wordAround(text: string, i: number): [number, number] {
  let s = i;
  while (s > 0) {
    const p = text.charCodeAt(s - 1);
    if (isWordChar(p) || (isInnerSeparator(p) && s > 1 && isWordChar(text.charCodeAt(s - 2)))) s--;
    else break;
  }
  let e = i;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (isWordChar(c) || (isInnerSeparator(c) && isWordChar(text.charCodeAt(e + 1)))) e++;
    else break;
  }
  return [s, e];
}

// The words looked at repeat ("covid-19", "e-mail", "2nd", "well-known"): their readings are
// remembered, at most READ_CACHE_SIZE of them (the map starts afresh when full).
const READ_CACHE_SIZE = 4096;
const readCache = new Map<string, string | null>();

/** One word read as the spam word it disguises, or null (remembered). */
function asSpamWord(word: string): string | null {
  const known = readCache.get(word);
  if (known !== undefined) return known;
  const read = readWord(word);
  if (readCache.size >= READ_CACHE_SIZE) readCache.clear();
  readCache.set(word, read);
  return read;
}

const A_LETTER = cheapLetters(/\p{L}/u);
const LETTER_RUNS = cheapLetters(/\p{L}+/gu);

/** One word read as the spam word it disguises, or null. */
function readWord(word: string): string | null {
  if (!A_LETTER.test(word)) return null;
  const letters = asLetters(word);
  if (SPAM_WORDS.test(letters)) return letters;
  // "1" is "l" as often as "i" ("0n1ine" is no word, "on1ine" is)
  const bare = word.replace(/[-_.*]/g, '');
  const withL = letters.replace(/i/g, (m, k: number) => (bare[k] === '1' ? 'l' : m));
  return withL !== letters && SPAM_WORDS.test(withL) ? withL : null;
}

/** Spam words split or written in leetspeak read as the word ("cas-ino", "v1agra" → "casino", "viagra"):
 * a scan of code units finds where a disguise may be, and only the word there is looked at. */
export function readSpamWords(text: string): string {
  let out = '';
  let copied = 0;
  let p = text.charCodeAt(0);
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Fast path: a lower-case letter or a space after a letter or a space is no disguise.
    const plain = (c >= 0x61 && c <= 0x7a) || c === 0x20;
    const prevPlain = (p >= 0x61 && p <= 0x7a) || p === 0x20;
    p = c;
    if ((plain && prevPlain) || !disguiseAt(text, i)) continue;
    const [start, end] = wordAround(text, i);
    i = end;
    p = text.charCodeAt(end);
    if (start > 0 && isPathChar(text.charCodeAt(start - 1))) continue;
    if (
      end < text.length &&
      (text.charCodeAt(end) === 0x40 ||
        (isPathChar(text.charCodeAt(end)) && isWordChar(text.charCodeAt(end + 1))))
    )
      continue;
    const read = asSpamWord(text.slice(start, end));
    if (read === null) continue;
    out += text.slice(copied, start) + read;
    copied = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const DIGIT_WORD: Record<string, string> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  hundred: '00',
  ноль: '0',
  один: '1',
  два: '2',
  три: '3',
  четыре: '4',
  пять: '5',
  шесть: '6',
  семь: '7',
  восемь: '8',
  девять: '9',
};
const DIGIT_WORDS =
  'zero|oh|one|two|three|four|five|six|seven|eight|nine|hundred|ноль|один|два|три|четыре|пять|шесть|семь|восемь|девять';
// Seven or more digit words in a row (a phone number spelled out); "oh" and "hundred" only inside.
const NUMBER_WORDS = new RegExp(
  withCheapLetters(
    `(?<![\\p{L}\\p{N}])(?:${DIGIT_WORDS})(?:[\\s,]*[-–.]?[\\s,]*(?:${DIGIT_WORDS})){6,}(?![\\p{L}\\p{N}])`,
  ),
  'giu',
);
const NUMBER_WORD_GUARD =
  /(?:zero|one|two|three|four|five|six|seven|eight|nine|ноль|один|два|три|пять|шесть|семь|восемь|девять)/i;

/** A phone number spelled out in words ("one eight hundred five five five …") read as digits. */
export function readNumberWords(text: string): string {
  if (!NUMBER_WORD_GUARD.test(text)) return text;
  return text.replace(NUMBER_WORDS, (run) => {
    const parts = run.split(/([-–.])/);
    let digits = 0;
    const out = parts.map((part) => {
      if (/^[-–.]$/.test(part)) return '-';
      const words = part.toLowerCase().match(LETTER_RUNS) ?? [];
      const read = words.map((w) => DIGIT_WORD[w] ?? '').join('');
      digits += read.length;
      return read;
    });
    return digits >= 7 ? ` ${out.filter((p) => p !== '').join('')} ` : run;
  });
}

const TLD_SET = new Set(ASCII_TLDS);
// A label, a disguised dot ("[.]", "(.)", " dot ", "。", " 点 ") and a top-level domain.
const DISGUISED_DOT = cheapLetters(
  /(?<![\p{L}\p{N}_.@-])([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(\s*[[(]\s*\.\s*[\])]\s*|\s+dot\s+|\s*\[dot\]\s*|\s*\(dot\)\s*|。|\s*点\s*)([a-z]{2,12})(?![\p{L}\p{N}_-])/giu,
);
const DOT_GUARD = /\[\.\]|\(\.\)|dot|DOT|。|点/;
const HXXP = /\bhxxp(s?):\/\//gi;
const COMMON_TLD = new Set(['com', 'net', 'org']);
// A shop's name before " dot com" (2026-12-07, seventh session): a made-up compound holding a
// seller's word, "keyzone dot com", "cdkeyshop dot net", "serverkeys dot org"; not a word alone
// ("the dot com bubble", "Rand Paul dot com"), nor a brand such as Microsoft or Walmart.
const SHOP_LABEL =
  /^(?=[a-z]{6,}$)[a-z]*(?:keys?|shop|store|licen[cs]e|deals?|meds|pharm|pills?|essays?|refurb|outlet)[a-z]*$/;

/**
 * Defanged links read as links: "hxxps://", and a domain with its dot disguised ("example[.]com",
 * "example (.) com", "example。com", "crypto-dohod dot site"). A disguised dot counts only where
 * the result is a link by the bare-domain rules (tld.ts); the word "dot" only before a domain that
 * shows it is a name (a hyphen or a digit) or a top-level domain other than com, net and org, so
 * "the dot com bubble" stays prose. Returns the text and how many links were disguised.
 */
export function readDefangedLinks(text: string): { text: string; count: number } {
  let count = 0;
  let out = text;
  if (out.includes('hxx') || out.includes('HXX'))
    out = out.replace(HXXP, (_m, s: string) => {
      count++;
      return `http${s}://`;
    });
  if (!DOT_GUARD.test(out)) return { text: out, count };
  out = out.replace(
    DISGUISED_DOT,
    (whole, label: string, dot: string, tld: string, offset: number, all: string) => {
      const top = tld.toLowerCase();
      if (!TLD_SET.has(top)) return whole;
      if (/^\s+dot\s+$/i.test(dot) && !/[-\d]/.test(label) && COMMON_TLD.has(top) && !SHOP_LABEL.test(label))
        return whole;
      const host = `${label}.${tld}`;
      const after = all.slice(offset + whole.length, offset + whole.length + 2);
      if (!isBareDomainLink(host, after, false) && !/[-\d]/.test(label)) return whole;
      count++;
      return host;
    },
  );
  return { text: out, count };
}

const PLUS_V = /(?<![A-Za-z]\s?)[➕✚+]\s*(?=(?:v|V)(?![A-Za-z])|微|薇|威|徽|qq|QQ|扣)/g;
const CJK = /[\u4e00-\u9fff]/;

/** "➕V", "+V", "+微" in Chinese text: 加 (add me on WeChat). */
export function readPlusV(text: string): string {
  if (!(text.includes('+') || text.includes('➕') || text.includes('✚')) || !CJK.test(text)) return text;
  return text.replace(PLUS_V, '加');
}
