// Comments whose point is to send readers somewhere else: to the writer's own channel, page or
// profile (`own-channel`), or to a link with next to nothing said about it (`bare-link`). Both are
// the commonest comment spam of video and social sites that carries to a news site, and both are
// hand-set (fixed weights, signals.ts), because the phrases a fresh site receives are not the ones
// three videos' labels happen to contain ("sub to me", «подпишись на мой канал», 关注我的频道).
//
// own-channel: a call to go to, watch, follow or subscribe to something that is the writer's own
// ("check out my channel", "subscribe to me", "follow me on Instagram", "if I get 100 subscribers",
// «заходите на мой канал», «подпишитесь на меня», 来看看我的视频, 求关注). What it is not: a reader
// subscribing to the newsletter, "subscribers see no ads", "check out the city archive", "follow
// the money", "my channel" for a television channel, or the site's own staff ("follow us" is not
// counted: a newsroom says it about itself). The learned `self-promotion` signal counts the wider
// family ("subscribe", "my video"); this one counts only the writer sending readers to their own
// thing, which no reader discussing an article needs to do.
//
// bare-link: a link with three words or fewer around it (a few Chinese or Japanese characters
// count as one word), unless the link or its words say it is a source: a public reference site
// (reference-link), a document (.pdf, /documents/, /reports/, a press release), a citing word
// ("source:", "statement", "report", "data", «источник», «документ», 来源, 原文, 数据), a link to a
// moment of a video (`t=2m19s`, the reader pointing at a part of the one under discussion).
// Readers on a news site cite documents and statements; they say what the link is.
//
// cited-source: the other side of bare-link. A link presented as a source (a document link, or
// "source", "statement", "report", «по данным», 来源 in the comment) is what a reader citing one
// writes; the learned link weights come from YouTube and SMS, where nobody does. Not in a comment
// that also promises or reports money made or paid out to people (an offer family or money-offer
// fires, or `claimsEarnings`): scam "news" dresses its own page up as the source ("Shocking report:
// … how he earned millions <link>", «Официальное заявление: выплаты всем гражданам …», 阅读全文).

import { atWordStarts } from './patterns.ts';
import { asksAboutLink } from './readers/site-question.ts';
import { promisesReturn } from './offers/money-promise-patterns.ts';
import { cheapLetters, withCheapLetters } from '../text/letter-class.ts';

// Things that are the writer's own when "my"/"our" precedes them.
const OWN =
  '(?:channel|chanel|channle|page|profile|account|insta(?:gram)?|twitter|tiktok|facebook|fb|soundcloud|twitch|' +
  'stream|streams|vids?|videos?|vlogs?|covers?|music|songs?|singles?|tracks?|mixtapes?|albums?|raps?|beats?|blog|website|' +
  'site|playlists?|podcast|band|shop|store|art|drawings?|photography|game|app)';

// Words that may stand between "my" and the thing: "my new youtube channel", "my own little page".
const MODIFIERS = '(?:(?:new|own|first|latest|little|youtube|yt|official|small|brand new)\\s+){0,3}';

// The writer's own work after a looser call ("check my …", "see my …"): not an account, a page, an
// app or a shop, which a reader checks or sees as their own ("I had to check my account").
const OWN_WORK =
  '(?:channel|chanel|channle|vids?|vidz|videos?|vlogs?|covers?|songs?|tracks?|mixtapes?|raps?|beats?|playlists?)';

// "subscribe" as it is spelt in a hurry: "sucscribe", "subcribe", "suscribe", "subscibe",
// "subsribe", "subscrib" (and "subscribe" itself); never "describe" or "prescribe".
const SUBSCRIBE = 'su[bcs]{1,3}r?[iy]be?';

const EN = [
  // "check out my …" whatever it is: the writer's own work by definition
  '\\b(?:check(?:ing)?|chek)\\s+out\\s+my\\b',
  // "go to my page", "subscribe to my channel", "follow my instagram", "look at my new video"
  `\\b(?:look\\s+at|watch|listen\\s+to|visit|go\\s+to|come\\s+to|stop\\s+by|drop\\s+by|head\\s+(?:over\\s+)?to|subscribe\\s+to|sub\\s+to|follow|support)\\s+(?:out\\s+)?my\\s+${MODIFIERS}${OWN}\\b`,
  // "check out our new video", "listen to our track" (a band's "our"); not "subscribe to our
  // channel" or "follow us", which a newsroom says about itself
  `\\b(?:check(?:ing)?\\s+out|listen\\s+to)\\s+our\\s+${MODIFIERS}(?:channel|vids?|videos?|covers?|music|songs?|singles?|tracks?|mixtapes?|albums?|band|soundcloud|podcast)\\b`,
  // "check me out", "check us out", "look me up"
  '\\bcheck\\s+(?:me|us)\\s+out\\b|\\blook\\s+me\\s+up\\b',
  // "subscribe to me", "sub to me", "sub me", "subscribe back", "sub4sub", "follow me on …", "add me on …";
  // "subscribe" also misspelt ("sucscribe", "subcribe", "suscribe", "subscibe") and "to" as "2"
  `\\b(?:${SUBSCRIBE}|sub)\\s+(?:(?:to|2)\\s+)?me\\b|\\b(?:${SUBSCRIBE}|sub)\\s+back\\b|\\bsub\\s*(?:4|for|2)\\s*sub\\b`,
  // "follow 4 follow", "like 4 like", "f4f", "l4l" (never "like for like", a comparison's words)
  '\\bfollow\\s*(?:4|for)\\s*follow\\b|\\blike\\s*4\\s*like\\b|\\b(?:f4f|l4l|s4s)\\b',
  // a call, however spelt, before the writer's own thing: "check my videos", "see my new track",
  // "plz sub to my channel", "sucscribe to my chanel" (not "I see my videos were used")
  `(?<!\\b(?:i|we|they)\\s)\\b(?:check(?:ing)?|chek|chk|see|${SUBSCRIBE})\\s+(?:(?:to|2)\\s+)?my\\s+${MODIFIERS}${OWN_WORK}\\b`,
  // "on my channel", "in my new youtube channel": where a writer's own videos are
  `\\b(?:on|in)\\s+my\\s+${MODIFIERS}(?:channel|chanel|channle)\\b(?!\\s*\\d)`,
  // "I made a gaming channel", "I just started my own channel"
  '\\bi\\s+(?:just\\s+)?(?:made|started|created|opened|launched)\\s+(?:a|an|my)\\s+(?:(?:new|own|little|small|gaming|music|cover|youtube|yt)\\s+){0,3}(?:channel|chanel)\\b',
  '\\b(?:follow|add)\\s+me\\s+(?:on|at)\\b|\\bfollow\\s+(?:me\\s+)?back\\b',
  // "if I get 100 subscribers", "help me reach 1000 subs"
  '\\b(?:if|when|once)\\s+i\\s+(?:get|reach|hit|make\\s+it\\s+to)\\s+\\d+\\s*k?\\s+(?:subs|subscribers|followers)\\b',
  '\\bhelp\\s+(?:me|us)\\s+(?:get|reach|hit|to\\s+get|to\\s+reach)\\s+(?:\\d+\\s*k?\\s+)?(?:subs|subscribers|followers)\\b',
  // "my youtube channel" (the platform says whose channel and where)
  '\\bmy\\s+(?:own\\s+|new\\s+|small\\s+)?(?:youtube|yt)\\s+channel\\b',
  // "I'm a new youtuber", "I'm an upcoming rapper"
  "\\bi(?:'m|\\s+am)\\s+(?:a|an)\\s+(?:new|small|upcoming|up\\s+and\\s+coming|aspiring|young|starting|beginner)\\s+(?:youtuber|rapper|singer|artist|producer|musician|streamer|vlogger|gamer|channel)\\b",
];

// Russian: a verb sending readers there (subscribe, come in, look, listen, rate) before the
// writer's own channel, page or video («заходите на мой канал», «зацените мою песню»); "our" only
// with watch/listen/rate (a band's «послушайте наш трек»), since a newsroom says «подписывайтесь
// на наш канал» about itself; "subscribe to me"; mutual subscription; "on my channel"; "if I get
// 100 subscribers".
const RU_THING =
  '(?:новый\\s+|новое\\s+|новую\\s+)?(?:канал|ютуб|страниц|профил|инст|блог|видео|ролик|песн|трек|музык|тикток|групп|паблик|стрим|сайт|кавер|клип)\\p{L}*';
const RU = [
  `(?<![\\p{L}])(?:подпиш|подписыва|заход|зайд|загляни|заглян|переход|посмотри|смотри|зацени|оцени|послушай|слушай|лайкни|поддержи)\\p{L}*\\s+(?:(?:на|в)\\s+)?(?:мой|мою|моё|мое|мои|моих|моём|моем|моего)\\s+${RU_THING}`,
  `(?<![\\p{L}])(?:посмотри|смотри|зацени|оцени|послушай|слушай)\\p{L}*\\s+(?:наш|нашу|наше|наши|наших)\\s+${RU_THING}`,
  '(?<![\\p{L}])(?:подпиш|подписыва)\\p{L}*\\s+на\\s+меня(?![\\p{L}])',
  '(?<![\\p{L}])(?:взаимн\\p{L}*\\s+подписк|подписк\\p{L}*\\s+на\\s+подписку|взаимоподписк)\\p{L}*',
  '(?<![\\p{L}])на\\s+мо[ёе]м\\s+(?:ютуб\\p{L}*\\s+|youtube\\s+)?канале(?![\\p{L}])',
  '(?<![\\p{L}])(?:если|когда)\\s+(?:я\\s+)?(?:наберу|будет)\\s+\\d+\\s*(?:к\\s+)?(?:подписчик|фолловер)\\p{L}*',
];

// Chinese: "关注/订阅/来看 我的 频道/视频/主页", "求关注", "求订阅", "互粉"; "关注我" only at the end of a
// phrase ("关注我！", "关注我吧"), never "关注我们" (a newsroom's own "follow us") or "关注我国经济"
// ("follow our country's economy").
const ZH =
  '(?:关注|關注|订阅|訂閱|来看看?|來看看?|看看|去看|欢迎来|歡迎來|听听|聽聽|支持一下|点进|點進)我的(?:频道|頻道|视频|視頻|主页|主頁|账号|帳號|微博|抖音|b站|直播间|直播間|博客|歌|作品|小店)|' +
  '求关注|求關注|求订阅|求訂閱|互粉|互关|互關|求回关|求回關|' +
  '(?:关注|關注|订阅|訂閱)我(?=$|[\\s,.!?，。！？~～、]|吧|哦|啊|呀|一下|呗|唄)';

// One regular expression per script, each tried only when the text has a word every family of it
// needs (English "my", "me", "our", "I'm", "sub" or "follow"; Russian «мой», «наш», «подпис…»,
// «взаимн…»; Chinese 我, 求 or 互): most comments match none, and the English one needs no Unicode
// flag (faster).
const FAMILIES: readonly { guard: RegExp; re: RegExp }[] = [
  {
    guard:
      /\bm[ey]\b|\bour\b|\bi(?:'m| am)\b|sub|su[bcs]{1,3}r?[iy]b|follow|like\s*4|[fls]4[fls]|\bi (?:just )?(?:made|started|created|opened|launched) /,
    // Every English phrase starts at a word boundary, said once in front (atWordStarts).
    re: new RegExp(atWordStarts(EN.join('|')), 'g'),
  },
  { guard: /мо[йюёеи]|наш|подпи[сш]|взаимн/, re: new RegExp(withCheapLetters(RU.join('|')), 'gu') },
  { guard: /我|求|互/, re: new RegExp(withCheapLetters(ZH), 'gu') },
];

/** How many phrases of a normalised (lower-cased) text send readers to the writer's own thing. */
export function countOwnChannel(text: string): number {
  let n = 0;
  for (const { guard, re } of FAMILIES) {
    if (!guard.test(text)) continue;
    re.lastIndex = 0;
    while (re.exec(text) !== null) n++;
  }
  return n;
}

// A link to a document or an official publication: what a reader cites.
const DOCUMENT_LINK =
  /\.(?:pdf|docx?|xlsx?|csv|pptx?|odt|ods|rtf)(?:$|[?#])|\/(?:documents?|docs|files|uploads|reports?|publications?|press-?releases?|statements?|data|statistics|laws?|decrees?|legislation)(?:\/|$)/i;

// A link to a moment of a video ("t=2m19s", "#t=95"): pointing at a part of the one discussed.
const VIDEO_MOMENT = /[?&#]t=\d+(?:m\d+s?|s)?(?:$|[&#])/i;

// Words saying the link is a source; in any script.
const CITING =
  /\b(?:source|sources|statement|report|document|documents|data|study|paper|transcript|original|full\s+text|press\s+release|official|decree|law|ruling|according|via|ref|cf)\b|источник|заявлени|документ|доклад|отч[её]т|данные|постановлени|указ|оригинал|пресс-релиз|官方|来源|來源|原文|报告|報告|数据|數據|文件|公告|声明|聲明|全文|出处|出處/u;

const WORD = cheapLetters(/[\p{L}\p{N}]+/gu);
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether a text (its links taken out) has more than `max` words; a run of Chinese, Japanese or
 * Korean counts as one word per four characters. Stops at the first word over the limit. */
export function moreWordsThan(text: string, max: number): boolean {
  WORD.lastIndex = 0;
  let n = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    n += HAN_OR_KANA.test(word) ? Math.ceil([...word].length / 4) : 1;
    if (n > max) return true;
  }
  return false;
}

/** The most words a comment may have around its link and still be a bare link. */
export const BARE_LINK_WORDS = 3;

/**
 * Whether a comment is a bare link: at least one link, at most BARE_LINK_WORDS words besides, and
 * nothing saying the link is a source (a reference site, a document, a citing word, a moment of a
 * video). `text` is the normalised text (links already taken out), `urls` and `domains` its links.
 */
export function isBareLink(
  text: string,
  urls: readonly string[],
  domains: readonly string[],
  isReference: (domain: string) => boolean,
): boolean {
  if (urls.length === 0) return false;
  if (moreWordsThan(text, BARE_LINK_WORDS)) return false;
  if (domains.some(isReference)) return false;
  if (urls.some((u) => DOCUMENT_LINK.test(u) || VIDEO_MOMENT.test(u.replace(/&amp;/g, '&')))) return false;
  // A link asked about ("有人在 … 买过吗？", "anyone bought from …?") is no address dropped.
  return !CITING.test(text) && !asksAboutLink(text);
}

// Words saying the link is a source a reader cites: stronger than CITING (no "official", "via").
const SOURCE_WORD =
  /\b(?:source|sources|statement|report|document|documents|transcript|study|paper|press\s+release|full\s+text|decree|ruling|judgment|judgement|dataset|data|(?<!\bsign\s+(?:the|this|our|my)\s+)petition)\b|источник|заявлени|документ|доклад|отч[её]т|данн(?:ые|ым|ых)|постановлени|стенограмм|пресс-релиз|来源|來源|原文|报告|報告|数据|數據|文件|公告|声明|聲明|全文|出处|出處|请愿|請願|联名信|聯名信/u;

/**
 * Whether a comment's link is presented as a cited source: a document link (.pdf, /documents/, a
 * press release) or a link with a word saying what it is ("Source:", "the full statement", «по
 * данным», 来源). Links to public reference sites count as `reference-link` instead (once).
 */
export function isCitedSource(
  text: string,
  urls: readonly string[],
  domains: readonly string[],
  isReference: (domain: string) => boolean,
): boolean {
  if (urls.length === 0 || domains.some(isReference)) return false;
  return urls.some((u) => DOCUMENT_LINK.test(u)) || SOURCE_WORD.test(text);
}

// A claim that a person earned, or that people will be paid, money: how scam "news" sells its
// link ("how he earned millions", "will pay 50,000 tenge to every citizen", «житель Астаны
// заработал», «выплаты всем гражданам», 普通人也能每天赚). A country, a company or a budget earning
// or paying ("the state will pay $2bn for the line", «Газпром заработал») is not one.
const EARNINGS_CLAIM = new RegExp(
  withCheapLetters(
    [
      // "how he earned", "how I made $5000", "how to make money" (not "how they made the decision")
      '\\bhow\\s+(?:he|she|i|they|we|you|to|this\\s+\\w+)\\s+(?:(?:has|have|had)\\s+)?(?:earn|earns|earned|earning|became\\s+(?:rich|a\\s+millionaire)|(?:make|makes|made|making)\\s+(?:money|millions|a\\s+fortune|\\$|\\d))',
      // "earned millions", "made a fortune" (no company reports it so)
      '\\b(?:earn|earns|earned|earning|make|makes|made|making)\\s+(?:(?:his|her|their|your)\\s+)?(?:millions|a\\s+fortune|a\\s+million)\\b',
      // "will pay 50,000 tenge to every citizen", "compensation for all residents"
      '\\b(?:pay|pays|paying|paid|payments?|payouts?|compensation)\\b(?:\\s+[\\w,.$]+){0,5}?\\s+(?:to|for)\\s+(?:every|each|all)\\s+(?:citizen|resident|pensioner|person)s?\\b',
      // «как он заработал», «как заработать»
      '(?<![\\p{L}])как\\s+(?:(?:он|она|я|они|мы|вы)\\s+)?(?:заработа|разбогате)\\p{L}*',
      // «житель Астаны заработал», «пенсионерка заработала»
      '(?<![\\p{L}])(?:жител|пенсионер|студент|бизнесмен|школьни|домохозяйк|мам|банкир|блогер)\\p{L}*(?:\\s+\\p{L}+){0,3}?\\s+(?:заработа|разбогате)\\p{L}*',
      // «выплаты всем гражданам», «компенсацию каждому жителю»
      '(?<![\\p{L}])(?:выплат|заплат|компенсаци|пособи)\\p{L}*(?:\\s+[\\p{L}\\d]+){0,4}?\\s+(?:всем|каждому)\\s+(?:граждан|жител|пенсионер|казахстанц|россиян)\\p{L}*',
      // 每天赚, 轻松赚, 普通人也能, 教你赚钱, 人人可领
      '(?:每天|每日|每月|每周|一天|一个月|在家|轻松|輕鬆|稳|穩|躺|日|月)(?:赚|賺)|(?:教你|如何|怎么|怎麼)(?:赚|賺)钱|普通人也能|人人(?:可|都能)领|每人(?:可)?(?:领|发)',
    ].join('|'),
  ),
  'u',
);

/** Whether a normalised text claims that a person earned, or people will be paid, money (or, since
 * 2026-12-07, promises a guaranteed return, a multiple in a period or a payout to everyone). */
export function claimsEarnings(text: string): boolean {
  return EARNINGS_CLAIM.test(text) || promisesReturn(text);
}
