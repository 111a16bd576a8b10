// Channel calls, cover promises and one-each pleas, counted as creator pleas (creator-plea.ts; issue
// 15, 2026-12-07, late evening; docs/spam.md, "Channel calls, cover promises, bought views"). The
// writer of a video comment sending readers to "our" channel or "my" WeChat account with nothing
// else said («Подпишитесь на наш канал», «заходите в наш паблик», 关注我的公众号), a beginner singer's
// cover pushed without a link («я начинающая певица, послушайте мою версию», «буду рада, если кто-нибудь
// послушает», "have you heard my cover?", "it's on my page"), the cover promised for likes ("if this
// gets 100 likes I'll upload my cover", «если коммент наберёт 100 лайков, выложу кавер», 如果这条评论有
// 100个赞我就上传), and "one view, one like, one subscribe" («один лайк, одна подписка», 一个赞一个关注).
//
// What it is not: a reader's own subscription ("I subscribed to her channel", «подписалась на канал»,
// 已经关注了官方账号: no call, no "our", no "my"), a fan's "their official channel has the live version",
// a reader quoting a body's channel («Минздрав написал в своём телеграм-канале»: no imperative to
// "our"; a body's name beside "our" leaves it alone), "if this gets a million likes the band should
// tour" (no "I'll" upload), "have you heard the live version?" (not "my"), "one more view from me".
import { atWordStarts } from './patterns.ts';
import { cheapLetters, withCheapLetters } from '../text/letter-class.ts';

const METRIC = '(?:views?|likes?|subs?|subscribes?|subscribers?|comments?|shares?)';

const EN = new RegExp(
  atWordStarts(
    [
      // "if this gets 100 likes I'll upload my cover", "if my comment hits 1k likes i will sing it"
      "\\bif\\s+(?:this|my)\\s+(?:comment\\s+|post\\s+)?(?:gets?|hits?|reaches|gets\\s+to)\\s+\\d[\\d,.]*\\s*k?\\s+(?:likes|thumbs\\s+ups?|upvotes|subs|subscribers)\\b[^.!?\\n]{0,40}?\\bi(?:['’]?ll|\\s+will|\\s+am\\s+going\\s+to|['’]?m\\s+gonna|\\s+gonna)\\s+(?:\\w+\\s+){0,2}?(?:upload|post|sing|record|release|drop|put\\s+up|film)\\b",
      // "have you heard my cover?", "did anyone hear my piano version", "you heard my remix yet?"
      "\\b(?:you|u|anyone|any1|anybody|somebody|someone|y['’]?all)\\s+(?:\\w+\\s+)?(?:heard|hear|seen|see|watched|watch|checked\\s+out|listened\\s+to|listen\\s+to)\\s+my\\s+(?:(?:new|own|piano|guitar|acoustic|latest|first|little|ukulele|violin|drum|dance|vocal)\\s+)?(?:cover|version|remix|rendition)s?\\b",
      // "it's on my page", "they are up on my profile"
      "\\b(?:it['’]?s|its|it\\s+is|they['’]?re|they\\s+are)\\s+(?:up\\s+|all\\s+)?on\\s+my\\s+(?:page|profile|channel|chanel|insta|instagram|tiktok|soundcloud)\\b",
      // "one view, one like, one subscribe"
      `\\bone\\s+${METRIC}\\s*[,+&/]?\\s*(?:and\\s+|&\\s+)?one\\s+${METRIC}\\b`,
    ].join('|'),
  ),
  'g',
);
const EN_GUARD = /\bif (?:this|my)\b|heard|hear|seen|see|watch|check|listen|on my|\bone /;

const RU = new RegExp(
  withCheapLetters(
    [
      // «Подпишитесь на наш канал», «заходите в наш паблик», «вступайте в нашу группу»
      '(?<![\\p{L}])(?:подпиш(?:итесь|ись)|подписывай(?:тесь|ся)|заходите|заходи|вступайте|вступай|присоединяйтесь|залетайте|залетай)\\s+(?:(?:на|в|к)\\s+)?(?:наш|нашу|наше|нашему|нашей)\\s+(?:(?:телеграм|тг|ютуб|youtube|инст\\p{L}*)[\\p{L}-]*\\s+)?(?:канал|паблик|телеграм|тг|групп|сообществ|ютуб|инст|тикток|страниц)\\p{L}*',
      // «я начинающая певица», «я только начинаю петь»
      '(?<![\\p{L}])начинающ\\p{L}*\\s+(?:певиц|певец|певц|вокалист|кавер)\\p{L}*|(?<![\\p{L}])я\\s+(?:только\\s+)?(?:начинаю|начала|начал)\\s+петь',
      // «послушайте мою версию», «оцените моё исполнение»
      '(?<![\\p{L}])(?:послушайте|послушай|оцените|оцени|зацените|зацени|посмотрите)\\s+(?:мою|мой|моё|мое|мои)\\s+(?:\\p{L}+\\s+)?(?:версию|версии|вариант|исполнени|перепев)\\p{L}*',
      // «буду рада, если кто-нибудь послушает»
      '(?<![\\p{L}])буду\\s+(?:очень\\s+)?(?:рад|рада|благодар\\p{L}*|счастлив\\p{L}*)\\s*,?\\s+если\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:послушает|послушаете|посмотрит|посмотрите|подпишется|подпишетесь|оценит|оцените|заглянет|заглянете)',
      // «если этот коммент наберёт 100 лайков, выложу свой кавер»
      '(?<![\\p{L}])если\\s+(?:этот\\s+|мой\\s+)?(?:коммент\\p{L}*\\s+|комментари\\p{L}*\\s+|пост\\s+)?(?:наберёт|наберет|соберёт|соберет|получит)\\s+\\d+\\s*(?:к\\s+)?(?:лайк|подписчик|сердеч)\\p{L}*[^.!?\\n]{0,40}?(?:выложу|запишу|спою|сниму|залью|опубликую)',
      // «один лайк, одна подписка»
      '(?<![\\p{L}])(?:один|1)\\s+(?:лайк|просмотр)\\p{L}*\\s*[,+—–-]?\\s*(?:и\\s+)?(?:одна|один|1)\\s+(?:подписк|лайк|просмотр)\\p{L}*|(?<![\\p{L}])(?:одна|1)\\s+подписк\\p{L}*\\s*[,+—–-]?\\s*(?:и\\s+)?(?:один|1)\\s+(?:лайк|просмотр)',
    ].join('|'),
  ),
  'gu',
);
const RU_GUARD =
  /подпи|заход|вступ|присоедин|залет|начина|послуша|оцени|зацени|посмотр|буду|если|один|одна|1 /;
// A public body or a newsroom beside "our": the body's own words quoted («Минздрав: подписывайтесь на наш канал»).
const RU_BODY = /министерств|минздрав|мвд|мчс|посольств|акимат|ведомств|редакци|пресс-служб/;

// «у меня на канале» only beside a call to listen or look.
const RU_ON_MY = cheapLetters(
  /(?<![\p{L}])у\s+меня\s+на\s+(?:ютуб\p{L}*\s+)?(?:канале|странице)(?![\p{L}])/u,
);
const RU_CALL = /послушай|посмотри|зацени|оцени|заходи|загляни|подпиши/;

const ZH =
  /(?:关注|關注|订阅|訂閱|搜索|搜|加)(?:一下)?我的(?:微信)?(?:公众号|公眾號|视频号|視頻號|小红书|小紅書|快手号|快手號)|我的(?:微信)?(?:公众号|公眾號|视频号|視頻號)[^。！？\n]{0,20}(?:关注|關注)|如果这条评论[^。！？\n]{0,6}\d+个?赞[^。！？\n]{0,6}我就(?:上传|发|唱|录|更新|出)|如果這條評論[^。！？\n]{0,6}\d+個?讚[^。！？\n]{0,6}我就(?:上傳|發|唱|錄|更新|出)|(?:一个|一個)(?:赞|讚|关注|關注|订阅|訂閱)[，,、\s]?(?:一个|一個)(?:赞|讚|关注|關注|订阅|訂閱)/g;
const ZH_GUARD = /我的|如果|一个|一個/;

/** How many channel calls, cover promises and one-each pleas a normalised text contains. */
export function countChannelCalls(text: string): number {
  let n = 0;
  if (EN_GUARD.test(text)) {
    EN.lastIndex = 0;
    while (EN.exec(text) !== null) n++;
  }
  if (RU_GUARD.test(text) && !RU_BODY.test(text)) {
    RU.lastIndex = 0;
    while (RU.exec(text) !== null) n++;
    if (RU_ON_MY.test(text) && RU_CALL.test(text)) n++;
  }
  if (ZH_GUARD.test(text)) {
    ZH.lastIndex = 0;
    while (ZH.exec(text) !== null) n++;
  }
  return n;
}
