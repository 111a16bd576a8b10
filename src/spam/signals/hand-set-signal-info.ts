// The hand-set signals that came after the learned ones (referral links, the writer's own
// channel, bare and cited links, keyword authors, a reader's subscription, a public body's number,
// praise templates, trade paperwork, offers with a channel, service pitches): each weight with the
// reasoning that set it, since the public training data cannot teach it.
import { plural, type SignalInfo } from './signal-message.ts';

/** Fixed weight of `own-channel` when scoring (log-odds per log2(1 + phrases)). */
export const OWN_CHANNEL_WEIGHT = 4;
/** The weight of `own-channel` in training (`trainingWeight`). */
export const OWN_CHANNEL_TRAINING_WEIGHT = 1;
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
/** Fixed weight of `like-bait` when scoring (log-odds, 0/1). */
export const LIKE_BAIT_WEIGHT = 4;
/** Fixed weight of `praise-only` (log-odds, 0/1). */
export const PRAISE_ONLY_WEIGHT = 2.5;
/** Fixed weight of `disguised-email` (log-odds, 0/1). */
export const DISGUISED_EMAIL_WEIGHT = 2;
/** Fixed weight of `creator-plea` when scoring (log-odds per log2(1 + pleas)). */
export const CREATOR_PLEA_WEIGHT = 4;
/** The weight of `creator-plea` in training (`trainingWeight`), as own-channel's. */
export const CREATOR_PLEA_TRAINING_WEIGHT = 0;
/** Fixed weight of `fake-news-ad` (log-odds, 0/1). */
export const FAKE_NEWS_AD_WEIGHT = 2.5;
/** The weight of `fake-news-ad` in training (`trainingWeight`): the training data has none. */
export const FAKE_NEWS_AD_TRAINING_WEIGHT = 0;
/** Fixed weight of `bare-link` (log-odds, 0/1). */
export const BARE_LINK_WEIGHT = 1.5;

/** The codes of these signals (SIGNAL_CODES in signals.ts gives their place in the model). */
type HandSetSignalCode =
  | 'referral-link'
  | 'own-channel'
  | 'bare-link'
  | 'cited-source'
  | 'keyword-author'
  | 'reader-subscription'
  | 'public-body-number'
  | 'praise-template'
  | 'trade-paperwork'
  | 'offer-with-channel'
  | 'service-pitch'
  | 'praise-only'
  | 'like-bait'
  | 'disguised-email'
  | 'creator-plea'
  | 'fake-news-ad';

/** The hand-set signals' weights and messages, spread into SIGNAL_INFO. */
export const HAND_SET_SIGNAL_INFO: Record<HandSetSignalCode, SignalInfo> = {
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
  // weighs 1: the higher it is there, the less the training videos' words for it ("check", "my
  // channel", "subscribe") learn, and an unseen video's own-channel comments in other words gain
  // nothing (docs/spam.md, "own-channel when scoring"). 2 until the misspelt forms were added
  // (issue 15, "own-channel in a hurry"): with them it fires on 21 more training comments, and at
  // 2 it took so much from the words that KatyPerry and LMFAO each lost a held-out spam and nested
  // Psy reached 2 of 174 genuine to spam; at 1 neither happens. It fires on no genuine comment of the videos, the news-site ham or the known
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
  // ("george best") do not count. Value 2 (+4) when the keyword name links to an address named for
  // a spam trade too ("payday loans" at quick-payday-cash.com, author-anchor.ts): two anchors, and
  // nothing the author said about themselves is not the advert; with the spun praise such names
  // sign (about −4.1 − 2.5 + 4 + 2 + 2.5 + 0.3) it is spam, while one anchor alone still only holds.
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
    message: (n) =>
      `${plural(n, 'phone number')} of a public body (an embassy, a ministry, the council) or of the reader's own bank or airline`,
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
  // families: with the contact's own weight one phrase is held or spam, two are spam. Since
  // 2026-12-07 the count is at least the advert grammar's (advert-grammar.ts): a Chinese or Russian
  // advert of anything, read by its shape (a private channel, several kinds of seller's cue, no
  // reader's discourse), one less than its kinds of cue, at most 4.
  'service-pitch': {
    prior: SERVICE_PITCH_WEIGHT,
    fixed: true,
    message: (n) =>
      `${plural(n, 'service-pitch phrase')} with a contact, a link or a price ("we offer", "100% approval", "包过"), or an advert's shape (a private contact, sales terms, a list)`,
  },
  // Hand-set (praise-only.ts, issue 15): the whole comment is generic praise that fits any
  // article ("Thank you for this wonderful article, keep up the good work", «Благодарю за статью,
  // было полезно», 写得真好，学习了), beside an anchor: a keyword author name linked to a website
  // (`keyword-author`), a "More info:" label or a keyword link (`seo-anchor`). That is the SEO
  // comment in full: the anchor is what it is for and the praise is there because it fits
  // anywhere. The text model reads those very words as a reader's (SMS and video ham: "thank you"
  // and "keep up the good work" alone are −2.6 log-odds), so with `keyword-author` (+2) and
  // `praise-with-anchor` (+2) a comment under "Reliable plumber Denver" stayed at 0.14, published.
  // +2.5, once (0/1), gives that back: with the keyword name it is spam (about −4.1 − 2.6 + 2 + 2 +
  // 2.5 + 0.3 > 0); a reader's praise under their own name with a website counts nothing here
  // (measured: 0.01 to 0.17 even off-topic and first-time, left published), nor does praise that
  // says what it praises.
  'praise-only': {
    prior: PRAISE_ONLY_WEIGHT,
    fixed: true,
    message: () => 'nothing but generic praise that fits any article, beside an anchor (a keyword name)',
  },
  // Hand-set (like-bait.ts, issue 15): the comment asks readers to like the comment itself ("like
  // this comment if …", «лайкните этот комментарий», 给这条评论点赞), as an imperative, not a
  // reader agreeing with one ("I like this comment"). LIKE_BAIT_WEIGHT, 0/1.
  'like-bait': {
    prior: LIKE_BAIT_WEIGHT,
    fixed: true,
    message: () => 'asks readers to like the comment itself ("like this comment if …")',
  },
  // Hand-set (disguised-email.ts): a free-mail address written so that filters miss it ("name @
  // gmail . com", "name [at] mail [dot] ru", «собака», "#163.com"). It also counts as an e-mail
  // address (contact-details, the offers' channel). No reader passing on an embassy's or a
  // ministry's address writes a free-mail one so (an institution's own disguised address does not
  // count), while letters and adverts do, to pass the filters that look for "@". +2 with the
  // address's own weight (about +1.1) takes an ordinary comment (about −3.5) to the hold band, and
  // with any offer phrase to spam; the public training data has none of it.
  'disguised-email': {
    prior: DISGUISED_EMAIL_WEIGHT,
    fixed: true,
    message: (n) =>
      `${plural(n, 'e-mail address', 'e-mail addresses')} written to dodge filters ("name [at] gmail [dot] com")`,
  },
  // Hand-set (creator-plea.ts, issue 15): the writer pleading for subscribers, views or a chance
  // for their own channel or work, or introducing themselves as a small creator ("I'm a small
  // youtuber", "it would mean a lot if you checked out some of my covers", "please subscribe",
  // «буду рад подписке», 求三连). The same writer as own-channel's, in the words that name no call
  // to a place; weighed as own-channel is (4 when scoring, 1 in training, for the same reason: a
  // heavier training weight takes what the training videos' words learn, and an unseen video's
  // pleas in other words gain nothing). No reader discussing an article pleads for subscribers.
  // Since the seventh session it also counts the same writer's plugs (video-plug.ts): YouTube's
  // share text, "sorry for the spam", "check out this channel", 'search "Artist - Song"', "like my
  // facebook page", and "check this out" beside a link neither a public reference nor reputable.
  // Since the evening session, free generators ("free iTunes codes here", «бесплатные робуксы, ссылка в
  // профиле») and Russian and Chinese subscription swaps («взаимная подписка», 互粉) too (freebie-swap.ts).
  // Since the late evening, channel calls, cover promises and one-each pleas («Подпишитесь на наш
  // канал», 关注我的公众号, "if this gets 100 likes I'll upload my cover", "one view, one like, one
  // subscribe": channel-call.ts), views and followers sold with a contact, earnings with "message me
  // on Facebook" and cam links (metric-sale.ts); and a plea that is the whole comment counts once more.
  'creator-plea': {
    prior: CREATOR_PLEA_WEIGHT,
    trainingWeight: CREATOR_PLEA_TRAINING_WEIGHT,
    fixed: true,
    message: (n) =>
      `${plural(n, 'plea or plug', 'pleas or plugs')} for the writer's own channel, video or page, a freebie or swap to lure subscribers, or views, followers or cam links for sale ("I'm a small youtuber", "please subscribe", "free robux here", "sub4sub")`,
  },
  // Hand-set (fake-news-ad.ts): the "sponsored story" scam, a sensational opener or a famous
  // name's endorsement ("Shocking report: how a teacher earned millions with this platform",
  // «Сенсация! Известный бизнесмен раскрыл секрет», 震惊！) beside a money promise and a link, with
  // no warning word and no public reference link. +2.5 as the offer families: with the link's own
  // weight it takes an ordinary comment to spam, and a reader's "shocking report" with a source and
  // no money promise never fires. 0 in training: the public training data has none (as creator-plea).
  'fake-news-ad': {
    prior: FAKE_NEWS_AD_WEIGHT,
    trainingWeight: FAKE_NEWS_AD_TRAINING_WEIGHT,
    fixed: true,
    message: () => 'a sensational or celebrity-endorsement "news story" promising money, with a link',
  },
};
