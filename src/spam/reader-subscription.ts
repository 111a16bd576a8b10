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
import { withCheapLetters } from './letter-class.ts';

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

const EN_RE = new RegExp(EN.join('|'), 'g');
const OTHER_RE = new RegExp(withCheapLetters(OTHER.join('|')), 'gu');
const GUARD = /subscri|newsletter|подпис|订阅|訂閱|订户|訂戶/;
const NON_LATIN = /[\u0400-\u04ff\u3400-\u9fff]/;

/** How many phrases of a reader's own subscription a normalised text has (0 next to any ask). */
export function countReaderSubscription(text: string): number {
  if (!GUARD.test(text) || NOT_A_READER.test(text)) return 0;
  let n = 0;
  EN_RE.lastIndex = 0;
  while (EN_RE.exec(text) !== null) n++;
  if (NON_LATIN.test(text)) {
    OTHER_RE.lastIndex = 0;
    while (OTHER_RE.exec(text) !== null) n++;
  }
  return n;
}
