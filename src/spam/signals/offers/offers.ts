// Signals for what the most common WordPress spam sells or asks for: pharmacy, casino and betting
// offers, essay mills, investment testimonials with a contact, miracle weight loss, replica goods,
// dating and "I have a proposal for you", and messenger-contact solicitation (the phrase families
// are in offer-patterns.ts). Like the commercial signals (commercial.ts), the public training data
// (YouTube, SMS) has too little of this to teach a weight, so each weight is set by hand, kept
// fixed by training, and explained here and in docs/spam.md ("Spam a fresh site receives").
// The scale: ordinary ham scores about −2 to −5 log-odds with the built-in model, the hold
// threshold is −1.39 and the spam threshold 0. One offer phrase (+2.5) takes an ordinary comment
// (about −3.5) to the hold band; a second phrase (log2(3) × 2.5 = +4), a link (about +1.8), a
// contact (+1) or another family takes it to spam. Every pattern names an offer, never a bare
// word ("viagra", "casino", "bonus", "essay", "Telegram" alone count nothing).
import {
  type CompiledContext,
  compileContext,
  contextCount,
  countGroup,
  group,
  NON_LATIN,
  type PatternGroup,
} from './pattern-group.ts';
import type { NormalizedText } from '../../text/normalize.ts';
import {
  CRACKED_SOFTWARE,
  DOCUMENT,
  FIXED_MATCH,
  GAME_CURRENCY,
  INVOICE,
  SEO_SERVICE,
} from './illicit-offer-patterns.ts';
import { ACCOUNT_SALE, DATA_SALE, EARNINGS, LOAN, LOTTERY } from './market-offer-patterns.ts';
import { ADVANCE_FEE, STREAMING } from './scam-offer-patterns.ts';
import { HACKER_FOR_HIRE, SERVICE_ADVERT, SPELL_CASTER, YIELD_OFFER } from './contact-offer-patterns.ts';
import { APP_ADVERT, SHOP_ADVERT } from './product-offer-patterns.ts';
import { onlyReaderLinks } from '../readers/reader-links.ts';
import { countReliefPayment } from '../scams/relief-payment.ts';
import { countLinkedClaim } from './referral-earnings.ts';
import { isOwnMoneyStory, readerEarnings } from '../readers/money-reader.ts';
import {
  CONTACT,
  DATING,
  ESSAY,
  GAMBLING,
  INVESTMENT,
  JOB,
  MESSENGER,
  type OfferFamily,
  PHARMACY,
  REPLICA,
  WEIGHT_LOSS,
} from './offer-patterns.ts';

import { OFFER_SIGNAL_CODES } from './offer-codes.ts';

export {
  CONTACT_OFFER_SIGNAL_CODES,
  FIRST_OFFER_SIGNAL_CODES,
  LATER_OFFER_SIGNAL_CODES,
  MARKET_OFFER_SIGNAL_CODES,
  OFFER_SIGNAL_CODES,
  type OfferSignalCode,
  PRODUCT_OFFER_SIGNAL_CODES,
  SCAM_OFFER_SIGNAL_CODES,
} from './offer-codes.ts';

interface CompiledFamily {
  patterns: PatternGroup;
  contexts: CompiledContext[];
}

/** The top-level alternatives of a guard's source ("a|b(?:c|d)|e" → a, b(?:c|d), e). */
function alternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

function compile(f: OfferFamily): CompiledFamily {
  const contexts = f.context === undefined ? [] : 'when' in f.context ? [f.context] : f.context;
  return {
    patterns: group(f.patterns),
    contexts: contexts.map(compileContext),
  };
}

const FAMILY_LIST = [
  PHARMACY,
  GAMBLING,
  ESSAY,
  INVESTMENT,
  WEIGHT_LOSS,
  REPLICA,
  DATING,
  MESSENGER,
  JOB,
  DOCUMENT,
  SEO_SERVICE,
  FIXED_MATCH,
  INVOICE,
  GAME_CURRENCY,
  CRACKED_SOFTWARE,
  EARNINGS,
  LOAN,
  DATA_SALE,
  ACCOUNT_SALE,
  LOTTERY,
  ADVANCE_FEE,
  STREAMING,
  SERVICE_ADVERT,
  YIELD_OFFER,
  SPELL_CASTER,
  HACKER_FOR_HIRE,
  APP_ADVERT,
  // last: it counts only beside a channel or a family counted before it (offerCounts)
  SHOP_ADVERT,
];
const FAMILIES = FAMILY_LIST.map(compile);
// The Latin stems, looked for at the start of words (a letter after a non-letter) by their first
// two characters: a regex alternation of a few hundred stems costs several µs per comment even when
// nothing matches, a scan of the word starts with a map lookup well under one. A stem written as a
// regex (env[ií]o, cop(?:y|ies), \bbet(?:s|ting| now)?\b) stands for each string it matches; one
// written with \b counts only as a whole word ("wa", not "want").
interface Stem {
  stem: string;
  family: number;
  whole: boolean;
  third: number; // the stem's third character (-1 for a stem of two), compared first
}
const LATIN_STEMS = new Map<number, Stem[]>();
const pairKey = (a: number, b: number): number => a * 65_536 + b;
let latinSpecial = 0;
// (The shop family is not in the stem tables: its stems are common words, and its phrases are
// looked for only in a comment with a link, an e-mail, a phone or another family; offerCounts.)
FAMILY_LIST.forEach((f, family) => {
  if (f === SHOP_ADVERT) return;
  for (const source of alternatives(f.guard.source).filter((s) => !NON_LATIN.test(s))) {
    // The e-mail placeholder and "1:1" are looked for directly (latinSpecial).
    if (source === '\\uE001' || source.startsWith('1')) {
      latinSpecial |= 1 << family;
      continue;
    }
    for (const stem of variants(source.replace(/\\b/g, ''))) {
      const key = pairKey(stem.charCodeAt(0), stem.charCodeAt(1));
      LATIN_STEMS.set(key, [
        ...(LATIN_STEMS.get(key) ?? []),
        { stem, family, whole: source.includes('\\b'), third: stem.length > 2 ? stem.charCodeAt(2) : -1 },
      ]);
    }
  }
});

// The lists of the pairs of an ASCII letter and an ASCII character, by a table (26 × 128 entries)
// instead of the map: most word starts in most comments are such pairs.
const ASCII_PAIR_LISTS: (Stem[] | undefined)[] = [undefined];
const ASCII_PAIR_INDEX = new Uint16Array(26 * 128);
for (const [key, list] of LATIN_STEMS) {
  const [a, b] = [Math.floor(key / 65_536), key % 65_536];
  if (a >= 97 && a <= 122 && b < 128) ASCII_PAIR_INDEX[(a - 97) * 128 + b] = ASCII_PAIR_LISTS.push(list) - 1;
}

/** The strings a simple regex stands for: (?:a|b) groups, [..] classes and single optional characters. */
function variants(source: string): string[] {
  const group = /\(\?:([^()]*)\)(\?)?/.exec(source);
  if (group) {
    const options = (group[1] ?? '').split('|').concat(group[2] ? [''] : []);
    const [before, after] = [source.slice(0, group.index), source.slice(group.index + group[0].length)];
    return options.flatMap((o) => variants(before + o + after));
  }
  const optional = /(.)\?/.exec(source);
  if (optional) {
    const [before, after] = [source.slice(0, optional.index), source.slice(optional.index + 2)];
    return [...variants(before + (optional[1] ?? '') + after), ...variants(before + after)];
  }
  return expand(source);
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);

/** Which families (bit per family) have a Latin stem in the text. */
function latinFamilies(text: string): number {
  let found = text.includes('\uE001') || /1 ?: ?1/.test(text) ? latinSpecial : 0;
  let previous = false;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    const letter = isLetter(c);
    const start = letter && !previous;
    previous = letter;
    if (!start) continue;
    const next = text.charCodeAt(i + 1);
    const candidates =
      c <= 122 && next < 128
        ? ASCII_PAIR_LISTS[ASCII_PAIR_INDEX[(c - 97) * 128 + next] ?? 0]
        : LATIN_STEMS.get(pairKey(c, next));
    // A family already found is not looked for again, and a stem whose third character is not
    // the text's is not compared whole (on real comments a word start has three candidates
    // on average): the answer is the same set of families.
    if (candidates) {
      const third = text.charCodeAt(i + 2);
      for (const s of candidates)
        if (
          (found & (1 << s.family)) === 0 &&
          (s.third === third || s.third < 0) &&
          text.startsWith(s.stem, i) &&
          !(s.whole && isLetter(text.charCodeAt(i + s.stem.length)))
        )
          found |= 1 << s.family;
    }
  }
  return found;
}

// The Cyrillic and CJK stems, by their first non-ASCII character (a regex alternation of a few
// hundred such stems costs several µs per comment even when nothing matches; a scan of the text's
// non-ASCII characters with a map lookup costs well under one). A stem written with a character
// class (отч[её]т) is expanded; Latin letters before the first such character are dropped (a货 is
// looked for as 货): the stems only decide which families' patterns to run.
// The stems are found by the character's code through a table of 2^16 entries (128 KB): no
// string is made per character, and most characters have no stems. Under each, the families with
// a stem of that one character (`single`) and the longer stems by their second character: a
// Cyrillic letter starts up to 40 stems ("п": покер, получил, …), each tried at every such letter.
interface OtherStems {
  single: number;
  bySecond: Map<number, { stem: string; family: number }[]>;
}
const OTHER_STEMS: OtherStems[] = [{ single: 0, bySecond: new Map() }];
const OTHER_STEM_INDEX = new Uint16Array(65_536);
FAMILY_LIST.forEach((f, family) => {
  if (f === SHOP_ADVERT) return;
  for (const source of alternatives(f.guard.source).filter((s) => NON_LATIN.test(s)))
    for (const expanded of expand(source)) {
      const stem = expanded.slice(expanded.search(/[^ -~]/));
      const key = stem.charCodeAt(0);
      if (OTHER_STEM_INDEX[key] === 0)
        OTHER_STEM_INDEX[key] = OTHER_STEMS.push({ single: 0, bySecond: new Map() }) - 1;
      const entry = OTHER_STEMS[OTHER_STEM_INDEX[key] ?? 0] as OtherStems;
      if (stem.length === 1) entry.single |= 1 << family;
      else {
        const second = stem.charCodeAt(1);
        entry.bySecond.set(second, [...(entry.bySecond.get(second) ?? []), { stem, family }]);
      }
    }
});

/** The literal strings a guard alternative stands for: only [..] classes are expanded. */
function expand(source: string): string[] {
  const m = /\[([^\]]+)\]/.exec(source);
  if (!m) return [source];
  return [...(m[1] ?? '')].flatMap((c) =>
    expand(source.slice(0, m.index) + c + source.slice(m.index + m[0].length)),
  );
}

/** Which families (bit per family) have a Cyrillic or CJK stem in the text. */
function otherFamilies(text: string): number {
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const at = code < 0x400 ? 0 : (OTHER_STEM_INDEX[code] ?? 0);
    if (at === 0) continue;
    const entry = OTHER_STEMS[at] as OtherStems;
    found |= entry.single;
    // A family already found is not looked for again: the answer is the same set of families.
    const longer = entry.bySecond.get(text.charCodeAt(i + 1));
    if (longer !== undefined)
      for (const c of longer)
        if ((found & (1 << c.family)) === 0 && text.startsWith(c.stem, i)) found |= 1 << c.family;
  }
  return found;
}

const INVESTMENT_INDEX = OFFER_SIGNAL_CODES.indexOf('investment-pitch');
const SHOP_INDEX = OFFER_SIGNAL_CODES.indexOf('shop-advert');
const APP_INDEX = OFFER_SIGNAL_CODES.indexOf('app-advert');
const EARNINGS_INDEX = OFFER_SIGNAL_CODES.indexOf('earnings-offer');

/** How many phrases of each offer family a normalised text contains, in OFFER_SIGNAL_CODES order. */
export function offerCounts(n: NormalizedText): number[] {
  const text = n.text;
  const latins = latinFamilies(text);
  const others = NON_LATIN.test(text) ? otherFamilies(text) : 0;
  // A loop, not a map with a closure per comment (under tsx a closure also costs a __name call).
  const counts: number[] = new Array<number>(FAMILIES.length).fill(0);
  // A shop's terms count only beside a way to buy: a link, an e-mail or a phone, or another offer
  // family (a forged diploma "delivered all over Russia", a VPN's "50% off"); so most comments,
  // which have neither, never test its guard.
  const channel = n.urls.length + n.emails + n.phones > 0;
  if (latins === 0 && others === 0 && !channel) return counts;
  let before = 0;
  for (let i = 0; i < FAMILIES.length; i++) {
    let latin = (latins & (1 << i)) !== 0;
    let other = (others & (1 << i)) !== 0;
    if (i === SHOP_INDEX) {
      if (!channel && before === 0) continue;
      // (its phrases' one-pass alternation is its guard here: one pass instead of two)
      latin = true;
      other = NON_LATIN.test(text);
    }
    if (!latin && !other) continue;
    // A testimonial counts only when it says how to reach the "expert".
    if (i === INVESTMENT_INDEX && n.emails + n.phones + n.urls.length === 0 && !CONTACT.test(text)) continue;
    const f = FAMILIES[i] as CompiledFamily;
    let count = countGroup(f.patterns, text, latin, other);
    for (const c of f.contexts) count += contextCount(c, text, latin, other);
    // (a reader's refund, revenue or salary naming no helper is no testimonial: money-reader.ts)
    counts[i] = i === INVESTMENT_INDEX && count > 0 && isOwnMoneyStory(text) ? 0 : count;
    before += count;
  }
  // A relief payment to claim, an income claim beside a link (relief-payment.ts, referral-earnings.ts).
  counts[EARNINGS_INDEX] = (counts[EARNINGS_INDEX] ?? 0) + countReliefPayment(n) + countLinkedClaim(n);
  counts[EARNINGS_INDEX] -= readerEarnings(n, counts[EARNINGS_INDEX]); // an official payout, a reader's project
  // A product advert links to a shop, not only to a ministry or a university: such links are a
  // reader passing on an official page ("the e-visa portal …, no registration fee"), or a local
  // host or a pasted command's link ("本地调试用 http://127.0.0.1:5173，不需要翻墙": reader-links.ts).
  if ((counts[SHOP_INDEX] ?? 0) + (counts[APP_INDEX] ?? 0) > 0 && onlyReaderLinks(n)) {
    counts[SHOP_INDEX] = 0;
    counts[APP_INDEX] = 0;
  }
  return counts;
}
