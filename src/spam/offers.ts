// Signals for what the most common WordPress spam sells or asks for: pharmacy, casino and betting
// offers, essay mills, investment testimonials with a contact, miracle weight loss, replica goods,
// dating and "I have a proposal for you", and messenger-contact solicitation (the phrase families
// are in offer-patterns.ts). Like the commercial signals (commercial.ts), the public training data
// (YouTube, SMS) has too little of this to teach a weight, so each weight is set by hand, kept
// fixed by training, and explained here and in docs/spam.md ("Spam a fresh site receives").
//
// The scale: ordinary ham scores about −2 to −5 log-odds with the built-in model, the hold
// threshold is −1.39 and the spam threshold 0. One offer phrase (+2.5) takes an ordinary comment
// (about −3.5) to the hold band; a second phrase (log2(3) × 2.5 = +4), a link (about +1.8), a
// contact (+1) or another family takes it to spam. Every pattern names an offer, never a bare
// word ("viagra", "casino", "bonus", "essay", "Telegram" alone count nothing).
import type { NormalizedText } from './normalize.ts';
import {
  CRACKED_SOFTWARE,
  DOCUMENT,
  FIXED_MATCH,
  GAME_CURRENCY,
  INVOICE,
  SEO_SERVICE,
} from './illicit-offer-patterns.ts';
import { ACCOUNT_SALE, DATA_SALE, EARNINGS, LOAN, LOTTERY } from './market-offer-patterns.ts';
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
import { type FixedSignalInfo, plural } from './signal-message.ts';

/**
 * Codes of the hand-weighted offer signals of the first rounds, in the model's signal order. Later
 * families go in LATER_OFFER_SIGNAL_CODES, which come after every other signal: a stored model
 * keeps its weights by position (signals.ts).
 */
export const FIRST_OFFER_SIGNAL_CODES = [
  'pharmacy-offer',
  'gambling-offer',
  'essay-mill',
  'investment-pitch',
  'weight-loss-claim',
  'replica-offer',
  'dating-offer',
  'messenger-contact',
  'job-offer',
  'fake-document',
  'seo-service',
  'fixed-match',
] as const;

/** Offer signals added after the signals that follow the first ones (issue 15, 2026-12-06). */
export const LATER_OFFER_SIGNAL_CODES = ['invoice-offer', 'game-currency', 'cracked-software'] as const;

/** Offer signals of the fourth round (issue 15, 2026-12-06), after `public-body-number`. */
export const MARKET_OFFER_SIGNAL_CODES = [
  'earnings-offer',
  'loan-offer',
  'data-selling',
  'account-selling',
  'lottery-tip',
] as const;

/** Codes of all offer signals, in offerCounts order. */
export const OFFER_SIGNAL_CODES = [
  ...FIRST_OFFER_SIGNAL_CODES,
  ...LATER_OFFER_SIGNAL_CODES,
  ...MARKET_OFFER_SIGNAL_CODES,
] as const;

/** Code of one offer signal. */
export type OfferSignalCode = (typeof OFFER_SIGNAL_CODES)[number];

/** Fixed weight (log-odds per unit of value, value log2(1 + phrases)) and message of each signal. */
export const OFFER_SIGNAL_INFO: Record<OfferSignalCode, FixedSignalInfo> = {
  // A drug named with "buy", "cheap", "online" or "without prescription", an online pharmacy,
  // discreet shipping: what a drug-policy or shortage comment does not say. +2.5: held alone.
  'pharmacy-offer': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'pharmacy offer phrase') + ' ("buy cheap cialis", "without prescription")',
  },
  // Free spins, a percentage or welcome bonus, "bet now" next to a casino or betting word; a report
  // about a casino or a regulator names none of them. +2.5.
  'gambling-offer': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'casino or betting offer phrase') + ' ("200 free spins", "welcome bonus")',
  },
  // "Write my essay", "essay writing service", "plagiarism free", "диплом на заказ", "代写": the
  // mill's offer; a student asks about a deadline without them. +2.5.
  'essay-mill': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'essay-mill phrase') + ' ("write my essay", "plagiarism free")',
  },
  // The testimonial's shape ("my account manager", "I invested … and earned $8,000 every week",
  // "эксперт по трейдингу", "带单老师"), counted only with a way to reach the "expert" (e-mail,
  // phone, link, handle, "contact him"): a victim's story has none. +2; the contact adds its own.
  'investment-pitch': {
    prior: 2,
    fixed: true,
    message: (n) => plural(n, 'investment-testimonial phrase') + ' with a contact ("trading expert")',
  },
  // "Lose 10 kg in 2 weeks", "keto pills", "without diet or exercise", "100% natural" next to a
  // weight word: claims no health comment makes. +2.5.
  'weight-loss-claim': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'miracle weight-loss phrase') + ' ("lose 10 kg in 2 weeks", "keto pills")',
  },
  // "Replica watches", "fake Gucci", "AAA 1:1 copies", "高仿": counterfeit goods offered; a museum's
  // replica of a ship or seized counterfeit pills do not match. +2.5.
  'replica-offer': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'replica-goods phrase') + ' ("replica watches", "1:1 copies")',
  },
  // Dating and escort offers, and the personal solicitation ("I have a proposal for you, write to
  // me at …", "I saw your profile"): a reader's comment addresses the article, not a stranger. +2.5.
  'dating-offer': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'dating or solicitation phrase') + ' ("hot singles", "a proposal for you")',
  },
  // "Add me on Telegram", "WhatsApp: +…", "Telegram @handle", "加微信": an invitation to move the
  // conversation elsewhere. Weaker (+1.5): a reader may give a channel's handle; naming a messenger
  // as where one reads the news does not count.
  'messenger-contact': {
    prior: 1.5,
    fixed: true,
    message: (n) => plural(n, 'messenger-contact request') + ' ("add me on Telegram", "加微信")',
  },
  // Job and task scams: "online job available", "daily pay", "get paid $5 for every like", «оплата
  // ежедневно», 刷单 or 点赞员 recruiting, 日结300. A reader warning about such ads names them
  // ("work from home", 刷单) without the recruiter's offer of pay per day or "no experience
  // needed". +2.5: held alone; the money-offer signal or a messenger contact takes it to spam.
  'job-offer': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'job or task scam phrase') + ' ("online job, daily pay", "日结")',
  },
  // Fake documents: "buy real registered passports", "IELTS certificate without the exam",
  // «купить диплом», «права без экзамена», 办证刻章, 代办文凭. A report on a diploma mill or a
  // question about a passport names the document without the seller's words. +2.5.
  'fake-document': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'fake-document offer') + ' ("buy a registered passport", "办证")',
  },
  // SEO service offers: "guest posts on high DA sites", "quality backlinks", "rank your site on the
  // first page of Google", «прогон по базам», «вывод в топ», 快速排名, 外链代发. A reader asking
  // whether backlinks still matter names the trade without selling it. +2.5.
  'seo-service': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'SEO service offer') + ' ("high DA backlinks", "first page of Google")',
  },
  // Sports-betting fixed matches: "fixed matches available", "100% sure odds", "pay after win",
  // «договорные матчи с гарантией», 假球内幕, 包赢. A reader on a match-fixing scandal writes
  // "fixed matches", «договорные матчи» or 假球 without selling one. +2.5.
  'fixed-match': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'fixed-match offer') + ' ("100% sure fixed matches", "假球内幕")',
  },
  // Invoice and receipt selling: "receipts for any amount", "we sell VAT invoices", «чеки для
  // отчётности», «обнал под 5%», 代开发票, 真票可查. A reader on VAT invoices in cross-border trade
  // or an accountant issuing them names the documents without the seller's words. +2.5, like the
  // other offers: the seller's phone number or a second phrase takes it to spam.
  'invoice-offer': {
    prior: 2.5,
    fixed: true,
    message: (n) =>
      plural(n, 'invoice or receipt selling phrase') + ' ("receipts for any amount", "代开发票")',
  },
  // Game-currency generators: "free V-Bucks", "Robux generator", "unlimited gems", «бесплатные
  // робуксы», 无限金币. A gamer on V-Bucks prices or a warning about such sites names the currency
  // without the giveaway. +2.5; the generator's link or a second phrase takes it to spam.
  'game-currency': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'game-currency generator phrase') + ' ("free V-Bucks", "Robux generator")',
  },
  // Cracked and pirated software: "cracked Photoshop", "Office crack", "keygen", "Windows
  // activator", «крякнутый», «активатор Windows», 破解版, 注册机. A reader on software piracy names
  // none of the downloads. +2.5.
  'cracked-software': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'cracked-software phrase') + ' ("Photoshop crack", "keygen", "破解版")',
  },
  // Easy-earnings offers (market-offer-patterns.ts): an amount a day or a month "from home" or
  // "with this simple system", «заработок в интернете без вложений», «пассивный доход от 5000
  // рублей в день», 日赚500, 在家赚钱, 躺赚. The learned `money-offer` counts the same words at
  // about +0.6 to +1.5, which left a Russian pitch published (0.02); no reader reporting such an
  // advert writes it without naming the scam, the police or the advert, and such a comment counts
  // nothing. +2.5, as for the other offers: held alone, spam with a contact or a second phrase.
  'earnings-offer': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'easy-earnings phrase') + ' ("$350 a day from home", "日赚500")',
  },
  // Microloans and credit offers: "no credit check", "instant approval", "bad credit OK", «без
  // отказа», «деньги на карту за 5 минут», 贷款秒批, 不看征信. The lender's promises, which a
  // reader on a bank's rate or a cap on payday loans does not make; a comment citing a law, a
  // regulator or a scam counts nothing. +2.5.
  'loan-offer': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'loan-offer phrase') + ' ("no credit check", "贷款秒批")',
  },
  // Databases and personal data for sale: "selling email lists", "B2B databases", «продам базы
  // данных», «пробив по базам», 出售数据. A leak, a court case or a statistics office's microdata
  // is news, not an offer, and counts nothing. +2.5.
  'data-selling': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'data-selling phrase') + ' ("B2B email lists", "出售数据")',
  },
  // Accounts, followers, likes and reviews for sale: "buy verified PayPal accounts", "buy Google
  // reviews", «накрутка подписчиков недорого», 出售抖音粉丝, 刷赞 with a price or a contact.
  // (The first two of these were site-promotion phrases at +2.0 until 2026-12-06.) +2.5.
  'account-selling': {
    prior: 2.5,
    fixed: true,
    message: (n) =>
      plural(n, 'account, follower or review selling phrase') + ' ("buy Google reviews", "刷赞")',
  },
  // Lottery "inside information": "guaranteed lottery numbers", "lucky numbers spell", «гарантия
  // выигрыша», «знаю результаты тиража заранее», 六合彩内幕, 每期必中. Tonight's draw or a
  // lottery law names none of it. +2.5.
  'lottery-tip': {
    prior: 2.5,
    fixed: true,
    message: (n) => plural(n, 'lottery tip phrase') + ' ("guaranteed numbers", "六合彩内幕")',
  },
};

// Latin-script patterns run without the Unicode flag (several times faster); the Cyrillic and CJK
// ones only on texts that have such characters. Each group is first tested as one alternation (one
// pass, and most comments match none); only a text that matches is counted pattern by pattern.
const NON_LATIN = /[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

interface PatternGroup {
  latinAny: RegExp | null;
  latin: RegExp[];
  otherAny: RegExp | null;
  other: RegExp[];
}

function group(sources: readonly string[]): PatternGroup {
  const latin = sources.filter((s) => !NON_LATIN.test(s));
  const other = sources.filter((s) => NON_LATIN.test(s));
  const any = (list: string[], flags: string): RegExp | null =>
    list.length > 0 ? new RegExp(list.map((s) => `(?:${s})`).join('|'), flags) : null;
  return {
    latinAny: any(latin, ''),
    latin: latin.map((s) => new RegExp(s, 'g')),
    otherAny: any(other, 'u'),
    other: other.map((s) => new RegExp(s, 'gu')),
  };
}

interface CompiledContext {
  when: RegExp;
  // The context is the guard itself (the casino words): the stem scan found one of them, so the
  // context almost always holds and its phrases are looked for first (contextCount).
  whenIsGuard: boolean;
  unless: RegExp | null;
  patterns: PatternGroup;
}

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
    contexts: contexts.map((c) => ({
      when: c.when,
      whenIsGuard: c.when === f.guard,
      unless: c.unless ?? null,
      patterns: group(c.patterns),
    })),
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
}
const LATIN_STEMS = new Map<number, Stem[]>();
const pairKey = (a: number, b: number): number => a * 65_536 + b;
let latinSpecial = 0;
FAMILY_LIST.forEach((f, family) => {
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
        { stem, family, whole: source.includes('\\b') },
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
    if (candidates)
      for (const s of candidates)
        if (text.startsWith(s.stem, i) && !(s.whole && isLetter(text.charCodeAt(i + s.stem.length))))
          found |= 1 << s.family;
  }
  return found;
}

// The Cyrillic and CJK stems, by their first non-ASCII character (a regex alternation of a few
// hundred such stems costs several µs per comment even when nothing matches; a scan of the text's
// non-ASCII characters with a map lookup costs well under one). A stem written with a character
// class (отч[её]т) is expanded; Latin letters before the first such character are dropped (a货 is
// looked for as 货): the stems only decide which families' patterns to run.
// The lists are found by the character's code through a table of 2^16 entries (128 KB): no
// string is made for each character looked at, and most characters have no list.
const OTHER_STEM_LISTS: { stem: string; family: number }[][] = [[]];
const OTHER_STEM_INDEX = new Uint16Array(65_536);
FAMILY_LIST.forEach((f, family) => {
  for (const source of alternatives(f.guard.source).filter((s) => NON_LATIN.test(s)))
    for (const expanded of expand(source)) {
      const stem = expanded.slice(expanded.search(/[^ -~]/));
      const key = stem.charCodeAt(0);
      if (OTHER_STEM_INDEX[key] === 0) OTHER_STEM_INDEX[key] = OTHER_STEM_LISTS.push([]) - 1;
      OTHER_STEM_LISTS[OTHER_STEM_INDEX[key] ?? 0]?.push({ stem, family });
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
    const list = code < 0x400 ? 0 : (OTHER_STEM_INDEX[code] ?? 0);
    if (list === 0) continue;
    for (const c of OTHER_STEM_LISTS[list] ?? []) if (text.startsWith(c.stem, i)) found |= 1 << c.family;
  }
  return found;
}

const INVESTMENT_INDEX = OFFER_SIGNAL_CODES.indexOf('investment-pitch');

function countAll(patterns: readonly RegExp[], text: string): number {
  let n = 0;
  for (const re of patterns) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) n++;
  }
  return n;
}

function countGroup(g: PatternGroup, text: string, latin: boolean, other: boolean): number {
  return (
    (latin && g.latinAny?.test(text) ? countAll(g.latin, text) : 0) +
    (other && g.otherAny?.test(text) ? countAll(g.other, text) : 0)
  );
}

/**
 * The phrases of a family's context, counted only when its context holds and its exception does
 * not. The cheaper test goes first: the context regex, unless it is the family's guard (which the
 * stem scan has all but proved); then the phrases; the exception only when a phrase was found.
 */
function contextCount(c: CompiledContext, text: string, latin: boolean, other: boolean): number {
  if (!c.whenIsGuard && !c.when.test(text)) return 0;
  const n = countGroup(c.patterns, text, latin, other);
  if (n === 0 || (c.whenIsGuard && !c.when.test(text))) return 0;
  return c.unless?.test(text) ? 0 : n;
}

/** How many phrases of each offer family a normalised text contains, in OFFER_SIGNAL_CODES order. */
export function offerCounts(n: NormalizedText): number[] {
  const text = n.text;
  const latins = latinFamilies(text);
  const others = NON_LATIN.test(text) ? otherFamilies(text) : 0;
  if (latins === 0 && others === 0) return FAMILIES.map(() => 0);
  let contact: boolean | null = null;
  return FAMILIES.map((f, i) => {
    const latin = (latins & (1 << i)) !== 0;
    const other = (others & (1 << i)) !== 0;
    if (!latin && !other) return 0;
    if (i === INVESTMENT_INDEX) {
      // A testimonial counts only when it says how to reach the "expert".
      contact ??= n.emails + n.phones + n.urls.length > 0 || CONTACT.test(text);
      if (!contact) return 0;
    }
    let count = countGroup(f.patterns, text, latin, other);
    for (const c of f.contexts) count += contextCount(c, text, latin, other);
    return count;
  });
}
