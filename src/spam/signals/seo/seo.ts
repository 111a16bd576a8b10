// SEO comments: generic praise that fits any article ("Thanks for sharing, very informative") and
// an anchor the commenter is paid to place: a keyword link, "More info: <name>", "<business> in
// <city>". Praise alone is what genuine readers write too, so it weighs little by itself; the
// anchor is what the comment is for. Written by hand as families of patterns (no public data set
// teaches them), in Latin-script languages, Russian and Chinese/Japanese.
import { countKeywordHeading, READER, SOLD } from './keyword-heading.ts';
import { countPraiseTemplates } from './praise-template.ts';
import { isBlogPraise } from './blog-praise.ts';
import { hanLastSentence, isChineseTail, isRussianTail, lastLetterScript } from './foreign-tail.ts';
import { isPraiseOnly, MAX_PRAISE_ONLY_CHARS } from './praise-only.ts';
import { cheapLetters, withCheapLetters } from '../../text/letter-class.ts';

/** SEO evidence of one comment. */
export interface SeoEvidence {
  /** Generic praise phrases ("great post", "thanks for sharing", "спасибо за статью", "感谢分享"),
   * counted only when the comment has an anchor or a keyword link (0 otherwise). */
  praise: number;
  /** Anchor patterns: "More info: …", "<business> in <City>", "<business> near me". */
  anchors: number;
  /** Links whose visible text is words, not the address: HTML, BBCode and Markdown links, and a
   * commercial keyword heading a bare link (keyword-heading.ts). */
  keywordLinks: number;
}

const PRAISE = new RegExp(
  withCheapLetters(
    [
      'thanks?(?: you)?(?: so much| a lot)? for (?:sharing|posting|the (?:post|article|info\\w*)|this)',
      '(?:great|nice|good|awesome|excellent|wonderful|fantastic|amazing|informative|useful|helpful|' +
        'interesting|valuable|brilliant|superb|lovely|impressive|outstanding|perfect)\\s+' +
        '(?:post|posts|article|articles|blog|write-?up|read|information|info|content|piece|site|website|share|tips|work|stuff|details)',
      '(?:very|really|quite|extremely|super|so)\\s+(?:informative|helpful|useful|interesting|insightful|nice)',
      'keep (?:it up|up the (?:good|great|nice) work|posting|sharing|writing)',
      'i (?:really |truly )?(?:enjoyed|loved|liked|appreciate) (?:reading|this|your|the way)',
      'i (?:found|came across|stumbled upon|discovered) (?:your|this) (?:blog|post|article|site|website|page)',
      '(?:bookmark(?:ed|ing)?|book-?marked) (?:this|your|it)',
      '(?:love|loved) (?:this|your) (?:post|article|piece|blog|read|write-?up)',
      'learn(?:ed|t) (?:a lot|so much|something new)',
      'looking forward to (?:more|your next|reading more)',
      'well (?:written|explained|researched|done)',
      // Spanish, Portuguese, French, German, Italian
      'gracias por compartir|excelente (?:art[ií]culo|post|blog)|obrigad[oa] por compartilhar|' +
        'merci (?:pour|de) (?:le partage|cet article|partager)|danke f[uü]r (?:den beitrag|das teilen)|grazie per la condivisione',
      // Russian
      '(?<![\\p{L}])спасибо за (?:стать\\p{L}*|пост|информаци\\p{L}*|материал|полезн\\p{L}*)',
      '(?<![\\p{L}])(?:отличн|хорош|полезн|интересн|классн)\\p{L}*\\s+(?:стать|пост|материал|информаци|блог|сайт)\\p{L}*',
      '(?<![\\p{L}])очень (?:полезно|интересно|познавательно|информативно)',
      // Chinese, Japanese
      '感谢分享|谢谢分享|感謝分享|謝謝分享|好文章|写得很好|寫得很好|非常有用|很有帮助|很有幫助|受益匪浅|受益匪淺|' +
        '参考になりました|素晴らしい記事',
    ].join('|'),
  ),
  'gu',
);

// "More info: X", "Visit: X", "Source - X", "Подробнее: X", "详情：X". "Source: <link>" (and
// «Источник: <link>») is a reader citing a source, not an anchor: after a source label only a
// name counts, never a link (U+E000, the normaliser's link placeholder).
const LABEL =
  /(?:^|[\s.!,;])(?:(?:more info(?:rmation)?|more details|read more|learn more|visit(?: us| our (?:site|website))?|see more|click here|website|official site|check it|contact us|find us|подробнее|сайт|详情|官网|更多信息)\s*[:：>»→\-–—]+\s*\S|(?:source|источник)\s*[:：>»→\-–—]+\s*[^\s\uE000])/giu;

// A business and a place: "cleaning company in Austin", "Best Dentist near Leeds", "ремонт
// квартир в Москве", "上海搬家公司". The place is a capitalised word (case-preserved text).
/** Trades whose businesses buy SEO comments (regular-expression alternatives, lower case). */
export const TRADE_WORDS =
  'company|companies|services?|agency|clinic|contractors?|repairs?|removals?|cleaning|cleaners?|' +
  'plumbers?|plumbing|roofing|roofers?|movers?|moving|dentists?|dental|lawyers?|attorneys?|' +
  'solicitors?|locksmiths?|seo|marketing|rehab|salon|spa|hotels?|tours?|rentals?|hire|tuition|tutors?|' +
  'consultants?|consulting|photographers?|photography|caterers?|catering|florists?|landscaping|' +
  'landscapers?|electricians?|pest control|carpets?|windows|doors|kitchens|bathrooms|remodel\\w*|' +
  'renovations?|construction|builders?|painters?|decorators?|flooring|hvac|insurance|loans?|' +
  'mortgages?|real estate|realtors?|estate agents?|apartments|escorts?|massage|pharmacy|academy|' +
  'courses?|coaching|boutique|restaurant|bakery|furniture|garage|mechanics?|towing|storage|printing|' +
  'packers|logistics|visa|immigration|travel agency|taxi|limo|limousine|chauffeurs?|driving school|' +
  'web design|developers?|skip hire|waste removal|junk removal|dumpster';

// Each word of the trades may start in either case ("Cleaning Company", "cleaning company"); the
// place must be capitalised, so the regex has no "i" flag (with it, \p{Lu} would match any letter).
const TRADE_ANY_CASE = TRADE_WORDS.replace(
  /(^|[|\s(])([a-z])/g,
  (_m, before: string, c: string) => `${before}[${c}${c.toUpperCase()}]`,
);

const PLACE = new RegExp(
  withCheapLetters(
    [
      `(?<![\\p{L}])(?:${TRADE_ANY_CASE})(?:\\s+\\p{L}+){0,2}?\\s+(?:in|near|around|across)\\s+(?:the\\s+)?\\p{Lu}\\p{Ll}+`,
      `(?<![\\p{L}])(?:${TRADE_ANY_CASE})\\s+[Nn]ear\\s+[Mm]e(?![\\p{L}])`,
      '(?<![\\p{L}])(?:[Уу]слуг|[Кк]омпани|[Рр]емонт|[Уу]борк|[Дд]оставк|[Тт]акси|[Юю]рист|[Аа]двокат|[Сс]томатолог|[Ээ]вакуатор|[Гг]рузоперевоз|[Нн]атяжн|[Кк]лининг|[Гг]рузчик|[Шш]иномонтаж|[Аа]втосервис|[Сс]антехник)\\p{L}*(?:\\s+\\p{L}+){0,2}?\\s+(?:в|во|по)\\s+\\p{Lu}\\p{Ll}+',
      '\\p{Script=Han}{2,4}(?:搬家公司|装修公司|保洁公司|家政公司|律师事务所|开锁)',
    ].join('|'),
  ),
  'gu',
);

// A business's name signing off the comment: "… Bright Smile Orthodontics Clinic", "… Royal
// Motors." Capitalised words ending in a capitalised trade word, as the comment's last words: the
// SEO comment's signature. The same words inside a sentence are a reader naming a place.
const TRADE_CAPITALISED = (
  TRADE_WORDS + '|orthodontics|motors|solutions|studio|studios|retreat|resort|centre|center|group|store|shop'
)
  .split('|')
  .map((t) => t.replace(/^([a-z])/, (c) => c.toUpperCase()))
  .join('|');
const SIGNATURE = new RegExp(
  withCheapLetters(
    `(?:^|[.!,;:—–-]\\s*|\\s)(?:\\p{Lu}[\\p{L}'&-]*\\s+){1,4}(?:${TRADE_CAPITALISED})(?![\\p{L}])[\\s.!]*$`,
  ),
  'u',
);

/**
 * A spokesperson or a press office signs with a role, not a shop: "Press Office", "Communications
 * Manager", "spokesperson", «пресс-служба», 新闻发言人 (also read by business-signoff.ts).
 */
export const SIGNS_WITH_ROLE = cheapLetters(
  /(?<![\p{L}])(?:press|spokes(?:person|woman|man)|communications?|media relations|public relations|newsroom)(?![\p{L}])|пресс-?служб|пресс-?секретар|пресс-?центр|представител|新闻|新聞|发言人|發言人|宣传|宣傳|政务|政務|政府|人民/iu,
);

// A reader describing their own work before "<trade> in <City>": "As a plumber in Leeds", "I work
// at a logistics firm in Almaty", «Я работаю в логистической компании в Алматы», 我是上海一家装修
// 公司的员工. Such a place names the reader's job, not an anchor.
const READER_SELF =
  /(?:\bas an?|\bi'?m an?|\bi am an?|\bi work|\bi worked|\bi run|\bwe run|\bi own|работаю|работал|тружусь|我是|我在)[^.!?。！？]*$/iu;

// A place owned by someone the reader names: "Our company in Leeds ran the upgrade", "my dental
// clinic in Almaty", «наша компания в Алматы»: the reader's (or their family's) workplace, told as
// part of a sentence, where the anchor names a trade with nobody's possessive before it.
const OWNED = cheapLetters(
  /(?:\b(?:our|my|his|her|their)|(?<![\p{L}])(?:наш|мо[йяеёию])\p{L}*)\s+(?:[\p{L}'-]+\s+){0,2}$/iu,
);

// An open quotation mark before the place: a headline the reader quotes («Ремонт трассы …»,
// 《上海搬家公司乱收费调查》), not an anchor.
const QUOTED = /[«《“「][^»》”」]*$/u;

/** "<trade> in <City>" places, without those a reader names as their own work or workplace or
 * quotes. */
function countPlaces(plain: string): number {
  PLACE.lastIndex = 0;
  let n = 0;
  for (let m = PLACE.exec(plain); m !== null; m = PLACE.exec(plain)) {
    const before = plain.slice(Math.max(0, m.index - 60), m.index);
    if (!READER_SELF.test(before) && !OWNED.test(before) && !QUOTED.test(before)) n++;
  }
  return n;
}

// "Visit us at emergency electrician in Manchester": the invitation in front of the keywords to
// look the business up by, with no link; "visit us at the meetup / our stand" is an event's.
const VISIT_AT = /(?:^|[\s.!,;])visit us at\s+(?!the\s|our\s|booth|stand|table|\d)[a-z]/g;

// Self-promotion without a URL: "… at my site: best keto recipes", "on my blog, search for cheap
// flights to Bali": the commenter's own site followed by the keywords to look it up by. A reader
// who only says "I wrote about this on my blog" names no keywords and does not count.
const MY_SITE = cheapLetters(
  /(?:\bmy|\bour)\s+(?:own\s+)?(?:site|blog|website|web site|page|channel)\s*(?:[:\-–—]|,?\s+(?:just\s+)?(?:search|google|look up)\s+(?:for\s+)?)\s*\p{L}|(?:на|в)\s+(?:моём|моем|нашем)\s+(?:сайте|блоге|канале)\s*[:\-–—]\s*\p{L}|我的(?:博客|网站|網站|频道|頻道)\s*:\s*\p{L}/gu,
);
const MY_SITE_GUARD = /my |our |моём|моем|нашем|我的/;

/** Whether the text's last word (before trailing spaces, dots and "!") starts with a capital:
 * a cheap test that spares most comments the signature regex. */
export function endsCapitalised(text: string): boolean {
  let end = text.length;
  for (
    let c = text.charCodeAt(end - 1);
    end > 0 && (c <= 32 || c === 46 || c === 33);
    c = text.charCodeAt(end - 1)
  )
    end--;
  // Back to the word's start: letters (a character whose cases differ) and ' & -. An ASCII
  // character is told by its code, without the two case conversions of a one-character string.
  let start = end;
  for (; start > 0; start--) {
    const c = text.charCodeAt(start - 1);
    if (c < 128) {
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 38 || c === 45)) break;
      continue;
    }
    const ch = text[start - 1] ?? '';
    if (ch.toLowerCase() === ch.toUpperCase()) break;
  }
  if (start >= end) return false;
  const c = text.charCodeAt(start);
  if (c < 128) return c >= 65 && c <= 90;
  const first = text[start] ?? '';
  return first !== first.toLowerCase();
}

const HTML_LINK = /<a\b[^>]*\bhref\s*=\s*["']?([^"'\s>]+)[^>]*>([\s\S]*?)<\/a\s*>/gi;
const BBCODE_LINK = /\[url=([^\]\s]+)\]([\s\S]*?)\[\/url\]/gi;
const MARKDOWN_LINK = /\[([^\]\n]{1,200})\]\((?:https?:\/\/|www\.)[^)\s]+\)/gi;
const LOOKS_LIKE_URL = /^\s*(?:https?:\/\/|www\.)|^\s*[\w-]+(?:\.[\w-]+)+\/?\s*$/i;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

// Keyword text has words: at least three letters in it (a "2:19" timestamp link has none).
const LETTERS = cheapLetters(/\p{L}.*\p{L}.*\p{L}/su);

function keywordText(text: string): boolean {
  const visible = text.replace(/<[^>]*>/g, '').trim();
  return LETTERS.test(visible) && !LOOKS_LIKE_URL.test(visible);
}

/** Links whose text is words rather than the address, in raw comment text (HTML, BBCode, Markdown). */
export function countKeywordLinks(raw: string): number {
  let n = 0;
  if (raw.includes('<')) for (const m of raw.matchAll(HTML_LINK)) if (keywordText(m[2] ?? '')) n++;
  if (raw.includes('[url')) for (const m of raw.matchAll(BBCODE_LINK)) if (keywordText(m[2] ?? '')) n++;
  if (raw.includes('](')) for (const m of raw.matchAll(MARKDOWN_LINK)) if (keywordText(m[1] ?? '')) n++;
  return n;
}

// A keyword tail: after generic praise, a last sentence that is nothing but the keywords of a trade
// or of something sold, "Nice blog, keep posting. Cleaning company in Manchester", "… Keep
// writing. Dubai desert safari deals": the SEO comment's anchor text without its link. A reader's
// remark after praise is a sentence ("Bakhty is still closed on Sundays though") or names no trade
// ("Greetings from Osh"); a signature is business-signoff.ts's; so the tail has two to seven words, no verb, no pronoun, no article or
// remark's adverb, and a trade or a thing sold that is not half of a compound ("visa-free").
// Beside the trades, a tail names suppliers and clinics' procedures ("Used tires wholesale", "Hair
// transplant Istanbul").
const TAIL_TRADE = new RegExp(
  `(?<![\\w-])(?:${TRADE_WORDS}|near me|wholesale|suppliers?|manufacturers?|distributors?|dealers?|dealership|transplants?|implants?|surgery|restoration)(?![\\w-])`,
);
const SIGNS_OFF =
  /^(?:(?:best|kind|warm)\s+)?(?:regards|cheers|thanks|thank you|sincerely|yours|greetings|from)\b|^[—–-]/;
const NOT_A_TAIL =
  /\b(?:is|are|was|were|be|been|am|has|have|had|do|does|did|will|would|can|could|should|may|might|must|got|get|gets|went|goes|came|said|says|think|hope|need|want|please|the|a|an|these|those|everywhere|now|though|finally|still|again|too|already|yet|just|only|more|less|very|so)\b/;

/** Whether a UTF-16 code unit is a space, a tab or a line break (the \s of the tail's text). */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
}

/**
 * The comment's last sentence when it can be a keyword tail: what follows the last ". ", "! " or
 * "? " once trailing dots, exclamation marks and spaces are cut, of 4 to 80 characters with no
 * sentence mark, line break or link in it; with the index where it starts. One backward pass: a
 * regex for it tried every sentence start of every comment (2% of a verdict).
 */
function lastSentence(lower: string): { start: number; tail: string } | null {
  let end = lower.length;
  for (let c = lower.charCodeAt(end - 1); end > 0 && (c === 46 || c === 33 || isSpace(c));)
    c = lower.charCodeAt(--end - 1);
  let start = end;
  for (; start > 0; start--) {
    const c = lower.charCodeAt(start - 1);
    if (c === 46 || c === 33 || c === 63 || c === 0xe000) break;
  }
  // Only a sentence mark followed by a space starts the tail (not a link, not "3.5").
  if (start <= 1 || lower.charCodeAt(start - 1) === 0xe000 || !isSpace(lower.charCodeAt(start))) return null;
  const tail = lower.slice(start, end).trim();
  return tail.length >= 4 && tail.length <= 80 && !tail.includes('\n') ? { start: start - 1, tail } : null;
}

// The last comment's answer: analyze.ts asks for the comment without its tail and seoEvidence
// whether it has one, both of the same text (each ran the tail's and the praise's tests again).
let lastTail: { lower: string; head: string | null } = { lower: '', head: null };

/** The praise before a bare keyword fragment that ends a lower-cased comment, or null. */
function keywordTailHead(lower: string): string | null {
  if (lastTail.lower !== lower) lastTail = { lower, head: findKeywordTailHead(lower) };
  return lastTail.head;
}

function findKeywordTailHead(lower: string): string | null {
  const script = lastLetterScript(lower);
  if (script !== null) return foreignTailHead(lower, script);
  const last = lastSentence(lower);
  if (last === null) return null;
  const { start, tail } = last;
  const words = tail.split(/\s+/).length;
  if (words < 2 || words > 7 || NOT_A_TAIL.test(tail) || READER.test(tail.replace('near me', '')))
    return null;
  if (!(SOLD.test(tail) || TAIL_TRADE.test(tail))) return null;
  // A signature ("Regards, Prime Movers Dallas") is business-signoff.ts's to weigh.
  if (SIGNS_OFF.test(tail)) return null;
  const head = lower.slice(0, start + 1);
  // Generic praise, one of the spun praise templates (praise-template.ts), or spun praise of the
  // writer's habits with the blog (blog-praise.ts).
  return (PRAISE_GUARD.test(head) && count(PRAISE, head) > 0) ||
    countPraiseTemplates(head) > 0 ||
    isBlogPraise(head)
    ? head
    : null;
}

// Russian and Chinese tails (foreign-tail.ts): the same anchor after the same praise, or after a
// head that is generic praise and nothing else in its own language (praise-only.ts).
function foreignTailHead(lower: string, script: 'han' | 'cyrillic'): string | null {
  const last = script === 'han' ? hanLastSentence(lower) : lastSentence(lower);
  if (last === null || !(script === 'han' ? isChineseTail(last.tail) : isRussianTail(last.tail))) return null;
  const head = lower.slice(0, last.start + 1);
  return (PRAISE_GUARD.test(head) && count(PRAISE, head) > 0) ||
    (head.length <= MAX_PRAISE_ONLY_CHARS && isPraiseOnly(head))
    ? head
    : null;
}

function countKeywordTail(lower: string): number {
  return keywordTailHead(lower) === null ? 0 : 1;
}

/** The comment without a keyword tail after its praise (the praise is then all the text says,
 * beside that anchor: praise-only.ts reads it), or the comment itself. */
export function withoutKeywordTail(lower: string): string {
  return keywordTailHead(lower) ?? lower;
}

// Cheap guards: a label needs its punctuation, a place a capitalised word after a preposition (or
// a Chinese trade suffix), praise one of its stems.
const LABEL_GUARD = /[:：>»→\-–—]/;
const PLACE_GUARD =
  /\b(?:in|near|around|across) (?:the )?\p{Lu}|near me|(?:^|\s)(?:в|во|по) \p{Lu}|公司|事务所|开锁/u;
const PRAISE_GUARD =
  /thank|great|nice|good|awesome|excellent|wonderful|fantastic|amazing|informative|useful|helpful|interesting|valuable|brilliant|superb|lovely|impressive|outstanding|perfect|insightful|keep|enjoy|lov|lik|apprec|found|came|stumbl|discover|bookmark|forward|well|gracias|excelente|obrigad|merci|danke|grazie|спасибо|отличн|хорош|полезн|интересн|классн|очень|感|谢|謝|好文|写得|寫得|有用|帮助|幫助|受益|参考|素晴/;

/** How many generic praise phrases a normalised (lower-cased) text holds. */
export function countPraise(lower: string): number {
  return PRAISE_GUARD.test(lower) ? count(PRAISE, lower) : 0;
}

/**
 * SEO evidence. `lower` is the normalised (lower-cased) text, `plain` the same text before case
 * folding (for capitalised place names), `raw` the comment as submitted (for link markup);
 * `authorAnchor` says the author's name is a keyword anchor (author-name.ts), so praise counts;
 * `signoff` that the comment ends in a business's sign-off under praise (business-signoff.ts).
 */
export function seoEvidence(
  lower: string,
  plain: string,
  raw: string,
  authorAnchor = false,
  signoff = false,
): SeoEvidence {
  const keywordLinks = countKeywordLinks(raw) + countKeywordHeading(lower);
  const labelled =
    (LABEL_GUARD.test(plain) ? count(LABEL, plain) : 0) +
    (lower.includes('visit us at') ? count(VISIT_AT, lower) : 0) +
    countKeywordTail(lower) +
    (PLACE_GUARD.test(plain) ? countPlaces(plain) : 0) +
    (MY_SITE_GUARD.test(lower) ? count(MY_SITE, lower) : 0);
  // The signature is an anchor of its own only when no label or place already counted it, and
  // not when it names a role ("Sarah Lee, Communications Manager, Northwind Motors": a company's
  // spokesperson answering); so is a business's sign-off under praise (business-signoff.ts;
  // `signoff`, found by the caller).
  let anchors = labelled;
  if (anchors === 0 && signoff) anchors = 1;
  else if (anchors === 0 && endsCapitalised(plain)) {
    const tail = plain.trimEnd().slice(-120);
    if (SIGNATURE.test(tail) && !SIGNS_WITH_ROLE.test(tail)) anchors = 1;
  }
  // Praise only matters next to an anchor (praise alone is what readers write): not looked for
  // otherwise, which keeps ordinary comments cheap.
  const praise =
    (anchors + keywordLinks > 0 || authorAnchor) && PRAISE_GUARD.test(lower) ? count(PRAISE, lower) : 0;
  return { praise, anchors, keywordLinks };
}
