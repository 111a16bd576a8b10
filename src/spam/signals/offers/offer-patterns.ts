// The phrase families of the offer signals (offers.ts): what the most common WordPress spam sells
// or asks for, in English and other Latin-script languages, Russian and Chinese. Each family is a
// list of patterns on normalised text (lower case, homoglyphs folded; URLs, e-mail addresses and
// phone numbers replaced by the placeholders \uE000, \uE001, \uE002). Every pattern names the offer
// itself (a drug with "buy", "cheap" or "without prescription", a bonus or free spins next to a
// casino, "write my essay", "lose 10 kg in 2 weeks", "replica watches", "adult dating", "add me on
// Telegram"), never a bare word: "viagra", "casino", "bonus", "essay", "Telegram" alone match
// nothing. Patterns in `context` count only when the text also matches the family's context (a
// casino word for "welcome bonus", a weight word for "100% natural", a stranger's approach for
// "write to me at <e-mail>").
import type { OfferContext, OfferFamily } from './offer-family.ts';
import { TESTIMONIAL_CONTEXT, TESTIMONIAL_GUARD } from './testimonial-patterns.ts';
import { SIGNAL_GROUP, SIGNAL_GUARD } from './signal-group.ts';
import { TG_RECRUIT_GUARD, TG_RECRUITMENT } from './tg-recruitment.ts';

import { GAMBLING_GUARD_MORE, GAMBLING_MORE } from './money-offer-patterns.ts';
import { withCheapLetters } from '../../text/letter-class.ts';

export type { OfferContext, OfferFamily };

/** No letter or digit before: the start of a word in any script (shared with illicit-offer-patterns.ts). */
export const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const DRUGS =
  'viagra|cialis|levitra|kamagra|sildenafil|tadalafil|vardenafil|tramadol|xanax|alprazolam|valium|' +
  'diazepam|adderall|oxycodone|oxycontin|hydrocodone|vicodin|percocet|ambien|zolpidem|carisoprodol|' +
  'klonopin|clonazepam|ativan|lorazepam|modafinil|armodafinil|provigil|phentermine|propecia|' +
  'finasteride|clomid|accutane|priligy|dapoxetine|cytotec|misoprostol|xenical|sibutramine|suboxone|' +
  'ritalin|codeine|steroids';
const RU_DRUGS =
  'виагр|сиалис|левитр|камагр|дженерик|трамадол|сибутрамин|редуксин|ксанакс|фенибут|модафинил|' +
  'стероид|силденафил|тадалафил';
const NO_RX = `without (?:a |any )?(?:doctor'?s? )?(?:prescription|rx)|no (?:prescription|rx)\\b|sin receta|ohne rezept|sans ordonnance|senza ricetta`;

export const PHARMACY: OfferFamily = {
  guard:
    /viagra|cialis|levitra|kamagra|sildenafil|tadalafil|vardenafil|tramadol|xanax|alprazolam|valium|diazepam|adderall|oxycodone|oxycontin|hydrocodone|vicodin|percocet|ambien|zolpidem|carisoprodol|klonopin|clonazepam|ativan|lorazepam|modafinil|provigil|phentermine|propecia|finasteride|clomid|accutane|priligy|dapoxetine|cytotec|misoprostol|xenical|sibutramine|suboxone|ritalin|codeine|steroids|pills|meds|pharmac|drugstore|apotheke|farmacia|discre|anonymous|env[ií]o|versand|exp[eé]dition|prescription|rx|receta|rezept|ordonnance|ricetta|виагр|сиалис|левитр|камагр|дженерик|трамадол|сибутрамин|редуксин|ксанакс|фенибут|модафинил|стероид|силденафил|тадалафил|анонимн|рецепт|处方|處方|发货|發貨|包装|包裝|伟哥|偉哥|威而|万艾可|萬艾可|希爱力|犀利士|必利劲|壮阳|壯陽|春药|春藥|迷药|迷藥|催情|仿制药|延时|延時|持久不射/,
  patterns: [
    // "buy cheap cialis", "order tramadol", "comprar viagra", "kaufen Sie Viagra"
    `\\b(?:buy|order|purchase|comprar|kaufen|acheter|acquistare|comprare)(?:\\s+[a-z]+){0,2}?\\s+(?:${DRUGS})\\b`,
    `\\b(?:${DRUGS})\\s+(?:kaufen|bestellen|comprar|acheter)\\b`,
    // "cheap cialis", "cheapest generic levitra", "discount pills"
    `\\b(?:cheap|cheapest|discount|discounted|low[- ]cost|wholesale|barat[oa]s?|g[uü]nstig|pas cher)\\s+(?:generic\\s+)?(?:${DRUGS}|pills|meds)\\b`,
    // "viagra online", "tramadol … overnight", "cialis without prescription"
    `\\b(?:${DRUGS})(?:\\s+\\S+){0,3}?\\s+(?:online|for sale|overnight|next day delivery|${NO_RX})`,
    `\\b(?:${DRUGS})\\s+(?:oral jelly|soft tabs?|super active|super force|professional)\\b`,
    `\\bonline (?:pharmacy|drugstore|apotheke|farmacia|pharmacie)|\\b(?:farmacia|apotheke|pharmacie) online|canadian pharmacy|\\b(?:discreet|discrete|anonymous) (?:shipping|packaging|package|delivery)|env[ií]o discreto|diskreter versand|exp[eé]dition discr[eè]te|\\b(?:free|bonus) pills\\b`,
    // Russian: "купить виагру", "дженерики сиалиса дешево", "анонимная доставка"
    `${B}(?:купить|куплю|заказать|закажите|продам|продаю|продажа|купите)\\s+(?:\\p{L}+\\s+)?(?:${RU_DRUGS})\\p{L}*`,
    `${B}(?:виагр|сиалис|левитр|камагр|дженерик)\\p{L}*(?:\\s+\\p{L}+){0,2}?\\s+(?:дешево|недорого|с\\s+доставкой|онлайн|без\\s+рецепта)`,
    `${B}анонимн\\p{L}*\\s+(?:доставк|отправк|упаковк)\\p{L}*|${B}доставк\\p{L}*\\s+анонимно`,
    // Chinese: "无需处方", "隐私发货"
    '无需处方|無需處方|免处方|免處方|不用处方|隐私发货|隱私發貨|保密发货|保密發貨|隐私包装|隱私包裝|保密包装',
    // the delay sprays and pills of Chinese adverts (2026-12-07 audit)
    '延时(?:喷剂|药|湿巾)|延時(?:噴劑|藥|濕巾)|持久不射',
  ],
  context: {
    // Without a prescription is what an offer promises; a reader reports it ("antibiotics are sold
    // without prescription in kiosks") without buying words.
    when: /buy|order|shop|ship|deliver|cheap|pharmacy|pills|comprar|kaufen|bestell|env[ií]o|versand|купи|закаж|заказ|достав|дешев|недорог|正品|出售|购买|購買|包邮|批发|代购|下单|微信|加我|私聊|价格|價格|货到付款|貨到付款/,
    patterns: [
      NO_RX,
      `${B}без\\s+рецепт\\p{L}*`,
      '伟哥|偉哥|威而钢|威而鋼|万艾可|萬艾可|希爱力|犀利士|必利劲|壮阳药|壯陽藥|春药|春藥|迷药|迷藥|催情药|印度仿制药',
    ],
  },
};

const GAMBLING_CONTEXT = new RegExp(
  `${/casino|slot|roulette|blackjack|poker|\bbet(?:s|ting| now)?\b|bet365|xbet|tiradas|tours gratuits|bookmaker|sportsbook|jackpot|gambl|wager|spins|freispiele|apuesta|scommess|paris sportifs|giros|казино|слот|автомат|ставк|букмекер|рулетк|покер|джекпот|вулкан|беттинг|азартн|фриспин|赌场|賭場|博彩|娱乐城|娛樂城|百家乐|百家樂|老虎机|老虎機|真人视讯|时时彩|時時彩|六合彩|投注|棋牌|捕鱼|电子游|下注|彩票|葡京|永利|威尼斯人|皇冠体育|皇冠體育|滚球|滾球|信用盘|現金盤|现金盘|信用盤|正网|正網|电竞|電競/.source}|${GAMBLING_GUARD_MORE.source}`,
);

// A news comment on gambling law or regulation names bonuses and codes as what the law is about.
// A Chinese reader warning about the platforms or reporting a raid names their bonuses too
// ("注册送彩金的娱乐城全是骗局", "查处了几个百家乐赌场"; 2026-12-07 audit).
const GAMBLING_LAW =
  /\b(?:law|laws|ban|bans|banned|banning|regulators?|regulation|regulations|legislation|legislators?|parliament|ministry|court|lawmakers?|mps)\b|закон|запрет|регулятор|законопроект|депутат|госдум|суд[аеу ]|法律|法规|法規|立法|禁止|监管|監管|人大|骗局|騙局|骗子|騙子|诈骗|詐騙|被骗|被騙|别碰|別碰|别信|別信|千万别|千萬別|打击|打擊|查处|查處|警方|取缔|取締/;

// A code, a referral or a link: what the promoter of a casino adds to a win story or a bonus.
const GAMBLING_REFERRAL =
  /promo|code|referral|invite|my link|link in|\uE000|промокод|ссылк|реферал|推荐码|推薦碼|邀请码|邀請碼|优惠码|優惠碼|链接|鏈接/;

export const GAMBLING: OfferFamily = {
  guard: GAMBLING_CONTEXT,
  // (every phrase is in a context below: a comment on a gambling law names them too)
  patterns: [],
  context: [
    {
      when: GAMBLING_CONTEXT,
      // A reader on a licensing law or a ban names the bonuses the law is about ("the law bans
      // welcome bonuses"); a casino's promoter does not cite the law.
      unless: GAMBLING_LAW,
      patterns: [
        // Free spins and bets offered: counted ("200 free spins", "claim your free spins"), not named
        // ("my son sees 'free bet' offers on football shirts").
        `\\b\\d+\\s*(?:free|bonus|extra)\\s+(?:spins?|bets?)\\b|\\b(?:get|claim|grab|win|receive|enjoy|plus|and)\\s+(?:your\\s+|a\\s+)?(?:free|bonus|extra)\\s+(?:spins?|bets?)\\b|freispiele|giros gratis|tiradas gratis|tours gratuits`,
        `${B}(?:фриспин|фри спин)\\p{L}*|${B}бездепозитн\\p{L}*|${B}бесплатн\\p{L}*\\s+вращени\\p{L}*`,
        '注册(?:即)?送|註冊(?:即)?送|首存|首充|彩金|返水|存送|体验金|體驗金|提款秒到|救援金|百家乐|百家樂|时时彩|時時彩|娱乐城|娛樂城|真人视讯|真人視訊',
        // the platform's terms (2026-12-07 audit): "在线开户", "信用盘", "出款快", "赔率最高"
        '(?:在线|在線|正网|正網|网投|網投)开户|(?:在线|在線|正网|正網|网投|網投)開戶|信用盘|信用盤|现金盘|現金盤|滚球|滾球|(?:赔率|賠率)最高|(?:存款|充值|出款|提款|提现|提現)(?:秒到|秒出|快)|大额无忧|大額無憂|爆分|信誉(?:平台|老站)|信譽(?:平台|老站)|代理招商|投注平台|包红|包紅|不中退款',
        // "500% welcome bonus", "100% deposit bonus up to $500", "bonus codes"
        `\\b\\d+\\s*%\\s+(?:[a-z]+\\s+){0,2}?(?:bonus|match)\\b`,
        // ("welcome bonus offers" names a kind of advert, as a reader complaining about them does)
        `\\b(?:welcome|deposit|sign[- ]?up|registration|no[- ]deposit|match|reload|cashback|exclusive)\\s+bonus(?:es)?\\b(?!\\s+(?:offers?|ads|adverts?|advertising|schemes?|rules?)\\b)`,
        `\\bbonus\\s+(?:codes?|up to|ohne einzahlung|sin dep[oó]sito|sofort|sans d[eé]p[oô]t)\\b`,
        `\\b(?:ohne einzahlung|sin dep[oó]sito|without deposit|sans d[eé]p[oô]t)\\b`,
        `\\b(?:bet|play|spin|wager)\\s+(?:now|today)\\b|\\bwin\\s+(?:big|real money)\\b|\\b(?:best|top|trusted|licensed)\\s+(?:online\\s+(?:casinos?|slots?|sportsbooks?|bookmakers?)|(?:betting|casino|slots?|gambling)\\s+sites?|casinos?\\s+online)\\b|casino en l[ií]nea|online[- ]casino\\s+(?:deutschland|österreich|schweiz|\\d{4})`,
        // Russian: "бонус 200% на первый депозит", "за регистрацию", "на деньги"
        ...GAMBLING_MORE, // a casino's mirror (2026-12-07, late: money-offer-patterns.ts)
        `${B}бонус\\p{L}*|\\d+\\s*%\\s+(?:на|к)\\s+(?:перв\\p{L}*\\s+)?депозит\\p{L}*|${B}(?:за\\s+регистраци\\p{L}*|на\\s+деньги|промокод\\p{L}*)`,
      ],
    },
    {
      // The win story and the promoter's code or link (issue 15): "I won $5,000 at …, use my promo
      // code", «выиграл 180 000 в казино, промокод …, переходи по ссылке», 注册填邀请码. Counted
      // only next to a code, a referral or a link: a reader's neighbour who "won at the casino and
      // lost it all" gives none.
      when: GAMBLING_REFERRAL,
      unless: GAMBLING_LAW,
      patterns: [
        `\\b(?:i|we|just|finally)\\s+(?:just\\s+|finally\\s+)?(?:won|cashed out|withdrew|hit)\\s+(?:over\\s+|a\\s+)?[$€£]?\\d[\\d,.]*\\s*(?:k|usd|dollars|euros?|pounds?)?\\b`,
        `\\b(?:promo|referral|invite|invitation|coupon)\\s+codes?\\b`,
        `\\b(?:use|enter|with|using|type)\\s+my\\s+(?:promo\\s+|referral\\s+|invite\\s+|bonus\\s+|personal\\s+)?(?:code|link)\\b|\\b(?:sign\\s*up|register|join|play)\\s+(?:\\w+\\s+)?(?:through|with|via|using|on|from)\\s+my\\s+(?:link|code)\\b|\\blink\\s+in\\s+(?:my\\s+)?(?:bio|profile)\\b`,
        `${B}(?:выиграл|выиграла|выиграли|поднял|подняла|подняли|сорвал|сорвала|вывел|вывела|вывели|забрал|забрала)\\s+(?:[\\p{L}]+\\s+){0,3}?\\d`,
        `${B}(?:переходи|переходите|жми|жмите|регистрируйся|регистрируйтесь|заходи|заходите)\\s+(?:\\p{L}+\\s+)?(?:по\\s+(?:моей\\s+)?(?:реферальной\\s+)?ссылке|по\\s+ссылк\\p{L}*)|${B}по\\s+моей\\s+(?:реферальной\\s+)?ссылке|${B}ссылк\\p{L}*\\s+в\\s+(?:профиле|описании|шапке|био)|${B}реферальн\\p{L}*\\s+(?:ссылк|код)\\p{L}*`,
        '推荐码|推薦碼|邀请码|邀請碼|优惠码|優惠碼|注册链接|註冊鏈接|(?:赢了|贏了|提现了|提現了|提款了)\\d',
      ],
    },
  ],
};

const ESSAY_WORDS =
  'essay|paper|assignment|dissertation|thesis|coursework|homework|term paper|research paper';

export const ESSAY: OfferFamily = {
  guard:
    /essay|paper|assignment|dissertation|thesis|coursework|homework|plagiar|take my|to write|to do|do your|write your|курсов|диплом|реферат|диссертац|контрольн|эссе|отч[её]т|сочинени|антиплагиат|студент|代写|代寫|代考|代做|降重|包过|包過|枪手|作业代|作業代|见刊|見刊|录用|錄用|代发|代發/,
  patterns: [
    `\\b(?:write|do|finish|complete)\\s+my\\s+(?:${ESSAY_WORDS})s?\\b`,
    `\\b(?:pay|hire|paying|hiring)\\s+(?:someone|somebody|an?\\s+(?:expert|writer|professional|tutor))(?:\\s+[a-z]+)?\\s+to\\s+(?:write|do)\\b`,
    `\\b(?:${ESSAY_WORDS})s?\\s+(?:writing\\s+)?(?:services?|help\\s+(?:online|service|uk|usa|australia|canada)|writers?\\s+(?:online|for hire|available|uk|usa))\\b`,
    `\\b(?:custom|cheap|professional|best|affordable|legit|online|reliable)\\s+(?:${ESSAY_WORDS})s?\\s*(?:writing|writers?|help|services?)\\b`,
    `\\b(?:buy|order|purchase)\\s+(?:an?\\s+|cheap\\s+|custom\\s+|original\\s+)?(?:essays?|dissertations?|term papers?|research papers?|thesis|coursework|assignments?)\\b`,
    `\\bwe\\s+(?:will\\s+|can\\s+|also\\s+)?(?:write|do)\\s+(?:your|essays|papers|dissertations|homework|assignments|research papers)\\b|\\bi\\s+(?:will|can)\\s+(?:write|do)\\s+your\\s+(?:${ESSAY_WORDS})`,
    `\\b(?:assignment|dissertation|thesis|coursework) help\\b|\\bhomework help (?:online|service)|\\btake my (?:online )?(?:class|exam|test)\\b`,
    // Russian: "диплом на заказ", "напишем курсовую"
    `${B}(?:курсов|диплом|реферат|диссертаци|контрольн|эссе|отч[её]т)\\p{L}*(?:\\s+\\p{L}+){0,2}?\\s+на\\s+заказ`,
    `${B}(?:напиш\\p{L}*|написание|заказать|закажите|помощь\\s+в\\s+написании|помож\\p{L}*\\s+написать)\\s+(?:\\p{L}+\\s+)?(?:курсов|диплом|реферат|диссертац|эссе|контрольн|сочинени)\\p{L}*`,
    // Chinese: "代写论文", "代考", "包过"
    '代写|代寫|代考|代做作业|代做作業|论文降重|論文降重|降重服务|包过|包過|枪手代|作业代|作業代',
    // the paper mill's publication service (2026-12-07 audit): 快速见刊, 包录用, 论文代发
    '快速见刊|快速見刊|包(?:录用|錄用)|(?:论文|論文)代(?:发|發)',
  ],
  context: {
    when: /essay|paper|assignment|homework|dissertation|thesis|coursework|writer|курсов|диплом|реферат|диссертац|эссе|контрольн|сочинени|заказ/,
    patterns: [
      `plagiarism[- ]free|\\b(?:100\\s*%|totally|fully)\\s+(?:original|unique|plagiarism[- ]free)|free plagiarism (?:report|check)|\\b(?:native|expert|phd)\\s+(?:english\\s+)?(?:writers|experts?)\\b|\\b(?:any|every|tight|urgent)\\s+deadlines?\\b`,
      `${B}антиплагиат\\p{L}*|${B}помощь\\s+студент\\p{L}*|${B}гаранти\\p{L}*\\s+сдачи`,
    ],
  },
};

// Investment testimonials: "I invested $1,000 with Mr. X, a crypto trading expert, and now earn
// $8,000 a week. Contact him on Telegram @…". Counted only with a way to reach the "expert"
// (offers.ts): a victim's story names no one to contact.
const INVESTMENT_GUARD =
  /manager|trader|expert|mentor|coach|guru|specialist|broker|invested|investing|trading|deposited|made|earn|make|got|received|withdrew|profit|return|thanks to|changed my life|эксперт|наставник|трейдер|брокер|аналитик|менеджер|специалист|куратор|заработал|получил|вывел|вложил|инвестировал|сигнал|точност|投资|投資|带单|帶單|跟单|跟單|炒币|炒幣|导师|導師|收益|稳赚|穩賺|赚了|荐股|薦股|牛股|涨停|漲停|金股|黑马|黑馬|股票|炒股|操盘|操盤|老师|老師|内幕|內幕|胜率|勝率|必涨|必漲/;

export const INVESTMENT: OfferFamily = {
  guard: new RegExp(`${INVESTMENT_GUARD.source}|${TESTIMONIAL_GUARD.source}|${SIGNAL_GUARD.source}`),
  patterns: [
    `\\b(?:account manager|trading expert|investment (?:manager|expert|adviser|advisor|coach|mentor)|(?:forex|crypto|bitcoin|binary|options|stock) (?:trader|expert|mentor|coach|manager|specialist|guru|broker)|expert (?:forex |crypto )?trader|trading (?:mentor|coach|guru|specialist))\\b`,
    `\\b(?:i|we)\\s+(?:[a-z]+\\s+)?(?:invested|started investing|started trading|deposited)\\b`,
    `\\b(?:made|earned|earn|earning|make|making|got|received|withdrew|profit of|returns? of)\\s+(?:a\\s+)?(?:profit\\s+of\\s+|total\\s+of\\s+|over\\s+)?[$€£]?\\d[\\d,.]*\\s*(?:k|usd|dollars|btc|euros?|pounds?|\\$)?\\s*(?:[a-z]+\\s+){0,2}?(?:every|each|per|in|within|weekly|daily|after|back)\\b`,
    `\\bthanks to (?:my|mr|mrs|ms|dr)\\b|changed my life`,
    `${B}(?:эксперт|наставник|трейдер|брокер|аналитик|менеджер|специалист|куратор)\\p{L}*\\s+по\\s+(?:трейдинг|инвестиц|криптовалют|форекс|бирж|торговл)\\p{L}*`,
    `${B}(?:заработал|заработала|заработали|получил|получила|вывел|вывела)\\s+(?:\\p{L}+\\s+)?\\d[\\d\\s]*\\s*(?:руб|₽|\\$|долл|тыс|млн|евро)`,
    `${B}(?:благодаря|спасибо)\\s+(?:моему\\s+|моей\\s+)?(?:эксперт|наставник|трейдер|брокер|куратор|аналитик)\\p{L}*|${B}(?:вложил|вложила|инвестировал|инвестировала)${E}`,
    // the Russian signal channel (2026-12-07 audit): «сигналы по акциям», «сигналы от аналитика, точность 90%»
    `${B}(?:торгов\\p{L}*\\s+)?сигнал\\p{L}*\\s+(?:по\\s+(?:акци|крипт|бирж|форекс|фьючерс)|от\\s+(?:аналитик|трейдер|эксперт|профессионал))\\p{L}*|${B}точност\\p{L}*\\s+(?:сигнал\\p{L}*\\s+)?\\d+\\s*%`,
    '投资导师|投資導師|带单老师|帶單老師|带单|帶單|跟单|跟單|炒币|炒幣|导师带|導師帶|收益翻倍|稳赚不赔|穩賺不賠|一(?:个月|周|週|天)赚了|赚了\\d+',
  ],
  // The stock-tip group and its "teacher" (2026-12-07 audit): 荐股, 牛股, 股票交流群, 老师实盘带单,
  // 内幕消息, 胜率95%. A reader warning about such groups (所谓荐股老师都是骗子) counts nothing.
  context: [
    {
      when: INVESTMENT_GUARD,
      unless: /骗|騙|所谓|所謂|别信|別信|千万别|千萬別|小心|警惕|割韭菜|跑路|举报|舉報|报警|報警/,
      patterns: [
        '荐股|薦股|推荐\\S{0,2}?(?:牛股|金股|股票)|推薦\\S{0,2}?(?:牛股|金股|股票)|涨停(?:牛股|股|板)|漲停(?:牛股|股|板)|(?:黑马|黑馬|妖|龙头|龍頭)股|(?:领取|領取)金股|股票(?:交流)?群|炒股群|(?:实盘|實盤)(?:带单|帶單)|老师(?:带|实盘|操作)|老師(?:帶|實盤|操作)|跟着老师|跟著老師|操盘手|操盤手|内幕消息|內幕消息|必涨|必漲|(?:胜率|勝率)\\d',
      ],
    },
    // The testimonial's story for a named helper (2026-12-07 late, testimonial-patterns.ts).
    TESTIMONIAL_CONTEXT,
    SIGNAL_GROUP, // the signal channel's advert, "free forex signals, 90% accuracy" (signal-group.ts)
  ],
};

// A way to reach someone besides e-mail, phone and link: a handle, "contact him", "加他微信".
export const CONTACT =
  /@[a-z0-9_]{3,}|(?:contact|message|text|email|e-mail|write to|reach|dm|whatsapp|telegram)\s+(?:him|her|them|me|us)\b|(?:пиш|обращ|звон)[а-яё]*\s+(?:ему|ей|им|мне|нам)|加(?:他|她|我)|加(?:微信|薇信|vx|v信|wx|qq)|(?:微信号?|vx|wx|qq)(?:群|号)?\s*:?\s*[a-z0-9]|(?:纸飞机|飞机|飛機|电报|電報)\s*:?\s*@|进群|進群|ссылк[аи]\s+в\s+(?:профиле|описании|шапке|био)/;

const WEIGHT_CONTEXT =
  /weight|fat|slim|keto|kg|pound|lbs|diet|belly|похуд|худе|вес|кг|жир|диет|减肥|減肥|瘦|燃脂/;

export const WEIGHT_LOSS: OfferFamily = {
  guard:
    /kg|kilo|pound|lbs|keto|diet|slim|weight|fat|appetite|detox|gym|exercis|doctors hate|trick|похуд|сброс|скин|минус|таблетк|капсул|чай|средств|препарат|жиросжиг|диет|сибутрамин|редуксин|голдлайн|натуральн|побочн|закажите|减肥|減肥|瘦|反弹|反彈|燃脂|排油|纯天然|純天然|副作用/,
  patterns: [
    `\\b(?:lose|lost|losing|drop|dropped|shed|burn|burned|melt)\\s+(?:up to\\s+|over\\s+)?\\d+\\s*(?:kg|kgs|kilos?|kilograms?|pounds|lbs?)\\b(?:\\s+[a-z]+){0,2}?\\s+(?:in|within)\\s+(?:just\\s+|only\\s+)?(?:\\d+|one|two|three|four|a)\\s+(?:days?|weeks?|month)\\b`,
    `\\b(?:keto|diet|dietary|slimming|weight[- ]?loss|fat[- ]?burning|appetite|detox)\\s+(?:pills?|capsules?|gumm(?:y|ies)|supplements?|tablets?|tea|drops|patch(?:es)?|shakes?)\\b`,
    `\\bfat[- ]?burners?\\b|\\bburn (?:belly |body )?fat\\b|\\bmelt(?:s|ing)? (?:away )?(?:belly )?fat\\b|\\bwithout (?:any )?(?:diet|dieting|exercise|exercising|gym)(?: or (?:diet|dieting|exercise|exercising|gym))?\\b|\\bdoctors hate\\b|\\bone (?:weird |simple |easy )?trick\\b`,
    `${B}(?:похуде\\p{L}*|сбросил\\p{L}*|сбросить|скинул\\p{L}*|скинуть|минус)\\s+(?:на\\s+)?\\d+\\s*(?:кг|килограмм\\p{L}*)${E}\\s+за\\s+(?:\\d+\\s+)?(?:день|дня|дней|недел\\p{L}*|месяц)`,
    `${B}(?:таблетк|капсул|чай|чая|средств|препарат|жиросжигател)\\p{L}*\\s+для\\s+похудени\\p{L}*|${B}жиросжигател\\p{L}*|${B}без\\s+диет\\p{L}*|${B}(?:сибутрамин|редуксин|голдлайн)\\p{L}*`,
    '减肥药|減肥藥|瘦身(?:茶|胶囊|膠囊|产品|產品|药|藥)|(?:个月|月|周|週|天)瘦\\d{2,}|瘦\\d{2,}斤|不反弹|不反彈|躺着瘦|躺著瘦|燃脂(?:胶囊|膠囊|茶|药|藥)|排油|暴瘦|速瘦',
  ],
  context: {
    when: WEIGHT_CONTEXT,
    patterns: [
      `\\b100\\s*%\\s+natural\\b|\\ball[- ]natural\\b|\\bno side effects\\b|\\bresults in \\d+ days\\b|\\bclinically proven\\b`,
      `${B}натуральн\\p{L}*\\s+состав|${B}без\\s+побочн\\p{L}*|${B}закажите\\s+сейчас`,
      '纯天然|純天然|无副作用|無副作用',
    ],
  },
};

const LUXURY =
  'rolex|omega|cartier|patek philippe|audemars piguet|hublot|breitling|tag heuer|louis vuitton|lv|gucci|' +
  'prada|chanel|hermes|hermès|dior|fendi|balenciaga|burberry|versace|michael kors|uggs?|nike|jordans?|' +
  'yeezys?|adidas|ray-?ban|oakley|moncler|canada goose|pandora';

export const REPLICA: OfferFamily = {
  guard:
    /replica|fake|knock|counterfeit|cop(?:y|ies)|imitation|aaa|1 ?: ?1|mirror|clone|superclone|dupe|cheap|discount|wholesale|outlet|sale online|реплик|копи|高仿|复刻|復刻|a货|a貨|精仿|一比一|原单|原單|超a|莆田/,
  patterns: [
    `\\breplicas?\\s+(?:[a-z]+\\s+){0,2}?(?:watch(?:es)?|bags?|handbags?|purses?|shoes|sneakers|jerseys?|sunglasses|belts?|wallets?|designer|luxury|${LUXURY})\\b`,
    `\\b(?:fake|knock-?off|counterfeit|copy|imitation)\\s+(?:designer\\s+)?(?:${LUXURY})\\b`,
    `\\baaa\\+?\\s+(?:quality|replicas?|grade|copies)|\\b1\\s*:\\s*1\\s+(?:quality|cop(?:y|ies)|replicas?|mirror)|\\bcop(?:y|ies)\\s+1\\s*:\\s*1|\\bmirror (?:quality|grade)\\b|\\bsuper ?clone|\\b(?:designer|luxury|brand(?:ed)?)\\s+(?:replicas?|knock-?offs?|dupes?)\\b`,
    `\\b(?:cheap|discount|wholesale)\\s+(?:${LUXURY})\\b|\\b(?:${LUXURY})\\s+(?:[a-z]+\\s+)?(?:outlet online|online outlet|outlet store online|factory outlet|wholesale|sale online)\\b`,
    `${B}реплик\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:час|сумок|сумк|кроссов|обув|бренд|люкс|очк|ремн|кошел)\\p{L}*`,
    `${B}(?:люкс|точн\\p{L}*|брендов\\p{L}*|качественн\\p{L}*)\\s+копи\\p{L}*|${B}копи\\p{L}*\\s+(?:1\\s*:\\s*1|брендов|люкс|часов|сумок|кроссовок)\\p{L}*`,
    '高仿|复刻|復刻|a货|a貨|精仿|一比一|原单|原單|超a|莆田鞋',
  ],
};

// A stranger's approach, the context of an e-mail invitation in DATING: a profile or photos ("I
// saw your profile", "for my photos"), wanting to know you, loneliness, a relationship sought, a
// "dear" opener, a proposal; «ваша анкета», «одинокая», «серьёзные отношения», «привет, дорогой»,
// «у меня для вас предложение». A researcher's "my name is", "photos of the flood" or «познакомить
// вас с переводчиком» are not.
const STRANGER_APPROACH = new RegExp(
  withCheapLetters(
    [
      `\\byour\\s+(?:profile|photos?|pictures?|pics?)\\b(?!\\s+(?:of|from)\\b)`,
      `\\b(?:see|for)\\s+my\\s+(?:private\\s+|intimate\\s+|hot\\s+|sexy\\s+)?(?:photos|pics|pictures|profile)\\b(?!\\s+(?:of|from)\\b)`,
      `\\b(?:know|knowing)\\s+you\\b|\\blonely\\b|\\bsingle\\s+(?:woman|lady|girl|man|mother|mom)\\b|\\bi(?:'m|\\s+am)\\s+single\\b`,
      `\\b(?:serious|honest|caring|loving|long[- ]term|real)\\s+(?:relationship|love|partner)\\b|\\bsoul\\s?mate\\b`,
      `\\b(?:hi|hello|hey|good (?:morning|day|evening))\\s*,?\\s+(?:my\\s+)?(?:dear|darling|sweetheart|handsome|honey|sweetie)\\b(?!\\s+(?:readers?|editors?|friends|all|everyone|sirs?|madam|colleagues))`,
      `\\b(?:proposal|proposition|offer)\\s+for\\s+you\\b`,
      `${B}(?:тво|ваш)\\p{L}*\\s+(?:профил|анкет|фото|страниц)|${B}одинок|${B}(?:серь[её]зн|крепк|настоящ)\\p{L}*\\s+отношени|${B}познаком(?:иться|имся|люсь)|${B}втор\\p{L}*\\s+половин`,
      `${B}(?:привет|здравствуй\\p{L}*|добр\\p{L}*\\s+(?:день|вечер|утро))\\s*,?\\s+(?:мой\\s+|моя\\s+)?(?:дорог|мил|красав|любим)`,
      `${B}у\\s+меня\\s+(?:есть\\s+)?(?:для\\s+(?:вас|тебя)\\s+)?(?:\\p{L}+\\s+)?предложени`,
    ].join('|'),
  ),
  'u',
);

export const DATING: OfferFamily = {
  guard:
    /singles|girls|women|ladies|milf|moms|babes|wives|adult|casual|sex|hook|discreet|fuck|bed partner|escort|webcam|cam |nude|naked|private|intimate|photos|pics|videos|proposal|proposition|offer for you|mail|email|e-mail|\uE001|personal|whatsapp|telegram|know you|your profile|your contact|your email|your photo|знакомств|индивидуалк|проститутк|путан|шлюх|интим|эскорт|досуг|девушк|предложени|напиш|познакомить|约炮|約炮|一夜情|同城|美女上|小姐上|外围|外圍|援交|楼凤|樓鳳|裸聊|交友|单身美女|單身美女|特殊服|福利|dear|darling|sweetheart|handsome|honey|sweetie|interested|single|lonely|looking for|you look|привет|здравствуй|добр|увидел|нашл|заметил|одинок|ищу|亲爱|親愛|看到|认识你|認識你|单身|單身|真心|交个朋友|交個朋友|留个|留個|高端外|空降|成人/,
  patterns: [
    `\\b(?:hot|sexy|lonely|horny|beautiful|single|local|naughty|real|russian|asian)\\s+(?:singles|girls|women|ladies|milfs?|moms|babes|wives)\\s+(?:in|near|from|are|want|waiting|looking|online|nearby|tonight)\\b`,
    `\\b(?:adult|casual|sex|hookup|hook-up|discreet)\\s+(?:dating|chat|contacts?|meetings?|encounters?|hookups?)\\b|\\bhook ?ups? tonight\\b|\\b(?:sex|fuck|bed)\\s+partners?\\b`,
    `\\bescorts?\\s+(?:service|services|agency|girls?|in)\\b|\\b(?:webcam|cam)\\s+(?:girls|models|sex|chat)\\b|\\b(?:nude|naked|private|intimate|sexy|hot)\\s+(?:photos|pics|videos)\\b|\\bfor my photos\\b|\\bsee my (?:photos|pics|profile)\\b`,
    // "I have a proposal for you", "write to my private e-mail", "I saw your profile" ("write to me
    // at <e-mail>" alone is what readers and sources write: it counts only in the context below)
    `\\bi\\s+(?:have|got)\\s+(?:an?\\s+)?(?:[a-z]+\\s+)?(?:proposal|proposition|offer)\\s+for\\s+you\\b`,
    `\\b(?:write|email|e-mail|mail|contact|reach|text|message)\\s+(?:to\\s+)?(?:me\\s+)?(?:at|on|via|to|through)\\s+(?:my\\s+)?(?:private|personal)\\s+(?:e-?mail|mail|address|inbox)`,
    `\\b(?:would like|want|love) to (?:know|get to know) you(?: better)?\\b|\\bi (?:saw|found|came across|noticed) your (?:profile|contact|email|photos?)\\b(?!\\s+of\\b)`,
    `${B}знакомств\\p{L}*\\s+(?:для\\s+(?:взрослых|секса|интима)|без\\s+регистрации|с\\s+(?:девушк|женщин)\\p{L}*)`,
    `${B}(?:индивидуалк|проститутк|путан|шлюх)\\p{L}*|${B}интим\\p{L}*(?:\\s*[- ]\\s*|\\s+)(?:досуг|услуг|встреч|знакомств)\\p{L}*|${B}эскорт\\p{L}*|${B}досуг\\p{L}*\\s+для\\s+мужчин|${B}девушк\\p{L}*\\s+(?:из\\s+)?(?:твоего|вашего)\\s+город\\p{L}*`,
    `${B}у\\s+меня\\s+(?:есть\\s+)?(?:для\\s+(?:вас|тебя)\\s+)?(?:\\p{L}+\\s+)?предложени\\p{L}*|${B}напиш\\p{L}*\\s+(?:мне\\s+)?на\\s+(?:мою\\s+)?(?:личн|приватн)\\p{L}*\\s+(?:почт|email|e-mail|мейл|ящик)\\p{L}*|${B}(?:хочу|хотела\\s+бы)\\s+(?:с\\s+(?:вами|тобой)\\s+)?познакомиться`,
    // the romance scam's approach to a stranger: "interested in knowing you", "a single woman looking
    // for", "you look nice in your picture", «я увидела твой профиль», 我看到了你的资料
    `\\binterested in (?:knowing|getting to know) you\\b|\\b(?:single|lonely)\\s+(?:woman|lady|girl|man)\\s+(?:looking|searching|seeking)\\s+for\\b|\\blooking for (?:a\\s+)?(?:serious|honest|caring|loving|long[- ]term)\\s+(?:relationship|man|woman|partner|love)\\b`,
    `\\byou\\s+(?:look|looks|looked)\\s+(?:so\\s+|very\\s+|really\\s+)?(?:nice|cute|handsome|beautiful|lovely|sexy|attractive|charming)\\s+(?:in|on)\\s+(?:your|the|this)\\s+(?:picture|photo|pic|profile)`,
    `${B}(?:увидел\\p{L}*|нашл\\p{L}*|заметил\\p{L}*)\\s+(?:тво|ваш)\\p{L}*\\s+(?:профил|анкет|фото|страниц)\\p{L}*|${B}я\\s+одинок\\p{L}*\\s+(?:девушк|женщин|мужчин)\\p{L}*|${B}ищу\\s+(?:\\p{L}+\\s+)?(?:серь[её]зн\\p{L}*\\s+отношени|вторую\\s+половинк|спутник\\p{L}*\\s+жизни)\\p{L}*`,
    '我看到了?你的(?:资料|資料|照片|主页|主頁)|很想认识你|很想認識你|单身女孩|單身女孩|找个真心|找個真心|留个联系方式|留個聯繫方式|交个朋友吧|交個朋友吧',
    '约炮|約炮|一夜情|同城约|同城約|同城交友|美女上门|美女上門|小姐上门|外围女|外圍女|援交|楼凤|樓鳳|裸聊|交友软件|交友軟件|单身美女|單身美女|特殊服务|特殊服務|私聊送福利',
    // (2026-12-07 audit) the escort's "全国空降" and the adult site's free videos
    '高端外围|高端外圍|全国空降|全國空降|空降服务|空降服務|成人(?:视频|視頻|电影|電影|影片|网站|網站)(?:免费|免費)|(?:免费|免費)(?:看)?成人(?:视频|視頻|电影|電影|影片)',
  ],
  context: [
    {
      // "Hi dear", «привет, дорогой», 你好亲爱的: what friends and family write each other too (the
      // SMS data is full of it), so the opener counts only next to a stranger's approach: a profile
      // or a photo, an e-mail or messenger, "my name is", a relationship.
      when: /profile|picture|photo|e-?mail|\uE001|whatsapp|telegram|my name is|single|relationship|know you|профил|анкет|фото|почт|меня зовут|одинок|отношени|познаком|资料|資料|照片|微信|联系方式|聯繫方式|认识|認識|单身|單身/,
      patterns: [
        `\\b(?:hi|hello|hey|good (?:morning|day|evening))\\s+(?:my\\s+)?(?:dear|darling|sweetheart|handsome|honey|sweetie)\\b(?!\\s+(?:readers?|editors?|friends|all|everyone|sirs?|madam|colleagues))`,
        `${B}(?:привет|здравствуй\\p{L}*|добр\\p{L}*\\s+(?:день|вечер|утро))\\s*,?\\s+(?:мой\\s+|моя\\s+)?(?:дорог\\p{L}*|милый|милая|красавчик|красавица|любимый|любимая)`,
        '你好亲爱的|你好親愛的|嗨亲爱的|嗨親愛的|亲爱的你好|親愛的你好',
      ],
    },
    {
      // "Write to me at <e-mail>", «напишите мне на почту»: readers and sources offering a data set,
      // scans or a translator's contacts write that too, so the invitation counts only next to a
      // stranger's approach (a profile or photos, "know you", loneliness, a relationship, a "dear"
      // opener, a proposal). A private address counts alone (above); messengers are MESSENGER's.
      when: STRANGER_APPROACH,
      patterns: [
        `\\b(?:write|email|e-mail|mail|contact|reach|text|message)\\s+(?:to\\s+)?me\\s+(?:at|on|via|to)\\s+(?:my\\s+)?(?:e-?mail|mail|\\uE001|whatsapp|telegram)`,
        `${B}напиш\\p{L}*\\s+мне\\s+(?:на\\s+(?:почту|email|e-mail|мейл|ватсап|вотсап|телеграм)|в\\s+(?:личк|телеграм|вотсап|ватсап|лс))\\p{L}*`,
      ],
    },
  ],
};

const MESSENGERS = 'whatsapp|telegram|wechat|signal|viber|kik|skype|snapchat|imessage|tg|wa';

export const MESSENGER: OfferFamily = {
  guard:
    /whatsapp|telegram|wechat|signal|viber|kik|skype|snapchat|imessage|instagram|\btg\b|\bwa\b|\bdm\b|message|contact|write|пиши|пишите|напишите|напиши|ставь|кидай|обращайтесь|飞机|飛機|телеграм|тг|вотсап|ватсап|вайбер|личк|лс|директ|微信|薇信|威信|vx|v信|wx|qq|扣扣|电报|電報|加v|加微|加薇|加威|扣|line|加群|同号|同號/,
  patterns: [
    `\\b(?:add|contact|message|msg|text|dm|write|reach|ping|chat with|hit|call|find)\\s+(?:me|us|him|her|them)(?:\\s+up)?\\s+(?:on|via|at|through|in)\\s+(?:${MESSENGERS})\\b`,
    `\\b(?:whatsapp|telegram|wechat|viber|kik|skype|tg|wa|signal)\\s*(?:me|him|her|us|number|no\\.?|id|handle|contact)?\\s*:?\\s*(?:@[a-z0-9_]{3,}|\\uE002|\\+\\d)`,
    `@[a-z0-9_]{4,}\\s+(?:on|via|in)\\s+(?:telegram|instagram|whatsapp|wechat|snapchat)\\b`,
    // a WeChat, Line or Skype id written after a colon ("contact WeChat: kz_customs88"; issue 15, seventh round)
    `\\b(?:wechat|weixin|line|skype)\\s*(?:id)?\\s*:\\s*[a-z][a-z0-9_-]{4,19}(?![a-z0-9_-])`,
    // a bare handle after "write to", "DM", «пишите», 飞机 (Telegram) (issue 15, sixth round)
    `\\b(?:dm|message|contact|write\\s+to|text|ping)\\s+(?:me\\s+|us\\s+)?(?:at\\s+|on\\s+)?@[a-z0-9_]{4,}`,
    `${B}(?:пиши|пишите|напишите|обращайтесь|стучите)\\s+(?:мне\\s+|нам\\s+|ему\\s+|ей\\s+)?@[a-z0-9_]{4,}`,
    '(?:联系|聯繫)?(?:纸飞机|紙飛機|飞机|飛機|电报|電報)\\s*:?\\s*@?[a-z][a-z0-9_]{4,}|(?:联系|聯繫|加)(?:qq|微信|vx|wx)(?:号|號)?\\s*:?\\s*\\uE002',
    `${B}(?:пиши|пишите|напиши|напишите|обращайтесь|добавляй|добавляйтесь|добавьте|стучите|стучи|звоните|жду)\\s+(?:меня\\s+|мне\\s+|ему\\s+|ей\\s+|нам\\s+)?(?:в|на)\\s+(?:телеграм|тг|telegram|whatsapp|вотсап|ватсап|вайбер|viber|wechat|вичат|личк|лс|директ)\\p{L}*`,
    `${B}(?:телеграм\\p{L}*|тг|вотсап|ватсап|вайбер)\\s*:?\\s*(?:@[a-z0-9_]{3,}|\\uE002|\\+\\d)`,
    '(?:联系|聯繫|加|扣)?(?:qq|微信|薇信|vx|wx)(?:号|號)?\\s*:?\\s*[1-9]\\d{4,11}(?!\\d)|(?:微信|vx|wx)(?:号|號)?\\s*:?\\s*[a-z][a-z0-9_-]{4,19}(?![a-z0-9_-])|微信同号|微信同號|同号微信|同號微信|加(?:qq|微信)?群\\s*:?\\s*[1-9]\\d{4,11}',
    '加(?:微|薇|威)(?=\\s*[:：]?\\s*[a-z0-9])|(?<![\\p{L}\\p{N}])扣\\s*[:：]?\\s*[1-9]\\d{5,10}(?!\\d)|加(?:我|他|她)?(?:的)?(?:微信|薇信|威信|vx|v信|wx|qq|扣扣|电报|電報|telegram|tg|line)|加v(?=[:\\s\\d])|(?:微信号|微信|vx|wx|v信|qq号?|电报|電報)\\s*:\\s*[a-z0-9_@+\\uE002]',
    // The same without a Chinese character before it (2026-12-07 audit): "，qq 2837465910",
    // "qq群 668899321", "vx: niugu_2026" (the patterns above run only when a Chinese stem is found).
    '\\bqq[^a-z0-9\\s]?\\s*:?\\s*[1-9]\\d{4,11}(?!\\d)|\\b(?:qq|vx|wx)\\s*:\\s*[a-z][a-z0-9_-]{4,19}(?![a-z0-9_-])',
  ],
  // The Telegram recruiter's sign-offs: «пиши + в лс» (a plus to show interest), «подробности в
  // личке», «всё в лс». A reader quoting such an advert to warn about it («это развод», «мошенники»)
  // counts nothing; a reader's own «пишите в личку» is the pattern above, not these.
  context: {
    when: /пиш|напиш|ставь|ставьте|лс|личк|директ/,
    unless: /мошен|развод|обман|полици|реклам|осторожн|предупрежд|не ведитесь/,
    patterns: [
      `${B}(?:пиши|пишите|напиши|напишите|ставь|ставьте|кидай|кидайте)\\s+(?:\\p{L}+\\s+)?["«']?\\+["»']?(?![\\p{L}\\p{N}])(?!\\s*,?\\s*(?:если|кто|когда|в\\s+комментари))`,
      `${B}(?:подробност\\p{L}*|подробнее|детали|вс[её]|инфа|информация|условия)\\s+(?:пишу\\s+|расскажу\\s+|скину\\s+)?(?:у\\s+меня\\s+)?(?:в|во)\\s+(?:лс|личк\\p{L}*|личн\\p{L}*\\s+сообщени\\p{L}*|директ\\p{L}*)${E}`,
    ],
  },
};

// Job and task scams (issue 15): "online job available, daily pay", "get paid $5 for every like",
// «оплата ежедневно», «набираю людей в команду», 刷单 and 点赞员 recruiting, 日结300. A reader
// writing about such ads says "work from home" or 刷单 too, so the bare words count nothing: a
// pattern needs the recruiter's offer (pay per day, "no experience needed", "we are hiring").
const JOB_CONTEXT =
  /\b(?:jobs?|work|working|hiring|task|tasks|remote|home|part[- ]time|salary|apply)\b|работ|подработ|удал[её]нк|兼职|兼職|刷单|刷單|结算|結算|日结|日結|手工|外发|外發|任务|任務/;

export const JOB: OfferFamily = {
  guard: new RegExp(
    `${/online|remote|home|part|simple|easy|flexible|typing|data|task|get paid|daily|weekly|same|instant|earn|make|making|experience|interview|skill|hiring|recruiting|оплат|выплат|зарплат|зп|ежедневн|еженедельн|набираю|набираем|ищу|ищем|требуются|требуется|нужны|нужна|подработк|работ|опыт|招聘|刷单|刷單|点赞员|點讚員|打字员|打字員|日结|日結|一单|一單|当天|當天|宝妈|寶媽|学生宝|學生寶|时间自由|時間自由|手机操作|手機操作|有意者|手工|外发|外發|押金|任务|任務|秒结|秒結|动动手指|動動手指/.source}|${TG_RECRUIT_GUARD.source}`,
  ),
  patterns: [
    `\\b(?:online|remote|home[- ]based|part[- ]time|simple|easy|flexible|typing|data[- ]entry)\\s+(?:online\\s+)?(?:jobs?|tasks?|work|positions?)\\s+(?:are\\s+|is\\s+)?(?:available|opportunit(?:y|ies)|for (?:everyone|students|moms|housewives|anyone))\\b|\\b(?:easy|simple)\\s+(?:online\\s+)?(?:task|typing|home|phone)\\s+jobs?\\b`,
    `\\bget paid\\s+(?:[$€£]?\\d+\\s*(?:\\$|usd|dollars)?\\s+)?(?:for|to)\\s+(?:every\\s+|each\\s+)?(?:like|liking|likes|watching|typing|rating|reviewing|videos?|tasks?)\\b|\\b(?:like|rate|review)\\s+(?:videos?|posts|products?|hotels?|apps?)\\s+and\\s+(?:get paid|earn)\\b`,
    `${B}(?:оплата|выплаты|выплата|зарплата|зп)\\s+(?:ежедневн\\p{L}*|каждый\\s+день|сразу|в\\s+тот\\s+же\\s+день|еженедельн\\p{L}*)|${B}(?:ежедневн|еженедельн)\\p{L}*\\s+(?:оплат|выплат)\\p{L}*`,
    `${B}(?:набираю|набираем|ищу|ищем|требуются|требуется)\\s+(?:\\p{L}+\\s+)?(?:людей|сотрудник\\p{L}*|помощник\\p{L}*|партн[её]р\\p{L}*|ребят)\\s+(?:в\\s+(?:команду|проект)|на\\s+удал[её]нк\\p{L}*|для\\s+работы\\s+(?:на\\s+дому|онлайн|с\\s+телефона))|${B}подработк\\p{L}*\\s+(?:с|на|через)\\s+телефон\\p{L}*`,
    // «нужны люди в команду», «требуются курьеры/закладчики, оплата …»: the drop-courier advert
    `${B}нужн[ыа]\\s+(?:\\p{L}+\\s+)?(?:люди|ребята|девушки|сотрудники|помощники|партн[её]ры)\\s*,?\\s+(?:в\\s+(?:команду|проект)|на\\s+удал[её]нк\\p{L}*|для\\s+(?:работы\\s+(?:на\\s+дому|онлайн|с\\s+телефона|удал[её]нно)|удал[её]нн\\p{L}*)|от\\s+1[68]\\s+лет)|${B}(?:набираю|набираем|ищу|ищем|нужны|требуются)\\s+(?:\\p{L}+\\s+)?(?:кладмен\\p{L}*|закладчик\\p{L}*|курьер\\p{L}*\\s*,?\\s+(?:оплата|выплаты|доход|зп|от\\s+\\d|без\\s+опыта|пиши|подробност))`,
    '一单一结|一單一結|日结\\d+|日結\\d+|点赞员|點讚員|打字员|打字員|宝妈学生|寶媽學生|学生宝妈|學生寶媽|宝妈均可|寶媽均可|招聘(?:刷单|刷單|点赞|點讚|兼职|兼職)',
  ],
  context: [
    {
      when: JOB_CONTEXT,
      // "daily pay" or «работа на дому» quoted in a warning about such ads ("scam", «мошенники»,
      // 诈骗) count nothing; the recruiter's own phrases above still do.
      // An advert quoted as an advert ("… adverts on Telegram are how people lost their savings") too.
      unless:
        /scam|fraud|police|warn|fake|\badverts?\b|\bads\b|lost (?:their|his|her|my|our) savings|мошен|развод|обман|полици|реклам|诈骗|詐騙|骗局|騙局|警方|广告|廣告|骗人|騙人|被骗|被騙|所谓|所謂/,
      patterns: [
        `\\b(?:daily|weekly|same[- ]day|instant)\\s+(?:pay|payment|payout|salary|wages)\\b`,
        `\\b(?:earn|make|making|earning)\\s+(?:up to\\s+|over\\s+)?[$€£]?\\d[\\d,.]*\\s*(?:k|\\$|usd|dollars|euros?|pounds?)?\\s+(?:a|per|each|every)\\s+(?:day|hour|week)\\b`,
        `\\b(?:no|without)\\s+(?:(?:prior\\s+)?experience|interview|skills?)(?:\\s+(?:is\\s+)?(?:needed|required|necessary))?\\b`,
        `\\b(?:we are|we're|i am|i'm|urgently|now)\\s+(?:hiring|recruiting)\\b`,
        `${B}опыт\\s+(?:работы\\s+)?не\\s+(?:нужен|требуется|обязателен)|${B}работ[аеуы]\\s+на\\s+дому`,
        // «ищу людей для заработка», «предлагаю подработку, …» (the offer itself, not a proposal for a law)
        `${B}(?:ищу|ищем|набираю|набираем|нужны|требуются)\\s+(?:\\p{L}+\\s+)?(?:людей|люди|человек\\p{L}*|ребят\\p{L}*)\\s+(?:для|на)\\s+(?:заработ\\p{L}*|подработк\\p{L}*|удал[её]нк\\p{L}*)|${B}предлагаю\\s+(?:\\p{L}+\\s+)?(?:подработк\\p{L}*|удал[её]нн\\p{L}*\\s+работ\\p{L}*)(?=\\s*[,.!:—–-]|\\s*$|\\s+(?:на\\s+дому|онлайн|в\\s+интернете|с\\s+телефона))`,
        '时间自由|時間自由|手机操作|手機操作|有意者|当天结算|當天結算',
        // piece work sent home and paid tasks (2026-12-07 audit): 外发加工, 押金可退, 点赞任务, 一个任务3元
        '(?:手工活|手工)外发|(?:手工活|手工)外發|外发(?:手工|加工)|外發(?:手工|加工)|在家(?:做)?手工活|押金可退|(?:点赞|點讚|关注|關注|评论|評論)\\S{0,4}?(?:任务|任務)(?:\\d|，|,|$)|(?:一个|一個|每个|每個)?(?:任务|任務)\\d+元|秒结算|秒結算|动动手指(?:就能)?(?:赚钱|賺錢)|動動手指(?:就能)?賺錢',
      ],
    },
    TG_RECRUITMENT, // «пиши в тг @rabota_…, расскажу подробнее» (tg-recruitment.ts)
  ],
};
