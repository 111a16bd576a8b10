// Promotion of download, streaming, cheat and crack sites: "watch <film> full movie online free",
// "free robux generator no human verification", "<game> hack unlimited gems", "cracked version
// download", "mod apk". Phrases genuine readers use in a technical blog ("hack around the bug",
// "cheat sheet", "could not download the file", "life hack") are not in these families: each one
// names the giveaway (free + currency, generator, no survey, full movie, crack/keygen, mod apk).

import { LiteralGuard } from './literals.ts';
import { withCheapLetters } from '../text/letter-class.ts';

const SERVICES =
  'netflix|spotify|disney\\s*\\+|disney plus|hbo(?: max)?|hulu|prime video|amazon prime|youtube premium|crunchyroll|canva pro|chatgpt plus|dazn';

const ENGLISH = [
  // Free social proof, gift cards and game keys, and their generators (game currency is the
  // game-currency offer signal's, illicit-offer-patterns.ts).
  'free\\s+(?:spins|followers|likes|views|subscribers|' +
    'gift ?cards?|steam (?:keys?|wallet)|psn codes?|xbox codes?|itunes codes?|minecraft)',
  '(?:gift ?card|followers|likes)\\s+(?:generator|gen|hack|adder)',
  '(?:hack|cheat|cheats|generator|mod)\\s+(?:tool|apk|menu|no survey|online|download|free|unlimited|ios|android|2\\d{3})',
  '(?:no|without)\\s+(?:surveys?|human verification)',
  '(?:aimbot|wallhack|wall hack|esp hack|triggerbot|spoofer)',
  'mod\\s*apk|apk\\s+mod|(?:modded|hacked|cracked)\\s+apk',
  // Free or "full version" APKs and their data files: "free full version apk + obb".
  '(?:free|full version|premium|unlocked|paid)\\s+(?:[a-z0-9]+\\s+){0,2}?apk|apk\\s*(?:\\+|and)\\s*obb',
  // Streaming and pirated films and series.
  '(?:watch|stream|download)\\s+(?:\\S+\\s+){0,6}?(?:full\\s+(?:movie|film|episode|hd)|online\\s+free|free\\s+online)',
  'full\\s+(?:movie|film)\\s+(?:online|free|hd|download|streaming|stream|123)',
  '(?:123movies|putlocker|fmovies|gomovies|solarmovie|soap2day|yesmovies|primewire|movie4k|kinogo|' +
    'torrentz|thepiratebay|pirate bay|1337x|yts)',
  // Free premium accounts, IPTV and live-stream piracy: "free Netflix premium accounts", "Spotify
  // Premium free", "IPTV subscription", "10,000 channels" next to IPTV, "live stream free HD".
  `free\\s+(?:${SERVICES})\\s+(?:premium\\s+)?(?:accounts?|subscriptions?|premium|logins?|membership)`,
  `(?:${SERVICES})\\s+(?:premium\\s+)?(?:accounts?|premium|subscriptions?)\\s+(?:for\\s+)?(?:free|giveaway|generator|cookies)`,
  'iptv\\s+(?:subscriptions?|playlists?|m3u|service|providers?|box|reseller|free trial|\\d)|m3u\\s+(?:playlists?|links?|lists?)\\s+(?:free|20\\d\\d)',
  '(?:live\\s*streams?|live\\s+streaming)\\s+(?:free|for free|online free|in hd free)|free\\s+(?:hd\\s+)?live\\s*streams?',
  // (Cracks, keygens and activators are the cracked-software offer signal's, illicit-offer-patterns.ts.)
  'free download(?:\\s+full)?',
  // (Bought accounts, followers and reviews are the account-selling offer signal's,
  // market-offer-patterns.ts.)
];

const OTHER = [
  // Russian: "скачать бесплатно", "смотреть онлайн", "без регистрации", "взлом", "читы", "кряк"
  '(?<![\\p{L}])(?:скачать|смотреть)\\s+(?:[\\p{L}\\p{N}]+\\s+){0,4}?(?:бесплатно|онлайн|без\\s+регистрации|торрент\\p{L}*|в\\s+хорошем\\s+качестве)',
  '(?<![\\p{L}])без\\s+(?:регистрации\\s+и\\s+смс|смс)',
  '(?<![\\p{L}])(?:взлом\\p{L}*\\s+(?:игр|аккаунт|страниц|вк|вконтакте)\\p{L}*|чит\\p{L}*\\s+(?:на|для)\\s+\\p{L}+|бесплатн\\p{L}*\\s+голос\\p{L}*)',
  // Chinese / Japanese: "免费下载", "在线观看", "免费观看", "破解版", "外挂", "无限金币"
  '免费下载|免費下載|在线观看|在線觀看|免费观看|免費觀看|高清在线|外挂|外掛|' +
    '無料ダウンロード|無料視聴|フル動画|チート|ハック|' +
    // "免费看最新电影", "高清无广告": free films without adverts
    '免费看|免費看|高清无广告|高清無廣告|无广告观看|最新电影免费|最新電影免費|' +
    // "免费VIP账号", "会员共享", "直播免费观看", "无插件", "破解直播", "数千频道": premium accounts and
    // live-stream piracy
    '免费vip|免費vip|vip账号|vip賬號|会员账号共享|會員賬號共享|账号共享|賬號共享|直播免费|直播免費|免费直播|免費直播|无插件|無插件|破解直播|直播源|数千频道|數千頻道|上千频道|上千頻道',
  // Russian: "IPTV плейлист 2026", "скачать m3u", "более 5000 каналов", "бесплатные премиум аккаунты
  // Netflix", "прямая трансляция бесплатно в HD"
  'iptv\\s+плейлист\\p{L}*\\s+(?:20\\d\\d|бесплатн|скачать|свеж|рабоч)|(?:скачать\\s+m3u|m3u\\s+(?:бесплатно|скачать))|(?<![\\p{L}])(?:более|свыше|больше)\\s+\\d+\\s+(?:тв\\s+)?каналов',
  `(?<![\\p{L}])бесплатн\\p{L}*\\s+(?:премиум\\s+)?(?:аккаунт|подписк)\\p{L}*\\s+(?:${SERVICES}|нетфликс|кинопоиск|okko|ivi|иви|яндекс\\s+плюс)|(?<![\\p{L}])(?:премиум\\s+)?аккаунт\\p{L}*\\s+(?:${SERVICES}|нетфликс|кинопоиск)\\s+бесплатно|(?<![\\p{L}])раздач\\p{L}*\\s+(?:премиум\\s+)?аккаунт\\p{L}*`,
  '(?<![\\p{L}])(?:прям\\p{L}*\\s+)?трансляци\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?бесплатно\\s+(?:в\\s+(?:hd|хорошем\\s+качестве|full\\s*hd)|без\\s+регистрации|онлайн)',
];

// One regex per family: each distinct giveaway counts ("watch … full movie" and "full movie online
// free" are two), a phrase repeated within one family counts again.
// The text is already lower-cased: no "i" flag (case-insensitive Unicode matching is slow).
const FAMILIES = [...ENGLISH, ...OTHER].map((source) => new RegExp(withCheapLetters(source), 'gu'));

// Plain strings, looked for by a table scan (literals.ts), not a regex alternation.
const GUARD = LiteralGuard.of(
  /buy|cheap|robux|bucks|gems|coins|diamond|hack|cheat|generat|mod|survey|verification|unlimited|aimbot|wall|spoof|apk|full|movie|film|crack|keygen|serial|licen|activation|product|registration|free d|123|netflix|spotify|disney|hbo|hulu|prime|premium|dazn|crunchyroll|canva|chatgpt|iptv|m3u|stream|putlocker|soap2day|torrent|pirate|1337x|yts|скача|смотр|регистр|смс|взлом|чит|кряк|кейген|бесплат|免费|免費|在线|在線|观看|觀看|破解|外挂|外掛|无限|無限|激活|注册|序列|無料|フル|チート|ハック|免费看|免費看|广告|廣告|最新|vip|账号|賬號|直播|插件|频道|頻道|каналов|аккаунт|трансляц/,
);

/** How many download/stream/cheat/crack promotion phrases a normalised text contains. */
export function countSitePromotion(text: string): number {
  if (!GUARD.test(text)) return 0;
  let n = 0;
  for (const re of FAMILIES) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) n++;
  }
  return n;
}
