import { COMMERCIAL_SIGNAL_CODES, COMMERCIAL_SIGNAL_INFO } from './commercial.ts';
import { DISPOSABLE_EMAIL_WEIGHT } from '../lists/explain.ts';
import {
  FIRST_OFFER_SIGNAL_CODES,
  LATER_OFFER_SIGNAL_CODES,
  MARKET_OFFER_SIGNAL_CODES,
  SCAM_OFFER_SIGNAL_CODES,
  CONTACT_OFFER_SIGNAL_CODES,
  PRODUCT_OFFER_SIGNAL_CODES,
} from './offers/offers.ts';
import { OFFER_SIGNAL_INFO } from './offers/offer-signal-info.ts';
import { HAND_SET_SIGNAL_INFO } from './hand-set-signal-info.ts';
import { plural, type SignalInfo } from './signal-message.ts';
import type { ListHit } from '../lists/matcher.ts';
import { type UpstreamOutcome, UPSTREAM_WEIGHT } from '../network/upstream.ts';

// The spam signals: each is a plain function of plain values returning a feature value (0 means
// "no evidence"). The model multiplies each value by a weight; the table below gives every signal
// a stable code, a prior weight (used until data teaches otherwise) and a human message.

/** Form integrity inputs; the HMAC token check itself happens outside this module. */
export interface FormEvidence {
  /** Value of the hidden honeypot field (anything non-blank means a bot filled it). */
  honeypot?: string | null;
  /** Seconds between rendering the form and submitting it; null when the token carried none. */
  formAgeSeconds: number | null;
  /** Whether the signed form token was present and verified. */
  tokenValid: boolean;
}

/** Counts a caller looks up about the author and the recent past (all optional). */
export interface ContextEvidence {
  /** Link domains (registrable, lower case) seen in comments marked spam before. */
  spamDomains?: ReadonlySet<string>;
  /** Earlier approved comments of this author (one identity: the email, or a verified account). */
  approvedByEmail?: number;
  /** Earlier spam of this author. */
  spamByEmail?: number;
  /**
   * Earlier approved comments from this IP address by anyone: an office, a university or a mobile
   * carrier shares one, so this is the address's reputation, never the author's history.
   */
  approvedByIp?: number;
  /** Earlier spam from this IP address by anyone. */
  spamByIp?: number;
  /** Comments from the same IP in the recent window (e.g. the last hour), this one excluded. */
  recentFromIp?: number;
  /** Comments from the same /24 (IPv4) or /64 (IPv6) network in the recent window. */
  recentFromNetwork?: number;
  /** Near-duplicates of this text across the site in the last days (see minhash.ts). */
  similarRecent?: number;
  /** Near-duplicates of this text among the comments moderators marked spam. */
  similarModeratedSpam?: number;
  /** Distinct articles on which this comment's links were posted recently. */
  sameLinkArticles?: number;
  /** Entries of the operator's reputation lists this comment matched (lists/matcher.ts). */
  listHits?: readonly ListHit[];
  /** The disposable-mail domain of the author's e-mail address, when it is one (lists/disposable.ts). */
  disposableDomain?: string | null;
  /** What the upstream service (SPAM_UPSTREAM_URL) answered; absent when it was not asked. */
  upstream?: UpstreamOutcome | null;
  /** A Silkpress hub's network evidence in that answer (log-odds; see upstream.ts). */
  upstreamNetwork?: number | null;
  /** A hub's campaign memory: how strongly a campaign its API clients reported matches (0..1). */
  networkCampaign?: { value: number; sites: number } | null;
}

/**
 * The stable codes of all signals, in the order of the model's signal weights (new ones go at the
 * end: a stored model knowing fewer signals keeps their priors). `author-*-history` counts one
 * author's own comments; `ip-*-history` is the IP address's reputation, whoever used it.
 */
export const SIGNAL_CODES = [
  'links',
  'link-density',
  'url-shortener',
  'contact-details',
  'all-caps',
  'repeated-chars',
  'invisible-chars',
  'mixed-script',
  'honeypot',
  'form-too-fast',
  'form-expired',
  'form-token-invalid',
  'spam-domain',
  'author-url',
  'relevance',
  'article-age',
  'author-spam-history',
  'author-approved-history',
  'ip-burst',
  'network-burst',
  'near-duplicate',
  'link-many-articles',
  'self-promotion',
  ...COMMERCIAL_SIGNAL_CODES,
  'similar-to-marked-spam',
  'ip-spam-history',
  'ip-approved-history',
  'list-ip',
  'list-domain',
  'list-email',
  'list-username',
  'disposable-email',
  'upstream-verdict',
  'network-campaign',
  'call-to-action',
  'money-offer',
  'recovery-scam',
  'reference-link',
  ...FIRST_OFFER_SIGNAL_CODES,
  'referral-link',
  'own-channel',
  'bare-link',
  'cited-source',
  'keyword-author',
  ...LATER_OFFER_SIGNAL_CODES,
  'reader-subscription',
  'public-body-number',
  ...MARKET_OFFER_SIGNAL_CODES,
  'praise-template',
  'trade-paperwork',
  'offer-with-channel',
  'service-pitch',
  'praise-only',
  'like-bait',
  ...SCAM_OFFER_SIGNAL_CODES,
  ...CONTACT_OFFER_SIGNAL_CODES,
  'disguised-email',
  ...PRODUCT_OFFER_SIGNAL_CODES,
  'creator-plea',
  'fake-news-ad',
] as const;

/** Code of one signal. */
export type SignalCode = (typeof SIGNAL_CODES)[number];

/**
 * Signals whose counts are other people's comments (the same IP address or network, similar texts,
 * the same link elsewhere): moderators see them; a person's data export does not list them.
 */
const SHARED_ACTIVITY_CODES: readonly SignalCode[] = [
  'ip-burst',
  'network-burst',
  'near-duplicate',
  'link-many-articles',
  'similar-to-marked-spam',
  'ip-spam-history',
  'ip-approved-history',
  'upstream-verdict',
  'network-campaign',
];
export const SHARED_ACTIVITY_SIGNALS: ReadonlySet<string> = new Set<SignalCode>(SHARED_ACTIVITY_CODES);

/**
 * Signals whose value comes from what the scorer remembers (its history of comments and
 * decisions, its lists, the reports it received, its own upstream), not from the comment itself.
 * On a hub these are the network's evidence, which the asking site cannot see: the hub tells it
 * their sum (with what its moderators' decisions taught the text model) so that the site counts
 * that part of the hub's verdict, and not the text it scores itself a second time.
 */
export const MEMORY_SIGNALS: ReadonlySet<SignalCode> = new Set<SignalCode>([
  // Other people's comments, the scorer's history of them, and its upstream and campaign memory.
  ...SHARED_ACTIVITY_CODES,
  'spam-domain',
  'author-spam-history',
  'author-approved-history',
  'first-time-link',
  'list-ip',
  'list-domain',
  'list-email',
  'list-username',
]);

/** Prior weight (log-odds per unit of value) and message of each signal; a `fixed` weight is set by
 * hand (see commercial.ts) and training leaves it as it is. */
export const SIGNAL_INFO: Record<SignalCode, SignalInfo> = {
  links: { prior: 1, message: (n) => plural(n, 'link') },
  'link-density': { prior: 1, message: (n) => `links are ${Math.round(n * 100)}% of the text` },
  'url-shortener': { prior: 1.5, message: (n) => `${plural(n, 'link')} to a URL shortener` },
  'contact-details': {
    prior: 0.5,
    message: (n) => `${plural(n, 'email address or phone number', 'email addresses or phone numbers')}`,
  },
  'all-caps': { prior: 0.8, message: (n) => `${Math.round(n * 100)}% capital letters` },
  'repeated-chars': { prior: 0.3, message: (n) => `a character repeated ${n} times` },
  'invisible-chars': { prior: 2, message: (n) => plural(n, 'invisible character') },
  'mixed-script': {
    prior: 1.5,
    message: (n) => `${plural(n, 'word')} mixing Latin and Cyrillic/Greek letters`,
  },
  honeypot: { prior: 16, message: () => 'hidden honeypot field filled in' },
  'form-too-fast': { prior: 3, message: (n) => `form sent ${n} s after it was shown` },
  'form-expired': { prior: 2, message: () => 'form older than a day' },
  'form-token-invalid': { prior: 4, message: () => 'form token missing or forged' },
  'spam-domain': { prior: 3, message: (n) => `${plural(n, 'link')} to domains seen in spam` },
  'author-url': { prior: 0.3, message: () => 'author website given' },
  relevance: {
    prior: 0.7,
    message: (n) => (n > 0 ? 'off-topic for the article' : 'on topic for the article'),
  },
  'article-age': { prior: 0.7, message: (n) => `article is ${n} days old` },
  'author-spam-history': { prior: 2, message: (n) => `author has ${plural(n, 'earlier spam comment')}` },
  'author-approved-history': { prior: -1.5, message: (n) => `author has ${plural(n, 'approved comment')}` },
  'ip-burst': { prior: 1.2, message: (n) => `${plural(n, 'comment')} from this IP recently` },
  'network-burst': { prior: 0.6, message: (n) => `${plural(n, 'comment')} from this network recently` },
  'near-duplicate': { prior: 1, message: (n) => `similar to ${plural(n, 'recent comment')}` },
  'link-many-articles': { prior: 1.5, message: (n) => `same link posted on ${n} articles` },
  'ip-spam-history': {
    prior: 1,
    message: (n) => `${plural(n, 'earlier spam comment')} from this IP address (anyone using it)`,
  },
  'ip-approved-history': {
    prior: -0.5,
    message: (n) => `${plural(n, 'approved comment')} from this IP address (anyone using it)`,
  },
  'self-promotion': {
    prior: 1,
    message: (n) => `${plural(n, 'self-promotion phrase')} ("my channel", "subscribe", "check out")`,
  },
  // Learned weights (appeals.ts): the English phrases are in the training data, the Russian and
  // Chinese ones share their weight.
  'call-to-action': {
    prior: 0.5,
    message: (n) =>
      `${plural(n, 'call to action', 'calls to action')} ("please like", "click here", "ставьте лайки")`,
  },
  'money-offer': {
    prior: 0.5,
    message: (n) => `${plural(n, 'money offer')} ("earn $200 a day", "you have won", "заработок")`,
  },
  // Hand-set (recovery.ts), like the commercial signals: the training data has none of it. A
  // fund-recovery offer or testimonial with a way to reach the "expert" is what no reader writes
  // about a loss: +2 for one phrase (about half of what an otherwise neutral comment needs), +3.2
  // for two, as much as one support phrase with its phone number.
  'recovery-scam': {
    prior: 2,
    fixed: true,
    message: (n) => `${plural(n, 'fund-recovery phrase')} with a contact ("helped me recover my bitcoin")`,
  },
  // Hand-set (url.ts): a link to a public reference site (a government, a university, Wikipedia,
  // DOI) is how a reader cites a source. The training data (YouTube, SMS) has almost none, so the
  // learned `links` weight (about +2 for one link) reads every link as spam's; −1.5 gives most of
  // it back for a comment citing such a source, once (value 0/1), so a campaign cannot launder
  // itself with a pile of Wikipedia links, and a cited link still counts a little as a link.
  'reference-link': {
    prior: -1.5,
    fixed: true,
    message: (n) => `cites ${plural(n, 'public reference site')} (government, university, Wikipedia)`,
  },
  ...COMMERCIAL_SIGNAL_INFO,
  // Hand-set (offers.ts): pharmacy, casino, essay-mill, investment, weight-loss, replica, dating
  // and messenger-contact offers, which the training data barely has.
  ...OFFER_SIGNAL_INFO,
  // Moderators' earlier decisions: a campaign's next comment looks like the ones they marked.
  'similar-to-marked-spam': {
    prior: 3,
    message: (n) => `similar to ${plural(n, 'comment')} moderators marked spam`,
  },
  // Reputation lists (docs/spam.md, "Reputation lists"): the value is the sum of the weights the
  // operator gave the lists that matched, so the weight here is 1 and fixed; the verdict quotes
  // each list and entry instead of these generic messages.
  'list-ip': { prior: 1, fixed: true, message: (n) => `IP address on ${plural(n, 'reputation list')}` },
  'list-domain': { prior: 1, fixed: true, message: (n) => `${plural(n, 'domain')} on reputation lists` },
  'list-email': {
    prior: 1,
    fixed: true,
    message: (n) => `e-mail address on ${plural(n, 'reputation list')}`,
  },
  'list-username': {
    prior: 1,
    fixed: true,
    message: (n) => `author name on ${plural(n, 'reputation list')}`,
  },
  // Never enough alone to send a comment to spam (verdict.ts caps it at hold).
  'disposable-email': {
    prior: DISPOSABLE_EMAIL_WEIGHT,
    fixed: true,
    holdAtMost: true,
    message: () => 'e-mail address at a disposable-mail domain',
  },
  // The upstream service's answer (docs/spam.md, "The network"): hand-set, since what another
  // service knows cannot be learned from this site's data. Spam (1) outweighs ordinary ham
  // (about −2 to −5); a discard pro-tip counts 1.5; ham nothing. A Silkpress hub's answer counts
  // only its network evidence (upstream.ts: the text is this site's own evidence, counted once);
  // the count is then negative (upstreamSignalCount).
  'upstream-verdict': {
    prior: UPSTREAM_WEIGHT,
    fixed: true,
    message: (n) => {
      const said =
        Math.abs(n) >= 1.5 ? 'says spam (discard)' : Math.abs(n) >= 1 ? 'says spam' : 'asks for a moderator';
      return n < 0
        ? `the upstream service ${said}: counted its network's evidence only`
        : `the upstream service ${said}`;
    },
  },
  // A hub's campaign memory (docs/spam.md, "The hub"): value 1 when the text or a link matches a
  // campaign its API clients reported (½ for an IP range, an author pattern or a platform link
  // alone); the count is how many clients' reports make it up. Hand-set, like upstream-verdict.
  'network-campaign': {
    prior: 6,
    fixed: true,
    message: (n) => `a campaign reported as spam by ${plural(n, 'site')} of this hub's network`,
  },
  ...HAND_SET_SIGNAL_INFO,
};
