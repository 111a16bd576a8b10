// Phone numbers as contact-number spam writes them, told apart from the numbers genuine comments
// carry (dates, times, versions, IP addresses, prices, counts, hex dumps, IDs in log pastes).
//
// A candidate is a run of digits joined by the separators people and spammers use: spaces, hyphens
// and every dash (‐ ‑ ‒ – — ―), dots, slashes, parentheses, with an optional leading "+". Spammers
// also write the letter O for zero and a lower-case l for one inside a number ("1-8OO-…",
// "5O2-7l46"). A candidate counts as a phone
// number only when its digit groups have the shape of one (see `phoneKind`); anything else is
// left alone, so a bare number never becomes "a phone number" because it is long.
import { cheapLetters, withCheapLetters } from '../text/letter-class.ts';

/** What kind of phone number a candidate is, or null when it is not one. */
export type PhoneKind = 'toll-free' | 'phone';

/** Counts of phone numbers in a text. */
export interface PhoneCounts {
  /** All phone numbers (toll-free included). */
  phones: number;
  /** Toll-free and premium service numbers (1-8xx, 0800, 1800/1300, 8-800, 400/800 in China). */
  tollFree: number;
}

// Digits (and O for zero, l for one, after the first digit) joined by separators; not glued to letters,
// digits, or the characters around identifiers, versions and URLs.
const CANDIDATE_EXACT =
  /(?<![\p{L}\p{N}_./#=@$€£¥-])(?<!\d:)\+?\s?\(?\d(?:[\dOol]|[ \u00a0().\-\u2010-\u2015/]{1,3}(?=[\dOol(]))+(?![\p{L}\p{N}_]|[.:/]\d)/gu;
// (with the cheaper letter classes of letter-class.ts)
const CANDIDATE = cheapLetters(CANDIDATE_EXACT);
const SEPARATOR = /[^\dOol]+/;
const DATE_START =
  /^(?:\d{4}[-./\u2010-\u2015]\d{1,2}[-./\u2010-\u2015]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})/;
const TOLL_FREE =
  /^(?:1?8(?:00|33|44|55|66|77|88)\d{7}|0800\d{6,7}|0808\d{6,7}|1[38]00\d{6,7}|8800\d{7}|[48]00\d{7})$/;
const NANP = /^1?[2-9]\d{2}[2-9]\d{6}$/;

/** The kind of one candidate string, or null when its shape is not a phone number's. */
export function phoneKind(candidate: string, cjkContext = false): PhoneKind | null {
  const raw = candidate.trim();
  if (DATE_START.test(raw)) return null;
  const groups = raw
    .replace(/^\+/, '')
    .split(SEPARATOR)
    .filter((g) => g !== '');
  const digits = groups.join('').replace(/[Oo]/g, '0').replace(/l/g, '1');
  if (!/^\d+$/.test(digits) || digits.length < 7 || digits.length > 15) return null;
  // The letters O and l must stand between digits of a number that has at least seven real digits.
  if (raw.replace(/\D/g, '').length < 7) return null;
  const plus = raw.startsWith('+');
  const sizes = groups.map((g) => g.length);
  const onlyDots = raw.includes('.') && /^[\d.Ool]+$/.test(raw.replace(/^\+/, ''));
  // Dotted numbers are versions, IP addresses and decimals unless shaped like 1.800.555.0199.
  if (onlyDots && !(NANP.test(digits) && (sizes.join() === '3,3,4' || sizes.join() === '1,3,3,4')))
    return null;
  const single = groups.length > 1 && sizes.every((s) => s === 1);
  // Hex dumps and tables: many groups of one or two digits that are not spelled-out digits.
  const french = groups.length === 5 && sizes.every((s) => s === 2) && /^0[1-9]/.test(digits);
  if (!single && !french && groups.length > 4 && sizes.every((s) => s <= 2)) return null;
  if (TOLL_FREE.test(digits)) return groups.length > 1 || plus || digits.length >= 10 ? 'toll-free' : null;
  if (groups.length === 1) {
    // A bare run of digits is a count or an ID, unless it is an international or mobile number.
    if (plus && digits.length >= 8) return 'phone';
    if (cjkContext && /^1[3-9]\d{9}$/.test(digits)) return 'phone';
    // UK-style national and premium numbers written without spaces (09061701461).
    if (/^0\d{9,11}$/.test(digits) && !/[Ool]/.test(raw)) return 'phone';
    return null;
  }
  if (plus) return digits.length >= 8 ? 'phone' : null;
  if (single) return digits.length >= 10 ? 'phone' : null;
  // A Chinese mobile number in its usual 3-4-4 grouping (138 0013 8000), next to CJK text.
  if (cjkContext && /^1[3-9]\d{9}$/.test(digits) && sizes.join() === '3,4,4') return 'phone';
  if (NANP.test(digits) && sizes.every((s) => s >= 3 || s === 1)) return 'phone';
  // National numbers with a trunk prefix: 020 7946 0958, 8 (495) 123-45-67, 06 12 34 56 78.
  // (Not a ZIP+4 code such as 02139-4307: two groups, the first of five digits.)
  const trunk = /^[08]/.test(digits) && digits.length >= 9 && digits.length <= 12;
  if (trunk && (sizes[0] ?? 0) <= 4) return 'phone';
  // A local number 555-0199 (three and four digits joined by a hyphen or dash).
  if (sizes.join() === '3,4' && /^\d{3}[-\u2010-\u2015]\d{4}$/.test(raw)) return 'phone';
  return null;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Chinese and Japanese are written without spaces: a number glued to a character ("电话13800138000",
// "客服电话400-555-0123请拨打") is set off by the script change, as a space sets it off elsewhere. In
// a text with CJK characters, a letter of no case (Han, kana: \p{Lo}) does not join a number; a
// Latin or Cyrillic letter still does ("QQ3398127645" stays one word, as "v2" does).
const CANDIDATE_CJK = new RegExp(
  withCheapLetters(CANDIDATE_EXACT.source.replaceAll('\\p{L}', '\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}')),
  'gu',
);

/** Counts of phone numbers and the text with each replaced by `placeholder` (spaced). */
export interface PhoneReplacement extends PhoneCounts {
  text: string;
}

/**
 * Finds the phone numbers in case-preserved, NFKC-normalised text (URLs and emails already
 * replaced) and replaces each with the placeholder; other numbers stay as they are.
 */
export function replacePhoneNumbers(text: string, placeholder: string): PhoneReplacement {
  const result: PhoneReplacement = { text, phones: 0, tollFree: 0 };
  // Cheap guard: a phone number has at least seven digits.
  let digits = 0;
  for (let i = 0; i < text.length && digits < 7; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits < 7) return result;
  const cjk = CJK.test(text);
  result.text = text.replace(cjk ? CANDIDATE_CJK : CANDIDATE, (match) => {
    const kind = phoneKind(match, cjk);
    if (kind === null) return match;
    result.phones++;
    if (kind === 'toll-free') result.tollFree++;
    return ` ${placeholder} `;
  });
  return result;
}
