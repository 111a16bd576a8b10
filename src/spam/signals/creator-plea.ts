// Creator pleas: the writer of a comment asking for subscribers, views or a chance for their own
// channel or work, or introducing themselves as a small creator so that readers go and look
// ("I'm a small youtuber", "it would mean a lot if you checked out some of my covers", "please
// subscribe", "give my channel a chance", "road to 1k subs", «я начинающий блогер», «буду рад
// подписке», «ссылка в профиле», 求三连, 新人up主求关注, 来我主页). `own-channel` (own-promotion.ts)
// counts the direct call ("check out my channel", "subscribe to me"); these are the same writer's
// other ways of saying it, which name no call to a place or name it only in passing. Hand-set
// (hand-set-signal-info.ts): the three videos' labels hold a few of them each, in different words,
// and none in Russian or Chinese.
//
// What it is not: a reader's own subscription ("I subscribed to your newsletter", «я подписался»),
// a reader who runs a channel and talks about the article ("my channel covers Kazakhstan too,
// great piece": no ask, no plea), an independent musician on an article about streaming royalties
// ("as an independent artist I get $0.003 a stream": a trade named, not a plea), a reader asking
// the newsroom to do something ("I'd appreciate it if you checked your facts": the object is not
// the writer's), "please subscribe to your local paper" (to a publication: a reader's advice), and
// 请大家关注一下这个问题 ("please pay attention to this issue": 关注 as attention, not a follow).
// Questions are read too: "could you check out some of my songs?" is the same plea.

import { atWordStarts } from './patterns.ts';
import { countChannelCalls } from './channel-call.ts';
import { countFreebiesAndSwaps } from './freebie-swap.ts';
import { countMetricSales } from './metric-sale.ts';
import { moreWordsThan } from './own-promotion.ts';
import { countVideoPlugs } from './video-plug.ts';
import { withCheapLetters } from '../text/letter-class.ts';

// The writer's own work, as a plea names it.
const WORK =
  '(?:channel|chanel|channle|vids?|videos?|vlogs?|covers?|songs?|tracks?|music|mixtapes?|raps?|beats?|remix(?:es)?|' +
  'singles?|albums?|sounds?|stuff|content|page|art|drawings?|streams?|playlists?|podcast)';

// Who may be asked, and what they may do, in "it would mean a lot if you …".
const WHO =
  "(?:you|u|ya|people|someone|anyone|y['’]?all|everyone|you\\s+guys|some\\s+of\\s+you|a\\s+few\\s+of\\s+you)";
const DO_FOR_ME =
  '(?:sub|subs|subbed|subscribe|subscribed|(?:check|checked|checking)\\s+(?:out\\s+)?(?:some\\s+of\\s+|one\\s+of\\s+|a\\s+few\\s+of\\s+)?my|' +
  '(?:watch|watched|listen\\s+to|listened\\s+to|visit|visited|gave|give)\\s+my|(?:got|get|gained|reached)\\s+(?:some|a\\s+few|more|\\d+\\s*k?)\\s+(?:subs|subscribers|followers|views))';

// ASCII and the curly apostrophe only, so no Unicode flag; every phrase starts at a word boundary,
// said once in front (atWordStarts).
const EN = new RegExp(
  atWordStarts(
    [
      // "it would mean a lot if you subscribed", "I would really appreciate if I got some subs",
      // "it would be wonderful if you checked out some of my remixes"
      `\\b(?:appreciate(?:\\s+it)?|love\\s+it|mean\\s+(?:a\\s+lot|so\\s+much|the\\s+world)(?:\\s+to\\s+me)?|be\\s+(?:wonderful|awesome|amazing|great|cool|nice|really\\s+nice|so\\s+nice))\\s+if\\s+(?:${WHO}|i)\\s+(?:(?:could|would|can|will|just|please|all|would\\s+just)\\s+)*${DO_FOR_ME}\\b`,
      // "check out some of my covers", "checked out one of my songs"
      `\\bcheck(?:ed|ing)?\\s+out\\s+(?:some|one|a\\s+few|any|all)\\s+of\\s+my\\b`,
      // "check my newest sound", "listen to my latest track"
      `\\b(?:check|chek|see|hear|listen\\s+to|watch)\\s+(?:out\\s+)?my\\s+(?:newest|latest|most\\s+recent)\\s+(?:\\w+\\s+)?${WORK}\\b`,
      // "my videos are decent, check them out if you want" (one sentence)
      `\\bmy\\s+(?:new\\s+|latest\\s+|own\\s+)?${WORK}\\b[^.!?\\n]{0,60}?\\bcheck\\s+(?:them|it|em|'em)\\s+out\\b`,
      // "give my channel a chance", "give our band a listen"
      `\\bgive\\s+(?:my|our)\\s+(?:new\\s+|little\\s+|small\\s+)?${WORK}\\s+a\\s+(?:chance|shot|try|listen|look|watch|view)\\b`,
      // "please subscribe", "plz sub", "subscribe pls"; not "please subscribe to the paper" (a
      // reader's advice names a publication: "to" is left to own-channel's "subscribe to my …")
      `\\b(?:please|pls|plz|plzz|plez|pleas|plizz?|kindly)\\s+(?:(?:do|guys|everyone)\\s+)?(?:sub|subscribe|suscribe|subcribe)\\b(?!\\s+to\\b)`,
      `\\b(?:sub|subscribe|suscribe|subcribe)\\s+(?:please|pls|plz|plzz|plez)\\b`,
      // "plizz visit my channel", "please watch my video", "pls my channel"
      `\\b(?:please|pls|plz|plzz|plez|plizz?)\\s+(?:\\w+\\s+){0,2}my\\s+(?:new\\s+|youtube\\s+)?(?:channel|chanel|channle|vids?|videos?|songs?|music|covers?|raps?|tracks?)\\b`,
      // "I'm a small youtuber", "small creator here", "I'm kind of new to YouTube"
      "\\bi(?:['’]?m|\\s+am)\\s+(?:just\\s+|only\\s+)?(?:a|an)\\s+(?:(?:new|small|little|tiny|upcoming|aspiring|starting|struggling)\\s+){1,2}(?:youtuber|youtube\\s+channel|content\\s+creator|creator|streamer|vlogger|tiktoker|channel)\\b",
      '\\b(?:small|new|tiny|little|upcoming)\\s+(?:youtuber|creator|content\\s+creator|channel|streamer|vlogger|artist|rapper)\\s+here\\b',
      "\\bi(?:['’]?m|\\s+am)\\s+(?:kind\\s+of\\s+|kinda\\s+|pretty\\s+|fairly\\s+|quite\\s+|still\\s+|really\\s+)?new\\s+(?:to|on)\\s+(?:youtube|yt)\\b(?!\\s+(?:tv|music|premium))",
      // "road to 1k subs", "only 20 subs away from 100", "trying to get 500 subscribers"
      '\\broad\\s+to\\s+\\d+\\s*(?:k\\s*)?(?:subs|subscribers)\\b|\\broad\\s+to\\s+\\d+\\s*k\\b|\\b\\d+\\s*(?:subs|subscribers)\\s+(?:away|to\\s+go|left)\\b',
      '\\b(?:trying|want|wanna|hoping|need)\\s+(?:to\\s+)?(?:get|reach|hit)\\s+(?:to\\s+)?\\d+\\s*k?\\s+(?:subs|subscribers)\\b',
      // "I just uploaded a new video", "we released our first single"
      '\\b(?:i|we)\\s+(?:just\\s+|finally\\s+|recently\\s+)?(?:uploaded|posted|released|dropped|put\\s+out)\\s+(?:a|my|our)\\s+(?:brand\\s+)?(?:new|first|latest|debut)\\s+(?:youtube\\s+)?(?:video|vid|song|track|single|cover|remix|mixtape|music\\s+video|vlog|album|ep|beat)s?\\b',
      // "click my name", "click on my profile picture"
      '\\bclick\\s+(?:on\\s+)?my\\s+(?:user\\s*name|name|profile|picture|pic|avatar|icon)\\b',
      // the small creator's lament: "I put effort into my music but not many watch it", "nobody
      // watches my videos" (not "nobody watches it anymore", a reader on a TV channel)
      `\\bmy\\s+(?:new\\s+|own\\s+)?${WORK}\\b[^.!?\\n]{0,60}?\\b(?:no\\s*one|nobody|not\\s+many(?:\\s+people)?|hardly\\s+anyone|few\\s+people)\\s+(?:watch|listen|view|see|sub)`,
      `\\b(?:no\\s*one|nobody|not\\s+many(?:\\s+people)?|hardly\\s+anyone)\\s+(?:watch|listen|view|see|sub)\\w*\\s+(?:to\\s+)?my\\s+${WORK}\\b`,
      // the count in the first person: "I only have 12 subscribers", "I'm at 98 subs"
      '\\bi\\s+(?:only\\s+|just\\s+|now\\s+|already\\s+)?(?:have|got|hit|reached)\\s+(?:only\\s+)?\\d[\\d,.]*\\s*k?\\s+(?:subs|subscribers)\\b',
      "\\bi(?:['’]?m|\\s+am)\\s+(?:almost\\s+|nearly\\s+|so\\s+close\\s+to\\s+|close\\s+to\\s+)?(?:at\\s+)?\\d+\\s*k?\\s+(?:subs|subscribers)\\b",
      // "drop a sub", "smash that subscribe", "subscribe for more"
      '\\b(?:drop|leave|smash|hit)\\s+(?:me\\s+)?(?:a|that|the)\\s+(?:sub|subscribe)\\b|\\b(?:sub|subscribe)\\s+for\\s+more\\b',
      // "search my name on YouTube", 'search "Artist - Song" on Spotify'
      '\\b(?<!\\b(?:you|u|i|we|they|people)\\s)search\\s+(?:for\\s+)?(?:my\\s+(?:name|channel|songs?|music)|"[^"\\n]{2,60}")\\s+(?:on|in)\\s+(?:youtube|yt|spotify|soundcloud|itunes|apple\\s+music|tiktok)\\b',
      // "my new video is out", "my first single is up"
      '\\bmy\\s+(?:new|latest|first)\\s+(?:video|vid|song|track|single|cover|album|mixtape|ep)\\s+(?:is\\s+)?(?:out|up)\\b',
    ].join('|'),
  ),
  'g',
);

// The words every English phrase needs one of, each at a word's start: most comments have none.
const EN_GUARD =
  /\b(?:sub|apprecia|love it|mean (?:a lot|so much|the world)|be (?:wonderful|awesome|amazing|great|cool|nice|really|so)|of my|newest|latest|most recent|check (?:them|it|em|'em) out|give (?:my|our)|youtube|yt\b|creator|streamer|vlogger|tiktoker|channel|artist|rapper|road to|pl(?:ease|s|z|iz|ez)|uploaded|posted|released|dropped|put out|click|no one|nobody|noone|not many|hardly anyone|few people|search|my new|my first)/;

// Every Russian and Chinese phrase has a Cyrillic letter or a CJK character: one class scan first.
const CYRILLIC_OR_CJK = /[\u0400-\u04ff\u2e80-\u9fff\uf900-\ufaff]/;

// Russian: a beginner's self-introduction, gladness at a subscription, the call with a plea, the
// link in the profile, "drop by my place".
const RU = new RegExp(
  withCheapLetters(
    [
      '(?<![\\p{L}])(?:я\\s+)?начинающ\\p{L}*\\s+(?:блогер|ютубер|видеоблогер|стример|тиктокер|музыкант|исполнител|рэпер|автор\\p{L}*\\s+канал)\\p{L}*',
      '(?<![\\p{L}])(?:маленьк|молод|нов)\\p{L}*\\s+(?:ютуб\\p{L}*\\s+)?канал\\p{L}*\\s+(?:ищет|просит|нужда)',
      '(?<![\\p{L}])буду\\s+(?:очень\\s+)?(?:рад|рада|благодар\\p{L}*|признател\\p{L}*)\\s+(?:за\\s+|вашей\\s+|любой\\s+|каждой\\s+|каждому\\s+)?(?:подписк|подписчик|лайк|просмотр)\\p{L}*',
      '(?<![\\p{L}])(?:подпиш(?:итесь|ись)|подписывайтесь)\\s*,?\\s*(?:пожалуйста|плиз|пж|пожалуйсто)(?![\\p{L}])',
      '(?<![\\p{L}])(?:пожалуйста|плиз|пж)\\s*,?\\s*(?:подпиш(?:итесь|ись)|подписывайтесь)(?![\\p{L}])',
      '(?<![\\p{L}])подпиш(?:усь|емся)\\s+в\\s+ответ|(?<![\\p{L}])поддержите\\s+(?:мой\\s+|наш\\s+)?(?:канал|начинающ\\p{L}*|подпиской|лайком)',
      '(?<![\\p{L}])ссылк\\p{L}*\\s+в\\s+(?:моём\\s+|моем\\s+)?(?:профиле|описании\\s+профиля|шапке\\s+профиля|био)(?![\\p{L}])',
      '(?<![\\p{L}])жду\\s+(?:вас|тебя|всех)\\s+(?:у\\s+себя|на\\s+(?:своём|своем|моём|моем)\\s+канале)(?![\\p{L}])',
      '(?<![\\p{L}])у\\s+меня\\s+(?:всего|только|пока|почти)\\s+\\d+\\s*(?:к\\s+)?подписчик\\p{L}*',
      '(?<![\\p{L}])(?:заходи|загляни|заглядывай|переходи|жми|кликай|приходи)\\p{L}*\\s+(?:ко\\s+мне(?![\\p{L}])|в\\s+(?:мой\\s+)?профил|на\\s+(?:мою\\s+)?(?:аву|аватар|ник))\\p{L}*',
    ].join('|'),
  ),
  'gu',
);
const RU_GUARD = /начинающ|канал|буду|подпи|жду|поддержите|ссылк|заход|загля|переход|жми|кликай|приход/;

// Chinese: the three-click plea, a new uploader's plea, "come to my home page", "click my avatar".
// Never 关注一下 alone ("pay attention to this"), which readers say of an issue.
const ZH =
  /求三连|一键三连|三连支持|求一键三连|新人(?:up主|主播|博主|小主播)|萌新(?:up主|主播|博主)|小(?:up主|博主)求|新人求(?:支持|关注|關注|订阅|訂閱)|求(?:点赞关注|點讚關注|涨粉|漲粉)|点个关注|點個關注|点点关注|點點關注|(?:来|來|去|看看|逛逛)我(?:的)?主页|(?:来|來|去|看看|逛逛)我(?:的)?主頁|主页有惊喜|主頁有驚喜|(?:点|點|戳)(?:我|一下我的?)头像|(?:点|點|戳)(?:我|一下我的?)頭像|关注我不迷路|關注我不迷路|求粉|我(?:只有|才|就)\d+个?粉丝|我(?:只有|才|就)\d+個?粉絲/g;
const ZH_GUARD = /三连|三連|新人|萌新|小up|小博|求|点|點|主页|主頁|戳|关注|關注|粉/;

/** How many creator pleas a normalised (lower-cased) text contains, the plugs of video-plug.ts, the
 * free generators and subscription swaps of freebie-swap.ts, the channel calls of channel-call.ts and
 * the bought views and cam links of metric-sale.ts among them; `linked` when the comment has a link
 * that is neither a public reference nor reputable. */
export function countCreatorPleas(text: string, linked = false): number {
  let n =
    countVideoPlugs(text, linked) +
    countFreebiesAndSwaps(text) +
    countChannelCalls(text) +
    countMetricSales(text, linked);
  if (EN_GUARD.test(text)) {
    EN.lastIndex = 0;
    while (EN.exec(text) !== null) n++;
  }
  if (!CYRILLIC_OR_CJK.test(text)) return aloneCounted(text, n);
  // No Russian or Chinese phrase without one of these words.
  if (RU_GUARD.test(text)) {
    RU.lastIndex = 0;
    while (RU.exec(text) !== null) n++;
  }
  if (ZH_GUARD.test(text)) {
    ZH.lastIndex = 0;
    while (ZH.exec(text) !== null) n++;
  }
  return aloneCounted(text, n);
}

/** The most words a comment may have and still be a plea with nothing else said. */
const ALONE_WORDS = 10;

/** A plea that is the whole comment counts once more (issue 15, late evening): the learned words
 * of a short comment pull it towards ham (SMS's short messages), as bare-link's do, and «подписка
 * за подписку» or 一个赞一个关注 said alone is nothing but the plea. */
function aloneCounted(text: string, n: number): number {
  return n > 0 && !moreWordsThan(text, ALONE_WORDS) ? n + 1 : n;
}
