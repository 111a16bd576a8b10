// The grammar of an advert in English (2026-12-07), the English half of advert-grammar.ts: an
// advert for house cleaning, a locksmith, roofing, a tutor or used phones names no product an offer
// family lists, but it has the same shape as a Chinese or Russian one:
//
//  - a private channel to the seller, required and checked first (most comments have none, and
//    then the cost is one comparison and one regex scan without the Unicode flag): a phone number,
//    an own link or an e-mail (normalisation's placeholders), a messenger (WhatsApp, Telegram,
//    Viber, WeChat), an @handle, "DM me", or a number normalisation does
//    not read as a phone (a UK mobile "07700 900456");
//  - several kinds of seller's cue, each counted once:
//      service — the service or the sale: "services", "repair", "installation", "removal",
//                "cleaning", "lessons", "rental", "for sale", "we buy", "consultant", "contractor";
//      trust   — the seller's assurances: "professional", "affordable", "reliable", "licensed",
//                "certified", "insured", "experienced", "discreet", "best", "N years of
//                experience", "since 2009", "satisfaction guaranteed", "warranty";
//      terms   — the terms of sale: "free quote / estimate / inspection", "first lesson free",
//                "discount", "N% off", "from $N", "prices", "rates", "no hidden fees", "financing";
//      speed   — availability: "24/7", "same day", "fast", "emergency", "turnaround", "flexible
//                hours", "we come to you", "online or in person";
//      call    — the seller's voice to the buyer: a sentence opening on "Call / Text / Book / Visit
//                / Email / WhatsApp / DM", "call now", "book today", "contact us", "we offer /
//                provide / specialise", "no job too small";
//      area    — "serving <area>", "all of <city>", "surrounding areas", "nationwide", "in town";
//      list    — the telegraphic list (four or more comma-separated fragments of at most four
//                words on average);
//      private — the channel is a messenger, a handle or "DM me", not only a number, link or e-mail;
//      last    — the channel closes the text.
//  - and no reader's voice, or nothing counts: a real question (a rhetorical opener, "Need a DJ?",
//    "Looking for a plumber?", is the advert's), "anyone", the article and the press ("article",
//    "story", "according to", "reporter", "press", "quotes", "says"), a first-person story ("I
//    called", "we used", "my mom", "last year", "honestly"), a warning or complaint ("scam",
//    "beware", "alert", "bait and switch", "ripped off" and service-pitch's report words), and a
//    community's notice (volunteers, donations, proceeds, "all welcome", "is holding / hosting",
//    "this Saturday").
import type { NormalizedText } from '../../text/normalize.ts';
import { speaksAsReader } from '../service-pitch.ts';

const PLACEHOLDER = /[\ue000-\ue002]/;

// Without the Unicode flag: run on every Latin comment that has no placeholder.
const EN_CHANNEL =
  /@[a-z0-9_]{3,}|\b(?:whatsapp|telegram|viber|wechat|signal)\b\s*(?:me\s*)?(?:on|at)?\s*[:.-]?\s*[\ue002@+\d]|\b(?:dm|pm|inbox)\s+me\b|(?<![\w$£€.,])(?:\+\d|0)\d{2,4}[ -]?\d{3}[ -]?\d{3,4}(?!\d)/;
const EN_PRIVATE =
  /@[a-z0-9_]{3,}|\b(?:whatsapp|telegram|viber|wechat|signal)\b\s*(?:me\s*)?(?:on|at)?\s*[:.-]?\s*[\ue002@+\d]|\b(?:dm|pm|inbox)\s+me\b/;

const EN_SERVICE =
  /\b(?:services?|repairs?|installation|installs?|removal|cleaning|cleans|cleanups?|lessons?|tutor(?:ing)?|rentals?|for sale|we buy|buying|selling|consult(?:ant|ants|ation|ing)|contractors?|technicians?|specialists?|experts?|instructors?|remodel(?:l?ing)?|inspections?|detailing|pumping|mounting|sitting|walking|writing|management|catering)\b/;
const EN_TRUST =
  /\b(?:professional|affordable|reliable|licensed|certified|insured|experienced|discreet|confidential|trusted|top[- ]rated|best|quality|honest|family[- ]owned|warranty|guaranteed?|background checked|no job too (?:big|small))\b|\b\d+\+?\s+years?\s+(?:of\s+)?experience|\bsince (?:19|20)\d\d\b|\bhigh (?:pass|success|approval) rate\b/;
const EN_TERMS =
  /\bfree (?:quotes?|estimates?|inspections?|consultations?|assessments?|counsel(?:l)?ing|design|\w+ consultation)\b|\bfirst \w+ (?:is )?(?:free|half price)\b|\bdiscounts?\b|\d\s?% off\b|(?:\bfrom|\bstarting at|\bonly)\s+[$£€]\d|\bprices?\b|\brates\b|\bfees\b|\bno hidden\b|\bfinancing\b|\bmoney back\b|\bno fix,? no fee\b|\bhalf price\b|\bdeals?\b|\bcheap\b|\bsave up to\b|\bpackages? from\b|\binstant cash\b/;
const EN_SPEED =
  /24\/7|\b24 hours?\b|\bsame[- ]day\b|\bfast\b|\bquick\b|\bemergency\b|\bturnaround\b|\bflexible hours\b|\bevenings and weekends\b|\b7 days a week\b|\b(?:we|i) come to you\b|\bonline or in person\b|\bin \d+ (?:days|hours)\b/;
const EN_CALL =
  /(?:^|[.!:]\s*)(?:call|text|ring|book|visit|email|e-mail|whatsapp|dm|message|order|get (?:a|your))\b|\b(?:call|book|order) (?:now|today)\b|\b(?:contact|call|message|email) us\b|\bwe (?:offer|provide|speciali[sz]e|buy|sell|install|repair)\b/;
const EN_AREA =
  /\bserving\b|\bsurrounding areas?\b|\ball of [a-z]+|\bnationwide\b|\bin town\b|\bnear you\b|\bin your area\b|\ball areas\b/;

// The reader's voice: a story, the article, a warning, a community's notice.
const EN_READER =
  /\banyone\b|\barticle|\bstory\b|\bpiece\b|\baccording to\b|\breport(?:er|ed|s)?\b|\bjournalist|\bheadline|\bpress\b|\bmedia contact|\bcommunications\b|\bquot(?:es|ed|ing) (?:the|a|an)\b|\bsays\b|\bsaid\b|\bi (?:was|had|got|paid|called|hired|used|bought|tried|found|went|think|agree|believe|can (?:confirm|tell|say)|used to|sent|live|remember|reported)\b|\bwe (?:used|hired|paid|had|got|called|tried|went|bought|were|did|live)\b|\bmy (?:mom|mother|dad|father|wife|husband|son|daughter|brother|sister|uncle|aunt|neighbou?r|friend|landlord|family|kids?|parents|grandma|grandmother|grandfather|boss|cousin|brother-in-law|sister-in-law)\b|\blast (?:year|week|month|spring|summer|fall|autumn|winter)\b|\byears ago\b|\bhonestly\b|\bthanks\b|\bthank you\b|\balert\b|\bbait and switch\b|\bripped off\b|\brip-?off\b|\bcomplain|\bavoid\b|\bvolunteer|\bdonat|\bproceeds\b|\bfundrais|\braise money\b|\bcharity\b|\bfree entry\b|\b(?:all|everyone) (?:is )?welcome\b|\bopen to (?:all|the public)\b|\b(?:holding|hosting|organi[sz]ing|performing)\b|\bthis (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b|\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;
// A question that is the advert's own opener ("Need a DJ for your party?", "Looking for a plumber?").
const RHETORICAL =
  /(?:^|[.!?]\s*)(?:need|looking for|tired of|want|searching for|in need of|planning|moving|got|are you (?:looking|tired|planning|moving|searching|in need))\b[^.!?]*\?/g;

const SEGMENT = /[,;.!]+/;
/** The fewest kinds of cue the English grammar counts. */
const EN_MIN_KINDS = 5;

function fragments(text: string): string[] {
  return text
    .split(SEGMENT)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Whether a real question (not an advert's rhetorical opener) is asked. */
function asks(text: string): boolean {
  let questions = 0;
  for (let i = text.indexOf('?'); i >= 0; i = text.indexOf('?', i + 1)) questions++;
  if (questions === 0) return false;
  const rhetorical = text.match(RHETORICAL)?.length ?? 0;
  return questions > rhetorical;
}

/** How many kinds of seller's cue an English comment with a private channel and no reader's voice
 * has (0 when there is no channel or the reader speaks). */
export function englishAdvertKinds(n: NormalizedText, ownLinks = n.urls.length): number {
  const text = n.text;
  const placeholders = ownLinks + n.emails + n.phones > 0;
  if (!placeholders && !EN_CHANNEL.test(text)) return 0;
  if (asks(text) || EN_READER.test(text) || speaksAsReader(text)) return 0;
  // What the advert says about the sale: without any of it, "text me when you're here" or a
  // handle closing a message is only a channel.
  let kinds = 0;
  if (EN_SERVICE.test(text)) kinds++;
  if (EN_TRUST.test(text)) kinds++;
  if (EN_TERMS.test(text)) kinds++;
  if (EN_SPEED.test(text)) kinds++;
  if (EN_AREA.test(text)) kinds++;
  if (kinds === 0) return 0;
  if (EN_PRIVATE.test(text)) kinds++;
  if (EN_CALL.test(text)) kinds++;
  const parts = fragments(text);
  if (parts.length >= 4) {
    let total = 0;
    for (const p of parts) total += p.split(/\s+/).length;
    if (total / parts.length <= 4) kinds++;
  }
  const last = parts[parts.length - 1] ?? '';
  if (PLACEHOLDER.test(last) || EN_CHANNEL.test(last)) kinds++;
  return kinds;
}

/** The English grammar's count for service-pitch: nothing below five kinds of cue (English cues are
 * common words, "prices", "fast", "best", and a prize text message has four: at five, no message
 * of the public training data, ham or spam, has the shape, so the shipped model is unchanged);
 * from five kinds on, two less than the kinds (5 → 3, as three kinds of a Chinese advert), at most 4. */
export function englishAdvertValue(kinds: number): number {
  return kinds >= EN_MIN_KINDS ? Math.min(4, kinds - 2) : 0;
}
