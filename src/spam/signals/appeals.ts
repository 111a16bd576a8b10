// Two families of spam phrasing that carry from one site to the next better than words do, each a
// signal whose weight the model learns (English phrases are in the training data; the Russian and
// Chinese ones share the same weight, so what YouTube and SMS teach carries to those scripts):
//
// - call to action: the comment asks readers to do something for the commenter: like, share,
//   vote, donate, click, sign up, join, give it a listen ("please like this so everyone sees",
//   "ставьте лайки", "求点赞");
// - money offer: earnings, prizes and giveaways ("earn $200 a day from home", "you have won",
//   "заработок без вложений", "日赚500").
//
// Matched on normalised text (lower case, homoglyphs folded). Phrases a reader uses about the
// article ("vote in the election", "I won the raffle at work") are not in these families: each one
// needs the request or the offer's own shape (an imperative with "please", "my"/"this comment",
// money per period, "from home", "without investment").

import { atWordStarts } from './patterns.ts';
import { withCheapLetters } from '../text/letter-class.ts';

// What a reader asks a newsroom to share or check: its sources, data and figures, a date, a
// spelling, a translation ("share the source for", "check your figures", "check the date in the
// third paragraph"), after at most two small words. A shop, a channel or a video is none of them.
const REPORTING =
  '\\s+(?:(?:the|your|its|their|these|those|this|that|all|any|some|more|a|an|original|underlying|exact|full)\\s+){0,2}(?:sources?|data|dataset|figures?|numbers?|facts?|dates?|maths?|calculations?|estimates?|spelling|names?|caption|translation|transcript|methodology|map|chart|table|full\\s+text|document|study|report)\\b';

const CALL_EN = [
  // "please like / share / vote / donate / help / support / watch …". Not a reader's request about
  // the article's own reporting: "please do a follow-up", "please follow up on the decree" (the
  // noun and the phrasal verb, never "please follow me"), "please share the source / the data",
  // "please check your figures / the date" (`REPORTING`: what a newsroom publishes and corrects).
  `\\bplease\\s+(?:\\w+\\s+){0,2}?(?:like|vote|donate|support|sub|subscribe|help me|help us|watch|listen|visit|click|follow(?![- ]?ups?\\b)|(?:share|check)(?!${REPORTING})|view|comment|rate|repost|retweet|thumbs? up)\\b`,
  // "like this comment so …", "thumbs up so more people see", "share this with everyone"
  '\\b(?:like|thumbs? up|upvote|share)\\s+(?:this|my|if)\\b(?:\\s+\\w+){0,3}?\\s+(?:so|to make|for more|more people|everyone)\\b',
  // "give it a listen", "give me a chance", "take a look at my", "hit me up"
  '\\bgive\\s+(?:it|me|us|my\\s+\\w+)\\s+a\\s+(?:listen|chance|try|shot|look|view|watch)\\b',
  '\\btake\\s+a\\s+(?:look|listen|second|minute|moment)\\s+(?:at|to)\\s+(?:my|our|this)\\b',
  '\\b(?:listen|watch)\\s+(?:to\\s+)?(?:my|our)\\b',
  '\\b(?:see|check)\\s+(?:my|our)\\s+(?:new\\s+)?\\w+',
  // "click here", "click the link", "sign up", "join now", "register now", "vote for me"
  '\\bclick\\s+(?:here|the link|this link|on the link|below|my)\\b',
  '\\b(?:sign up|register|join|apply|order|buy|download|install)\\s+(?:now|today|here|free|for free)\\b',
  '\\bvote\\s+for\\s+(?:me|us|my|our)\\b',
  '\\b(?:donate|send)\\s+(?:to\\s+)?(?:me|us|my|our|bitcoins?|btc)\\b',
  '\\b(?:use|enter)\\s+(?:my|the)\\s+(?:referral|promo|invite|invitation|discount)\\s+(?:code|link)\\b',
];

const CALL_OTHER = [
  // Russian: "ставьте лайки", "поставьте лайк", "переходите по ссылке", "жмите", "репост",
  // "проголосуйте", "оцените", "пишите в личку"
  '(?<![\\p{L}])(?:ставьте|поставьте|поставь|ставь)\\s+(?:\\p{L}+\\s+)?(?:лайк|класс|плюс|оценк)\\p{L}*',
  '(?<![\\p{L}])(?:переходи|переходите|жми|жмите|кликай|кликайте|нажимай|нажимайте)(?![\\p{L}])',
  '(?<![\\p{L}])по\\s+ссылке(?![\\p{L}])',
  '(?<![\\p{L}])(?:сделайте|сделай)\\s+репост|(?<![\\p{L}])репост\\p{L}*\\s+(?:приветствуется|обязателен)',
  '(?<![\\p{L}])(?:проголосуйте|голосуйте)\\s+за\\s+(?:меня|нас|мо|наш)\\p{L}*',
  '(?<![\\p{L}])(?:пиши|пишите|обращайтесь|обращайся)\\s+(?:мне\\s+)?(?:в\\s+)?(?:лс|личку|личные|телеграм|тг|whatsapp|вотсап|директ)\\p{L}*',
  '(?<![\\p{L}])(?:регистрируйтесь|регистрируйся|присоединяйтесь|присоединяйся|вступайте|вступай)(?![\\p{L}])',
  // Chinese: "求点赞", "点赞", "转发", "点击链接", "加微信", "私信我", "扫码"
  '求(?:点赞|赞|关注|转发|支持|订阅)|点赞|點讚|转发|轉發|点击(?:链接|下方|这里)|點擊|加(?:我)?(?:微信|vx|qq|v信)|私信我|私聊|扫码|掃碼|戳链接',
];

const MONEY_EN = [
  // "earn $200 a day", "make money online", "make 5000 per week from home"
  '\\b(?:earn|make|making|earning|get paid)\\s+(?:real\\s+|extra\\s+|easy\\s+|quick\\s+|fast\\s+|big\\s+)?(?:money|cash|income|\\$|£|€|\\d)',
  '\\b(?:money|cash|income|\\d+\\s*(?:\\$|usd|dollars))\\s+(?:\\w+\\s+){0,2}?(?:online|from home|per (?:day|week|hour|month)|a (?:day|week|month)|daily|weekly)\\b',
  '\\b(?:work|working|job|jobs)\\s+(?:from|at)\\s+home\\b',
  '\\bpassive\\s+income\\b|\\bside\\s+hustle\\b|\\bget\\s+rich\\b|\\bfinancial\\s+freedom\\b',
  // prizes and giveaways: "you have won", "claim your prize", "free gift card", "giveaway"
  '\\byou(?:\\s+have|\\x27ve)?\\s+(?:been\\s+)?(?:won|selected|chosen)\\b',
  '\\bclaim\\s+(?:your|the|a)\\s+(?:\\w+\\s+)?(?:prize|reward|gift|bonus|cash)\\b',
  '\\b(?:giveaway|give away|free\\s+(?:iphone|gift|gifts|money|cash|bitcoin|btc|crypto))\\b',
  // investment offers: "invest $100 and get", "guaranteed returns", "trading signals"
  '\\b(?:invest|investment|trading)\\s+(?:\\w+\\s+){0,3}?(?:profit|returns?|signals?|guaranteed|daily)\\b',
  '\\bguaranteed\\s+(?:profit|returns?|income|income)\\b|\\b\\d+\\s*%\\s+(?:daily|weekly|profit|returns?)\\b',
];

const MONEY_OTHER = [
  // Russian: "заработок в интернете", "доход от 3000 в день", "без вложений", "удалённая работа",
  // "пассивный доход", "выиграл", "розыгрыш"
  '(?<![\\p{L}])(?:заработ|подработ|доход|прибыл)\\p{L}*(?:\\s+\\p{L}+){0,3}?\\s+(?:в\\s+(?:интернете|сети|день|неделю|месяц)|от\\s+\\d|без\\s+вложени|на\\s+дому|онлайн)',
  '(?<![\\p{L}])без\\s+(?:вложени|опыта|начальн)\\p{L}*',
  '(?<![\\p{L}])(?:удал[её]нн|дистанционн)\\p{L}*\\s+(?:работ|заработ|подработ)\\p{L}*',
  '(?<![\\p{L}])пассивн\\p{L}*\\s+доход\\p{L}*',
  '\\d+\\s*(?:₽|руб|р\\.|\\$|usd)\\p{L}*\\s+(?:в|за)\\s+(?:день|сутки|неделю|час|месяц)',
  '(?<![\\p{L}])(?:розыгрыш|разыгрыва|вы\\s+выиграли|приз\\p{L}*\\s+ждёт|получите\\s+(?:приз|бонус|подарок))\\p{L}*',
  // Chinese: "网赚", "日赚", "兼职", "在家赚钱", "躺赚", "中奖", "免费领取", "稳赚"
  '网赚|網賺|日赚|日賺|日结|日結|兼职|兼職|在家赚钱|在家賺錢|躺赚|躺賺|稳赚|穩賺|轻松赚|輕鬆賺|中奖|中獎|免费领取|免費領取|高收益|高回报|高回報',
];

// The text is lower case already: no "i" flag. Latin families without the Unicode flag (faster).
// Each kind is first tested with all its families in one alternation (one pass over the text,
// and most comments match none); only a text that matches is counted family by family, so a
// phrase that two families both describe still counts twice.
interface Kind {
  any: RegExp;
  anyOther: RegExp;
  latin: RegExp[];
  other: RegExp[];
}

// The one-pass test of the Cyrillic and CJK families need only say whether some family can match:
// it drops the letter look-arounds and reads a run of letters as a run of non-spaces ("\p{L}*" →
// "\S*"), each of which matches at least what the family does,
// and so runs without the Unicode flag and without a look-behind at every position (about half
// the time). The families themselves, exact, count.
const widen = (source: string): string =>
  source.replace(/\(\?<?!\[\\p\{L\}\]\)/g, '').replace(/\\p\{L\}([*+])/g, '\\S$1');

// A source still naming a Unicode class keeps the Unicode flag (without it "\p{L}" is literal).
function anyOf(sources: string[]): RegExp {
  const source = sources.map((s) => `(?:${s})`).join('|');
  return new RegExp(source, source.includes('\\p{') ? 'u' : '');
}

function kind(latin: readonly string[], other: readonly string[]): Kind {
  return {
    any: new RegExp(atWordStarts(latin.map((s) => `(?:${s})`).join('|'))),
    anyOther: anyOf(other.map(widen)),
    latin: latin.map((s) => new RegExp(s, 'g')),
    other: other.map((s) => new RegExp(withCheapLetters(s), 'gu')),
  };
}

const CALL = kind(CALL_EN, CALL_OTHER);
const MONEY = kind(MONEY_EN, MONEY_OTHER);

// Only Cyrillic and CJK text can match the other families.
const NOT_LATIN = /[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

function countAll(families: readonly RegExp[], text: string): number {
  let n = 0;
  for (const re of families) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) n++;
  }
  return n;
}

// Only the half that can match is counted: `any` is the Latin families' exact alternation (no
// Latin family matches where it fails), and every Cyrillic and CJK family needs a character of
// NOT_LATIN, so a Latin text never runs them (they were seven look-behind /u regexes a pass, the
// costliest regex work of a verdict; docs/spam.md, eighth session).
function count(k: Kind, text: string): number {
  const latin = k.any.test(text);
  const other = NOT_LATIN.test(text);
  if (!latin && !(other && k.anyOther.test(text))) return 0;
  return (latin ? countAll(k.latin, text) : 0) + (other ? countAll(k.other, text) : 0);
}

/** How many call-to-action phrases a normalised (lower-cased) text contains. */
export function countCallsToAction(text: string): number {
  return count(CALL, text);
}

/** How many money-offer phrases (earnings, prizes, investment returns) a normalised text contains. */
export function countMoneyOffers(text: string): number {
  return count(MONEY, text);
}
