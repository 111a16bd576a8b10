// Tech-support and booking scams: "<Brand> customer service number", "call the helpline",
// "toll-free", lists of "<brand> support phone number" with or without digits. The public data we
// train on (YouTube, SMS) has almost none of this, so these are phrase families written by hand,
// in the scripts we serve (Latin-script languages, Cyrillic, Chinese/Japanese/Korean), matched on
// normalised text (lower case, homoglyphs folded, so "Nоrton" with a Cyrillic о still matches).
import { countMatches, scriptsOf } from './patterns.ts';
import { cheapLetters, withCheapLetters } from '../text/letter-class.ts';

/** What a text says about support lines. */
export interface SupportEvidence {
  /** Phrases naming a support line as a thing to call: "customer service number",
   * "support phone number", "helpline number", "toll-free number", "客服电话", "горячая линия". */
  lines: number;
  /** Service words that give a phone number its context: "customer service", "tech support",
   * "helpline", "call now", "24/7", "reservations", "客服", "техподдержка", ☎. */
  service: number;
  /** A brand commonly impersonated by support scammers, next to a support word: "Norton
   * support", "QuickBooks customer service", "Epson printer helpline". */
  brands: number;
}

// Brands that tech-support, airline-booking and wallet-recovery scams impersonate most. A name
// alone is nothing; only a name followed (within three words) by a support word counts.
const BRANDS =
  'norton|mcafee|avast|avg|kaspersky|bitdefender|malwarebytes|webroot|eset|trend ?micro|' +
  'hp|epson|canon|brother|lexmark|xerox|dell|lenovo|asus|acer|toshiba|samsung|apple|icloud|itunes|' +
  'microsoft|windows|outlook|hotmail|office ?365|msn|gmail|google|yahoo|aol|roadrunner|bellsouth|' +
  'sbcglobal|comcast|xfinity|verizon|at ?& ?t|att|spectrum|charter|cox|netgear|linksys|belkin|' +
  'tp-?link|arlo|roku|alexa|echo|kindle|amazon|prime|paypal|cash ?app|venmo|zelle|coinbase|binance|' +
  'blockchain|metamask|trust ?wallet|kraken|robinhood|ledger|trezor|quickbooks|quicken|sage|' +
  'turbotax|intuit|facebook|instagram|whatsapp|snapchat|tiktok|twitter|netflix|hulu|disney|' +
  'garmin|tomtom|magellan|geek ?squad|delta|united airlines|american airlines|southwest|jetblue|' +
  'spirit airlines|frontier airlines|alaska airlines|lufthansa|emirates|qatar airways|' +
  'british airways|air canada|air france|klm|expedia|cruise|fedex|ups|usps|dhl|walmart';

const SUPPORT_WORD =
  'support|customer (?:service|care|support)|helpline|help ?line|help ?desk|hotline|hot line|' +
  'tech(?:nical)? support|service (?:number|phone)|contact number|phone number|' +
  'toll[- ]?free|reservations?|booking|login (?:help|support)|recovery';

// Customer-service words of other Latin-script languages, for "<support word> de/der <brand>".
const FOREIGN_SUPPORT =
  'servicio al cliente|atenci[oó]n al cliente|atendimento ao cliente|service client|kundenservice|' +
  'kundendienst|servizio clienti|assistenza clienti|telefonnummer|hotline';

// Latin-script families run without the Unicode flag (several times faster); the text is already
// lower case, so no "i" flag either.
// A line named by itself ("Garmin helpline", "HP customer care"): counted as a line only in a list
// of brands' support (two or more brand-support phrases), where each entry names one. Alone it is
// what a reader writes ("the council's hotline is …"), a service word at most.
const BARE_LINE =
  /\bhelp ?line\b(?! (?:phone |contact |telephone )?(?:number|numbers|no\.|#))|\bhot ?line\b(?! (?:phone |contact |telephone )?(?:number|numbers|no\.|#))|\bcustomer care\b(?! (?:phone |contact |telephone )?(?:number|numbers|no\.|line|#))/g;

// Its Russian counterpart: an entry ending in a bare «номер телефона», «телефон» or «номер»
// («техподдержка Сбербанка номер телефона»), counted only in a list of two or more brands' support
// (not when a line phrase of CYRILLIC.lines already holds the word).
const BARE_LINE_RU = cheapLetters(
  /(?<!\p{L})(?<!бесплатн\p{L}*\s)(?:номер\p{L}*\s+телефон\p{L}*|телефон|номер)(?!\p{L})(?!\s+(?:\p{L}+\s+)?(?:поддержк|горяч|служб|оператор))/gu,
);

// And the Chinese one: a live agent's line named bare in a list entry (淘宝客服电话人工服务).
const BARE_LINE_ZH = /人工服务|人工服務/g;

const LATIN = {
  // "<brand> … support", and the other order ("customer service of Delta", "Kundenservice der
  // Lufthansa", "atención al cliente de Iberia").
  brands: new RegExp(
    `\\b(?:${BRANDS})(?:\\s+[a-z0-9]+){0,3}?\\s+(?:${SUPPORT_WORD})\\b|` +
      `\\b(?:${SUPPORT_WORD}|${FOREIGN_SUPPORT})(?:\\s+(?:of|for|at|from|de|del|der|des|von|di|du|da|do|la|le|el|the)){1,2}\\s+(?:${BRANDS})\\b`,
    'g',
  ),
  lines: new RegExp(
    [
      // "customer service number", "support phone number", "helpline no.", "toll free number"
      '(?:support|service|care|help ?line|hot ?line|help ?desk|toll[- ]?free|reservations?|booking|' +
        'tech support|technical support)\\s+(?:phone |contact |telephone |tel\\.? )?' +
        '(?:number|numbers|no\\.|line|#)',
      'toll[- ]?free',
      '(?:call|dial|contact|reach)\\s+(?:(?:the|our|their)\\s+)?(?:support|helpline|help ?desk|customer service)',
      // Spanish, Portuguese, French, German, Italian
      '(?:servicio|atenci[oó]n) al cliente|n[uú]mero de (?:tel[eé]fono|atenci[oó]n|soporte)|' +
        'atendimento ao cliente|service (?:client|clientèle)|num[eé]ro (?:de t[eé]l[eé]phone|vert)|' +
        'kundenservice|kundendienst|(?:telefon|ruf|service|hotline)nummer|servizio clienti|numero verde',
    ].join('|'),
    'g',
  ),
  service: new RegExp(
    [
      '(?:customer|client|tech(?:nical)?|premium|live|account|billing)\\s+(?:service|support|care|help)',
      'help ?line|help ?desk|hot ?line|call (?:now|us|today|at)|\\bdial\\b|24\\s*[/x×]\\s*7|round the clock|' +
        'rund um die uhr|24 horas|24h/24|llame|appelez|rufen sie',
      'reservations?|booking|support (?:team|experts?|executives?|agents?|engineers?)',
      // The staff a scam promises ("our certified technicians", "expert engineers") and the
      // ways to reach them ("contact us on WhatsApp").
      '(?:certified|expert|qualified|professional|trained|skilled|our)\\s+(?:[a-z]+\\s+)?(?:technicians?|engineers?|experts?|executives?|agents?)',
      'contact us|message us|text us|(?:on|via)\\s+(?:whatsapp|telegram|signal|wechat|viber)',
      '\\u260e|\\u260f|\\ud83d\\udcde|\\ud83d\\udcf1',
    ].join('|'),
    'g',
  ),
};

// Russian names the brand after the line: "служба поддержки Сбербанка", "горячая линия Тинькофф".
const RU_BRANDS = 'сбербанк|тинькофф|авито|яндекс|госуслуг|нортон|касперск|мтс|билайн|мегафон|ростелеком';
const CYRILLIC = {
  brands: new RegExp(
    withCheapLetters(
      `(?<![\\p{L}])(?:нортон|касперск|сбербанк|тинькофф|авито|яндекс)\\p{L}*(?:\\s+\\p{L}+){0,3}?\\s+(?:техподдержк|поддержк|горяч)\\p{L}*|` +
        `(?<![\\p{L}])(?:(?:тех)?поддержк\\p{L}*|горяч\\p{L}* лини\\p{L}*|номер\\p{L}*|телефон\\p{L}*|колл-центр\\p{L}*)` +
        `(?:\\s+\\p{L}+){0,2}?\\s+(?:${RU_BRANDS})\\p{L}*`,
    ),
    'gu',
  ),
  lines: new RegExp(
    withCheapLetters(
      [
        // "номер службы поддержки", "телефон горячей линии", "бесплатный номер"
        '(?<![\\p{L}])(?:номер|телефон)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:поддержк|горяч|служб|оператор)\\p{L}*',
        '(?<![\\p{L}])горяч\\p{L}*\\s+лини\\p{L}*',
        '(?<![\\p{L}])бесплатн\\p{L}*\\s+(?:номер|звон)\\p{L}*',
      ].join('|'),
    ),
    'gu',
  ),
  service: cheapLetters(
    /техподдержк|служб\p{L}* (?:тех)?поддержки|(?<![\p{L}])(?:по)?звони\p{L}*|круглосуточно|бронировани/gu,
  ),
};

const CJK = {
  // Chinese and Japanese write no spaces: "微软客服电话", "アップルサポート".
  brands:
    /(?:微软|苹果|支付宝|淘宝|京东|华为|小米|腾讯|抖音|拼多多|美团|マイクロソフト|アップル)\s*[^\s，。！？,.!?]{0,4}?\s*(?:客服|热线|售后|サポート|カスタマー)/gu,
  lines:
    /客服电话|客服热线|服务热线|热线电话|售后电话|预订电话|订票电话|咨询电话|全国统一|人工客服|客服電話|服務熱線|フリーダイヤル|サポートセンター|カスタマーサポート|コールセンター|고객센터|상담전화/g,
  service: /客服|热线|售后|24小时|预订|订票|お問い合わせ|電話番号/g,
};

// Cheap guard for the Latin families: none can match without one of these stems.
const LATIN_GUARD =
  /support|servic|care|help|hot ?line|toll|reserv|booking|cliente|client|kunden|nummer|num[eé]ro|n[uú]mero/;

/**
 * Support-line evidence in normalised (lower-cased, homoglyph-folded) text. The service words only
 * matter next to a phone number, so they are looked for only when `phones` > 0.
 */
export function supportEvidence(text: string, phones = 1): SupportEvidence {
  const evidence = { lines: 0, service: 0, brands: 0 };
  const scripts = scriptsOf(text);
  for (const [use, family] of [
    [LATIN_GUARD.test(text) || (phones > 0 && LATIN.service.test(text)), LATIN],
    [scripts.cyrillic, CYRILLIC],
    [scripts.cjk, CJK],
  ] as const) {
    if (!use) continue;
    evidence.lines += countMatches(family.lines, text);
    evidence.brands += countMatches(family.brands, text);
    if (evidence.brands >= 2)
      evidence.lines += countMatches(
        family === LATIN ? BARE_LINE : family === CYRILLIC ? BARE_LINE_RU : BARE_LINE_ZH,
        text,
      );
    if (phones > 0) evidence.service += countMatches(family.service, text);
  }
  return evidence;
}
