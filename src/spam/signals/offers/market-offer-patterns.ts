// The offer families of the fourth round (issue 15, item 1; offers.ts reads them with the others):
// easy earnings from home, microloans and credit, databases and personal data for sale, accounts,
// followers, likes and reviews for sale, and lottery "inside information", in English, Russian and
// Chinese. A news site's readers name all of these when they report a scam, a bank's loan rate, a
// data leak or a lottery law, so every pattern needs the seller's words (an amount per day "from
// home", "no credit check", "selling … databases", "buy … reviews", "guaranteed numbers"), and
// each family counts nothing in a comment that reports, warns or cites a law.
import { B, type OfferFamily } from './offer-patterns.ts';
import {
  AMOUNT_PATTERNS,
  PAYOUT_CHANNEL,
  PAYOUT_GUARD,
  PAYOUT_PATTERNS,
  PAYOUT_UNLESS,
  PROMISE,
} from './money-promise-patterns.ts';
import { CLAIM_CONTEXT, CLAIM_GUARD } from './testimonial-patterns.ts';
import {
  LOAN_CHANNEL,
  LOAN_GUARD_MORE,
  LOAN_MORE,
  LOAN_UNLESS,
  LOAN_WITH_CHANNEL,
} from './money-offer-patterns.ts';
import { earningsPitchUnless } from '../readers/money-reader.ts';
import { cheapLetters } from '../../text/letter-class.ts';
import { ANY_TEXT, DEBT_UNLESS, LOAN_GAP_DEBT, LOAN_GAP_GUARD, LOAN_GAP_MORE } from './loan-gap-patterns.ts';
import { INVERTED_EARNINGS, INVERTED_GUARD } from './earnings-inverted.ts';
import { DM_EARNINGS, DM_EARNINGS_GUARD } from './dm-earnings.ts';
import { REFERRAL_EARNINGS, REFERRAL_GUARD } from './referral-earnings.ts';

// A warning or a report about such adverts: the scam named, the police, a law, a quotation.
const WARNING =
  /\b(?:scams?|scammers?|fraud\w*|police|warn\w*|fake|adverts?|ads|so-called|lost (?:their|his|her|my|our) (?:savings|money))\b|мошен|развод|обман|полици|реклам|предупрежд|诈骗|詐騙|骗|騙|上当|上當|报警|報警|警方|广告|廣告|所谓|所謂/u;

const EARNINGS_GUARD =
  /earn|make|making|made|income|hustle|from home|system|заработ|зарабат|доход|пассивн|арбитраж|связк|выходя|удал[её]нн|работ|日赚|日賺|月入|在家|躺赚|躺賺|零投资|零投資|零风险|零風險|轻松|輕鬆|手机就能|手機就能|网赚|網賺|赚钱项目|賺錢項目/;

// What goes with an earnings pitch: a way to reach the writer, "from home", "online", "you can
// too", the pitch's own words.
const EARNINGS_PITCH = cheapLetters(
  /from home|online|on (?:my|your) phone|passive|you can (?:too|do it|also)|find out how|join|dm me|message me|write (?:to )?me|click|link|\uE000|\uE001|\uE002|whatsapp|telegram|system|method|no experience|не выходя из дома|на дому|в интернете|в сети|онлайн|пиши|хочешь|пассивн|без вложени|с телефона|ссылк|телеграм|подробност|в профиле|в личк|(?<!\p{L})лс(?!\p{L})|私聊|加我|微信|手机|手機|零投资|零投資|日赚|日賺|有意者/u,
);

// Work-from-home and easy-earnings offers (issue 15): "I am making $12,000 a month from home",
// "make $350 a day from your phone", «заработок в интернете без вложений», «пассивный доход от
// 5000 рублей в день», «не выходя из дома», 日赚500, 在家赚钱, 躺赚, 零投资. The job and task scams
// (job-offer) recruit for work; this is the earnings pitch itself.
export const EARNINGS: OfferFamily = {
  guard: new RegExp(
    `${EARNINGS_GUARD.source}|${PAYOUT_GUARD.source}|${CLAIM_GUARD.source}|${INVERTED_GUARD.source}|${DM_EARNINGS_GUARD.source}|${REFERRAL_GUARD.source}`,
  ),
  patterns: [],
  context: [
    // (2026-12-07 money-promise audit, money-promise-patterns.ts) an amount per period addressed to
    // the reader beside an invitation or a contact, and a payout to everyone beside a link or a
    // contact; never reported in the past tense, in a warning or in a question.
    { when: PROMISE, unless: earningsPitchUnless(PAYOUT_UNLESS), patterns: AMOUNT_PATTERNS }, // (not a shop's income told as experience)
    { when: PAYOUT_CHANNEL, unless: PAYOUT_UNLESS, patterns: PAYOUT_PATTERNS },
    // (2026-12-07 late, testimonial-patterns.ts) a claim of the writer's own earnings beside the
    // reply-chain's pitch ("I made $5,000 last month … anyone can do it, ask me how").
    CLAIM_CONTEXT,
    INVERTED_EARNINGS, // «способ простой, заработок от 3000 в день» (earnings-inverted.ts)
    DM_EARNINGS, // «доход от 5000 в день … пишите в личку», 日入五百，有意者私信 (dm-earnings.ts)
    ...REFERRAL_EARNINGS, // "I make $200 a day with this app … my code PANDA77", 邀请码 (referral-earnings.ts)
    {
      // The pitch itself: earnings "from home" or "on your phone", a system, passive income, «без
      // вложений», «не выходя из дома», 日赚500, 躺赚, 零投资.
      when: EARNINGS_GUARD,
      unless: WARNING,
      patterns: [
        `\\b(?:make|earn)\\s+(?:up to\\s+|over\\s+)?[$€£]?\\d[\\d,.]*\\s*k?\\+?\\s*(?:\\$|usd|dollars)?\\s+(?:a|per|every|each)\\s+(?:day|week|month|hour)\\s+(?:[a-z]+\\s+){0,2}?(?:from home|online|on your phone|from your phone|with your phone)\\b`,
        `\\bwith\\s+(?:this|my|our)\\s+(?:simple|easy|proven|secret|automated|online)\\s+(?:[a-z]+\\s+)?(?:system|method|program|trick)\\b|\\bpassive\\s+income\\s+(?:of|from)\\s+[$€£]?\\d`,
        `${B}заработ\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:в\\s+(?:интернете|сети)|онлайн|с\\s+телефона)|${B}(?:заработ|доход)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?без\\s+вложени\\p{L}*`,
        `${B}пассивн\\p{L}*\\s+доход\\p{L}*\\s+(?:на\\s+\\p{L}+\\s+)?(?:от|до)\\s+\\d|${B}не\\s+выходя\\s+из\\s+дома`,
        // P2P crypto arbitrage: «арбитраж криптовалюты без вложений», «рабочие связки», «обучу арбитражу»
        `${B}(?:p2p|р2р)?\\s*арбитраж\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?(?:без\\s+вложени\\p{L}*|с\\s+доходом)|${B}(?:рабоч\\p{L}*|прибыльн\\p{L}*|свеж\\p{L}*)\\s+связк\\p{L}*|${B}(?:обучу|обучаю|научу)\\s+(?:\\p{L}+\\s+)?(?:арбитраж\\p{L}*|трейдинг\\p{L}*)`,
        `${B}(?:удал[её]нн\\p{L}*\\s+работ\\p{L}*|работ\\p{L}*\\s+на\\s+дому)\\s+для\\s+(?:мам|студент|пенсионер|всех|домохозяек)`,
        '日赚\\d|日賺\\d|日赚(?:千|百|万)|日賺(?:千|百|萬)|躺赚|躺賺|轻松(?:日赚|日賺|赚钱|賺錢)|零投资|零投資|手机就能做|手機就能做',
      ],
    },
    {
      // An amount a day or a month, and "earning at home", count only beside the pitch's words (a
      // way to reach the writer, "from home", "you can too"): a reader says what they earn too ("I
      // make $400 a month as a teacher", «зарабатываю 70 000 в месяц», 我在家赚钱不多).
      when: EARNINGS_PITCH,
      unless: earningsPitchUnless(WARNING), // (nor a reader's income told as experience: money-reader.ts)
      patterns: [
        `\\b(?:i|we)(?:'m|\\s+am|\\s+are)?\\s+(?:now\\s+|currently\\s+)?(?:make|making|earn|earning|made|earned)\\s+(?:over\\s+|up to\\s+|around\\s+|about\\s+)?[$€£]\\s?\\d[\\d,.]*\\s*k?\\+?\\s+(?:a|per|every|each)\\s+(?:day|week|month)\\b`,
        // "my side hustle pays $350 a day" (2026-12-07, sixth session)
        `\\bmy\\s+(?:side\\s+(?:hustle|gig)|online\\s+(?:gig|job))\\s+(?:pays|brings\\s+in|makes)\\s+(?:me\\s+)?(?:over\\s+|up to\\s+|around\\s+|about\\s+)?[$€£]\\s?\\d[\\d,.]*\\s*k?\\+?\\s+(?:a|per|every|each)\\s+(?:day|week|month)\\b`,
        // «доход от 3000 в день», «заработок от 50к в неделю», «от 5% в день»: beside the pitch the unit may be left out
        `${B}(?:доход|заработ(?:ок|ка|ком))\\p{L}*\\s+(?:от|до)\\s+\\d[\\d\\s.,]*\\s*(?:руб\\p{L}*|р|₽|тыс\\p{L}*|к|k|\\$|%|долл\\p{L}*|тенге|сом)?\\.?\\s+(?:в|за)\\s+(?:день|сутки|неделю|месяц)|${B}(?:кто\\s+хочет|хочешь|хотите)\\s+(?:\\p{L}+\\s+)?(?:заработать|зарабатывать)|${B}(?:зарабатывай|зарабатывать|получай|получать)\\s+от\\s+\\d[\\d\\s.,]*\\s*(?:руб\\p{L}*|р|₽|тыс\\p{L}*|к|k|\\$|долл\\p{L}*|тенге)?\\.?\\s+(?:в|за)\\s+(?:день|сутки|неделю)`,
        `${B}(?:зарабатываю|зарабатываем|заработал|заработала)\\s+(?:от\\s+|до\\s+|более\\s+|по\\s+)?\\d[\\d\\s]*\\s*(?:руб\\p{L}*|р|₽|тыс\\p{L}*|к|\\$|долл\\p{L}*|тенге)\\.?\\s+в\\s+(?:день|неделю|месяц)|${B}заработ\\p{L}*\\s+на\\s+дому`,
        '月入(?:过万|過萬|\\d)|在家(?:赚钱|賺錢)|零风险|零風險|网赚项目|網賺項目|赚钱项目|賺錢項目',
      ],
    },
  ],
};

const LOAN_GUARD =
  /loan|credit|approv|lend|займ|заём|заем|кредит|одобрен|деньги на карт|贷|貸|下款|放款|征信|徵信|黑户|黑戶|抵押|秒批|征信|徵信|身份证|身份證|学生|學生|担保|擔保/;

// Microloans and credit offers (issue 15): "payday loans with no credit check", "instant
// approval", "bad credit OK", "we offer personal loans at 2%", «займ без проверки кредитной
// истории», «без отказа», «деньги на карту за 5 минут», «одобрение 99%», 贷款秒批, 不看征信, 当天放款,
// 黑户也能贷. A reader on a bank's rate, a cap on payday loans or the central bank names the loans
// without the lender's promises; a comment citing a law, a regulator or a scam counts nothing.
const LOAN_FAMILY_GUARD = new RegExp(
  `${LOAN_GUARD.source}|${LOAN_GUARD_MORE.source}|${LOAN_GAP_GUARD.source}`,
);

export const LOAN: OfferFamily = {
  guard: LOAN_FAMILY_GUARD,
  patterns: [],
  context: [
    {
      // "Instant approval" is also what a borrower says of a bank ("the bank gave instant approval
      // to my mortgage"): counted beside the lender's pitch only (a contact, "apply", a loan offer),
      // and never in a warning or a report that quotes it (2026-12-07 late, like the others).
      unless: LOAN_UNLESS,
      when: /\b(?:apply|contact|email|call|whatsapp|telegram|we offer|bad credit|credit check|urgent\w*|need a loan)\b|\uE000|\uE001|\uE002/,
      patterns: ['\\b(?:instant|guaranteed|same[- ]day|100\\s*%)\\s+(?:loan\\s+)?approvals?\\b'],
    },
    {
      when: LOAN_FAMILY_GUARD,
      unless: LOAN_UNLESS,
      patterns: [
        // (2026-12-07, late: the loan and betting audit, money-offer-patterns.ts) the lender's
        // promises and debt relief, in the same one-pass test as the others
        ...LOAN_MORE,
        ...LOAN_GAP_MORE, // (2026-12-07: the loan-gap audit, loan-gap-patterns.ts)
        `\\b(?:no|without)\\s+(?:a\\s+)?credit\\s+checks?\\b|\\bbad\\s+credit\\s+(?:ok|okay|accepted|welcome|no problem)\\b`,
        `\\bfast\\s+(?:payday|cash|personal)\\s+loans?\\b`,
        `\\bwe\\s+(?:offer|give|provide|grant|lend)\\s+(?:[a-z]+\\s+){0,4}?loans?\\b|\\bneed\\s+(?:a|an urgent|urgent)\\s+loan\\s*\\?`,
        `${B}(?:займ|заём|заем|микрозайм|кредит)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?без\\s+(?:проверк|отказ|справок|поручител|залог|предоплат)\\p{L}*|${B}без\\s+(?:отказ\\p{L}*|предоплат\\p{L}*|справок\\s+и\\s+поручител\\p{L}*)`,
        `${B}деньги\\s+на\\s+карт\\p{L}*\\s+(?:за\\s+\\d+\\s+минут|сразу|мгновенно|за\\s+минуту)|${B}одобрени\\p{L}*\\s+(?:\\d+\\s*%|за\\s+\\d+\\s+минут|всем)|${B}срочн\\p{L}*\\s+(?:микро)?(?:займ|заём|кредит)\\p{L}*`,
        `${B}кредит\\p{L}*\\s+наличными\\s+(?:\\p{L}+\\s+){0,2}?(?:с\\s+плох|без\\s+)|${B}(?:микро)?(?:займ|заём)\\p{L}*\\s+(?:до|от)\\s+\\d[\\d\\s]*\\s*(?:руб|тыс|₽|тенге|сом)`,
        '(?:贷款|貸款)秒批|秒下款|秒到账|秒到賬|(?:当天|當天|当日|當日)放款|黑户(?:也能|可以|可)贷|黑戶(?:也能|可以|可)貸|不看征信|不看徵信|无视征信|無視徵信|无抵押无担保|無抵押無擔保|(?:无|無|免)抵押(?:贷款|貸款)',
        // (2026-12-07 audit) "网贷秒批", "不查征信", "只要身份证", "学生也能借", "10分钟放款", "包下款"
        '(?:网贷|網貸)秒批|(?:不查|不上|不用查)(?:征信|徵信)|只(?:要|需|凭|憑)身份(?:证|證)(?:就能|就可以|即可)?(?:借|贷|貸|下款|放款)|(?:学生|學生|黑户|黑戶)(?:也能|也可以|可|均可)(?:借|贷|貸|下款)|\\d+分(?:钟|鐘)(?:放款|到账|到賬|下款)|包下款|(?:都能|均可|也能|秒)下款|(?:征信|徵信)(?:花了?|黑了?|不好)(?:也能|也可以|照样|照樣)(?:贷|貸|借|下款)',
      ],
    },
    // (2026-12-07, late: the loan and betting audit, money-offer-patterns.ts) the lender's promises
    // and debt relief; and the offers a reader names too, beside a way to reach the lender.
    { when: LOAN_CHANNEL, unless: LOAN_UNLESS, patterns: LOAN_WITH_CHANNEL },
    // (2026-12-07: the loan-gap audit, loan-gap-patterns.ts) debt settlement and bankruptcy sold
    // as a service, beside no warning or question (a debt firm's advert says «законно»).
    { when: ANY_TEXT, unless: DEBT_UNLESS, patterns: LOAN_GAP_DEBT },
  ],
};

// The seller's side of a data offer: a contact, a price, freshness, "verified".
const DATA_GUARD =
  /database|data base|email list|mailing list|contact list|leads|b2b|b2c|fullz|dump|пробив|баз|出售|数据|數據|资料|資料|个人信息|個人信息|手机号|手機號|精准|精準|一手/;

// Databases, contact lists and personal data for sale (issue 15): "selling fresh email lists",
// "B2B contact databases", "buy targeted email database", "verified leads", «продам базы данных
// клиентов», «пробив по базам», 出售数据, 出售公民个人信息, 精准手机号. A reader on a leak, a
// court case or a statistics office selling microdata names the data without the offer.
export const DATA_SALE: OfferFamily = {
  guard: DATA_GUARD,
  patterns: [],
  context: {
    when: DATA_GUARD,
    unless:
      /\b(?:leak\w*|breach\w*|hacked|police|arrested|fined|court|laws?|illegal|scams?|fraud\w*|researchers)\b|утечк|закон|уголов|суд[аеуы ]|задерж|штраф|мошен|полици|被查|被抓|被判|判刑|查处|查處|警方|违法|違法|犯罪|罪|泄露|洩露|保护法|保護法/u,
    patterns: [
      `\\b(?:sell|selling|sells|we\\s+sell|buy|for sale|offering|provide|providing)\\s+(?:[a-z0-9]+\\s+){0,3}?(?:email|e-mail|mailing|contact|phone|customer|b2b|b2c|consumer)\\s+(?:lists?|databases?|data ?bases?|leads|data)\\b`,
      `\\b(?:b2b|b2c)\\s+(?:contact\\s+|email\\s+)?(?:databases?|lists|leads)\\b|\\b(?:verified|fresh|targeted)\\s+(?:b2b\\s+)?(?:leads|contacts|email addresses|phone numbers)\\b|\\bfullz\\b`,
      // (a base is a data base: «продам базу отдыха» sells a holiday camp)
      `${B}(?:продам|продаю|продаём|продаем|продажа|куплю|предлагаю|сливаю|свеж\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}?баз[аыу]?\\s+(?:данных|клиентов|номеров|телефонов|контактов|физ\\p{L}*|юр\\p{L}*|покупател\\p{L}*|email|e-mail|адресов|почт\\p{L}*|должник\\p{L}*|заем\\p{L}*|заём\\p{L}*)|${B}свеж\\p{L}*\\s+баз[аыу]?(?![\\p{L}\\s]*отдых)`,
      `${B}пробив\\p{L}*\\s+(?:по\\s+баз\\p{L}*|номер\\p{L}*|телефон\\p{L}*|человек\\p{L}*|паспорт\\p{L}*|адрес\\p{L}*|фио)`,
      '出售\\S{0,6}?(?:数据|數據|资料|資料|个人信息|個人信息|手机号|手機號|名单|名單|客户信息|客戶信息)|(?:精准|精準)(?:手机号|手機號|客户|客戶|数据|數據|资源|資源)|一手(?:资源|資源|数据|數據)',
    ],
  },
};

const ACCOUNT_GUARD =
  /account|followers|likes|views|subscribers|review|kyc|аккаунт|кабинет|кошел|老号|老號|微信号|微信號|支付宝号|支付寶號|账号|賬號|账户|賬戶|代理户|代理戶|实名|實名|店铺|店鋪|刷量|подписчик|лайк|отзыв|накрутк|粉丝|粉絲|刷赞|刷讚|点赞|點讚|买粉|買粉|刷粉|刷评|刷評|好评|好評|涨粉|漲粉|千粉|万粉|萬粉|先刷/;

// The seller's terms beside bought social proof: a price, cheapness, a contact, a guarantee.
const ACCOUNT_SELLER =
  /\b(?:prices?|safe|permanent|non[- ]drop|order|orders|buy|telegram|whatsapp|in stock|delivered|bulk)\b|\uE000|\uE001|\uE002|в наличии|выдача|после оплаты|недорог|дешев|пишите|личк|гаранти|оптом|цен[аыу]|прайс|заказ|телеграм|出售|低价|低價|价格|價格|优惠|優惠|微信|qq|联系|聯繫|先刷后付|先刷後付|秒到|下单|下單/;

// Accounts, followers, likes and reviews for sale (issue 15): "buy verified PayPal accounts",
// "aged Gmail accounts", "buy Google reviews", "5-star reviews for your business", "get 10,000 real
// followers", «купить аккаунты», «накрутка подписчиков и лайков недорого», 出售抖音粉丝, 刷赞, 买粉,
// 千粉号. A reader on a minister's bought followers or fake reviews as a plague names them without
// the seller's terms; a comment naming a scam or an investigation counts nothing.
export const ACCOUNT_SALE: OfferFamily = {
  guard: ACCOUNT_GUARD,
  patterns: [
    // (an adjective of the offer is needed: "companies buy reviews" is what a reader writes)
    `\\bbuy\\s+(?:verified|aged|old|bulk|pva|cheap)\\s+(?:[a-z]+\\s+){0,2}?accounts?\\b|\\b(?:verified|aged|pva|bulk)\\s+(?:paypal|cash ?app|gmail|google|facebook|fb|instagram|twitter|tiktok|binance|coinbase|stripe|wise|revolut|skrill|payoneer|linkedin|yahoo|outlook|hotmail|amazon|ebay|etsy)\\s+accounts\\b`,
    `buy\\s+(?:real|active|cheap|instant|targeted|organic|genuine)\\s+(?:instagram\\s+|tiktok\\s+|youtube\\s+|twitter\\s+|facebook\\s+|google\\s+)?(?:followers|likes|views|subscribers|reviews)\\b`,
    `(?:^|[.!?:;,\\n]\\s*)buy\\s+(?:\\d[\\d,.]*\\s+)?(?:google|trustpilot|yelp|amazon|tripadvisor|facebook|5[- ]star|positive)\\s+(?:[a-z]+\\s+)?reviews\\b|\\b5[- ]star\\s+(?:[a-z]+\\s+)?reviews\\s+for\\s+your\\s+(?:business|company|app|product|shop|store)\\b`,
    `${B}(?:купить|куплю|продам|продаю|продаём|продаем|продажа)\\s+(?:\\p{L}+\\s+){0,2}?аккаунт\\p{L}*`,
    '出售\\S{0,12}?(?:粉丝|粉絲|账号|賬號|账户|賬戶|小号|小號)|千粉号|千粉號|万粉号|萬粉號|真人(?:点赞|點讚|粉丝|粉絲)|先刷后付|先刷後付',
    // shops and second-hand accounts for sale (2026-12-07 audit): 出售淘宝店铺、闲鱼号
    '出售\\S{0,6}?(?:店铺|店鋪|闲鱼号|閒魚號|淘宝号|淘寶號)|(?:真人)?刷量',
  ],
  context: {
    when: ACCOUNT_SELLER,
    unless:
      /\b(?:scams?|fraud\w*|investigation|journalists?|reported|police|bots|illegal|laundering|laws?)\b|мошен|расследован|журналист|пишет\s+автор|в\s+статье|незаконн|отмыван|骗|騙|报道|報道|被查|被封|大多是|违法|違法|非法|严查|嚴查/u,
    patterns: [
      `\\b(?:cheap|instant)\\s+(?:instagram\\s+|tiktok\\s+|youtube\\s+|twitter\\s+|facebook\\s+|google\\s+)?(?:followers|likes|views|subscribers|reviews)\\b|\\b(?:get|gain)\\s+\\d[\\d,.]*\\s*k?\\s+(?:real\\s+|active\\s+)?(?:instagram\\s+|tiktok\\s+|youtube\\s+|twitter\\s+)?(?:followers|likes|subscribers|views)\\b|\\bnon[- ]drop\\b|\\b(?:safe\\s+and\\s+permanent|permanent\\s+(?:followers|likes|reviews))\\b`,
      `${B}накрутк\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:подписчик|лайк|отзыв|просмотр|голос|участник)\\p{L}*|${B}аккаунт\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:с\\s+историей|оптом)`,
      '(?:刷|买|買)(?:粉丝|粉絲|粉|赞|讚|评论|評論|好评|好評|播放量|阅读量|閱讀量)|涨粉|漲粉',
      // Verified exchange, payment and ad accounts (issue 15, sixth round): "we sell verified Wise,
      // Revolut and Payoneer accounts", "business accounts for sale", "full KYC", "aged ad
      // accounts", «верифицированные аккаунты», «рекламные кабинеты», 实名认证的币安账号, 广告账户.
      `\\b(?:we\\s+sell|selling|sell|buy)\\s+(?:[a-z]+,?\\s+(?:and\\s+)?){0,6}?(?:verified|kyc|aged|pva|business|ad|ads|agency|advertising)\\s+accounts?\\b|\\b(?:we\\s+sell|selling|sell|buy)\\s+(?:fully\\s+)?(?:verified|kyc|aged|pva)\\s+(?:[a-z]+,?\\s+(?:and\\s+)?){1,6}?accounts?\\b|\\baccounts?\\s+for\\s+sale\\b|\\bfull\\s+kyc\\b|\\b(?:fully\\s+verified|kyc[- ]verified|kyc[- ]passed)\\s+(?:[a-z]+,?\\s+(?:and\\s+)?){0,5}?accounts\\b|\\b(?:ad|ads|advertising|agency)\\s+accounts?\\s+(?:with|for|at|unbanned|ready)\\b`,
      // Aged and ready accounts, and what their sellers add (issue 15, seventh round): "aged Gmail and
      // Outlook accounts", "verified Kraken, Bybit and OKX accounts available now", "ready accounts
      // with bank linked", "login details delivered", «аккаунты с отлёжкой», «верифицированные
      // кошельки», 出售老微信号, 实名支付宝号.
      `\\baged\\s+(?:[a-z]+,?\\s+){0,2}?[a-z]+\\s+(?:and|&|or)\\s+[a-z]+\\s+accounts\\b|\\b(?:verified|kyc)\\s+(?:[a-z]+,?\\s+(?:and\\s+|or\\s+)?){1,4}?accounts?\\s+(?:available|in\\s+stock|for\\s+sale|ready)\\b|\\bready\\s+(?:[a-z]+\\s+)?accounts\\s+with\\b|\\blogin\\s+details\\s+delivered\\b`,
      `${B}аккаунт\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?с\\s+отл[её]жк\\p{L}*|${B}верифицированн\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:кошел|сч[её]т)\\p{L}*`,
      '出售\\S{0,6}?(?:老|实名|實名|认证|認證)?(?:微信号|微信號|支付宝号|支付寶號|qq号|qq號|老号|老號|白号|白號)',
      `${B}верифицированн\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?аккаунт\\p{L}*|${B}рекламн\\p{L}*\\s+(?:кабинет|аккаунт)\\p{L}*|${B}(?:с\\s+)?пройденн\\p{L}*\\s+kyc`,
      '(?:实名|實名)(?:认证|認證)?的?\\S{0,10}?(?:账号|賬號|账户|賬戶)|广告(?:账户|賬戶|账号|賬號)|廣告(?:賬戶|賬號)|代理户|代理戶|不封号|不封號|高消耗',
    ],
  },
};

const LOTTERY_GUARD =
  /lotto|lottery|powerball|mega millions|euromillions|jackpot|spell|insider|лотере|тираж|выигрыш|инсайдер|六合彩|彩票|福彩|体彩|體彩|双色球|雙色球|大乐透|大樂透|时时彩|時時彩|一肖|一码|一碼|特码|特碼|必中|精准计划|精準計劃|中奖|中獎/;

// Lotteries and "inside information" on results (issue 15): "guaranteed lottery numbers from an
// insider", "his lucky numbers spell", "I won the Mega Millions with numbers from …", «выигрышные
// комбинации от инсайдера», «гарантия выигрыша», «знаю результаты тиража заранее», 六合彩内幕,
// 每期必中一肖, 精准计划, 跟我一起中奖. A reader on a lottery law, a neighbour's win or tonight's draw
// names the lottery without the seller's promise.
export const LOTTERY: OfferFamily = {
  guard: LOTTERY_GUARD,
  patterns: [],
  context: [
    {
      when: LOTTERY_GUARD,
      unless:
        /\b(?:scams?|scammers?|fraud\w*|police|warn\w*|laws?|bans?|banned)\b|мошен|развод|обман|закон|запрет|骗|騙|诈骗|詐騙|警方|法律|禁止/u,
      patterns: [
        `\\b(?:guaranteed|sure|correct|insider)\\s+(?:lottery|lotto|powerball|jackpot)\\s+(?:numbers|results|combinations?|tips)\\b|\\bnumbers\\s+from\\s+(?:an?\\s+)?insider\\b|\\b(?:lucky\\s+numbers?|lottery|lotto|money)\\s+spells?\\b|\\bspell\\s?casters?\\b`,
        `${B}гаранти\\p{L}*\\s+выигрыш\\p{L}*|${B}(?:комбинаци|номер|числ)\\p{L}*\\s+(?:лотере\\p{L}*\\s+)?от\\s+инсайдер\\p{L}*|${B}схем\\p{L}*\\s+выигрыш\\p{L}*\\s+(?:в\\s+)?лотере\\p{L}*|${B}результат\\p{L}*\\s+(?:тираж|розыгрыш)\\p{L}*\\s+заранее|(?:100\\s*%|${B}стопроцентн\\p{L}*)\\s+(?:выигрыш|схем)\\p{L}*`,
        '(?:六合彩|彩票|福彩|体彩|體彩|双色球|雙色球|大乐透|大樂透|时时彩|時時彩)\\S{0,4}?(?:内幕|內幕|内部消息|內部消息)|每期必中|必中(?:一肖|一码|一碼|特码|特碼|\\d)|一肖一码|一肖一碼|精准计划|精準計劃|跟我(?:一起)?(?:中奖|中獎|买|買)',
      ],
    },
    {
      // A win story counts only with a way to reach the "helper": a reader's neighbour gives none.
      when: /\uE000|\uE001|\uE002|whatsapp|telegram|e-?mail|contact (?:him|her|them)/,
      unless: /\b(?:scams?|fraud\w*|police|warn\w*)\b/,
      patterns: [
        `\\bi\\s+(?:just\\s+)?won\\s+(?:the\\s+)?(?:[a-z]+\\s+){0,2}?(?:lottery|lotto|powerball|mega millions|euromillions|jackpot)\\s+(?:with|thanks to|using|because of)\\b|\\bwin\\s+the\\s+(?:[a-z]+\\s+)?(?:lottery|lotto|powerball|jackpot)\\s+(?:this|next|tonight|today)\\b`,
      ],
    },
  ],
};
