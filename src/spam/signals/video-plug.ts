// Plugs in a video's comments: the other ways the writer of a creator plea (creator-plea.ts) pushes
// a video, a song, a channel or a page, counted as pleas (issue 15, seventh session; docs/spam.md,
// "Plugs in a video's comments"). YouTube's own share text ("check out this video on YouTube:"),
// someone else's channel, song or unknown artist pushed ("check out this channel", 'search "Artist
// - Song"', "listen to this new song by an unknown band"), the apology that comes before a plug
// ("sorry for the spam", «извините за спам», 抱歉刷屏), "like my facebook page", a friend's channel,
// the writer's book, game or app, an upload schedule, "trying to make it as a singer"; since the
// second round, a singer's or rapper's self-introduction ("my name is Dana and I'm a 16 year old
// singer", «меня зовут …, я пою», 我叫…，是一名新人歌手), "you'll love my remix", "link in my bio",
// "trying to get my music out there", "help me get noticed", "don't scroll past this", «не
// пролистывайте», «помогите раскрутить», 帮忙推广; and, only beside a link that is neither a public
// reference nor reputable, "check this out", "watch this", "help me get".
//
// What it is not: a fan's "check out the dance at 2:14" or "check out the live version" (no "this"
// before a plugged thing, no link), "sorry for my English", "this comment section is full of spam,
// sorry" (no apology *for* spamming), 'if you search "party rock" on YouTube …' (a remark, not an
// ask), a reader's "check this out: <the statistics office's link>" (a public reference) or "…,
// the full report: <link>" (a citing word), "support local bands" (a reader's advice names no
// one), 不好意思打扰一下，请问… (a question, no 刷屏), "my name is Sam and I love this song", "don't scroll
// past the bridge", 别划走，最后那段舞蹈最好看 (a fan pointing at the end; 别划走 alone is not counted).

import { atWordStarts } from './patterns.ts';
import { withCheapLetters } from '../text/letter-class.ts';

// Someone new or unknown, as a plug presents them: "a young talented singer", "this new rapper".
const NEW_ONE = '(?:(?:new|young|upcoming|unknown|unsigned|underground|talented|amazing|great|aspiring)\\s+)';
const ARTIST = '(?:rapper|singer|artist|band|musician|producer|dj|songwriter|group|youtuber|talent|dancer)';
const KIN = "(?:friends?|homies?|brothers?|bros?|sisters?|cousins?|buddy|mates?|sons?|daughters?)(?:['’]?s)?";
const THING =
  '(?:channel|chanel|videos?|vids?|music|band|page|songs?|covers?|raps?|tracks?|beats?|mixtapes?|albums?)';

const EN = new RegExp(
  atWordStarts(
    [
      // YouTube's share text, and someone's channel pushed: "check out this video on YouTube:",
      // "check out this youtube channel called …" as an imperative: at a sentence's start or after
      // "please", "guys", "go", "and" … (not "this channel's coverage", nor a fan's "I would
      // subscribe to this channel twice" or "my brother made me subscribe to this channel")
      "\\bcheck\\s+out\\s+this\\s+(?:video|vid|playlist|channel|song)\\s+on\\s+(?:youtube|yt)\\b|\\b(?<=(?:^|[.!?,:;\\n]\\s*|\\b(?:please|pls|plz|guys|hey|hi|yo|everyone|everybody|go|just|also|so|now|then|and|lol)\\s+))(?:check\\s+out|subscribe\\s+to|sub\\s+to|go\\s+to|visit)\\s+this\\s+(?:(?:awesome|amazing|cool|new|great|funny|youtube|yt)\\s+){0,2}(?:channel|chanel|youtuber)\\b(?!['’])",
      // the apology before a plug: "sorry for the spam", "sorry to spam", "i know this is spam"
      "\\bsorry\\s+(?:for|about)\\s+(?:the\\s+|this\\s+|my\\s+)?(?:spam(?:ming)?|self[-\\s]?promo(?:tion)?|advertising)\\b|\\bsorry\\s+(?:to|if\\s+i(?:['’]?m)?)\\s+spam|\\bsorry\\s+if\\s+(?:this|it)\\s+(?:is|looks\\s+like|seems\\s+like)\\s+spam|\\bi\\s+know\\s+(?:that\\s+)?(?:this|it|its|it['’]s)\\s+(?:is\\s+)?(?:a\\s+)?spam",
      // 'search "Artist - Song"', a dashed title after "check this out:"
      '\\bsearch\\s+(?:for\\s+|up\\s+)?"[^"\\n]{1,40}\\s[-–]\\s[^"\\n]{1,40}"|\\bcheck\\s+(?:this|these)\\s+out\\s*:\\s*[^\\n.!?:]{2,40}\\s[-–]\\s\\w',
      // an unknown artist pushed: "check out this new rapper", "discover the new single of a young
      // talented singer", "listen to this new song by an unknown band" (never "the" before one: "check
      // out the new band at the festival" is a fan's)
      `\\b(?:check\\s+out|listen\\s+to|discover|hear|look\\s+up)\\s+(?:this|these|a|an)\\s+${NEW_ONE}{1,3}${ARTIST}s?\\b`,
      `\\b(?:discover|check\\s+out|listen\\s+to|hear)\\s+(?:\\w+\\s+){0,3}?(?:song|track|single|music|album|voice|mixtape|ep)\\s+(?:of|by|from)\\s+(?:a|an|this|my)\\s+${NEW_ONE}`,
      // "like my facebook page", "like and share our page"
      '\\blike\\s+(?:my|our)\\s+(?:new\\s+|official\\s+)?(?:facebook\\s+|fb\\s+|insta(?:gram)?\\s+)?(?:page|fan\\s*page)\\b|\\blike\\s+(?:and|&|n)\\s+share\\s+(?:my|our)\\b',
      // a friend's channel: "subscribe to my brother's channel", "this song is by my homie"
      `\\b(?:check\\s+out|subscribe\\s+to|sub\\s+to|visit|watch|go\\s+to|support|look\\s+up|listen\\s+to)\\s+(?:my|our)\\s+${KIN}\\s+(?:new\\s+|youtube\\s+)?${THING}\\b`,
      `\\b${THING}\\s+(?:is\\s+|are\\s+)?(?:by|from)\\s+my\\s+${KIN}\\b`,
      // the writer's book, game or app (not "I read my book on the train"); "look up my name"
      '\\b(?<!\\b(?:i|we|they|he|she|you)\\s)(?:read|buy|download|try|play|install)\\s+my\\s+(?:(?:new|first|latest|free)\\s+)*(?:book|ebook|e-book|novel|game|app|comic|poems?)\\b',
      '\\blook\\s+(?:us|my\\s+(?:name|channel|music|band|songs?))\\s+up\\b|\\blook\\s+up\\s+my\\s+(?:name|channel|music|band|songs?)\\b',
      // "i upload new videos every week", "trying to make it as a singer", "i'm a 14 year old rapper"
      '\\bi\\s+(?:upload|post|make|put\\s+out|release)\\s+(?:\\w+\\s+){0,2}(?:videos?|vids|covers|vlogs|songs|beats|raps)\\s+(?:every|each)\\s+(?:day|week|weekend|month|\\w+day)\\b',
      `\\btrying\\s+to\\s+make\\s+it\\s+as\\s+(?:a|an)\\s+${ARTIST}\\b`,
      // a self-introduction: "my name is Dana and I'm a 16 year old singer", "my name is Timur and i
      // make electronic music" (not "my name is Sam and I love this song")
      `\\bmy\\s+name\\s+is\\s+\\w+(?:\\s+\\w+)?\\s*,?\\s+(?:and\\s+)?(?:(?:i['’]?m|i\\s+am)\\s+(?:a|an)\\s+(?:\\d+\\s*(?:yr|year)s?[-\\s]*old\\s+)?${NEW_ONE}?${ARTIST}|i\\s+(?:make|produce|sing|rap|write|record|upload)\\s+(?:\\w+\\s+)?(?:music|songs|covers|beats|raps|videos|vlogs))\\b`,
      // "you'll love my remix", "link in my bio", "trying to get my music out there", "help me get
      // noticed", "don't scroll past this", "before you scroll" (not "the rest of the album", "her
      // music", "don't scroll past the bridge")
      "\\byou(?:['’]ll|\\s+will|['’]d|\\s+would)\\s+(?:probably\\s+|definitely\\s+|also\\s+)?(?:love|like|enjoy|dig)\\s+my\\b",
      '\\blinks?\\s+(?:is\\s+|are\\s+)?in\\s+(?:my\\s+(?:bio|profile|channel|description|about)|bio|profile)\\b',
      '\\b(?:trying|want|wanna|hoping|need)\\s+to\\s+get\\s+my\\s+(?:\\w+\\s+)?(?:music|songs?|channel|videos?|name|band|art|work|stuff|content|voice)\\s+(?:out\\s+there|noticed|known|heard|seen|discovered)\\b|\\bhelp\\s+(?:me|us)\\s+(?:get\\s+)?(?:noticed|discovered|known)\\b',
      "\\b(?:don['’]?t|do\\s+not)\\s+(?:just\\s+)?(?:ignore|skip|scroll\\s+(?:past|by|down\\s+past))\\s+(?:this|my)(?:\\s+(?:comment|message|post))?(?=\\s*[,.!]|\\s*$|\\s+(?:please|pls|plz)\\b)|\\bbefore\\s+you\\s+(?:scroll|skip|ignore|move\\s+on)\\b",
      `\\bi(?:['’]?m|\\s+am)\\s+(?:just\\s+)?(?:a|an)\\s+\\d+\\s*(?:yr|year)s?[-\\s]*old\\s+(?:girl\\s+|boy\\s+|kid\\s+)?(?:${ARTIST}|beatboxer|gamer)\\b`,
    ].join('|'),
  ),
  'g',
);

// Only beside a link that is neither a public reference nor reputable (an outlet, the site's own
// page), and with no citing word: "check this out <link>", "watch this <link>", "pls <link> help
// me get …".
const LINKED = new RegExp(
  atWordStarts(
    '\\bcheck\\s+(?:this|it)\\s+out\\b|\\b(?:watch|listen\\s+to)\\s+this\\b(?!\\s+(?:space|part|bit|moment))|\\bhelp\\s+(?:me|us)\\s+(?:get|win|raise|reach|buy)\\b',
  ),
);
const CITING =
  /\b(?:source|report|official|according|statement|document|data|study|article|news|full\s+(?:text|speech|video|interview))\b/;

// The words every English phrase needs one of, each at a word's start.
const EN_GUARD =
  /\b(?:check|subscribe|sub |go to|visit|sorry|i know|search|listen|discover|hear|look|like|watch|support|read|buy|download|try|play|install|i upload|i post|i make|i put|i release|trying|my name|you'll|you’ll|you will|you'd|you would|links? in|help|don|do not|before you|i'm|i’m|im|i am|channel|video|vid|music|band|page|song|cover|rap|track|beat|mixtape|album)/;

// Russian and Chinese: the apology for spamming, a young singer's song pushed, "help and watch my
// video"; every phrase has a Cyrillic letter or a CJK character.
const OTHER = new RegExp(
  withCheapLetters(
    [
      '(?<![\\p{L}])(?:извините|простите|сорри|сори|прошу\\s+прощения)\\s+за\\s+(?:этот\\s+)?(?:спам|рекламу|самопиар)',
      '(?<![\\p{L}])(?:зацените|послушайте|поддержите|оцените)\\s+(?:\\p{L}+\\s+)?(?:молод|начинающ|нов|талантлив)\\p{L}*\\s+(?:певиц|певц|рэпер|исполнител|групп|музыкант|артист)\\p{L}*',
      '(?<![\\p{L}])не\\s+(?:пролистывай|пролистай|листай)\\p{L}*(?:\\s+(?:этот\\s+коммент\\p{L}*|мимо))?\\s*(?=[,.!]|$)|(?<![\\p{L}])помоги\\p{L}*\\s+(?:мне\\s+|нам\\s+)?(?:раскрутить|продвинуть|раскрутиться)',
      '(?<![\\p{L}])меня\\s+зовут\\s+\\p{L}+\\s*,?\\s+(?:и\\s+)?я\\s+(?:\\p{L}+\\s+)?(?:пою|читаю\\s+рэп|записываю\\s+(?:каверы|песни|треки)|снимаю\\s+(?:видео|ролики)|начина\\p{L}*\\s+петь|начинающ|певиц|певец|рэпер|музыкант|блогер)',
      '(?:帮忙|幫忙|帮我|幫我)推广|我叫[^，,。！？\\s]{1,4}[，,]?是?(?:一名|一个|一個)?(?:新人|独立|獨立|原创|原創)?(?:歌手|音乐人|音樂人|rapper|up主|主播)|(?:抱歉|不好意思|对不起|對不起|见谅|見諒|sorry)[^。！？\\n]{0,6}刷屏|刷屏一下|帮忙(?:看看|听听|點點|点点)我(?:做)?的|幫忙(?:看看|聽聽)我(?:做)?的|新人歌手|(?:新|原创|原創)歌求支持',
    ].join('|'),
  ),
  'gu',
);
const OTHER_GUARD =
  /извин|прост|сор|прощ|зацен|послуш|поддерж|оцен|пролист|листай|помоги|зовут|推广|推廣|我叫|刷屏|帮忙|幫忙|新人歌手|求支持/;

/** How many plugs a normalised (lower-cased) text contains; `linked` when it has a link that is
 * neither a public reference nor reputable (a pasted `watch?v=` counts as one). */
export function countVideoPlugs(text: string, linked: boolean): number {
  let n = 0;
  if (EN_GUARD.test(text)) {
    EN.lastIndex = 0;
    while (EN.exec(text) !== null) n++;
  }
  if ((linked || text.includes('watch?v=')) && LINKED.test(text) && !CITING.test(text)) n++;
  if (OTHER_GUARD.test(text)) {
    OTHER.lastIndex = 0;
    while (OTHER.exec(text) !== null) n++;
  }
  return n;
}
