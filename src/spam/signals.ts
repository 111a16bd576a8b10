import { COMMERCIAL_SIGNAL_CODES, COMMERCIAL_SIGNAL_INFO } from './commercial.ts';
import { DISPOSABLE_EMAIL_WEIGHT } from './lists/explain.ts';
import { FIRST_OFFER_SIGNAL_CODES, LATER_OFFER_SIGNAL_CODES, MARKET_OFFER_SIGNAL_CODES } from './offers.ts';
import { OFFER_SIGNAL_INFO } from './offer-signal-info.ts';
import { plural } from './signal-message.ts';
import type { ListHit } from './lists/matcher.ts';
import { type UpstreamOutcome, UPSTREAM_WEIGHT } from './upstream.ts';

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

/** Fixed weight of `own-channel` when scoring (log-odds per log2(1 + phrases)). */
export const OWN_CHANNEL_WEIGHT = 4;
/** The weight of `own-channel` in training (`trainingWeight`). */
export const OWN_CHANNEL_TRAINING_WEIGHT = 2;
/** Fixed weight of `reader-subscription` (log-odds, 0/1). */
export const READER_SUBSCRIPTION_WEIGHT = -3;
/** Fixed weight of `praise-template` (log-odds per log2(1 + sentences)). */
export const PRAISE_TEMPLATE_WEIGHT = 2;
/** Fixed weight of `trade-paperwork` (log-odds, 0/1). */
export const TRADE_PAPERWORK_WEIGHT = -2;
/** Fixed weight of `offer-with-channel` (log-odds, 0/1). */
export const OFFER_WITH_CHANNEL_WEIGHT = 1.5;
/** Fixed weight of `service-pitch` (log-odds per log2(1 + phrases)). */
export const SERVICE_PITCH_WEIGHT = 2.5;
/** Fixed weight of `bare-link` (log-odds, 0/1). */
export const BARE_LINK_WEIGHT = 1.5;

/** Prior weight (log-odds per unit of value) and message of each signal; a `fixed` weight is set by
 * hand (see commercial.ts) and training leaves it as it is. */
export const SIGNAL_INFO: Record<
  SignalCode,
  {
    prior: number;
    fixed?: boolean;
    /**
     * A fixed signal's weight in the training logit when it differs from its weight when scoring
     * (`prior`): the words of the training comments it fires on still learn their share, and the
     * signal adds the rest when scoring a site's comments, whose words are others.
     */
    trainingWeight?: number;
    /** This signal may hold a comment for a moderator but never, by itself, send it to spam. */
    holdAtMost?: boolean;
    message: (count: number) => string;
  }
> = {
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
    message: (n) => `${plural(n, 'call to action')} ("please like", "click here", "ставьте лайки")`,
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
  // Hand-set (referral.ts): a link carrying the commenter's own referral or affiliate code. The
  // training data has 12 such comments, all spam, too few for a learned weight to move from its
  // prior (1.5 stayed 1.53); +2 is about half of what an otherwise neutral comment needs, so with the
  // link's own weight (+2 to +3 for one link) such a comment is spam unless its words say ham.
  'referral-link': {
    prior: 2,
    fixed: true,
    message: (n) => `${plural(n, 'link')} with a referral or affiliate code ("?ref=7hQk2mWz9R")`,
  },
  // Hand-set (own-promotion.ts): a call to go to the writer's own channel, page or profile ("check
  // out my channel", "subscribe to me", «подпишитесь на мой канал», 关注我的频道). The learned
  // `self-promotion` family also counts these words (about +1.6 per phrase), which leaves a
  // promotion inside a friendly paragraph published; three videos' labels cannot teach the
  // Russian and Chinese forms at all. +OWN_CHANNEL_WEIGHT for one phrase makes such a comment
  // spam unless its words are clearly a reader's, and no reader discussing an article sends
  // others to their own channel: 4, about the shipped model's bias after its shift (−3.9), so the
  // phrase alone reaches the spam threshold in words that say nothing either way. In training it
  // weighs 2 (as it did when it weighed 2 in scoring too): with 4 there, the training videos'
  // words for it ("check", "my channel", "subscribe") would learn less, and an unseen video's
  // own-channel comments in other words would gain nothing (docs/spam.md, "own-channel when
  // scoring"). It fires on no genuine comment of the videos, the news-site ham or the known
  // answers, and on 1 of 4,517 SMS messages.
  'own-channel': {
    prior: OWN_CHANNEL_WEIGHT,
    trainingWeight: OWN_CHANNEL_TRAINING_WEIGHT,
    fixed: true,
    message: (n) =>
      `${plural(n, 'call')} to visit or follow the writer's own channel or page ("check out my channel")`,
  },
  // Hand-set (own-promotion.ts): a link with at most three words around it, and nothing saying it
  // is a source (no reference site, document, citing word). Short comments pull the text model
  // towards ham (SMS's short messages), so a link dropped with "nice!" or "plz" stayed published;
  // +BARE_LINK_WEIGHT (0/1) takes such a comment with its link weights to spam, while a reader's
  // "Source: <link>", a statistics office or a PDF of a decree does not count.
  'bare-link': {
    prior: BARE_LINK_WEIGHT,
    fixed: true,
    message: () => 'a link with almost nothing said about it (not a cited source)',
  },
  // Hand-set (own-promotion.ts): a link presented as a source ("Source: <link>", "the full
  // statement: <link>", a PDF of a decree, «по данным <link>», 来源). News readers cite documents
  // and statements; the learned `links` weight (about +1.8 with its density) comes from YouTube and
  // SMS, where nobody does, and sent "Source: <link>" to spam. −1.5 as for `reference-link` (which
  // counts instead when the link is a public reference site, so the two never add up), once
  // (0/1): a campaign cannot launder itself with a pile of "sources".
  'cited-source': {
    prior: -1.5,
    fixed: true,
    message: () => 'a link cited as a source (a document, a statement, "Source:")',
  },
  // Hand-set (author-name.ts): the name the author gave reads as keywords ("Best Dentist Almaty",
  // "cheap jerseys", "roofing-pros.com", «Ремонт квартир», 上海搬家公司) and a website goes with
  // it. A comment form links that name to the website, so it is the SEO comment's anchor in the
  // author field, and praise beside it counts as `praise-with-anchor` (+2). +2, more than an
  // anchor in the text (`seo-anchor`, +1.5): the name field is where people write their name, and
  // a reader naming a business in a sentence is common, signing as one is not. Alone it stays far
  // from spam (a business owner's real comment is published); with praise that fits any article
  // it holds the comment (about −5 + 4), and further evidence (links, offers) sends it to spam.
  // Surnames that are trades ("Sarah Painter") and names in lower case with one ambiguous word
  // ("george best") do not count.
  'keyword-author': {
    prior: 2,
    fixed: true,
    message: (n) => `author name made of keywords (${plural(n, 'keyword')}), linked to a website`,
  },
  // Hand-set (reader-subscription.ts): a reader speaking of their own subscription to the
  // publication ("I subscribed to the newsletter", "as a subscriber", «подписался на рассылку»,
  // 我订阅了), with no ask, link, contact or promotion anywhere in the comment. The learned weights
  // of the subscription words come from YouTube's "subscribe to my channel" and SMS subscription
  // services (every such message in the training data is spam) and reach +4 to +6 log-odds for
  // "subscribed" or "newsletter" alone; READER_SUBSCRIPTION_WEIGHT gives most of that back, once
  // (0/1), so a reader's "I subscribed to the newsletter." is published while "subscribe to my
  // channel" never counts.
  'reader-subscription': {
    prior: READER_SUBSCRIPTION_WEIGHT,
    fixed: true,
    message: () => 'a reader speaking of their own subscription ("I subscribed to the newsletter")',
  },
  // Hand-set (analyze.ts, PUBLIC_BODY in commercial.ts): a phone number in a comment naming a
  // public body (an embassy, a consulate, a ministry, a council, the police, «консульство», 大使馆)
  // that offers, promotes and links nothing and names no brand's support line. The learned weights
  // of a number (`contact-details` about +1.1, `phone-number` +0.4) come from SMS's premium-rate
  // numbers and support scams; a reader passing on the consulate's number for visa questions sells
  // nothing. −1.5 gives one number's weight back, once (0/1): a list of numbers still counts.
  'public-body-number': {
    prior: -1.5,
    fixed: true,
    message: (n) => `${plural(n, 'phone number')} of a public body (an embassy, a ministry, the council)`,
  },
  // Hand-set (praise-template.ts): the SEO comment's template sentences ("I am extremely impressed
  // with your writing skills as well as with the layout on your blog", "just became aware of your
  // blog through Google", «платная тема или вы сами её настроили», 通过谷歌发现了你的博客), counted
  // only in a comment that links somewhere (a link, or the form's website, which the name links
  // to). They praise a blog's theme and its discovery through a search engine, which no reader of
  // a news article writes; the text model read the English ones as spam's words (+1.5 to +3) and
  // the Russian and Chinese ones not at all, so a template under "Ремонт квартир Москва" was
  // published. +2 for one (value log2(1 + sentences)): with a keyword author (+2) or a link it is
  // spam, with a person's name and a website it is held.
  'praise-template': {
    prior: PRAISE_TEMPLATE_WEIGHT,
    fixed: true,
    message: (n) =>
      `${plural(n, 'SEO praise template sentence')} ("impressed with your writing skills", "just became aware of your blog")`,
  },
  // Hand-set (trade-paperwork.ts): a reader on VAT, customs or trade paperwork ("is a VAT invoice
  // valid for a customer refund?", «НДС по счёт-фактуре», 出口退税), in a comment that offers,
  // promotes, links and gives a contact for nothing. The learned weights of "vat", "valid",
  // "customer", "refund" and "give" come from SMS prize messages (+2.6 for the genuine "we issue
  // VAT invoices … the customer has to give us a valid VAT number", 0.61, spam); −2 gives that back,
  // once (0/1). An invoice seller's words (`invoice-offer`), a phone number or a link switch it off.
  'trade-paperwork': {
    prior: TRADE_PAPERWORK_WEIGHT,
    fixed: true,
    message: () => 'a reader on VAT, customs or trade paperwork, offering nothing',
  },
  // Hand-set (analyze.ts): an offer phrase of any family (a loan, earnings, a casino, accounts, a
  // diploma, …) together with a way to buy: a link to a site that is not a public reference, an
  // e-mail address, a phone number, a messenger handle, or the form's website. A seller gives
  // a channel; a reader who mentions a loan or a lottery to report, ask or warn rarely does, and
  // the families' own guards already keep such comments from counting. Each offer phrase was meant
  // to hold a comment alone (+2.5 from about −3.5), but an English comment with many ordinary
  // words starts at −5 or lower, so a loan offer with its link (+2.5, +1.8) stayed published.
  // +1.5, once (0/1): the offer and the channel together reach the hold band, and a second family
  // or more links reach spam. No offer phrase fires on the public ham (6,688 messages) or on the
  // news-site ham (1,630 comments), so the combination adds nothing there.
  'offer-with-channel': {
    prior: OFFER_WITH_CHANNEL_WEIGHT,
    fixed: true,
    message: () =>
      'an offer with a way to buy (a link, an e-mail address, a phone number or a messenger handle)',
  },
  // Hand-set (service-pitch.ts): a business advertising its own service to the readers in the
  // seller's voice ("we offer", "100% approval", "guaranteed yield", "promo code", «оформим», «под
  // ключ», 我们提供, 包过, 稳赚不赔) together with a way to buy (a link, an e-mail, a phone number,
  // a handle, a messenger) or a price, in a comment that reports, warns about and quotes nothing
  // ("beware", "scam", «мошенники», «обещают», 骗, 所谓). Visa agencies, freight forwarders, tour
  // operators, VPN sellers, tender "consulting", property with a guaranteed yield and USDT
  // daily-interest schemes were published (0.003 to 0.14): the public data has no such pitch and
  // the text model reads their words as a reader's. +2.5 per log2(1 + phrases), as the offer
  // families: with the contact's own weight one phrase is held or spam, two are spam.
  'service-pitch': {
    prior: SERVICE_PITCH_WEIGHT,
    fixed: true,
    message: (n) =>
      `${plural(n, 'service-pitch phrase')} with a contact, a link or a price ("we offer", "100% approval", "包过")`,
  },
};
