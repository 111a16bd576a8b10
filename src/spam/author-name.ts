// The author's name as an anchor. A comment form links the name to the website the author gave,
// so SEO comment spam puts its keywords there: "Best Dentist Almaty", "cheap jerseys",
// "roofing-pros.com", "Ремонт квартир Москва", "上海搬家公司", above praise that fits any
// article. A person's name is not keywords, and people who give a website usually give their
// own name with it; the rule therefore counts a name only when it reads as keywords beyond
// doubt, never a surname that happens to be a trade ("Sarah Painter", "George Best", "Min-jun Seo").
import { TRADE_WORDS } from './seo.ts';

// What shops and offers put before or beside the trade: "cheap", "buy", "best", a product.
const COMMERCIAL =
  'cheap|cheapest|buy|best|top|discount|discounts|sale|deals?|offers?|online|outlet|wholesale|' +
  'replica|replicas|jerseys|handbags|sneakers|sunglasses|watches|shoes|boots|bags|pills|viagra|' +
  'cialis|casino|casinos|poker|slots|betting|bets|essays?|followers|likes|backlinks|bitcoin|crypto|' +
  'forex|cbd|vape|vapes|kratom|porn|sex|dating|hookup|official|store|shop|free|sexy';

// Latin-script keywords: every word of the name is looked up, in any case.
const WORD = new RegExp(`^(?:${COMMERCIAL}|${TRADE_WORDS})$`, 'iu');
// Keywords that are also given names or surnames, or words people put in a handle ("george best",
// "min seo", "free tibet"): never enough alone, even in a name written in lower case.
const NAME_TOO =
  /^(?:best|top|sale|free|official|deal|offer|seo|spa|hire|tours?|windows|doors|visa|sex|sexy|likes|store|shop|online|garage|storage|salon|studio)$/iu;
// Two-word trades ("real estate", "pest control", "web design", "near me"): looked up in the name.
const PHRASE = new RegExp(
  `(?<![\\p{L}])(?:${TRADE_WORDS.split('|')
    .filter((t) => t.includes(' '))
    .join('|')}|near me)(?![\\p{L}])`,
  'giu',
);
// Russian trades and offers (stems), and Chinese ones: a name in these scripts with one of them
// is a business, not a person (Russian surnames built on them end differently: "Ремонтов").
const RUSSIAN =
  /(?<![\p{L}])(?:купить|куплю|продаж\p{L}*|продам|дешев\p{L}*|недорог\p{L}*|скидк\p{L}*|услуг\p{L}*|ремонт|ремонта|компани[яи]|доставк\p{L}*|займ\p{L}*|кредит\p{L}*|казино|ставк\p{L}*|букмекер\p{L}*|магазин\p{L}*|продвижени\p{L}*|раскрутк\p{L}*|юрист\p{L}*|адвокат\p{L}*|клиник\p{L}*|стоматолог\p{L}*|такси|эвакуатор\p{L}*|грузоперевоз\p{L}*|натяжн\p{L}*|окна|двери|бесплатн\p{L}*)(?![\p{L}])/giu;
const CHINESE =
  /公司|代办|办证|出售|批发|优惠|官网|娱乐|平台|招聘|装修|搬家|贷款|代写|发票|博彩|彩票|赌场|棋牌|开锁|保洁|家政|推广|优化|代刷|商城|专卖|网店|旗舰店/gu;
const SURNAME = /^\p{Lu}\p{Ll}*(?:ов|ев|ёв|ин|ова|ева|ёва|ина|ский|ская|цкий|цкая)$/u;
// A name that is an address: "roofing-pros.com", "www.example.org", "https://…".
const DOMAIN_LIKE = /^(?:https?:\/\/|www\.)|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}$/iu;

/**
 * How many keywords the author's name holds when it reads as keywords rather than a person's
 * name (0 otherwise). Counted only with a website: without one, the name links nowhere.
 *
 * A Latin-script name counts with two keywords ("Best Dentist", "cheap jerseys", "Cleaning
 * Company"), or one in a name written all in lower case ("replica watches" has two anyway; "jerseys
 * 4u"), unless it is also a name ("min seo", "george best"), or a trade and a place ("Plumber in Leeds", "Dentist near me"). One capitalised
 * keyword in a name is a surname as often as not ("Sarah Painter", "George Best") and does not
 * count. A Russian or Chinese name counts with one trade or offer word; an address always counts.
 */
export function keywordAuthor(author: string | null | undefined, website: string | null | undefined): number {
  const name = (author ?? '').trim();
  if (name === '' || !website || website.trim() === '') return 0;
  if (DOMAIN_LIKE.test(name)) return 1;
  // A capitalised Russian word with a surname's ending is a surname ("Кредитов"), whatever its stem.
  const russian = [...name.matchAll(RUSSIAN)].filter((m) => !SURNAME.test(m[0])).length;
  const hits = russian + (name.match(CHINESE)?.length ?? 0);
  if (hits > 0) return hits;
  const words = name.split(/[^\p{L}\p{N}'&-]+/u).filter((w) => w !== '');
  // A two-word trade ("real estate", "web design") is two keywords.
  const keywords = words.filter((w) => WORD.test(w)).length + 2 * (name.match(PHRASE)?.length ?? 0);
  if (keywords >= 2) return keywords;
  if (keywords === 0) return 0;
  const place = /\s(?:in|near|around)\s+(?:the\s+)?\p{Lu}/u.test(name);
  if (place) return 1;
  const lowerCase = words.length >= 2 && name === name.toLowerCase() && /\p{Ll}/u.test(name);
  return lowerCase && words.some((w) => WORD.test(w) && !NAME_TOO.test(w)) ? 1 : 0;
}
