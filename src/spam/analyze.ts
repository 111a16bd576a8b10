// Turns one comment (plain values) into what the model reads: hashed text features plus the
// signal vector, and the raw counts the explanations quote.
import { countCallsToAction, countMoneyOffers } from './signals/appeals.ts';
import { authorAnchor } from './signals/seo/author-anchor.ts';
import { tradeAddressNotes } from './signals/seo/keyword-site-note.ts';
import { signoffEvidence } from './signals/seo/business-signoff.ts';
import {
  COMMERCIAL_INDEX,
  COMMERCIAL_SELLING,
  COMMERCIAL_SIGNAL_CODES,
  commercialSignals,
  PUBLIC_BODY,
} from './signals/commercial.ts';
import { civicNotice, quietCivic } from './signals/readers/civic-notice.ts';

import { normalizeText, type NormalizedText } from './text/normalize.ts';
import { OFFER_SIGNAL_CODES, offerCounts } from './signals/offers/offers.ts';
import { isLikeBait } from './signals/like-bait.ts';
import { countCreatorPleas } from './signals/creator-plea.ts';
import { isFakeNewsAd, promisesMoney } from './signals/scams/fake-news-ad.ts';
import { praiseEvidence } from './signals/seo/praise-evidence.ts';
import { tradePaperwork } from './signals/readers/trade-paperwork.ts';
import { readerSubscription } from './signals/readers/reader-subscription.ts';
import { withoutSubscribeRemarks } from './signals/readers/subscribe-remark.ts';
import { readerRemarks } from './signals/readers/reader-remarks.ts';
import { uncountPublicLinks } from './signals/readers/public-service.ts';
import { readerOwnedLinks } from './signals/readers/official-links.ts';
import { countSelfPromotion } from './signals/promotion.ts';
import { withoutWarnedOffers } from './signals/readers/offer-warning.ts';
import { countSellerVoice } from './signals/offers/advert-grammar.ts';
import { countRecoveryScam } from './signals/scams/recovery.ts';
import { cosineSimilarity, termVector } from './relevance.ts';
import { SIGNAL_CODES, type SignalCode } from './signals/signals.ts';
import {
  allCapsSignal,
  articleAgeSignal,
  burstSignal,
  formSignals,
  honeypotSignal,
  linkDensity,
  linkSignal,
  logCount,
  relevanceSignal,
  repeatedCharsSignal,
} from './signal-values.ts';
import { listSignals } from './list-signals.ts';
import {
  CONTACTLESS_HOLD_AT_MOST,
  contactlessClaimNote,
  trimContactlessClaim,
} from './signals/scams/contactless-claim.ts';
import { isOwnWriteUp, ownWriteUpNote } from './signals/readers/own-writeup.ts';
import type { SignalNote } from './signal-note.ts';
import type { CommentInput } from './comment-input.ts';
export type { CommentInput };
import { mayUncount, uncountLinks } from './signals/readers/pasted-links.ts';
import { extractFeaturesBeside, type TextFeatures } from './classifier/tokenize.ts';
import { countReferralLinks } from './signals/referral.ts';
import { claimsEarnings, countOwnChannel, isBareLink, isCitedSource } from './signals/own-promotion.ts';
import { domainOf, isReferenceDomain, isReferenceLink, isShortener, registrableDomain } from './text/url.ts';
import { isOutletLookalike, isReputableLink, isVideoLink, namesPublicEvent } from './signals/reputable.ts';
import { upstreamSignalCount, upstreamSignalValue } from './network/upstream.ts';

/**
 * A way to reach the seller named without an address (联系微信, 联系客服, «пишите в WhatsApp»):
 * a channel for `offer-with-channel` beside an offer (issue 15, 2026-12-07): what a seller of
 * documents or goods ends on. ("Write to me" is not one: a reader offering scans writes it too.)
 * A DM ask (私信, 私聊, 私我, 滴滴我, «в лс», «в личных сообщениях») is one beside an offer: where the
 * earnings pitch is made (dm-earnings.ts; 2026-12-07, third session).
 */
const NAMED_CHANNEL =
  /联系(?:微信|電話|电话|客服|我们|我們|我)|聯繫(?:微信|客服|我們|我)|私信|私聊|私我|滴滴我|(?:пишите|звоните|обращайтесь)(?:\s+(?:в|на)\s+(?:whatsapp|telegram|вотсап|ватсап|телеграм|вайбер|директ|лс|личку))|(?:^|\s)в\s+(?:(?:лс|личк[а-яё]*|директ)(?![а-яё])|личн\S*\s+сообщени)/;

/** Where the messenger-contact family sits in offerCounts' answer: a channel, not an offer. */
const MESSENGER_INDEX = OFFER_SIGNAL_CODES.indexOf('messenger-contact');
const EARNINGS_INDEX = OFFER_SIGNAL_CODES.indexOf('earnings-offer');

/** The model's view of a comment. */
export interface AnalyzedComment {
  normalized: NormalizedText;
  features: TextFeatures;
  /** Signal values in SIGNAL_CODES order. */
  signals: Float64Array;
  /** The count or measure each signal's message quotes, in SIGNAL_CODES order. */
  counts: Float64Array;
  /** Reasons that say more than the count (which list, which entry), by signal. */
  notes?: ReadonlyMap<SignalCode, SignalNote> | null;
  /** Held at least: a reputation list whose action is `hold` matched, or an earnings claim with no
   * way to reach its writer (contactless-claim.ts). */
  hold?: boolean;
  /** This comment's signals that may hold but never alone send it to spam, beside those SIGNAL_INFO
   * marks `holdAtMost` (the contactless earnings claim's `earnings-offer`). */
  holdAtMost?: readonly SignalCode[];
}

export type { SignalNote };

// Each signal's index by its code, read with a constant key at each call site: looking the code up
// inside `set` (an object of some 60 codes by a variable key, about 33 ns; a Map, about 15 ns) cost
// about 1 µs a comment, as analysis sets every signal of every comment.
const AT = Object.fromEntries(SIGNAL_CODES.map((code, i) => [code, i])) as Readonly<
  Record<SignalCode, number>
>;
const OFFER_AT = OFFER_SIGNAL_CODES.map((code) => AT[code]);
const COMMERCIAL_AT = COMMERCIAL_SIGNAL_CODES.map((code) => AT[code]);

// The signal values and counts of the comment being analysed (signals, then counts), written by
// `set`: a module function rather than a closure made for every comment (analysis is synchronous
// and never re-entered, so it is never shared).
let current = new Float64Array(2 * SIGNAL_CODES.length);

function set(i: number, value: number, count: number): void {
  current[i] = value;
  current[SIGNAL_CODES.length + i] = count;
}

/** Only this many characters of a comment (and of an article) are read: enough to judge, and a
 * megabyte of text cannot make scoring slow. */
export const MAX_ANALYZED_CHARS = 10_000;

const head = (text: string): string =>
  text.length > MAX_ANALYZED_CHARS ? text.slice(0, MAX_ANALYZED_CHARS) : text;

// The last article's term vector: an import (or a re-check) analyses many comments of one article
// in a row, and normalising the article again for each was half the cost of analysing them.
let lastArticle: { text: string; vector: Map<number, number> } | null = null;

function articleVector(text: string): Map<number, number> {
  if (lastArticle?.text !== text) lastArticle = { text, vector: termVector(normalizeText(head(text)).text) };
  return lastArticle.vector;
}

/**
 * Normalises, tokenises and computes every signal of a comment. `normalized` may be passed when
 * the caller has already normalised the comment's text (`normalizeText` of its first
 * MAX_ANALYZED_CHARS characters), so it is not done twice.
 */
export function analyzeComment(
  input: CommentInput,
  bits: number,
  normalized: NormalizedText = normalizeText(head(input.content)),
): AnalyzedComment {
  // The signal values and counts share the features' buffer (each typed array above 64 bytes is
  // a separate allocation outside V8's heap).
  const { features, doubles: values } = extractFeaturesBeside(normalized, bits, 2 * SIGNAL_CODES.length);
  const signals = values.subarray(0, SIGNAL_CODES.length);
  const counts = values.subarray(SIGNAL_CODES.length);
  current = values;
  const n = normalized;
  let urlChars = 0;
  for (const u of n.urls) urlChars += u.length;
  let shorteners = 0;
  let references = 0;
  let reputable = 0;
  let videos = 0;
  let lookalikes = 0;
  const siteHost = input.site ? domainOf(input.site) : '';
  for (let i = 0; i < n.domains.length; i++) {
    const d = n.domains[i] as string;
    if (isShortener(d)) shorteners++;
    if (isReferenceLink(n.urls[i] as string, d)) references++;
    else if (isReputableLink(n.urls[i] as string, d, siteHost)) reputable++;
    else if (isVideoLink(n.urls[i] as string)) videos++;
    else if (isOutletLookalike(d)) lookalikes++;
  }
  const density = linkDensity(urlChars, n.textLength);
  set(AT['links'], linkSignal(n.urls.length), n.urls.length);
  set(AT['link-density'], density, density);
  set(AT['url-shortener'], logCount(shorteners), shorteners);
  set(AT['contact-details'], logCount(n.emails + n.phones), n.emails + n.phones);
  set(AT['all-caps'], allCapsSignal(n.upper, n.letters), n.letters > 0 ? n.upper / n.letters : 0);
  set(AT['repeated-chars'], repeatedCharsSignal(n.longestRun), n.longestRun);
  set(AT['invisible-chars'], logCount(n.invisible), n.invisible);
  set(AT['mixed-script'], logCount(n.mixedScriptWords), n.mixedScriptWords);
  // A reader's link to their own write-up counts no "my blog" as promotion (own-writeup.ts), nor
  // does a reader's remark on subscribing count "subscribe" (subscribe-remark.ts), nor advice to
  // subscribe to a public body's alerts (public-service.ts), nor a plug quoted (reader-remarks.ts).
  const writeUp = isOwnWriteUp(n);
  const { remarks, told } = readerRemarks(n);
  const promotion = writeUp ? 0 : countSelfPromotion(withoutSubscribeRemarks(n.text, remarks));
  set(AT['self-promotion'], logCount(promotion), promotion);
  const calls = countCallsToAction(n.text);
  set(AT['call-to-action'], logCount(calls), calls);
  const offers = countMoneyOffers(n.text);
  set(AT['money-offer'], logCount(offers), offers);
  const recovery = countRecoveryScam(n.text, n.emails + n.phones + n.urls.length);
  set(AT['recovery-scam'], logCount(recovery), recovery);
  const referrals = countReferralLinks(n.urls);
  set(AT['referral-link'], logCount(referrals), referrals);
  const ownChannel = countOwnChannel(told);
  set(AT['own-channel'], logCount(ownChannel), ownChannel);
  // A plea for views for the writer's own work, or a plug beside a link that is neither a reference
  // nor reputable (creator-plea.ts); it counts as the writer's own promotion in the guards below.
  const pleas = countCreatorPleas(n.text, n.domains.length > references + reputable);
  set(AT['creator-plea'], logCount(pleas), pleas);
  const own = ownChannel + pleas;
  const bare = isBareLink(n.text, n.urls, n.domains, isReferenceDomain) ? 1 : 0;
  const offerPhrases = withoutWarnedOffers(n, offerCounts(n));
  // The reply chain's seed leaving no way to reach its writer counts once, held (contactless-claim.ts).
  const contactless = trimContactlessClaim(n, offerPhrases, EARNINGS_INDEX);
  let anyOffer = false;
  let offerSum = 0;
  for (let i = 0; i < offerPhrases.length; i++) {
    const c = offerPhrases[i] as number;
    set(OFFER_AT[i] as number, logCount(c), c);
    if (c !== 0) anyOffer = true;
    if (i !== MESSENGER_INDEX) offerSum += c;
  }
  // A source is no source in a comment that offers or promises money (own-promotion.ts).
  const cited =
    offers + offerSum === 0 &&
    (writeUp || isCitedSource(n.text, n.urls, n.domains, isReferenceDomain)) &&
    !claimsEarnings(n.text)
      ? 1
      : 0;
  // A sensational or endorsement opener beside a money promise and a link (fake-news-ad.ts).
  const fakeNews = isFakeNewsAd(n.text, n.urls.length, references > 0, lookalikes > 0) ? 1 : 0;
  set(AT['fake-news-ad'], fakeNews, fakeNews);
  // A reader's own subscription or remark on subscribing, asking nothing (reader-subscription.ts).
  set(AT['reader-subscription'], ...readerSubscription(n, remarks.length, promotion + calls + own));

  set(AT['honeypot'], honeypotSignal(input.honeypot ?? input.form?.honeypot), 1);
  if (input.form) {
    const [fast, expired, invalid] = formSignals(input.form);
    set(AT['form-too-fast'], fast, Math.max(0, Math.round(input.form.formAgeSeconds ?? 0)));
    set(AT['form-expired'], expired, 1);
    set(AT['form-token-invalid'], invalid, 1);
  }
  const ctx = input.context ?? {};
  const authorDomain = input.url ? domainOf(input.url) : '';
  if (ctx.spamDomains && ctx.spamDomains.size > 0) {
    const linked = [...n.domains, authorDomain].filter((d) => d !== '');
    const bad = linked.filter(
      (d) => ctx.spamDomains?.has(registrableDomain(d)) || ctx.spamDomains?.has(d),
    ).length;
    set(AT['spam-domain'], logCount(bad), bad);
  }
  set(AT['author-url'], authorDomain === '' ? 0 : 1, 1);
  const signed = signoffEvidence(n.plain, input.author, input.url); // praise, then a firm's sign-off
  // A keyword name, a website named for a spam trade, or both (author-anchor.ts).
  const {
    keywords: authorKeywords,
    value: anchorValue,
    site,
  } = authorAnchor(input.author, input.url, signed.byAuthor);
  set(AT['keyword-author'], anchorValue, authorKeywords);
  if (input.article?.text) {
    const cosine = cosineSimilarity(termVector(n.text), articleVector(input.article.text));
    const value = relevanceSignal(cosine);
    set(AT['relevance'], value, value);
  }
  const age = input.article?.ageDays ?? null;
  set(AT['article-age'], articleAgeSignal(age), Math.round(age ?? 0));
  // The author's history is theirs alone; what others did from the same IP is a separate signal.
  const spamBefore = ctx.spamByEmail ?? 0;
  const approvedBefore = ctx.approvedByEmail ?? 0;
  set(AT['author-spam-history'], logCount(spamBefore), spamBefore);
  set(AT['author-approved-history'], logCount(approvedBefore), approvedBefore);
  set(AT['ip-spam-history'], logCount(ctx.spamByIp ?? 0), ctx.spamByIp ?? 0);
  set(AT['ip-approved-history'], logCount(ctx.approvedByIp ?? 0), ctx.approvedByIp ?? 0);
  set(AT['ip-burst'], burstSignal(ctx.recentFromIp, 2), ctx.recentFromIp ?? 0);
  set(AT['network-burst'], burstSignal(ctx.recentFromNetwork, 5), ctx.recentFromNetwork ?? 0);
  set(AT['near-duplicate'], logCount(ctx.similarRecent ?? 0), ctx.similarRecent ?? 0);
  const markedSpam = ctx.similarModeratedSpam ?? 0;
  set(AT['similar-to-marked-spam'], logCount(markedSpam), markedSpam);
  set(AT['link-many-articles'], burstSignal(ctx.sameLinkArticles, 1), ctx.sameLinkArticles ?? 0);
  set(
    AT['upstream-verdict'],
    upstreamSignalValue(ctx.upstream, ctx.upstreamNetwork),
    upstreamSignalCount(ctx.upstream, ctx.upstreamNetwork),
  );
  set(AT['network-campaign'], ctx.networkCampaign?.value ?? 0, ctx.networkCampaign?.sites ?? 0);
  const known = ctx.approvedByEmail !== undefined || ctx.approvedByIp !== undefined;
  // Generic praise and nothing else, and spun templates beside an anchor (praise-evidence.ts).
  const {
    praiseOnly: praiseOnlyText,
    templates,
    tailed,
  } = praiseEvidence(n.text, n.urls.length, authorDomain !== '');
  const commercial = commercialSignals(n, {
    raw: input.content,
    approved: known ? approvedBefore : null,
    authorAnchor: authorKeywords > 0,
    praiseOnly: praiseOnlyText || signed.praiseOnly,
    praiseTemplate: templates > 0,
    signoff: signed.praised,
  });
  for (let i = 0; i < COMMERCIAL_SIGNAL_CODES.length; i++)
    set(COMMERCIAL_AT[i] as number, commercial.values[i] ?? 0, commercial.counts[i] ?? 0);
  // The seller's voice with a way to buy: service-pitch.ts's phrases or advert-grammar.ts's shape.
  const pitch = commercial.readerCase > 0 ? 0 : countSellerVoice(n, n.urls.length - references - reputable);
  set(AT['service-pitch'], logCount(pitch), pitch);
  // A public or relief body's number (civic-notice.ts) or a reader's own bank's (3), offering nothing.
  const body =
    n.phones === 0 ? 0 : PUBLIC_BODY.test(n.text) ? 1 : civicNotice(n.text) ? 2 : commercial.readerCase;
  const publicNumber =
    body > 0 &&
    n.urls.length === references + reputable &&
    promotion + Math.max(0, calls - commercial.publicCalls) + own === 0 &&
    (commercial.counts[COMMERCIAL_INDEX.brandSupport] ?? 0) +
      (commercial.counts[COMMERCIAL_INDEX.sitePromotion] ?? 0) ===
      0 &&
    !anyOffer &&
    pitch === 0
      ? 1
      : 0;
  set(AT['public-body-number'], publicNumber, publicNumber === 1 ? n.phones : 0);
  set(AT['praise-template'], logCount(templates), templates);
  // Praise and nothing else (or a spun template before a keyword tail) beside an anchor, or before
  // the author's own sign-off: the SEO comment in full (praise-only.ts). Not under a person's name.
  const anchored = authorKeywords > 0 || (commercial.counts[COMMERCIAL_INDEX.seoAnchor] ?? 0) > 0;
  const praised = praiseOnlyText || (templates > 0 && tailed);
  const praiseOnly = (anchored && praised) || (signed.praiseOnly && authorKeywords > 0) ? 1 : 0;
  set(AT['praise-only'], praiseOnly, praiseOnly);
  const likeBait = isLikeBait(n.text) ? 1 : 0;
  set(AT['like-bait'], likeBait, likeBait);
  // Tax, customs and trade paperwork, in a comment that sells, promotes, links and gives a contact
  // for nothing (trade-paperwork.ts).
  const paperwork =
    n.urls.length + n.emails + n.phones + promotion + calls + own + offers === 0 &&
    (commercial.counts[COMMERCIAL_INDEX.sitePromotion] ?? 0) === 0 &&
    !anyOffer
      ? tradePaperwork(n.text)
      : 0;
  set(AT['trade-paperwork'], paperwork, paperwork);
  // An offer with a way to buy: an offer family's phrase other than the messenger contact, or a
  // fund-recovery testimonial, and a channel (a non-reference link, e-mail, phone, handle, website).
  const offerFamilies = recovery + offerSum;
  const channels =
    Math.max(0, n.urls.length - references) +
    n.emails +
    n.phones +
    (offerPhrases[MESSENGER_INDEX] ?? 0) +
    (authorDomain !== '' ? 1 : 0);
  const offerWithChannel = offerFamilies > 0 && (channels > 0 || NAMED_CHANNEL.test(n.text)) ? 1 : 0;
  set(AT['offer-with-channel'], offerWithChannel, offerWithChannel);
  // A free-mail address written to dodge filters ("name [at] gmail [dot] com"; disguised-email.ts).
  set(AT['disguised-email'], n.disguisedEmails > 0 ? 1 : 0, n.disguisedEmails);
  // A reputable host (a news outlet, a think tank, a map of a place; reputable.ts) is a reference only
  // in a comment that links nowhere else and sells, promotes, praises and contacts nothing: it
  // launders no offer, no phone number and no scam.
  // A video counts with them when the comment says it is a press conference's or a speech's, and so
  // does a link the reader names as a public body's own channel or portal (public-service.ts).
  const owned = readerOwnedLinks(n, (u, d) => isReferenceLink(u, d) || isReputableLink(u, d, siteHost));
  reputable += owned.added;
  if (videos > 0 && references + reputable + videos === n.urls.length && namesPublicEvent(n.text))
    reputable += videos;
  let selling = 0;
  for (const i of COMMERCIAL_SELLING) selling += commercial.counts[i] ?? 0;
  const shownPhones = publicNumber === 1 ? 0 : n.phones;
  // A comment that sells, promotes, praises and contacts nothing: a reputable host is a source in it,
  // and a link in a command or code pasted (pasted-links.ts) no promotional link.
  const quiet =
    (mayUncount(n, commercial.counts[COMMERCIAL_INDEX.technical] ?? 0) ||
      (reputable > 0 && references + reputable === n.urls.length) ||
      owned.links > 0) &&
    n.emails + shownPhones + n.disguisedEmails + offers + offerFamilies + promotion + calls + own === 0 &&
    referrals + pitch + templates + selling + fakeNews + authorKeywords === 0 &&
    !anyOffer &&
    !praiseOnlyText &&
    !promisesMoney(n.text);
  const cites = quiet && reputable > 0 && references + reputable === n.urls.length ? reputable : 0;
  const referenced = references + cites;
  set(AT['reference-link'], referenced > 0 ? 1 : 0, referenced);
  // Bare and cited links count as before where no reputable link is credited (a reference counts
  // once); a civic notice's number and credited links lose their kind and count (civic-notice.ts).
  set(AT['bare-link'], cites > 0 ? 0 : bare, cites > 0 ? 0 : bare);
  set(AT['cited-source'], cites > 0 ? 0 : cited, cites > 0 ? 0 : cited);
  if (publicNumber === 1 && body === 2) quietCivic((c) => set(AT[c], 0, 0), referenced === n.urls.length);
  // Links to nobody's site and links in pasted code leave `links` and `link-density` (pasted-links.ts).
  const lists = listSignals(ctx, set);
  let notes = quiet ? uncountLinks(n, urlChars, set, lists.notes) : lists.notes;
  if (quiet && owned.links > 0 && references + reputable === n.urls.length)
    notes = uncountPublicLinks(n, urlChars, owned, set, notes);
  if (writeUp && cited === 1 && cites === 0) notes = ownWriteUpNote(notes);
  notes = tradeAddressNotes(
    notes,
    site,
    anchorValue === 2,
    commercial.siteWords,
    commercial.counts[COMMERCIAL_INDEX.seoAnchor],
  );
  if (!contactless) return { normalized, features, signals, counts, notes, hold: lists.hold };
  return {
    normalized,
    features,
    signals,
    counts,
    notes: contactlessClaimNote(notes),
    hold: true,
    holdAtMost: CONTACTLESS_HOLD_AT_MOST,
  };
}
