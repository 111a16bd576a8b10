// Signals for the commercial spam a fresh site receives and the public training data lacks:
// contact-number (tech-support, booking) spam, SEO praise with an anchor, promotion of
// download/stream/cheat sites, keyword links, and a first-time commenter posting a link.
//
// Their weights are set by hand and kept fixed by training (`fixed: true`): the YouTube and SMS
// collections contain almost none of this spam, so what they would "learn" for these signals is
// noise. The rationale of every weight is written next to it and in docs/spam.md, and each has a
// known-answer test (commercial.test.ts). The scale: the built-in model's ham sits around −4 to −6
// log-odds and its spam threshold near 0, so about +5 from these signals is needed to call an
// otherwise neutral comment spam; no single weak piece of evidence comes close.
import type { NormalizedText } from '../text/normalize.ts';
import { seoEvidence } from './seo/seo.ts';
import { type FixedSignalInfo, plural } from './signal-message.ts';
import { countTechnicalMarkers } from './technical.ts';
import { countSitePromotion } from './site-promotion.ts';
import { supportEvidence } from './support.ts';
import { countSupportFixes, listedLines } from './support-fix.ts';
import { isBrandOpinion, isReaderComplaint, isShortNumberComplaint } from './readers/brand-complaint.ts';
import { isReaderSupportCase } from './readers/support-reader.ts';
import { isProviderComplaint } from './readers/provider-complaint.ts';
import { isReferenceLink } from '../text/url.ts';
import { keywordLinks } from './seo/keyword-link.ts';
import { cheapLetters } from '../text/letter-class.ts';

/** Codes of the hand-weighted commercial signals, in the model's signal order after the others. */
export const COMMERCIAL_SIGNAL_CODES = [
  'phone-number',
  'toll-free-number',
  'support-number',
  'support-line',
  'brand-support',
  'seo-anchor',
  'praise-with-anchor',
  'site-promotion',
  'first-time-link',
  'technical-text',
] as const;

/** Where analyze.ts finds the commercial signals it reads again, in COMMERCIAL_SIGNAL_CODES order. */
export const COMMERCIAL_INDEX = {
  brandSupport: COMMERCIAL_SIGNAL_CODES.indexOf('brand-support'),
  sitePromotion: COMMERCIAL_SIGNAL_CODES.indexOf('site-promotion'),
  seoAnchor: COMMERCIAL_SIGNAL_CODES.indexOf('seo-anchor'),
  technical: COMMERCIAL_SIGNAL_CODES.indexOf('technical-text'),
} as const;

/** The commercial signals that say a comment sells or advertises (reputable.ts: no credit beside them). */
export const COMMERCIAL_SELLING = (
  [
    'support-number',
    'support-line',
    'brand-support',
    'seo-anchor',
    'praise-with-anchor',
    'site-promotion',
  ] as const
).map((code) => COMMERCIAL_SIGNAL_CODES.indexOf(code));

/** Code of one commercial signal. */
export type CommercialSignalCode = (typeof COMMERCIAL_SIGNAL_CODES)[number];

/**
 * Prior (here: the fixed weight, in log-odds per unit of value) and message of each signal. Values
 * are log2(1 + count) unless said otherwise, so a second instance adds 0.58 of the weight, a third
 * 0.42: lists of numbers and phrases weigh more, never linearly.
 */
export const COMMERCIAL_SIGNAL_INFO: Record<CommercialSignalCode, FixedSignalInfo> = {
  // A phone number by itself is what a reader asking about an office or a shop writes too: 0.4,
  // a tenth of what a spam verdict needs. Dates, times, versions, IPs, prices, IDs never count.
  'phone-number': { prior: 0.4, fixed: true, message: (n) => plural(n, 'phone number') },
  // Toll-free prefixes (1-8xx, 0800, 1800, 8-800, 400) are how support scams publish numbers;
  // genuine comments rarely quote one: +0.8 on top of the phone number.
  'toll-free-number': { prior: 0.8, fixed: true, message: (n) => plural(n, 'toll-free number') },
  // The core of contact-number spam: a phone number in a text naming a support line or a brand's
  // customer service. +2 for one; half that when only service words ("hotline", "call us", ☎)
  // stand next to it, as in a reader's question. With the number's own 0.4 (+0.8 when toll-free)
  // and one support phrase that is ~3.6–4.4: a held comment at most, unless the text or more
  // evidence (repeats, brand lists, links) adds to it.
  'support-number': {
    prior: 2,
    fixed: true,
    message: (n) => `${plural(n, 'phone number')} next to support/helpline words`,
  },
  // A support line named as a thing to call ("customer service number", "helpline", "toll-free",
  // "горячая линия", "客服电话"): +1 for one, +1.6 for three. Scams repeat it, readers say it once.
  'support-line': {
    prior: 1,
    fixed: true,
    message: (n) => plural(n, 'support-line phrase') + ' ("customer service number", "helpline")',
  },
  // A brand impersonated by support scams next to a support word ("Norton support", "QuickBooks
  // customer service"): +1 each (log). Lists of "<brand> support phone number" without digits add
  // up: four of them with their support-line phrases give about +4.6.
  'brand-support': {
    prior: 1,
    fixed: true,
    message: (n) => plural(n, 'brand named with a support line', 'brands named with a support line'),
  },
  // An anchor placed for search engines: "More info: <name>", "<business> in <City>", a link whose
  // text is keywords. +1.5 for one: a genuine comment sometimes names a source.
  'seo-anchor': {
    prior: 1.5,
    fixed: true,
    message: (n) => plural(n, 'SEO anchor') + ' ("more info:", "<business> in <city>", keyword link)',
  },
  // Praise and an anchor together are the SEO comment's form: +2 (0/1). A bare link after praise
  // does not count (readers cite sources that way); the link signals weigh it.
  'praise-with-anchor': {
    prior: 2,
    fixed: true,
    message: () => 'generic praise followed by an anchor',
  },
  // Download, stream, cheat and crack promotion ("free robux generator", "full movie online
  // free", "mod apk", "скачать бесплатно", "免费下载"): +2 for one phrase, +3.2 for two. Each
  // family names a giveaway genuine readers do not write ("no human verification", "full movie
  // online free"), so one phrase weighs more than one support or praise phrase.
  'site-promotion': {
    prior: 2,
    fixed: true,
    message: (n) => plural(n, 'download/stream/cheat promotion phrase'),
  },
  // A link from someone the site has never approved (only when the caller looked the history up):
  // +1 (0/1). Regular readers with a history of approved comments post links without it.
  'first-time-link': { prior: 1, fixed: true, message: () => 'first comment on this site, with a link' },
  // Code, log pastes, stack traces and commands (technical.ts): genuine readers' numbers. −1.2 per
  // log2(1 + markers), capped at two (−2.4): enough to offset the text model reading a log's
  // timestamps and error codes as spam-like numbers, too little to launder a spam comment.
  'technical-text': {
    prior: -1.2,
    fixed: true,
    message: (n) => plural(n, 'code or log marker') + ' (timestamps, stack frames, code)',
  },
};

/** What the commercial signals read besides the normalised text. */
export interface CommercialContext {
  /** The comment as submitted (for link markup). */
  raw: string;
  /** Approved comments by this author's email and IP, when the caller looked them up. */
  approved: number | null;
  /** The author's name is keywords linked to a website (author-name.ts): an anchor of its own,
   * weighed by `keyword-author`; here it only lets praise beside it count. */
  authorAnchor?: boolean;
  /** The comment is generic praise and nothing else (praise-only.ts): praise, whether or not
   * seo.ts's phrases name it ("写得真好，学习了", «Благодарю за статью»). */
  praiseOnly?: boolean;
  /** The comment holds a spun praise template (praise-template.ts): praise too. */
  praiseTemplate?: boolean;
  /** The comment is praise and then a business's sign-off (business-signoff.ts): an anchor. */
  signoff?: boolean;
}

// Public bodies whose hotlines readers quote: ministries, councils, police, tax and pension
// offices, migration and health services, customs and border services (a broker's "customs
// clearance" or «растаможка» is not one); Russian and Chinese equivalents.
export const PUBLIC_BODY = cheapLetters(
  /\b(?:ministry|department of|council|government|municipal|city hall|town hall|police|embassy|embassies|consulates?|consular|visa (?:centre|center|office|section)|tax office|revenue service|migration service|immigration service|social security|pension (?:office|fund|service)|health service|nhs|public health|customs (?:hotline|service|committee|office|authorit(?:y|ies)|department|post|officers?)|border (?:guard|service)s?|akimat|trade unions?|labou?r unions?|labou?r inspector\w*)\b|министерств|посольств|консульств|консульск|визов\p{L}* (?:центр|отдел)|минздрав|минтруд|минфин|минобр|мвд|мчс|пфр|пенсионн\p{L}* фонд|соцфонд|налогов|фнс|мэри|администраци|правительств|прокуратур|полици|роспотребнадзор|профсоюз|инспекци|(?<!рас)таможн(?:я|и|е|ю|ей)(?!\p{L})|таможенн\p{L}* (?:пост|служб|комитет)|погранслужб|погранич\p{L}* служб|акимат|хокимият|政府|大使馆|大使館|领事馆|領事館|使馆|使館|签证中心|簽證中心|市民热线|卫健委|衛健委|公安|税务|稅務|社保|人社|消协|消費者協會|消费者协会|工会|工會|劳动监察|勞動監察|海关|海關|边检|邊檢/u,
);

// "Please call the support team of the ministry": appeals.ts reads "please … support" as a call to
// action (the verb), but before a public body's line it is the line's own name (2026-12-07, sixth
// session). Its matches are taken out of the calls that keep `public-body-number` from counting.
const PUBLIC_CALL = /\bplease\s+(?:call|contact|ring|phone)\s+(?:the|their|its)\s+support\b/g;

/** How many of a text's calls to action are a "please call the support …" of a public body's own
 * line (0 when it names no public body). */
function publicCalls(text: string): number {
  if (!text.includes('please') || !PUBLIC_BODY.test(text)) return 0;
  PUBLIC_CALL.lastIndex = 0;
  let n = 0;
  while (PUBLIC_CALL.exec(text) !== null) n++;
  return n;
}

/** Whether a UTF-16 code unit ends a sentence: . ! ? 。 ！ ？ or a line break. */
function endsSentence(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/**
 * The text without its questions: each sentence ending in a question mark (Latin or full-width),
 * from the previous sentence end or line break, becomes one space. The same string as
 * `text.replace(/[^.!?。！？\n]*[?？]/g, ' ')` (commercial.test.ts), in one pass: that regex tries
 * every start inside a sentence that does not end in a question mark and reads on to the
 * sentence's end from each, quadratic in its length (about 3% of a verdict on real comments).
 */
export function withoutQuestions(text: string): string {
  if (!text.includes('?') && !text.includes('？')) return text;
  let out = '';
  let kept = 0; // text before this is in `out`
  let sentence = 0; // where the sentence being read starts
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!endsSentence(c)) continue;
    if (c === 0x3f || c === 0xff1f) {
      out += text.slice(kept, sentence) + ' ';
      kept = i + 1;
    }
    sentence = i + 1;
  }
  return out + text.slice(kept);
}

/** The signal values and the counts their messages quote, in COMMERCIAL_SIGNAL_CODES order,
 * whether the text is a reader's own case with its hotline (3, the `body` kind analyze.ts gives it),
 * and how many of its calls to action name a public body's support line (`publicCalls`). */
export function commercialSignals(
  n: NormalizedText,
  ctx: CommercialContext,
): { values: number[]; counts: number[]; readerCase: 0 | 3; siteWords: string[]; publicCalls: number } {
  const phones = { phones: n.phones, tollFree: n.tollFree };
  // A support line named inside a question ("is there a toll-free number for the pension
  // office?") is a reader asking, not a scam announcing: questions are left out of the evidence.
  const unasked = withoutQuestions(n.text);
  const found = supportEvidence(unasked, phones.phones);
  // A public body's line ("the migration service's hotline", "горячая линия Минздрава") is what a
  // reader passes on; scams impersonate brands (and portals such as Госуслуги, a brand here). With
  // a public body named and no brand, the line and service words give a number no support context
  // (the number still counts as a phone number, and as toll-free).
  // What a scam promises beside its number ("call printer help", "we fix it remotely", 请拨打;
  // support-fix.ts) names a line as well.
  const fixes = countSupportFixes(unasked, phones.phones);
  const named = found.lines + found.service + fixes;
  const publicLine = found.brands === 0 && named > 0 && PUBLIC_BODY.test(n.text);
  // A reader's own case with their bank's or airline's hotline, no brand and no pitch, likewise
  // (support-reader.ts); looked for only when there is a number and a line or service word.
  const readerLine =
    !publicLine &&
    ((named + found.brands > 0 &&
      (phones.phones > 0
        ? isReaderSupportCase(n.text, found.lines, found.brands) ||
          // or a complaint naming a brand and its hotline, which went wrong (brand-complaint.ts)
          isReaderComplaint(n.text, found.lines, found.brands, phones.phones, n.urls.length + n.emails)
        : // or one quoting a short service number, no phone at all (brand-complaint.ts)
          isShortNumberComplaint(n.text, found.lines, found.brands, n.urls.length + n.emails))) ||
      // or a complaint about the reader's internet provider, line named or not (provider-complaint.ts)
      (phones.phones > 0 &&
        isProviderComplaint(unasked, found.lines, found.brands, phones.phones, n.urls.length + n.emails)));
  // A reader judging brands' lines with no number or link to reach them («все бесполезны»):
  // their brand and line phrases count nothing (brand-complaint.ts).
  const opinion =
    !publicLine &&
    !readerLine &&
    found.brands > 0 &&
    isBrandOpinion(unasked, phones.phones, n.urls.length + n.emails);
  // The promises and the entries of a list of brands' lines (support-fix.ts) count as lines, once
  // a public body's line and a reader's own case are taken out.
  const support =
    publicLine || readerLine || opinion
      ? { lines: 0, service: 0, brands: 0 }
      : { ...found, lines: found.lines + fixes + listedLines(unasked, found.brands) };
  // A link to a domain named for a spam trade is an anchor, so praise beside it counts (keyword-link.ts).
  const sites = keywordLinks(n, unasked);
  const anchored = ctx.authorAnchor === true || sites.count > 0;
  const seo = seoEvidence(n.text, n.plain, ctx.raw, anchored, ctx.signoff === true);
  // "A free download on Google Play" of a ministry's app, "free download of the tariff book from the
  // EAEU's site": a download a public body gives away is no pirate's or seller's, so with every link
  // a public reference (url.ts, a public body's app too) the phrases count nothing.
  const promotion =
    n.urls.length > 0 && n.domains.every((d, i) => isReferenceLink(n.urls[i] as string, d))
      ? 0
      : countSitePromotion(n.text);
  // A named line or brand gives a number its full context; service words alone ("hotline",
  // "call us", ☎) half of it.
  const supportContext = support.lines + support.brands > 0 ? 1 : support.service > 0 ? 0.5 : 0;
  const supportPhones = supportContext > 0 ? phones.phones : 0;
  const anchors = seo.anchors + seo.keywordLinks + sites.count;
  // A bare link after praise is also what a reader citing a source writes; only an anchor counts.
  const praised = seo.praise > 0 || ctx.praiseOnly === true || ctx.praiseTemplate === true;
  const praiseAnchor = praised && (anchors > 0 || ctx.authorAnchor === true) ? 1 : 0;
  const firstLink = ctx.approved === 0 && n.urls.length > 0 ? 1 : 0;
  const counts = [
    phones.phones,
    phones.tollFree,
    supportPhones,
    support.lines,
    support.brands,
    anchors,
    praiseAnchor,
    promotion,
    firstLink,
    countTechnicalMarkers(n.plain),
  ];
  // praise-with-anchor and first-time-link are 0/1; technical-text is capped at 2. (A loop, not
  // a map with a closure: under tsx each closure made per comment also costs a __name call.)
  const values: number[] = [];
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i] as number;
    values.push(i === 6 || i === 8 ? c : i === 9 ? Math.min(2, log2Count(c)) : log2Count(c));
  }
  values[2] = (values[2] ?? 0) * supportContext;
  return {
    values,
    counts,
    readerCase: readerLine ? 3 : 0,
    siteWords: sites.words,
    publicCalls: publicCalls(n.text),
  };
}

/** log2(1 + x) for a positive count, else 0. */
function log2Count(x: number): number {
  return x > 0 ? Math.log2(1 + x) : 0;
}
