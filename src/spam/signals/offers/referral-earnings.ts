// Earnings testimonials with a way in, and money apps promoted with a referral or invite code (issue
// 15, 2026-12-07; docs/spam.md, "Earnings testimonials and referral codes"): "I made $4,300 last
// month working from home … here is how: <link>", "I make $200 a day with this app, search
// 'CashPanda' in the app store and use my code PANDA77", "my sister earns $900 a week on her laptop,
// check <link>", «зарабатываю с телефона по 3000 в день, приложение в профиле», «подработка для
// студентов, подробнее в шапке профиля», 下载XX APP，邀请码 8K3D2，每天轻松赚100元.
//
// The shape, not a list of phrases: an income claim (the writer's own or a relative's or a
// friend's: a money verb, an amount and a period in one sentence; in Chinese, where the subject is
// usually left out, a period, a money verb and a number in one clause; in Russian also a job advert
// for students, mothers or pensioners; or the same income promised to the reader) together with a
// way in that points at the money-making: a code to enter with the code itself (invite, referral,
// promo code, 邀请码, промокод), an app or a site to search or download, the details or the link
// "in my profile/bio" or in DMs, or a link in the pitch's frame. Beside a way in named in words the
// claim counts once, the way in once and the two in one stretch once more (+5: the pitch with its
// door); a claim beside a link counts once (countLinkedClaim), beside the link's own weight.
//
// Readers write each half: a salary or a price ("I made $1,200 a month as a teacher in Bishkek"),
// a bank's app ("does the Kaspi app let you pay in yuan?"), a promo code in the news, an invitation
// letter for a visa (邀请函), "I work from home". An amount alone, a link alone, a code alone or
// "from home" alone count nothing; neither half counts beside a salary, a pension, a named job, a
// report or a warning.
import type { OfferContext } from './offer-family.ts';
import type { NormalizedText } from '../../text/normalize.ts';
import { isReferenceLink } from '../../text/url.ts';
import { isReputableLink } from '../reputable.ts';
import { cheapLetters } from '../../text/letter-class.ts';
import { earningsPitchUnless } from '../readers/money-reader.ts';

// The stems the EARNINGS guard gains: the claim's (it counts only beside a way in, and the way in
// only beside it; "code", "search" and 下载 are in many comments, a money verb in fewer).
export const REFERRAL_GUARD =
  /earn|make|made|pull|bring|brought|pocket|clear|take home|took home|taking home|got paid|get paid|getting paid|withdr|cash|payout|зарабат|заработ|подрабат|подработк|получа|получил|имею|поднима|поднял|вывел|вывож|выводит|выходит|вышло|доход|работа для|студенты|школьники|мамочки|пенсионеры|домохозяйки|每天|一天|每日|每周|每週|一周|一週|每个月|每個月|一个月|一個月|每月|月入|日入|一星期|上个月|上個月|上周|上週|这个月|這個月|本月/;

// ---- the claim ----
const AMOUNT_EN = `(?:[$€£]\\s?\\d[\\d,.]*\\s*k?|\\d[\\d,.]*\\s*k?\\s*(?:\\$|usd|dollars|bucks|euros?))`;
const PERIOD_EN = `(?:(?:a|an|per|every|each)\\s+(?:day|week|month|hour)|daily|weekly|monthly|(?:last|this|a|one|the first)\\s+(?:week|month)|in\\s+(?:a|one|two|three|four|\\d+)\\s+(?:days?|weeks?|months?)|(?:first|this week's|last week's)\\s+(?:payout|withdrawal|payment)|(?:a|one|two|three|four|five|six|\\d+)\\s+(?:days?|weeks?|months?)\\s+ago)`;
const VERB_EN = `(?:make|makes|made|making|earn|earns|earned|earning|pull(?:s|ed|ing)?\\s+in|bring(?:s|ing)?\\s+in|brought\\s+in|pocket(?:s|ed|ing)?|clear(?:s|ed|ing)?|take\\s+home|takes\\s+home|took\\s+home|taking\\s+home|get(?:ting)?\\s+paid|got\\s+paid|withdr[ae]w|cash(?:ed)?\\s+out)`;
// Whose income: the writer's, a relative's or a friend's, or the writer's with the subject left
// out ("been earning", "and now make", "already got paid"). "Truck drivers make $2,000 a month"
// names nobody the writer speaks for.
const WHO_EN = `(?:\\b(?:i|i'm|i've|we|we're|she|he|she's|he's|been|now|already|currently|literally|honestly|just)|\\bmy\\s+(?:[a-z]+\\s+)?(?:sister|brother|mom|mum|mother|dad|father|wife|husband|neighbou?r|friend|cousin|aunt|uncle|son|daughter|roommate|colleague|coworker|grandma|grandmother|grandpa|girlfriend|boyfriend))`;
// An aside between the subject and its verb ("I, a mom of two from Ohio, made …", "my neighbour, 58
// and never online before, makes …"), and up to three words between them, numbers too ("my aunt
// is 62 and makes …").
const ASIDE_EN = `(?:\\s*,[^,.!?\\n]{2,60},)?\\s+(?:[a-z0-9']+\\s+){0,3}?`;
const CLAIM_EN = [
  // the same income promised to the reader: "you can make $150 a day", "want to earn $500 a week?"
  `\\b(?:you\\s+can|you\\s+could|you'll|you\\s+will|want\\s+to)\\s+(?:make|earn)\\s+(?:up to\\s+|over\\s+)?${AMOUNT_EN}[^.!?\\n]{0,30}?\\b${PERIOD_EN}\\b`,
  `${WHO_EN}${ASIDE_EN}${VERB_EN}\\s+(?:about\\s+|around\\s+|over\\s+|up to\\s+|nearly\\s+|almost\\s+)?${AMOUNT_EN}[^.!?\\n]{0,50}?\\b${PERIOD_EN}\\b`,
  `\\b${PERIOD_EN}[^.!?\\n]{0,40}?${WHO_EN}${ASIDE_EN}${VERB_EN}\\s+(?:about\\s+|around\\s+|over\\s+|nearly\\s+|almost\\s+)?${AMOUNT_EN}`,
  // a payout as the money word: "got my third $820 payout", "received a $1,150 payout", "cashed my
  // $2,300 payout" (the payout is the period's income)
  `\\b(?:got|received|cashed(?:\\s+out)?|withdrew)\\s+(?:my|a|another|the)\\s+(?:[a-z]+\\s+)?${AMOUNT_EN}\\s+payout\\b`,
];

const AMOUNT_RU = `\\d[\\d\\s.,]*\\s*(?:к|k|тыс\\p{L}*|руб\\p{L}*|р|₽|тенге|₸|сом\\p{L}*|\\$|долл\\p{L}*|юан\\p{L}*)?`;
const PERIOD_RU = `(?:(?:в|за)\\s+(?:день|сутки|неделю|месяц)|ежедневно|каждый\\s+день|в\\s+неделю)`;
// The writer's own (first person, past) or one person's (a relative's, a friend's): «водители
// зарабатывают» is a report about a trade.
const VERB_RU = `(?:зарабатыва(?:ю|ем|ет)|заработал\\p{L}*|подрабатыва(?:ю|ет)|получа(?:ю|ет)|получил\\p{L}*|име(?:ю|ет)|поднима(?:ю|ет)|поднял\\p{L}*|вывел\\p{L}*|вывожу|выводит|выходит|вышло|доход\\p{L}*|заработок)`;
const CLAIM_RU = [
  // the same income promised to the reader: «кто хочет зарабатывать от 2000 в день», «будешь получать по 3000 в день»
  `(?<![\\p{L}\\p{N}])(?:кто\\s+хочет|хочешь|хотите|будешь|будете|можешь|можете)\\s+(?:\\p{L}+\\s+)?(?:зарабатывать|заработать|получать)\\s+(?:по\\s+|от\\s+|до\\s+)?${AMOUNT_RU}\\.?\\s*${PERIOD_RU}`,
  // «зарабатываю с телефона по 3000 в день», «доход уже 60 000 в месяц», «получаю по 5000 в неделю»
  `(?<![\\p{L}\\p{N}])${VERB_RU}\\s+(?:[\\p{L}]+\\s+){0,4}?(?:по\\s+|от\\s+|до\\s+|более\\s+|уже\\s+)?${AMOUNT_RU}\\.?\\s*${PERIOD_RU}`,
  // «за неделю подняла 25 000 рублей», «за месяц вышло 90 тысяч», «за месяц заработала 70 тысяч»
  `(?<![\\p{L}\\p{N}])за\\s+(?:неделю|месяц|день|сутки)\\s+(?:[\\p{L}]+\\s+){0,2}?${VERB_RU}\\s+(?:[\\p{L}]+\\s+){0,2}?${AMOUNT_RU}`,
  // a job advert for students, schoolchildren, mothers or pensioners (the claim is its pay)
  `(?<![\\p{L}\\p{N}])(?:подработк\\p{L}*|работа|заработок)\\s+(?:с\\s+телефона\\s+)?для\\s+(?:школьник|студент|мам|пенсионер|домохозяй)\\p{L}*`,
  // or addressed to them, with its pay: «Студенты! Подработка с телефона, от 1500 рублей в день»
  `(?<![\\p{L}\\p{N}])(?:студенты|школьники|мамочки|мамы|пенсионеры|домохозяйки)\\s*!+[^\\n]{0,60}?${AMOUNT_RU}\\.?\\s*${PERIOD_RU}`,
];

const NUM_ZH = '(?:\\d+|[一二两兩三四五六七八九十几幾]*[百千万萬][一二两兩三四五六七八九十几幾多]*)';
const PERIOD_ZH =
  '(?:每天|一天|每日|每周|每週|一周|一週|每个月|每個月|一个月|一個月|每月|一星期|上个月|上個月|上周|上週|这个月|這個月|本月)';
const CLAIM_ZH = [
  // 每天轻松赚100元, 一个月赚了八千多, 一天收入两三百, 每月稳定收入一万二, 每天刷视频赚50元, 日入三百
  `(?:月入|日入)${NUM_ZH}|${PERIOD_ZH}[^，。！？,.!?\\s]{0,8}?(?:赚|賺|挣|掙|收入|入账|入賬|到账|到賬|提现|提現)了?[^，。！？,.!?\\s]{0,4}?${NUM_ZH}`,
];

// ---- the way in ----
// A way in points at the money-making: a code to enter with the code itself, an app or a site to
// search or download, the writer's profile or a DM ask that holds the details, the link or the
// app. "DM me if you want the supplier's contact", "more photos on my page", 在我主页能看到我拍的照片
// and "the promo code didn't work" point at nothing to earn with.
const WAY_EN = [
  // "referral code LUCKY9", "use my code PANDA77", "invite code 5521", "code RW-5521" ("my code" is
  // a programmer's, "the promo code didn't work" a customer's)
  `\\b(?:(?:invite|invitation|referral|ref|promo|bonus|sign-?up)\\s+code|(?:use|enter|with|my)\\s+(?:my\\s+)?code)\\s*[:\\-]?\\s*[a-z]*-?\\d[a-z0-9-]*\\b`,
  // "link in bio", "details on my page", "check my profile", "message me for details", "DM me and
  // I'll send the link"
  `\\blink\\s+(?:is\\s+)?in\\s+(?:my\\s+)?(?:bio|profile)\\b|\\b(?:details|info|how|link|more)\\s+(?:is\\s+|are\\s+)?(?:in|on)\\s+my\\s+(?:bio|profile|page)\\b|\\bcheck\\s+my\\s+(?:bio|profile|page)\\b|\\b(?:dm|message|pm|inbox|text)\\s+me\\s+(?:for\\s+(?:details|info|more|the\\s+link|the\\s+app|the\\s+site)|and\\s+i(?:'ll|\\s+will)\\s+(?:send|share|show|explain)|to\\s+(?:start|join|learn))`,
  // "search QuickTaskPro on Google", "search 'CashPanda' in the app store", "google 'HomeTaskGo'",
  // "download the Rewardly app"
  `\\bsearch\\s+(?:for\\s+)?["'“]?[a-z0-9]+["'”]?\\s+(?:in|on)\\s+(?:the\\s+)?(?:app\\s+store|play\\s+store|google)|\\bgoogle\\s+["'“][a-z0-9]+|\\bdownload\\s+(?:the\\s+)?["'“]?[a-z0-9]+["'”]?\\s+app\\b`,
];
// (letters before a hyphen, "XD-6628"; in a Russian text normalisation folds a Latin code's
// look-alike letters into Cyrillic, TOP100 → «тор100», so the code's letters may be either)
const CODE_TOKEN = `\\s*[:：\\-—]?\\s*[«"“]?[a-zа-яё]*-?\\d[a-z0-9а-яё-]*`;
const POINTER_RU = `(?:подробн\\p{L}*|ссылк\\p{L}*|приложени\\p{L}*|инф\\p{L}*|вс[её]|как|способ\\p{L}*|схем\\p{L}*|описал\\p{L}*|рассказал\\p{L}*|детал\\p{L}*)`;
const WAY_RU = [
  // «промокод MONET50», «мой код приглашения ZP777», «по реферальному коду KOP99», a referral link
  `(?<![\\p{L}\\p{N}])(?:промокод\\p{L}*|(?:реферальн\\p{L}*\\s+)?код\\p{L}*(?:\\s+приглашени\\p{L}*)?|инвайт\\p{L}*)${CODE_TOKEN}|(?<![\\p{L}\\p{N}])(?:реферальн\\p{L}*\\s+ссылк\\p{L}*|по\\s+моей\\s+ссылке)`,
  // the details, the link or the app in the writer's profile, header or page or in DMs («приложение
  // в профиле», «подробнее в шапке профиля», «подробности — в директ»; «в профиле банка» is a bank's)
  `(?<![\\p{L}\\p{N}])${POINTER_RU}[^.!?\\n]{0,20}?(?:в\\s+(?:моём\\s+|моем\\s+)?профиле(?=\\s*(?:$|[.,!?;:—–)-]))|в\\s+шапке|(?:у\\s+меня|на\\s+моей)\\s+(?:на\\s+)?странице|в\\s+описании\\s+профиля|в\\s+директ|в\\s+лс|в\\s+личк\\p{L}*)|(?<![\\p{L}\\p{N}])(?:скину|пришлю|отправлю)\\s+ссылку`,
  // «ищите в плей маркете «…»», «найдите «…»», «скачивай(те) …»
  `(?<![\\p{L}\\p{N}])(?:ищите|найдите|ищи|найди)\\s+(?:(?:в|на)\\s+(?:плей|play|app|гугл|google|поиск|магазин)|[«"“])|(?<![\\p{L}\\p{N}])(?:скачивай\\p{L}*|скачайте|скачай)(?!\\p{L})`,
];
const WAY_ZH = [
  // 邀请码 8K3D2, 推荐码：QX88; 方法在我主页, 看我主页领取; 扫码下载, 下载…APP, 应用商店搜; 私信我拿/领/了解
  // ("下载了" is a story, 在我主页能看到照片 a page)
  `(?:邀请码|邀請碼|推荐码|推薦碼|注册码|註冊碼|我的码|我的碼)(?:是|为|為)?${CODE_TOKEN}|(?:方法|办法|辦法|链接|鏈接|教程|入口|详情|詳情|软件|軟件|app|平台)[^，。！？]{0,4}?(?:在|见|見|看)(?:我的?)?(?:主页|主頁|简介|簡介)|(?:看|点|點|进|進)(?:我的?)?(?:主页|主頁|简介|簡介)(?:了解|领取|領取|下载|下載)|扫码下载|掃碼下載|(?:应用|應用)(?:商店|市场|市場)(?:搜|下载|下載)|(?:下载|下載)(?!了)[^，。！？]{0,12}?(?:app|软件|軟件|应用|應用)|(?:私信|私我|私聊)(?:我)?(?:拿|领|領|要|了解|获取|獲取|发你|發你|教你|带你|帶你)`,
];

// The claim's context: a way in named in words (a link is countLinkedClaim's).
const WAY_IN = new RegExp([...WAY_EN, ...WAY_ZH].join('|'));
const WAY_IN_OTHER = cheapLetters(new RegExp(WAY_RU.join('|'), 'u'));
// The way-in phrase's context: a claim.
const CLAIM_ANY_LATIN = new RegExp(CLAIM_EN.join('|'));
const CLAIM_ANY_OTHER = cheapLetters(new RegExp([...CLAIM_RU, ...CLAIM_ZH].join('|'), 'u'));

// A reader's voice: a salary, a pension, a named job, tax, a report or a warning, a question about
// the app; and income told as experience to nobody ("two years into freelancing I made $2,500 a
// month, I wrote up what worked: <blog>", money-reader.ts).
const UNLESS = earningsPitchUnless(
  /мо[йе]\s+доход|у\s+меня\s+доход|\b(?:salary|salaries|wages?|pension|tax(?:es)?|union|according to|the article|teacher|nurse|engineer|doctor|driver|translator|programmer|developer|accountant|professor|lecturer|officer|clerk|miner|welder|scam\w*|fraud\w*|fake|beware|warn\w*|legit\s*\?|anyone tried|police|introduce|open[- ]source|sponsors|donations)\b|познаком|помощь\s+с\s+поиском|介绍给|介紹給|зарплат|оклад|пенси(?!онер)|налог|учител|врач|водител|инженер|программист|переводчик|мошен|развод|обман|пирамид|не\s+ведит|осторожн|кто-нибудь\s+пробовал|工资|工資|薪水|月薪|退休金|税|稅|老师|老師|司机|司機|工程师|工程師|骗|騙|别信|別信|小心|靠谱吗|靠譜嗎|是真的吗|是真的嗎|举报|舉報/u,
);

// The claim and its door in one stretch of the comment (either order): the testimonial's shape,
// counted once more (a link is left out: it has its own weight).
const near = (a: readonly string[], b: readonly string[], gap: string): string =>
  `(?:${a.join('|')})${gap}(?:${b.join('|')})|(?:${b.join('|')})${gap}(?:${a.join('|')})`;
const TOGETHER = [
  near(CLAIM_EN, WAY_EN, '[^\\n]{0,120}?'),
  near(CLAIM_RU, WAY_RU, '[^\\n]{0,120}?'),
  near(CLAIM_ZH, WAY_ZH, '[^\\n]{0,60}?'),
];

/** A `when` that holds when either regex does (the Latin and the Unicode halves). */
function either(a: RegExp, b: RegExp): RegExp {
  return new RegExp(`${a.source}|${b.source}`, 'u');
}

/**
 * The claim beside a way in (and the two in one stretch), and the way in beside a claim, as
 * contexts of the EARNINGS family. (The stretch sits with the claim: both scan for the claim in
 * their one-pass test, so the text is scanned for it once; the way in's one-pass test is cheap.)
 */
export const REFERRAL_EARNINGS: readonly OfferContext[] = [
  {
    when: either(WAY_IN, WAY_IN_OTHER),
    unless: UNLESS,
    patterns: [...CLAIM_EN, ...CLAIM_RU, ...CLAIM_ZH, ...TOGETHER],
    // (a stretch holds a claim: the claims' one-pass test says yes on the same texts, a third of
    // the source to try at each position; docs/spam.md, eighth session)
    pretest: [...CLAIM_EN, ...CLAIM_RU, ...CLAIM_ZH],
  },
  {
    when: either(CLAIM_ANY_LATIN, CLAIM_ANY_OTHER),
    unless: UNLESS,
    patterns: [...WAY_EN, ...WAY_RU, ...WAY_ZH],
  },
];

const LATIN_CLAIM = new RegExp(CLAIM_ANY_LATIN.source);
const CHEAP_UNLESS = cheapLetters(UNLESS);
// What makes a link the way in: the pitch's frame (easy income from home, a phone, an app, a side
// hustle) or the link offered as the method ("here is how:", "check it out", "see for yourself").
// "Details: <my write-up>" and "the photos are here <instagram>" are a reader's.
const LINK_FRAME = cheapLetters(
  /\b(?:here(?:'s|\s+is)\s+how|this\s+is\s+how|how\s*:|check\s+(?:it|this|them)?\s*(?:out)?\s*(?:here)?\s*[:\uE000]|check\s+\uE000|see\s+for\s+yourself|try\s+it|start\s+here|sign\s+up|join|register|the\s+(?:site|app)\s+is|(?:working\s+)?from\s+home|(?:on|from)\s+(?:my|her|his|their|your)\s+(?:phone|laptop|tablet|couch|sofa)|online|side\s+hustle|this\s+(?:app|site|method|system|platform))\b|с\s+телефона|не\s+выходя|на\s+диване|дома|в\s+интернете|онлайн|вот\s+как|переходи|смотри|жми|在家|手机|手機|宝妈|寶媽|兼职|兼職|副业|副業|点击|點擊|方法|教程/u,
);

const YOU_TOO =
  /\b(?:you\s+(?:can|could)\s+(?:too|also|do\s+(?:it|the\s+same))|you\s+too\s+can|anyone\s+can\s+do\s+it)\b|(?:ты|вы)\s+тоже\s+(?:сможе|можеш|може)|повторяй|你也(?:可以|能)|人人都(?:可以|能)/u;

/**
 * The claim beside a link in the pitch's frame and no way in named in words ("I made $4,300 last
 * month working from home … here is how: <link>", "my sister earns $900 a week on her laptop …,
 * check <link>"): one `earnings-offer` phrase, beside the link's own weight. A link to a public reference or a reputable host (a
 * ministry, a job board, gov.cn, GitHub) is a reader's source, never the way in. Cheap first: a
 * link, then the claim's stems.
 */
export function countLinkedClaim(n: NormalizedText): number {
  if (n.urls.length === 0 || !REFERRAL_GUARD.test(n.text)) return 0;
  const text = n.text;
  if (!LATIN_CLAIM.test(text) && !CLAIM_ANY_OTHER.test(text)) return 0;
  if (!LINK_FRAME.test(text) || WAY_IN.test(text) || WAY_IN_OTHER.test(text) || CHEAP_UNLESS.test(text))
    return 0;
  // (a reputable host is the way in too when the claim is promised to the reader: "you can too,
  // here is how: <github>", «ты тоже сможешь, вот как: <github>», 你也可以，教程在这：<github>)
  if (YOU_TOO.test(text)) return 1;
  for (let i = 0; i < n.urls.length; i++) {
    const url = n.urls[i] as string;
    const domain = n.domains[i] as string;
    if (!isReferenceLink(url, domain) && !isReputableLink(url, domain)) return 1;
  }
  return 0;
}
