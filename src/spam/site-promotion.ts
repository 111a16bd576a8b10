// Promotion of download, streaming, cheat and crack sites: "watch <film> full movie online free",
// "free robux generator no human verification", "<game> hack unlimited gems", "cracked version
// download", "mod apk". Phrases genuine readers use in a technical blog ("hack around the bug",
// "cheat sheet", "could not download the file", "life hack") are not in these families: each one
// names the giveaway (free + currency, generator, no survey, full movie, crack/keygen, mod apk).

const ENGLISH = [
  // Free game currency and social proof, and their generators.
  'free\\s+(?:robux|v-?bucks|vbucks|gems|coins|diamonds|spins|followers|likes|views|subscribers|' +
    'gift ?cards?|steam (?:keys?|wallet)|psn codes?|xbox codes?|itunes codes?|minecraft|fortnite skins?)',
  '(?:robux|v-?bucks|vbucks|gems|coins|diamonds|gift ?card|followers|likes)\\s+(?:generator|gen|hack|adder)',
  '(?:hack|cheat|cheats|generator|mod)\\s+(?:tool|apk|menu|no survey|online|download|free|unlimited|ios|android|2\\d{3})',
  '(?:no|without)\\s+(?:surveys?|human verification)',
  'unlimited\\s+(?:gems|coins|money|diamonds|lives|gold|cash|robux|v-?bucks|energy)',
  '(?:aimbot|wallhack|wall hack|esp hack|triggerbot|spoofer)',
  'mod\\s*apk|apk\\s+mod|(?:modded|hacked|cracked)\\s+apk',
  // Free or "full version" APKs and their data files: "free full version apk + obb".
  '(?:free|full version|premium|unlocked|paid)\\s+(?:[a-z0-9]+\\s+){0,2}?apk|apk\\s*(?:\\+|and)\\s*obb',
  // Streaming and pirated films and series.
  '(?:watch|stream|download)\\s+(?:\\S+\\s+){0,6}?(?:full\\s+(?:movie|film|episode|hd)|online\\s+free|free\\s+online)',
  'full\\s+(?:movie|film)\\s+(?:online|free|hd|download|streaming|stream|123)',
  '(?:123movies|putlocker|fmovies|gomovies|solarmovie|soap2day|yesmovies|primewire|movie4k|kinogo|' +
    'torrentz|thepiratebay|pirate bay|1337x|yts)',
  // Cracks and keys.
  '(?:crack(?:ed)?|keygen)\\s+(?:version|download|free|full|\\+|activation|serial|license|key)',
  '(?<![\\p{L}])keygen(?![\\p{L}])',
  '(?:serial|license|licence|activation|product|registration)\\s+(?:key|code|number)s?\\s+(?:free|generator|crack|download|2\\d{3})',
  '(?:free\\s+)?full version (?:free|download|crack)|free\\s+full\\s+version',
  'free download(?:\\s+full)?',
  // Fake accounts and bought social proof: "buy verified PayPal accounts", "buy TikTok followers".
  'buy\\s+(?:verified|aged|old|bulk|pva|cheap)\\s+(?:[a-z]+\\s+){0,2}?accounts?',
  // (an adjective of the offer is needed: "companies buy reviews" is what a reader writes)
  '(?:buy\\s+(?:real|active|cheap|instant|targeted|organic|genuine)|cheap|instant)\\s+(?:instagram\\s+|tiktok\\s+|youtube\\s+|twitter\\s+|facebook\\s+|google\\s+)?(?:followers|likes|views|subscribers|reviews)',
];

const OTHER = [
  // Russian: "скачать бесплатно", "смотреть онлайн", "без регистрации", "взлом", "читы", "кряк"
  '(?<![\\p{L}])(?:скачать|смотреть)\\s+(?:[\\p{L}\\p{N}]+\\s+){0,4}?(?:бесплатно|онлайн|без\\s+регистрации|торрент\\p{L}*|в\\s+хорошем\\s+качестве)',
  '(?<![\\p{L}])без\\s+(?:регистрации\\s+и\\s+смс|смс)',
  '(?<![\\p{L}])(?:взлом\\p{L}*\\s+(?:игр|аккаунт|страниц|вк|вконтакте)\\p{L}*|чит\\p{L}*\\s+(?:на|для)\\s+\\p{L}+|кряк\\p{L}*|кейген|бесплатн\\p{L}*\\s+(?:голос|робукс|вбакс|алмаз)\\p{L}*)',
  // Chinese / Japanese: "免费下载", "在线观看", "免费观看", "破解版", "外挂", "无限金币"
  '免费下载|免費下載|在线观看|在線觀看|免费观看|免費觀看|高清在线|破解版|破解下载|外挂|外掛|无限金币|無限金幣|' +
    '激活码|注册码|序列号|無料ダウンロード|無料視聴|フル動画|チート|ハック|' +
    // "免费看最新电影", "高清无广告": free films without adverts
    '免费看|免費看|高清无广告|高清無廣告|无广告观看|最新电影免费|最新電影免費',
];

// One regex per family: each distinct giveaway counts ("watch … full movie" and "full movie online
// free" are two), a phrase repeated within one family counts again.
// The text is already lower-cased: no "i" flag (case-insensitive Unicode matching is slow).
const FAMILIES = [...ENGLISH, ...OTHER].map((source) => new RegExp(source, 'gu'));

const GUARD =
  /buy|cheap|robux|bucks|gems|coins|diamond|hack|cheat|generat|mod|survey|verification|unlimited|aimbot|wall|spoof|apk|full|movie|film|crack|keygen|serial|licen|activation|product|registration|free d|123|putlocker|soap2day|torrent|pirate|1337x|yts|скача|смотр|регистр|смс|взлом|чит|кряк|кейген|бесплат|免费|免費|在线|在線|观看|觀看|破解|外挂|外掛|无限|無限|激活|注册|序列|無料|フル|チート|ハック|免费看|免費看|广告|廣告|最新/;

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
