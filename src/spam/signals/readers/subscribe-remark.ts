// Readers who speak about subscribing without asking anyone to (issue 15, 2026-12-07, evening):
// a news reader's own standing or act ("I subscribe to three regional papers", "I unsubscribed
// from their newsletter", "I'm not subscribed", "we subscribe to the weekend edition"), a reader
// complaining about being asked ("stop asking readers to subscribe", "people begging for
// subscribers"), and a fan saying what they did or think of a channel ("my brother made me
// subscribe", "she deserves more subscribers", "I unsubscribed from this channel"). The learned
// self-promotion family counts every bare "subscribe" as a call, and the words "subscribe",
// "subscribers" and "channel" weigh +4 to +6 log-odds, because in the public training data every
// comment saying them is a channel plug: "I subscribe to three regional papers and only yours
// covered …" went to spam (0.78).
//
// A remark has a subject or a frame that makes "subscribe" no ask: a first- or third-person verb
// with what was subscribed to, a negation, a past act, the verb inside "asking/begging … to", the
// subscribers someone has or deserves. Never a remark: the verb aimed at the writer or a reply
// ("I subscribed to you", "subscribe to me/mine", "subscribe back", "sub4sub", "everyone who
// subscribes", "deal?"), any comment asking readers to go somewhere (analyze.ts leaves the signal
// out beside a link, a contact, a call to action or the writer's own channel). Its spans are left
// out of the self-promotion count, and a remark counts as the reader's own subscription
// (`reader-subscription`), which gives back the words' weight once.
import { withCheapLetters } from '../../text/letter-class.ts';

// What a reader subscribes to is never the writer, a reply's addressee or "everyone".
const NOT_YOU =
  '(?!\\s+(?:to\\s+)?(?:you|ya|u|ur|your|yours|me|mine|my|everyone|every1|anyone|all|back|him\\s+back|her\\s+back)\\b)';
const EN = new RegExp(
  [
    // first person, or a named relative, present or past: "I subscribe to three papers", "we
    // subscribed to the weekend edition", "my wife subscribes to", "I unsubscribed from"
    `\\b(?:i|we|i've|we've|i\\s+have|we\\s+have|i\\s+also|we\\s+also|i\\s+only|i\\s+still|i\\s+just|i\\s+finally|(?:my|our)\\s+(?:wife|husband|father|dad|mother|mum|mom|parents|brother|sister|son|daughter|family|office|school|library|neighbour|neighbor))\\s+(?:un)?subscri(?:be|bes|bed)${NOT_YOU}`,
    // a sentence opening with the act: "Unsubscribed from the daily digest"
    '(?:^|[.!?]\\s*)unsubscribed\\s+from\\b',
    // the reader's state: "I'm not subscribed", "I was subscribed for years", "been subscribed since"
    `\\b(?:not|never|no\\s+longer|was|were|been|i'm|im|i\\s+am)\\s+(?:even\\s+|still\\s+|already\\s+)?(?:un)?subscribed${NOT_YOU}`,
    // the ask reported, not made: "stop asking readers to subscribe", "begging for subscribers",
    // "a pop-up asking me to subscribe", "made me subscribe"
    '\\b(?:ask(?:s|ed|ing)?|beg(?:s|ged|ging)?|tell(?:s|ing)?|told|nag(?:s|ged|ging)?|pester(?:s|ed|ing)?|forc(?:e|es|ed|ing)|pressur(?:e|es|ed|ing)|remind(?:s|ing)?)\\s+(?:\\w+\\s+){0,2}?(?:to\\s+)?(?:subscribe|sub)\\b(?!\\s+(?:to\\s+)?(?:my|mine|me|him|her|them|this\\s+channel)\\b)',
    '\\bbeg(?:s|ged|ging)?\\s+for\\s+(?:subs|subscribers|subscriptions)\\b',
    '\\b(?:made|makes|make|got|forced|convinced)\\s+(?:me|us)\\s+(?:to\\s+)?subscribe\\b',
    // the subscribers someone has, deserves or lost: "she deserves more subscribers"
    '\\b(?:deserves?|deserved|lost|loses|losing)\\s+(?:way\\s+|so\\s+|a\\s+lot\\s+|many\\s+|much\\s+)?(?:more\\s+)?(?:subs|subscribers)\\b',
  ].join('|'),
  'g',
);

// Russian and Chinese: the reader's own cancellation, the ask reported, the subscribers someone
// deserves (the reader's own «подписался» and 我订阅了 are reader-subscription.ts's).
const OTHER = new RegExp(
  withCheapLetters(
    [
      '(?<![\\p{L}])(?:я\\s+)?отписал(?:ся|ась|ись)(?![\\p{L}])(?!\\s+от\\s+(?:тебя|вас)(?![\\p{L}]))',
      '(?<![\\p{L}])(?:проси\\p{L}*|прося\\p{L}*|клянч\\p{L}*|выпрашива\\p{L}*|умоля\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}?подпис\\p{L}*',
      '(?<![\\p{L}])заслужива\\p{L}*\\s+(?:больше\\s+)?подписчик\\p{L}*',
      '取消(?:了)?订阅|取消(?:了)?訂閱|逼我订阅|逼我訂閱|值得更多(?:的)?(?:订阅|訂閱)',
    ].join('|'),
  ),
  'gu',
);

// The writer's own channel or a swap of subscriptions anywhere in the comment: a plug, never a remark.
const PLUG =
  /\bsub\s*(?:4|for)\s*sub\b|\bsub(?:scribe)?\s+back\b|\bsubscribe\s+to\s+(?:me|mine|my|his|her|them)\b|\b(?:to|on)\s+mine\b|\bmy\s+(?:channel|videos?|covers?|music|page)\b|\bdeal\s*\?|\bcomment\s+["']?done\b|в\s+ответ|взаимн|мой\s+канал|на\s+меня|回订|回訂|互相订阅|互相訂閱|互粉|我的频道|我的頻道|订阅我|訂閱我/;
const GUARD = /subscri|\bsubs\b|отписал|подпис|订阅|訂閱/;
const NON_LATIN = /[\u0400-\u04ff\u3400-\u9fff]/;

/** The spans of a normalised text where a reader speaks about subscribing without asking, in order. */
export function subscribeRemarks(text: string): [number, number][] {
  if (!GUARD.test(text) || PLUG.test(text)) return [];
  const spans: [number, number][] = [];
  for (const re of NON_LATIN.test(text) ? [EN, OTHER] : [EN]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** The text with each remark's span blanked, for the self-promotion count (the same length). */
export function withoutSubscribeRemarks(text: string, spans: readonly [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [from, to] of spans) {
    if (from < at) continue;
    out += text.slice(at, from) + ' '.repeat(to - from);
    at = to;
  }
  return out + text.slice(at);
}
