// The offer families of the seventh round (issue 15, 2026-12-06; offers.ts reads them with the
// others): services advertising themselves with a contact (translators, customs brokers, tutors,
// agents), investments promising a percentage a day, cloud mining and token presales, spell casters,
// and hackers for hire; in English, Russian and Chinese. A news site about China–Central Asia trade
// has readers who ask for a translator or a broker, report a "2% a day" scheme, or quote a spell
// caster's message to mock it, in the same words. So each family counts only beside a way to reach
// the writer (an e-mail, a phone, a link, a messenger handle) or the investment's own words, never
// in a question (the service families) and never in a comment that reports, warns or mocks.
import { B, type OfferFamily } from './offer-patterns.ts';
import { RATE_GUARD, RATE_PATTERNS, RATE_UNLESS, RATE_WHEN } from './money-promise-patterns.ts';
import { withCheapLetters } from '../../text/letter-class.ts';

// A way to reach the writer: the placeholders of a link, an e-mail and a phone, a handle, a messenger.
const CHANNEL =
  /\uE000|\uE001|\uE002|@[a-z0-9_]{3,}|\b(?:whatsapp|telegram|wechat|viber|skype|tg|wa)\b|write to|contact|телеграм|\bтг\b|вотсап|ватсап|вайбер|пишите|звоните|微信|vx|wx|qq|电话|電話|飞机|飛機|联系|聯繫|私聊|进群|進群|邀请码|邀請碼/u;

// A private messenger as the contact (the fake support family below).
const MESSENGER = new RegExp(
  withCheapLetters(
    '@[a-z0-9_]{3,}|\\b(?:whatsapp|telegram|wechat|viber|tg)\\b|телеграм|(?<!\\p{L})тг(?!\\p{L})|вотсап|ватсап|вайбер|微信|vx|wx|qq|电报|電報|飞机|飛機',
  ),
  'iu',
);

// A reader reporting, warning, mocking or asking.
const REPORT =
  /\b(?:scams?|scammers?|scammed|ponzi|pyramid|fraud\w*|police|beware|warn\w*|so-called|rug ?pull|fake|promis\w*|lost (?:his|her|my|our|their|\d))\b|мошен|обман|развод|пирамид|скам|полици|осторожн|обеща|потерял|骗|騙|庞氏|龐氏|所谓|所謂|亏了|虧了|小心|报警|報警/u;

// The service families do not count in a question or a request for a recommendation.
const ASKING =
  /\?|？|\b(?:anyone|recommend\w*|i used|we used|i hired|we hired|looking for)\b|подскаж|посовету|порекоменд|ищу|ищем|有没有|有沒有|推荐|推薦|求/u;

// Work-permit, visa and labour-recruitment agencies, and USDT bought or sold for cash (issue 15,
// "spam a fresh site actually receives", 2026-12-07, late evening): "work permit for Korea and
// Poland in 3 weeks, no language needed", «оформление рабочей визы», «без знания языка», «перелёт
// за наш счёт», 出国劳务 包吃住, "buy and sell USDT for cash", «куплю USDT наличными», 收U 出U.
// Beside a contact only, never in a question, a report or a warning, nor beside "ads" or
// laundering: readers ask about work permits, compare USDT rates and warn about the cash desks
// in the same words ("my cousin got a work permit … not three weeks as they promised", «я продал
// USDT за наличные через P2P», 收U出U这些广告 … 洗钱).
const AGENCY_UNLESS = new RegExp(
  withCheapLetters(
    `${REPORT.source}|${ASKING.source}|\\b(?:ads|adverts?|advertisements?|launder\\w*)\\b|реклам|отмыв|广告|廣告|洗钱|洗錢`,
  ),
  'u',
);
const AGENCY_PATTERNS = [
  // the agency's promise: a permit or a work visa for named countries in a number of days or weeks
  `(?<!\\b(?:my|his|her|their|got|get|a|the)\\s)\\b(?:work|working|job|employment)\\s+(?:permits?|visas?)\\s+(?:for|to|in)\\s+(?:[a-z]+(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+|\\s+)){1,4}?(?:in|within)\\s+\\d+\\s+(?:days|weeks)\\b`,
  `\\bno\\s+languages?\\s+(?:skills\\s+)?(?:needed|required)\\b|\\b(?:job|work)\\s+and\\s+(?:housing|accommodation)\\b|\\bvisa\\s+and\\s+(?:tickets?|flights?)\\s+(?:covered|included|paid)\\b`,
  `${B}(?:оформлени\\p{L}*|оформим|оформляем)\\s+(?:\\p{L}+\\s+){0,2}?(?:рабоч\\p{L}*\\s+виз\\p{L}*|разрешени\\p{L}*\\s+на\\s+работу|виз\\p{L}*\\s+и\\s+проживани\\p{L}*)`,
  `${B}без\\s+знания\\s+язык\\p{L}*|${B}перел[её]т\\s+за\\s+наш\\s+сч[её]т|${B}трудоустройств\\p{L}*\\s+(?:за\\s+рубежом|в\\s+(?:корею|японию|европу|польшу|чехию|оаэ|сша|литву|германию|эмираты|израиль))`,
  '(?:出国|出國|海外)(?:劳务|勞務|务工|務工|打工)|劳务派遣|勞務派遣|包吃包?住|零(?:费用|費用|首付)出(?:国|國)',
  // the cash desk: USDT (or crypto) bought and sold for cash
  `\\b(?:buy|sell|buying|selling|exchange)\\s+(?:and\\s+(?:sell|buy)\\s+)?(?:your\\s+)?(?:usdt|tether|crypto|bitcoin|btc)\\s+(?:for|to|into)\\s+cash\\b|\\bcash\\s+for\\s+(?:your\\s+)?(?:usdt|crypto|bitcoin)\\b`,
  `${B}(?:куплю|продам|продаю|покупаю|скупаю|обмен\\p{L}*|меняю)\\s+(?:usdt|юсдт|тезер\\p{L}*|крипт\\p{L}*|биткоин\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}?наличн\\p{L}*`,
  '(?<![a-z])(?:收|出)u(?![a-z])',
];

// A text sending readers to its writer's own site: "through our website", "visit our site",
// «через наш сайт», «подробности на сайте», 访问我们的网站.
const OWN_SITE = /\b(?:through|via|on|visit|at)\s+our\s+(?:web)?site\b|сайт|网站|網站|官网|官網/u;
// The wallets, exchanges and banks whose support these pitches impersonate (not a social network:
// "follow us on Facebook … visit our site" is a shop's own plug).
const SITE_SUPPORT_BRANDS =
  'coinbase|binance|metamask|trust\\s+wallet|paypal|cash\\s+app|kraken|ledger|trezor|kaspi|halyk';
// A brand impersonated by support scams and the "team" that fixes it: "Having trouble with your
// Coinbase account? Our certified support team resolves it fast, reach us through our website",
// «проблемы с аккаунтом Kaspi, наша служба поддержки поможет», 微信账号被冻结 … 我们的专业客服团队.
// The brand and the writer's own team in one comment that points to its own site; a reader says
// "their support", a museum's "our support team" names no brand.
const SITE_SUPPORT_PATTERNS = [
  `\\b(?:${SITE_SUPPORT_BRANDS})\\b[^\\n]{0,100}?\\bour\\s+(?:certified\\s+|dedicated\\s+|expert\\s+|professional\\s+|support\\s+)*(?:team|experts|specialists|technicians|agents)\\b`,
  `(?:kaspi|каспи|каѕрі|halyk|халык|сбер\\p{L}*|binance|бинанс\\p{L}*|coinbase)[^\\n]{0,100}?${B}наш\\p{L}*\\s+(?:служб\\p{L}*\\s+поддержк\\p{L}*|специалист\\p{L}*)`,
  '(?:微信|支付宝|支付寶|淘宝|淘寶|抖音|币安|幣安)\\S{0,30}?(?:我们的|我們的)(?:专业|專業)?(?:客服|技术|技術)',
  // and the way in it gives: its own site ("reach us through our website", «подробности на сайте»,
  // 请访问我们的网站), after the brand
  `\\b(?:${SITE_SUPPORT_BRANDS})\\b[^\\n]{0,160}?\\b(?:through|via|visit)\\s+our\\s+(?:web)?site\\b`,
  `(?:kaspi|каспи|каѕрі|halyk|халык|сбер\\p{L}*|binance|бинанс\\p{L}*|coinbase)[^\\n]{0,160}?${B}(?:подробност\\p{L}*\\s+на|свяжитесь\\s+с\\s+нами\\s+через|через\\s+наш)\\s+сайт\\p{L}*`,
  '(?:微信|支付宝|支付寶|淘宝|淘寶|抖音|币安|幣安)\\S{0,60}?(?:访问|訪問)(?:我们的|我們的)(?:网站|網站|官网|官網)',
];

// Translators, interpreters, customs brokers, tutors and agents advertising their own service (issue
// 15): "certified translation of diplomas … write to", "customs clearance for cargo from Urumqi,
// contact WeChat", "experienced Chinese tutor, first lesson free, WhatsApp", «устный и письменный
// перевод … пишите в WeChat», «таможенное оформление грузов … звоните», «репетитор по китайскому»,
// 专业俄语翻译, 清关服务, 包税到门. Counted beside a contact only, not in a question or a report:
// readers ask for translators and forwarders every day, and a broker's name in a story is news.
export const SERVICE_ADVERT: OfferFamily = {
  guard:
    /translat|interpret|tutor|lesson|class|customs|broker|visa support|operator|agent|manager|work permit|work visa|working visa|job visa|employment|no language|job and|work and|visa and|usdt|tether|crypto|bitcoin|btc|cash for|coinbase|binance|metamask|trust wallet|paypal|cash app|kraken|ledger|trezor|kaspi|halyk|оператор|специалист|менеджер|客服|оформ|рабоч|разрешени|трудоустр|без знания|перел[её]т|наличн|каспи|каѕрі|халык|сбер|бинанс|出国|出國|海外|劳务|勞務|包吃|零费|零費|零首|收u|出u|微信|支付宝|支付寶|淘宝|淘寶|抖音|币安|幣安|перевод|репетитор|урок|заняти|таможен|растамож|брокер|сопровожд|翻译|翻譯|陪同|清关|清關|报关|報關|家教|辅导|輔導|代办|代辦|包税|包稅|试听|試聽|出签|出簽|下签|下簽|过签|過簽|保签|保簽|包签|包簽|签证|簽證|拒签|拒簽|面试|面試|流水|绿卡|綠卡|移民/,
  patterns: [],
  context: [
    {
      when: CHANNEL,
      unless: new RegExp(withCheapLetters(`${REPORT.source}|${ASKING.source}`), 'u'),
      patterns: [
        `\\b(?:certified|sworn|notari[sz]ed|professional|official|legal|technical|business|fast)\\s+(?:translations?|translators?|interpret(?:ers?|ing|ation))\\b|\\btranslation\\s+(?:services?|agency|of\\s+(?:your\\s+)?(?:documents|diplomas?|contracts?|certificates?|passports?))\\b|\\b(?:translators?|interpreters?)\\s+(?:available|for\\s+(?:hire|business|exhibitions?|negotiations?|factory|trips?))\\b`,
        `\\b(?:experienced|native|qualified|certified|professional|private)\\s+(?:[a-z]+\\s+){0,2}?tutors?\\b|\\b(?:lessons|classes)\\s+(?:online\\s+)?(?:via|on|over)\\s+(?:zoom|skype|wechat)\\b|\\b(?:first|trial)\\s+(?:lesson|class)\\s+(?:is\\s+)?free\\b`,
        `\\bcustoms\\s+(?:clearance|brokerage|declaration)\\s+(?:services?|for\\s+(?:cargo|goods|shipments|containers)|of\\s+(?:cargo|goods))\\b|\\b(?:customs|freight|cargo|visa)\\s+(?:brokerage\\s+)?services\\b|\\bvisa\\s+support\\b`,
        `${B}(?:устн|письменн|нотариальн|техническ|синхронн|последовательн)\\p{L}*\\s+(?:и\\s+\\p{L}+\\s+)?перевод\\p{L}*|${B}услуг\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:переводчик|перевод|репетитор|таможенн|брокер)\\p{L}*|${B}(?:опытн|профессиональн|дипломированн)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:переводчик|репетитор|брокер)\\p{L}*`,
        `${B}репетитор\\p{L}*\\s+по\\s+\\p{L}+|${B}(?:первый|пробный)\\s+урок\\s+бесплатн\\p{L}*|${B}занятия\\s+(?:онлайн|по\\s+скайпу)`,
        `${B}(?:таможенн\\p{L}*\\s+оформлени\\p{L}*|растаможк\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:груз|товар|авто|контейнер)\\p{L}*|${B}брокерск\\p{L}*\\s+услуг\\p{L}*|${B}сопровождени\\p{L}*\\s+(?:на|по)\\s+(?:выставк|фабрик|переговор|рынк)\\p{L}*`,
        '专业\\S{0,4}?(?:翻译|翻譯|陪同|报关|報關|清关|清關)|(?:翻译|翻譯)(?:服务|服務)|(?:合同|证件|證件|公证|公證)\\S{0,8}?(?:翻译|翻譯)|陪同(?:翻译|翻譯|考察)|(?:清关|清關)(?:服务|服務)|代办(?:认证|签证|报关|清关)|代辦(?:認證|簽證|報關|清關)|包税到门|包稅到門|(?:一对一|一對一)(?:辅导|輔導|家教)|免费试听|免費試聽',
        // the visa and migration agency's guarantees (2026-12-07 audit): 100%出签, 保签, 拒签全额退款
        '(?:\\d+\\s*%|百分百|百分之百)(?:出签|出簽|下签|下簽|过签|過簽)|保签|保簽|包签|包簽|(?:签证|簽證)包过|(?:签证|簽證)包過|(?:拒签|拒簽)(?:全额|全額)?退款|免面(?:试|試)|(?:无需|無需|不需|不要)(?:银行|銀行)?流水|(?:绿卡|綠卡|移民)包办|(?:绿卡|綠卡|移民)包辦|包办(?:绿卡|移民)|包辦(?:綠卡|移民)|(?:签证|簽證)(?:代办|代辦)',
      ],
    },
    // Work-permit, visa and labour-recruitment agencies and USDT cash desks (issue 15, "spam a fresh
    // site actually receives", 2026-12-07, late evening): AGENCY_PATTERNS above.
    { when: CHANNEL, unless: AGENCY_UNLESS, patterns: AGENCY_PATTERNS },
    // A brand's "support" sending readers to "our website", the author's website field its only link.
    { when: OWN_SITE, unless: REPORT, patterns: SITE_SUPPORT_PATTERNS },
    {
      // A bank's or a payment app's support offered by "our operator" in a private messenger (issue
      // 15, 2026-12-07, third session): "Kaspi support not answering? Message our operator on
      // Telegram @…", «пишите нашему оператору в тг», 加我们的人工客服微信. Banks answer in their
      // own app and on their own lines; a reader says "their operator", warns, or names the bank's
      // number. The scam opens with a question, so only a report or a warning keeps it from counting.
      when: MESSENGER,
      unless: REPORT,
      patterns: [
        `\\b(?:message|write\\s+to|text|contact|ask)\\s+our\\s+(?:support\\s+)?(?:operator|agent|manager|specialist|team)s?\\b|\\bour\\s+(?:support\\s+)?(?:operator|agent|manager|specialist|team)s?\\s+(?:will|can|is\\s+ready\\s+to|are\\s+ready\\s+to)\\s+help\\b`,
        `${B}(?:пишите|напишите|обращайтесь\\s+к|звоните)\\s+нашему\\s+(?:\\p{L}+\\s+)?(?:оператор|специалист|менеджер)\\p{L}*|${B}наш\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:оператор|специалист|менеджер)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:поможет|помогут|решит|решат|ответит|ответят)`,
        '(?:我们的|我們的)?人工客服(?:微信|微|vx|wx|qq|QQ|电报|電報)|(?:加|添加|联系|聯繫)(?:我们的|我們的)?(?:人工)?客服(?:微信|vx|wx|qq|QQ)',
      ],
    },
  ],
};

// What an investment pitch says beside its percentage: investing, a deposit, a withdrawal, a wallet.
const INVESTING =
  /invest|deposit|profit|return|roi|interest|income|mining|earn|receive|withdraw|wallet|usdt|bonus|plan|инвест|вклад|депозит|доход|прибыл|вывод|майнинг|получа|收益|投资|投資|提现|提現|到账|到賬|挖矿|挖礦|返利|分红|分紅/u;

// Investments promising a percentage a day, cloud mining and token presales (issue 15): "I receive
// 2.5% every day", "presale of the SILK token is open, listing next month, 100x", «доход 3% в
// день», «получайте 1,8% ежедневно», «пресейл токена», 日收益2%, 云挖矿, 新币预售. A reader names
// them to call them a pyramid or a scam, which counts nothing.
export const YIELD_OFFER: OfferFamily = {
  guard: new RegExp(
    `${/daily|every day|per day|a day|each day|cloud mining|presale|pre-sale|early buyers|listing|trading bot|trading robot|торгов|бот для|робот для|ии-бот|ежедневн|в день|в сутки|майнинг|пресейл|предпродаж|листинг|日收益|日息|每天|每日|云挖矿|雲挖礦|预售|預售|上线|上線|倍|进场|進場|入场|入場|月化|量化|领币|領幣|挖矿|挖礦/.source}|${RATE_GUARD.source}`,
  ),
  patterns: [],
  context: [
    // (2026-12-07 money-promise audit) a rate per week or month, a guaranteed rate, a multiple in a
    // period, 稳赚不赔, beside a guarantee, an invitation or a contact; never beside a bank or a
    // state body, in a report, a warning or a question (money-promise-patterns.ts).
    { when: RATE_WHEN, unless: RATE_UNLESS, patterns: RATE_PATTERNS },
    {
      when: INVESTING,
      unless: REPORT,
      patterns: [
        `\\b\\d+(?:[.,]\\d+)?\\s*%\\s*(?:(?:profit|return|roi|interest|income)\\s+)?(?:a|per|every|each)\\s+day\\b|\\b\\d+(?:[.,]\\d+)?\\s*%\\s+daily\\b|\\bdaily\\s+(?:profit|return|roi|income|interest)\\s+(?:of\\s+)?(?:up\\s+to\\s+)?\\d+(?:[.,]\\d+)?\\s*%`,
        `\\d+(?:[.,]\\d+)?\\s*%\\s+(?:\\p{L}+\\s+)?(?:в\\s+(?:день|сутки)|ежедневно)|${B}(?:ежедневн\\p{L}*|в\\s+день)\\s+(?:\\p{L}+\\s+)?(?:от|до)\\s+\\d+(?:[.,]\\d+)?\\s*%`,
        '(?:日收益|日息|日化|每天收益|每日收益|每天返利|每日返利|每天分红|每日分紅)(?:率)?\\s*\\d|(?:日收益|日息)(?:高达|高達)',
      ],
    },
    {
      // An AI trading bot or robot sold with a contact (issue 15, "spam a fresh site actually
      // receives", 2026-12-07, late evening): "our AI trading bot earns …, DM me on Telegram",
      // «торговый бот на искусственном интеллекте … пишите в ТГ». Never in a question ("are the AI
      // trading bots on Telegram legit?") or a warning ("… are the new pyramid scheme").
      when: CHANNEL,
      unless: new RegExp(withCheapLetters(`${REPORT.source}|${ASKING.source}`), 'u'),
      patterns: [
        `\\b(?:ai|automated|auto|crypto|forex)\\s+trading\\s+(?:bots?|robots?)\\b`,
        `${B}(?:торгов\\p{L}*|трейдинг\\p{L}*)\\s+(?:бот|робот)\\p{L}*|${B}(?:бот|робот)\\p{L}*\\s+для\\s+(?:торговл|трейдинг)\\p{L}*|${B}ии-бот\\p{L}*`,
      ],
    },
    {
      when: CHANNEL,
      unless: REPORT,
      patterns: [
        `\\bcloud\\s+mining\\b|\\b(?:token|coin)\\s+pre-?sale\\b|\\bpre-?sale\\s+(?:of|is\\s+(?:open|live)|now\\s+(?:open|live)|has\\s+started)\\b|\\bearly\\s+(?:buyers|investors|birds?)\\s+get\\b|\\b\\d+\\s*x\\s+(?:expected|potential|guaranteed)\\b|\\blisting\\s+on\\s+(?:major\\s+|top\\s+|big\\s+)?exchanges\\b`,
        `${B}облачн\\p{L}*\\s+майнинг\\p{L}*|${B}пресейл\\p{L}*|${B}предпродаж\\p{L}*\\s+токен\\p{L}*|${B}листинг\\p{L}*\\s+на\\s+бирж\\p{L}*`,
        '云挖矿|雲挖礦|(?:新币|新幣|代币|代幣)?(?:预售|預售)(?:开启|開啟|中|价|價)|上线(?:后|後)?(?:预计|預計)?(?:涨|漲)|(?:涨|漲)\\d+倍|百倍(?:币|幣)',
        // (2026-12-07 audit) early entry, a hundredfold, a monthly rate, the trading robot, the mining app
        '(?:早期|提前)(?:进场|進場|入场|入場)|收益(?:百倍|千倍|\\d+倍)|月化\\s*\\d|(?:量化|合约|合約)(?:机器人|機器人)|挖矿(?:app|软件|軟件)|挖礦(?:app|軟件)|签到领币|簽到領幣',
      ],
    },
  ],
};

// Spell casters and "return your lover" adverts (issue 15): "Dr. Okoro, a powerful spell caster,
// brought him back in 48 hours", «верну любимого за 3 дня, сильный приворот», «снятие порчи»,
// 情感挽回大师, 和合术. Counted beside a contact; a reader mocking them ("promising to bring back …")
// counts nothing.
export const SPELL_CASTER: OfferFamily = {
  guard:
    /spell|caster|voodoo|juju|herbalist|psychic|brought|bring|приворот|порч|гадалк|ведун|ведьм|потомственн|экстрасенс|вернуть|верну|和合|挽回|降头|降頭|情降|桃花|回心/,
  patterns: [],
  context: {
    when: CHANNEL,
    unless: REPORT,
    patterns: [
      `\\bspell\\s*-?casters?\\b|\\b(?:love|powerful|strong|voodoo|reunion|marriage|lottery|money)\\s+spells?\\b|\\b(?:brought|bring|bringing)\\s+(?:back\\s+)?(?:my|your)\\s+(?:ex|lover|husband|wife|boyfriend|girlfriend|partner|man)\\b(?:\\s+[a-z]+){0,2}?\\s+back\\b|\\bbrought\\s+(?:him|her)\\s+back\\b|\\b(?:voodoo|juju)\\s+(?:priest|doctor|master)\\b|\\b(?:powerful|great)\\s+(?:herbalist|psychic|native\\s+doctor)\\b`,
      `${B}приворот\\p{L}*|${B}(?:верн\\p{L}*|возвращ\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:любим\\p{L}*|мужа|жену|парня|девушку)|${B}сня(?:ти|т)\\p{L}*\\s+порч\\p{L}*|${B}(?:потомственн|сильн)\\p{L}*\\s+(?:ведунь|ведьм|гадалк|маг|целительниц|экстрасенс)\\p{L}*`,
      '和合术|和合術|情感挽回(?:大师|大師|专家|專家)|挽回(?:前任|婚姻|爱情|愛情|老公|男友)|斩桃花|斬桃花|情降|降头|降頭|(?:让|讓)(?:他|她)(?:回到你|回心转意|回心轉意)',
    ],
  },
};

// Hackers for hire (issue 15): "I hired a hacker who gave me access to all his WhatsApp messages",
// "professional hackers for hire, change your grades", «взлом WhatsApp … прослушка телефона
// супруга», 黑客接单, 查聊天记录, 定位手机. A reader on a hacked ministry or a spyware story, or
// warning about such adverts, counts nothing.
export const HACKER_FOR_HIRE: OfferFamily = {
  guard:
    /hack|spy|cheating|grades|credit score|credit record|remote|взлом|прослушк|слежк|переписк|黑客|聊天记录|聊天記錄|开房|開房|通话记录|通話記錄|定位手|监听|監聽|恢复删除|恢復刪除|盗号|盜號|被盗|被盜|成绩|成績|查看对方|查看對方|定位软|定位軟|入侵/,
  patterns: [],
  context: {
    when: CHANNEL,
    unless: REPORT,
    patterns: [
      `\\b(?:hire|hired|hiring)\\s+(?:a\\s+|an\\s+)?(?:professional\\s+|genuine\\s+|real\\s+|legit\\s+|ethical\\s+)?hackers?\\b|\\bhackers?\\s+for\\s+hire\\b|\\b(?:hack|hacking|spy\\s+on|access\\s+to)\\s+(?:into\\s+)?(?:all\\s+)?(?:his|her|your|a|any)\\s+(?:partner'?s?\\s+|spouse'?s?\\s+|husband'?s?\\s+|wife'?s?\\s+)?(?:whatsapp|phone|facebook|instagram|icloud|snapchat|telegram|messages|calls|chats)\\b`,
      `\\b(?:change|fix|upgrade|boost)\\s+(?:your\\s+)?(?:university\\s+|school\\s+|college\\s+|exam\\s+)?(?:grades|credit\\s+scores?)\\b|\\bclear\\s+(?:a\\s+|your\\s+)?(?:bad\\s+)?(?:credit|criminal)\\s+records?\\b|\\bcatch\\s+(?:a\\s+|your\\s+)?cheating\\s+(?:partner|spouse|husband|wife)\\b`,
      `${B}взлом\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:whatsapp|ватсап|вотсап|telegram|телеграм|почт|страниц|аккаунт|вк|инстаграм|instagram|телефон)\\p{L}*|${B}прослушк\\p{L}*\\s+(?:\\p{L}+\\s+)?телефон\\p{L}*|${B}(?:восстановлени|чтени)\\p{L}*\\s+(?:удал[её]нн\\p{L}*\\s+)?переписк\\p{L}*|${B}слежк\\p{L}*\\s+за\\s+(?:муж|жен|партн|супруг)\\p{L}*`,
      '黑客(?:接单|接單|服务|服務)|查\\S{0,4}?(?:聊天记录|聊天記錄|开房记录|開房記錄|通话记录|通話記錄)|定位(?:手机|手機)|恢复删除|恢復刪除|(?:手机|手機)(?:监听|監聽)',
      // (2026-12-07 audit) accounts stolen and "recovered", grades changed, the spy app, a site broken into
      '盗号|盜號|找回被(?:盗|盜)|(?:成绩|成績)修改|修改(?:成绩|成績)|查看对方\\S{0,4}?(?:聊天|记录|記錄|微信)|查看對方\\S{0,4}?(?:聊天|記錄|微信)|定位(?:软件|軟件)|(?:网站|網站)入侵|黑客(?:技术|技術)?(?:团队|團隊)',
    ],
  },
};
