// fake-news-ad: the "sponsored story" scam. A comment dressed as news ("Shocking report: how a
// teacher from Almaty earned millions with this platform <link>", «Сенсация! Известный бизнесмен
// раскрыл секрет …», 震惊！…) or as a celebrity's or an official's endorsement ("Elon Musk backs a new
// investment platform, the central bank is furious") that promises money and sends to a link.
//
// All three must be there: a sensational or endorsement opener (OPENER), a money promise
// (`claimsEarnings` in own-promotion.ts, or MONEY_PROMISE below) and a link. A reader's "shocking
// report, the ministry should resign <reuters link>" has no money promise; a warning about such
// adverts ("beware of fake 'Musk backs platform' ads", «осторожно, мошенники», 谨防诈骗) says so
// (WARNING); a real state payment is cited with a public body's link (a reference domain), which
// keeps the signal off. The patterns are only tried once a link and a trigger character are there,
// so a comment without them pays one test of a short regular expression.

import { claimsEarnings } from '../own-promotion.ts';
import { cheapLetters, withCheapLetters } from '../../text/letter-class.ts';

// The sensational opener or endorsement.
const OPENER = new RegExp(
  withCheapLetters(
    [
      // "Shocking report/interview/news", "breaking:", "sensation", "everyone is talking about it"
      '\\bshocking\\s+(?:report|interview|news|truth|revelation|confession|story|statement|discovery)',
      '\\b(?:sensation|sensational)\\b',
      '\\beveryone\\s+is\\s+talking\\s+about\\b',
      "\\byou\\s+won[’']?t\\s+believe\\b",
      '\\b(?:banks|the\\s+central\\s+bank|bankers|the\\s+government)\\s+(?:is|are)\\s+(?:furious|in\\s+shock|shocked|hiding)\\b',
      "\\bthey\\s+don[’']?t\\s+want\\s+you\\s+to\\s+know\\b",
      '\\b(?:revealed|reveals|reveal|shared|shares|exposed)\\s+(?:the|his|her|their)\\s+secret\\b',
      '\\bscandal\\s+(?:on|in)\\s+(?:live\\s+)?(?:tv|air|the\\s+studio)\\b',
      // an endorsement: a famous name or office that backs, invests in or launched something
      "\\b(?:elon\\s+musk|musk|bill\\s+gates|jeff\\s+bezos|warren\\s+buffett|mark\\s+zuckerberg|the\\s+president|the\\s+prime\\s+minister|(?:a\\s+)?famous\\s+(?:presenter|businessman|businesswoman|actor|actress|singer|billionaire|blogger|tv\\s+host)|(?:a\\s+)?billionaire|(?:a\\s+)?tv\\s+presenter)\\b(?:\\s+[\\w’']+){0,3}?\\s+(?:backs|backed|supports|endorses|endorsed|recommends|recommended|invested\\s+in|invests\\s+in|launched|launches)\\b",
      // «Шокирующее интервью», «Сенсация», «Все об этом говорят», «раскрыл секрет»
      '(?<![\\p{L}])шокирующ\\p{L}*\\s+(?:интервью|правд|новост|заявлени|признани|репортаж|отч[её]т)',
      '(?<![\\p{L}])сенсаци\\p{L}*',
      '(?<![\\p{L}])(?:все|вся\\s+страна)\\s+(?:об\\s+этом\\s+)?говор\\p{L}+\\s+об\\s+этом',
      '(?<![\\p{L}])все\\s+об\\s+этом\\s+говорят',
      '(?<![\\p{L}])раскрыл\\p{L}*\\s+(?:свой\\s+|свою\\s+)?(?:секрет|тайн)',
      '(?<![\\p{L}])(?:центробанк|нацбанк|банки|центральный\\s+банк)\\s+(?:в\\s+ярости|в\\s+шоке|скрыва)',
      '(?<![\\p{L}])(?:илон\\s+маск|маск|билл\\s+гейтс|президент|премьер-министр|известн\\p{L}+\\s+(?:бизнесмен|ведущ|актер|актёр|певиц|певец|блогер|миллиардер)|миллиардер|телеведущ\\p{L}*)(?:\\s+\\p{L}+){0,3}?\\s+(?:поддержал|рекомендует|рекомендовал|вложил|инвестировал|запустил|одобрил|раскрыл)\\p{L}*',
      // 震惊, 揭秘, 重磅, 曝光, 独家爆料, 所有人都在谈论, 马斯克/总统/知名主持人 推荐/力挺/投资
      '震惊|震驚|揭秘|重磅|曝光|爆料|惊爆|驚爆|所有人都在(?:谈论|談論)|(?:马斯克|馬斯克|比尔盖茨|总统|總統|总理|知名(?:主持人|企业家|富豪|明星)|首富)[^。！？!?]{0,8}?(?:推荐|推薦|力挺|投资|投資|支持|背书|背書|揭秘)',
    ].join('|'),
  ),
  'iu',
);

// A money promise the earnings claim does not cover: the investment platform, income per day,
// a sum for everyone who registers.
const MONEY_PROMISE = new RegExp(
  withCheapLetters(
    [
      '\\b(?:investment|trading|crypto)\\s+(?:platform|app|bot|program|programme)\\b',
      '\\bpassive\\s+income\\b',
      '\\b(?:earn|earns|earned|earning|make|makes|made|get|gets|receive|receives|pays?|paid)\\s+(?:up\\s+to\\s+|from\\s+|over\\s+)?[$€£]?\\d[\\d,. ]*(?:k\\b|\\s*(?:dollars|usd|tenge|rubles|roubles|euros?))?(?:\\s+(?:a|per|every)\\s+(?:day|week|month)|\\s+to\\s+every(?:one)?|\\s+(?:in|within)\\s+a\\s+(?:day|week|month))',
      '\\b(?:every(?:one)?|each\\s+(?:citizen|person))\\s+who\\s+(?:registers|signs\\s+up|joins)\\b',
      '(?<![\\p{L}])(?:инвестиционн|торгов|криптовалютн)\\p{L}*\\s+(?:платформ|бот|приложени)\\p{L}*',
      '(?<![\\p{L}])пассивн\\p{L}*\\s+доход',
      '(?<![\\p{L}])(?:заработ|получ|выплач|зарабатыва)\\p{L}*\\s+(?:от\\s+|до\\s+|по\\s+)?\\d[\\d\\s]*\\s*(?:тысяч|тыс|руб|₽|тенге|₸|долл|\\$)',
      '(?<![\\p{L}])(?:каждому|всем),?\\s+кто\\s+(?:зарегистрир|подаст|оставит)',
      '(?<![\\p{L}])заработал\\p{L}*\\s+(?:миллион|состояни)',
      '投资平台|投資平台|理财平台|理財平台|交易平台|被动收入|被動收入|(?:日|月)入(?:过|過)?[\\d一二两三四五六七八九十百千万]|(?:日|月)赚|赚了?\\d|赚了?(?:几|上)?(?:百万|千万|万)|躺赚|每人(?:可)?领|注册(?:即|就)(?:送|领|得)',
    ].join('|'),
  ),
  'iu',
);

/** Whether a normalised text promises money: an earnings claim (`claimsEarnings`), an investment
 * platform, passive income, a sum a day or to everyone who registers (reputable.ts: no reputable
 * link counts beside one). */
export function promisesMoney(text: string): boolean {
  return claimsEarnings(text) || MONEY_PROMISE.test(text);
}

// A reader warning about such adverts, or calling them what they are.
const WARNING = cheapLetters(
  /\b(?:beware|fake|scam|scams|scammers?|fraud|fraudulent|phishing|deepfakes?|hoax|don[’']?t\s+(?:click|fall|believe)|do\s+not\s+(?:click|fall|believe)|warning|watch\s+out)\b|(?<![\p{L}])(?:осторожн|мошенн|фейк|развод|лохотрон|не\s+ведитесь|не\s+верьте|не\s+переходите|обман)\p{L}*|骗|騙|假|谨防|謹防|小心|诈|詐|谣言|謠言/iu,
);

// A cheap first test: without one of these nothing above can match.
const TRIGGER =
  /shock|sensation|talking|believe|furious|hiding|want\s+you|secret|scandal|musk|gates|bezos|buffett|zuckerberg|president|minister|famous|billionaire|presenter|шок|сенсац|говор|секрет|тайн|ярост|скрыва|маск|гейтс|президент|премьер|известн|миллиардер|ведущ|震|揭秘|重磅|曝光|爆料|谈论|談論|马斯克|馬斯克|盖茨|总统|總統|总理|知名|首富/iu;

/**
 * Whether a normalised comment with `links` links is a fake-news advert: a sensational or
 * endorsement opener beside a money promise and a link, with no warning word and no public
 * reference link (`hasReference`). A link on a domain that borrows an outlet's name (`lookalike`,
 * reputable.ts: bbc-news-today.xyz) stands for the opener: it dresses the page as that outlet's news.
 */
export function isFakeNewsAd(text: string, links: number, hasReference: boolean, lookalike = false): boolean {
  if (links === 0 || hasReference) return false;
  if (!lookalike && (!TRIGGER.test(text) || !OPENER.test(text))) return false;
  if (!claimsEarnings(text) && !MONEY_PROMISE.test(text)) return false;
  return !WARNING.test(text);
}
