// A reader speaking of their own subscription to the publication: "I subscribed to the newsletter",
// "Just subscribed, thanks", "as a subscriber", "the subscription page", «подписался на рассылку»,
// «оформил подписку», 我订阅了. The built-in model learned the subscription words from YouTube
// ("subscribe to my channel") and SMS (paid subscription services), where every one of them is
// spam, so "I subscribed to the newsletter." was spam (0.81) with only the words to explain it. On
// a news site the newsletter, the paper and the subscription are the publication's own, and a
// reader reporting one asks nothing of anyone.
//
// What it is not: any ask to subscribe or follow ("please subscribe", "subscribe back", "sub4sub",
// "subscribe to my channel"), a channel or a video's subscribers, a subscription service's message
// ("to unsubscribe reply STOP", "your subscription has been renewed, text …"). analyze.ts also
// leaves it out when the comment carries a link, a phone number, an e-mail address, or any call to
// action, self-promotion or own-channel phrase: the signal may only take back the weight the words
// were given, never help a comment that sends readers somewhere.
import { cheapLetters, withCheapLetters } from '../../text/letter-class.ts';
import type { NormalizedText } from '../../text/normalize.ts';

// The reader's own act or standing: "I (just) subscribed", "subscribed, thanks", "I'm a paying
// subscriber", "as a subscriber of the paper", "my subscription", "subscribers (can) see", "subscribed to the
// newsletter/paper/print edition".
const EN = [
  "\\b(?:i|i've|i have|we|we've|we have|just|finally|already|also|so)\\s+(?:just\\s+|finally\\s+|already\\s+|also\\s+|now\\s+|gladly\\s+|happily\\s+)?(?:subscribed|re-?subscribed|signed up for (?:the|your) newsletter|renewed my subscription)\\b",
  '(?:^|[.!?]\\s*)subscribed\\s*[,.!]',
  // ("I'm a subscriber" alone says not to what: a channel's subscriber writes it too)
  "\\b(?:i'm|i am|as|we're|we are)\\s+(?:a|an)\\s+(?:(?:long[- ]time|longtime|paying|digital|print|loyal|proud)\\s+subscriber\\b|subscriber\\s+(?:of|to|for|since)\\b)",
  '\\b(?:my|our)\\s+(?:annual\\s+|yearly\\s+|monthly\\s+|digital\\s+|print\\s+|student\\s+)?subscription\\b',
  '\\bsubscribers\\s+(?:can\\s+|do\\s+|will\\s+)?(?:see|get|read|have|pay)\\b',
  '\\bsubscribed\\s+to\\s+(?:the|your|this|their|his|her)\\s+(?:\\w+\\s+){0,2}?(?:newsletter|paper|newspaper|print edition|edition|magazine|digest|briefing|podcast|journal|rss|feed|bulletin)\\b',
  '\\b(?:the|your|this)\\s+(?:weekly\\s+|daily\\s+|morning\\s+|evening\\s+|email\\s+|e-mail\\s+)?newsletter\\b',
];

// Russian and Chinese: the reader's own subscription (first person past, or "my subscription").
const OTHER = [
  '(?<![\\p{L}])(?:подписал(?:ся|ась|ись)|оформил(?:а|и)?\\s+подписку|продлил(?:а|и)?\\s+подписку)\\s+(?:на\\s+)?(?:\\p{L}+\\s+)?(?:рассылк|газет|журнал|издани|новост|подписк|сайт|ваш)\\p{L}*',
  '(?<![\\p{L}])(?:я\\s+)?(?:давн\\p{L}*\\s+)?подписчик\\p{L}*\\s+(?:газеты|журнала|издания|рассылки)|(?<![\\p{L}])моя\\s+подписка',
  '我(?:已经|已經|刚|剛|早就|也)?订阅了|我(?:已经|已經|刚|剛|早就|也)?訂閱了|我是(?:你们的)?(?:老)?订户|我是(?:你們的)?(?:老)?訂戶|订阅(?:了)?(?:你们的|你們的)?(?:通讯|通訊|周报|週報|日报|日報|简报|簡報|杂志|雜誌)',
];

// Asks to subscribe or follow, channels and videos, and subscription services' messages.
const NOT_A_READER =
  /\b(?:please|pls|plz)\b|\bsub(?:scribe)?\s*(?:4|for|back|to\s+(?:me|mine|my))\b|\bsub\s*4\s*sub\b|\bchannel|\bvideos?\b|\bvlog|\byoutube|\bunsubscrib|\bstop\b|\btxt\b|\breply\b|\bto\s+you\b|\bsubscribe\s+(?:now|today|here)\b|канал|видео|ютуб|отпис|подпишись|подпишитесь|频道|頻道|视频|視頻|关注我|關注我/;

// A fan under a music video (2026-12-07, third session): their own, long-standing subscription to
// the artist's channel ("Subscribed to the official channel years ago just for this one", "been
// subscribed to their channel since 2012", «давно подписан на их официальный канал», 十年前就订阅了
// 官方频道). The artist's channel, never the writer's ("my channel") nor the one a reply addresses
// ("your channel": "I subscribed to your channel, sub back"), and said as a past fact with a time
// ("years ago", "since", "back when", «давно», «с 2013 года», 年前, 多年), not as an ask.
const FAN = cheapLetters(
  /\bsubscribed\s+to\s+(?:the|their|his|her|(?:the\s+)?[a-z]+'s)\s+(?:official\s+)?(?:vevo\s+)?channel\b|(?<!\p{L})подписан(?:а|ы)?\s+на\s+(?:(?:их|его|её|ее)\s+)?(?:официальн\p{L}*\s+)?канал(?!\p{L})|订阅了?(?:他们的|他們的|他的|她的)?官方频道|訂閱了?(?:他們的|他的|她的)?官方頻道/u,
);
const FAN_TIME = cheapLetters(
  /\b(?:years?|since|ago|back\s+when|the\s+day|first\s+album|long\s+before|for\s+(?:this|that)\s+(?:one|song|video))\b|(?<!\p{L})(?:давно|с\s+\d{4}|лет|ещё\s+когда|еще\s+когда|ради\s+(?:этой|этого))(?!\p{L})|年前|多年|早就|一直|为了这首|為了這首/u,
);
// The ask, the writer's own channel or the one a reply addresses: a channel plug, never a fan.
const NOT_A_FAN =
  /\b(?:please|pls|plz|sub\s*(?:4|for|back)|subscribe|my\s+(?:channel|videos?|covers?|music)|your\s+channel|check|follow|link|come|visit|(?:watch|see|hear)\s+my|my\s+own)\b|мой\s+канал|моём\s+канал|моем\s+канал|подпиш|заход|ссылк|我的频道|我的頻道|关注我|關注我|订阅我|訂閱我/;
const FAN_GUARD = /subscribed|подписан|订阅|訂閱/;

/** Whether a normalised text is a fan speaking of their long-standing subscription to the artist's
 * channel, asking nothing. */
function isFanSubscription(text: string): boolean {
  return FAN_GUARD.test(text) && FAN.test(text) && FAN_TIME.test(text) && !NOT_A_FAN.test(text);
}

const EN_RE = new RegExp(EN.join('|'), 'g');
const OTHER_RE = new RegExp(withCheapLetters(OTHER.join('|')), 'gu');
const GUARD = /subscri|newsletter|подпис|订阅|訂閱|订户|訂戶/;
const NON_LATIN = /[\u0400-\u04ff\u3400-\u9fff]/;

/** How many phrases of a reader's own subscription a normalised text has (0 next to any ask). */
export function countReaderSubscription(text: string): number {
  if (!GUARD.test(text)) return 0;
  if (NOT_A_READER.test(text)) return isFanSubscription(text) ? 1 : 0;
  let n = 0;
  EN_RE.lastIndex = 0;
  while (EN_RE.exec(text) !== null) n++;
  if (NON_LATIN.test(text)) {
    OTHER_RE.lastIndex = 0;
    while (OTHER_RE.exec(text) !== null) n++;
  }
  return n;
}

/**
 * The `reader-subscription` value and count of a comment: its own-subscription phrases plus the
 * remarks on subscribing found by subscribe-remark.ts, and nothing beside an ask (self-promotion,
 * calls to action, the writer's own channel: `asks`), a link or a way to reach the writer: the
 * signal may only take back the weight the words were given, never help a comment that sends
 * readers somewhere.
 */
export function readerSubscription(n: NormalizedText, remarks: number, asks: number): [number, number] {
  const count =
    asks + n.urls.length + n.emails + n.phones === 0 ? countReaderSubscription(n.text) + remarks : 0;
  return [count > 0 ? 1 : 0, count];
}
