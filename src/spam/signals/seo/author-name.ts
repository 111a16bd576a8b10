// The author's name as an anchor. A comment form links the name to the website the author gave,
// so SEO comment spam puts its keywords there: "Best Dentist Almaty", "cheap jerseys",
// "roofing-pros.com", "Ремонт квартир Москва", "上海搬家公司", above praise that fits any
// article. A person's name is not keywords, and people who give a website usually give their
// own name with it; the rule therefore counts a name only when it reads as keywords beyond
// doubt, never a surname that happens to be a trade ("Sarah Painter", "George Best", "Min-jun Seo").
import {
  CHINESE_OFFERS,
  CHINESE_QUALIFIER,
  CHINESE_TRADES,
  NAME_QUALIFIERS,
  NAME_TRADES,
  PLACE_LATIN,
  RUSSIAN_STEMS,
  RUSSIAN_TRADES,
  SURNAME_TRADES,
} from './business-name.ts';
import { TRADE_WORDS } from './seo.ts';
import { cheapLetters, withCheapLetters } from '../../text/letter-class.ts';

// (hoisted regexes use the cheaper letter classes of letter-class.ts)
const NOT_HOST_LABEL = cheapLetters(/[^\p{L}\p{N}.]+/gu);
const NOT_WORD = cheapLetters(/[^\p{L}\p{N}]+/gu);
const NAME_SEPARATOR = cheapLetters(/[^\p{L}\p{N}'&-]+/u);

// What shops and offers put before or beside the trade: "cheap", "buy", "best", a product.
const COMMERCIAL =
  'cheap|cheapest|buy|best|top|discount|discounts|sale|deals?|offers?|online|outlet|wholesale|' +
  'replica|replicas|jerseys|handbags|sneakers|sunglasses|watches|shoes|boots|bags|pills|enhancement|viagra|' +
  'cialis|casino|casinos|poker|slots|betting|bets|essays?|followers|likes|backlinks|bitcoin|crypto|' +
  'forex|cbd|vape|vapes|kratom|porn|sex|dating|hookup|official|store|shop|free|sexy';

// Latin-script keywords: every word of the name is looked up, in any case.
const WORD = new RegExp(
  withCheapLetters(`^(?:${COMMERCIAL}|${TRADE_WORDS}|${NAME_TRADES}|${NAME_QUALIFIERS})$`),
  'iu',
);
// Keywords that are also given names or surnames, or words people put in a handle ("george best",
// "min seo", "free tibet"): never enough alone, even in a name written in lower case.
const NAME_TOO =
  /^(?:best|top|sale|free|official|deal|offer|seo|spa|hire|tours?|windows|doors|visa|sex|sexy|likes|store|shop|online|garage|storage|salon|studio)$/iu;
// Two-word trades ("real estate", "pest control", "web design", "near me"): looked up in the name.
const PHRASE = new RegExp(
  withCheapLetters(
    `(?<![\\p{L}])(?:${`${TRADE_WORDS}|${NAME_TRADES}`
      .split('|')
      .filter((t) => t.includes(' '))
      .join('|')}|near me)(?![\\p{L}])`,
  ),
  'giu',
);
// "24/7", "24 hour", "24hr": what a locksmith or a tow truck puts in its name; a keyword.
const ROUND_THE_CLOCK = cheapLetters(/(?<![\p{N}])24\s*(?:\/\s*7|[- ]?(?:hours?|hrs?)\b)/iu);
// A name that opens with a shop's promise ("Best Movers", "Cheap Flights To Bali", "Top Rated …").
const SHOP_OPENING = /^(?:best|top|cheap|cheapest|buy|discount|affordable)$/iu;
// A letter's closing used as a name ("Best regards", "Best wishes"): no shop.
const SIGN_OFF = /^best\s+(?:regards|wishes)\b/u;
// Russian trades and offers (stems), and Chinese ones (business-name.ts): a name in these scripts with one of them
// is a business, not a person (Russian surnames built on them end differently: "Ремонтов").
const RUSSIAN = new RegExp(
  withCheapLetters(`(?<![\\p{L}])(?:${RUSSIAN_STEMS}|${RUSSIAN_TRADES})(?![\\p{L}])`),
  'giu',
);
const SURNAME = /^\p{Lu}\p{Ll}*(?:ов|ев|ёв|ин|ова|ева|ёва|ина|ский|ская|цкий|цкая)$/u;
// A name that is an address: "roofing-pros.com", "www.example.org", "https://…".
const DOMAIN_LIKE = cheapLetters(/^(?:https?:\/\/|www\.)|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}$/iu);
const CAPITALISED = /^\p{Lu}/u;
// A person describing themselves ("Dental nurse", "Pizza lover", "Sam the plumber", "Yoga mom",
// "Best friend"): a role, a relation or "the" beside the trade, which no business name has.
const SELF_DESCRIPTION = cheapLetters(
  /(?<![\p{L}])(?:the|lover|lovers|enthusiast|fan|fans|mom|mum|mama|dad|papa|rat|worker|owner|nurse|driver|reader|student|teacher|blogger|addict|girl|guy|lady|man|woman|person|resident|employee|staff|geek|nerd|junkie|buff|friend|cat|dog|wife|husband|grandma|grandpa|retired|retiree|veteran|citizen)(?![\p{L}])/iu,
);
const LOWER = /^\p{Ll}[\p{Ll}'&-]*$/u;

/**
 * Whether one keyword makes a Latin-script name a business: a trade written in lower case inside
 * a capitalised name ("Reliable plumber Denver": a surname is capitalised with the rest), a trade
 * beside a place ("Dentist Leeds", "Dubai Car Rental", "London escorts"), a trade the name opens
 * with ("Plumber Wigan"), a shop's promise it opens with ("Best Movers"; "Best regards" aside), or
 * a trade and a place joined by "in" ("Plumber in Leeds"). A trade that is also a surname, last
 * after a single other word ("Sarah Painter", "Austin Painter", "George Best"), is never one.
 */
function oneKeywordIsBusiness(name: string, words: readonly string[]): boolean {
  const last = words.length - 1;
  const isKeyword = (w: string): boolean => WORD.test(w);
  const surnameLike = (w: string, i: number): boolean =>
    SURNAME_TRADES.has(w.toLowerCase()) && i === last && words.length <= 3;
  if (/\s(?:in|near|around)\s+(?:the\s+)?\p{Lu}/u.test(name)) return true;
  if (SELF_DESCRIPTION.test(name)) return false;
  const capitalised = words.some((w) => CAPITALISED.test(w));
  const lower = name.toLowerCase();
  return words.some((w, i) => {
    if (!isKeyword(w) || surnameLike(w, i)) return false;
    // A trade in lower case inside a name otherwise capitalised.
    if (capitalised && LOWER.test(w) && !NAME_TOO.test(w)) return true;
    // A trade beside a place (the place itself is no keyword: "Cheap Flights To Bali").
    const rest = lower.replace(
      new RegExp(withCheapLetters(`(?<![\\p{L}])${w.toLowerCase()}(?![\\p{L}])`), 'u'),
      ' ',
    );
    if (PLACE_LATIN.test(rest)) return true;
    // The name opens with the trade or with a shop's promise, and goes on.
    if (i !== 0 || words.length < 2 || SIGN_OFF.test(lower)) return false;
    return SHOP_OPENING.test(w) || !SURNAME_TRADES.has(w.toLowerCase());
  });
}

/**
 * Whether the website's domain spells a name of two words or more that holds one trade ("Summit
 * Roofing" at summitroofing-denver.com, "Bright Smile Dental" at brightsmiledental.com): the
 * business's own site under its own name. A person's site spells their name too, so a trade that
 * is also a surname ("Sarah Painter" at sarahpainter.com) or a self-description ("Dental nurse")
 * does not count.
 */
function siteSpellsBusiness(words: readonly string[], website: string): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const last = words.length - 1;
  if (
    words.some(
      (w, i) => WORD.test(w) && (NAME_TOO.test(w) || (SURNAME_TRADES.has(w.toLowerCase()) && i === last)),
    )
  )
    return false;
  if (SELF_DESCRIPTION.test(words.join(' '))) return false;
  const host = website
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#:].*$/, '');
  const label = host.replace(NOT_HOST_LABEL, '').split('.').slice(0, -1).join('');
  return label.includes(words.join('').toLowerCase().replace(NOT_WORD, ''));
}

/**
 * How many keywords the author's name holds when it reads as keywords rather than a person's
 * name (0 otherwise). Counted only with a website: without one, the name links nowhere.
 *
 * A Latin-script name counts with two keywords ("Best Dentist", "cheap jerseys", "Cleaning
 * Company", "Locksmith 24/7"), or one in a name written all in lower case ("jerseys 4u"), unless it
 * is also a name ("min seo", "george best"), or one that reads as a business by its shape
 * (`oneKeywordIsBusiness`: "Reliable plumber Denver", "Dentist Leeds", "Plumber in Leeds"). One
 * capitalised keyword that is also a surname ("Sarah Painter", "George Best") does not count. A
 * Russian name counts with one trade, service or offer word; a Chinese one with one of the first
 * list, or with two trades, or a trade and a city or a seller's qualifier (北京租车, 专业翻译服务);
 * an address always counts.
 */
export function keywordAuthor(author: string | null | undefined, website: string | null | undefined): number {
  const name = (author ?? '').trim();
  if (name === '' || !website || website.trim() === '') return 0;
  if (DOMAIN_LIKE.test(name)) return 1;
  // A capitalised Russian word with a surname's ending is a surname ("Кредитов"), whatever its stem.
  const russian = [...name.matchAll(RUSSIAN)].filter((m) => !SURNAME.test(m[0])).length;
  const trades = name.match(CHINESE_TRADES)?.length ?? 0;
  const chinese =
    (name.match(CHINESE_OFFERS)?.length ?? 0) +
    (trades >= 2 || (trades === 1 && CHINESE_QUALIFIER.test(name)) ? trades : 0);
  const hits = russian + chinese;
  if (hits > 0) return hits;
  const words = name.split(NAME_SEPARATOR).filter((w) => w !== '');
  // A two-word trade ("real estate", "web design") is two keywords; "24/7" is one.
  const keywords =
    words.filter((w) => WORD.test(w)).length +
    2 * (name.match(PHRASE)?.length ?? 0) +
    (ROUND_THE_CLOCK.test(name) ? 1 : 0);
  if (keywords >= 2) return keywords;
  if (keywords === 0) return 0;
  if (oneKeywordIsBusiness(name, words) || siteSpellsBusiness(words, website)) return 1;
  const lowerCase = words.length >= 2 && name === name.toLowerCase() && /\p{Ll}/u.test(name);
  return lowerCase && words.some((w) => WORD.test(w) && !NAME_TOO.test(w)) ? 1 : 0;
}
