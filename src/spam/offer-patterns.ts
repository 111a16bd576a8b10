// The phrase families of the offer signals (offers.ts): what the most common WordPress spam sells
// or asks for, in English and other Latin-script languages, Russian and Chinese. Each family is a
// list of patterns on normalised text (lower case, homoglyphs folded; URLs, e-mail addresses and
// phone numbers replaced by the placeholders \uE000, \uE001, \uE002). Every pattern names the offer
// itself (a drug with "buy", "cheap" or "without prescription", a bonus or free spins next to a
// casino, "write my essay", "lose 10 kg in 2 weeks", "replica watches", "adult dating", "add me on
// Telegram"), never a bare word: "viagra", "casino", "bonus", "essay", "Telegram" alone match
// nothing. Patterns in `context` count only when the text also matches the family's context (a
// casino word for "welcome bonus", a weight word for "100% natural").

/**
 * One family: a guard of literal stems (no pattern of the family matches without one of them; a
 * plain alternation, cheap to test), its patterns, and patterns that count only in its context.
 */
export interface OfferFamily {
  guard: RegExp;
  patterns: readonly string[];
  context?: { when: RegExp; patterns: readonly string[] };
}

const B = '(?<![\\p{L}\\p{N}])';
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
    /viagra|cialis|levitra|kamagra|sildenafil|tadalafil|vardenafil|tramadol|xanax|alprazolam|valium|diazepam|adderall|oxycodone|oxycontin|hydrocodone|vicodin|percocet|ambien|zolpidem|carisoprodol|klonopin|clonazepam|ativan|lorazepam|modafinil|provigil|phentermine|propecia|finasteride|clomid|accutane|priligy|dapoxetine|cytotec|misoprostol|xenical|sibutramine|suboxone|ritalin|codeine|steroids|pills|meds|pharmac|drugstore|apotheke|farmacia|discre|anonymous|env[ií]o|versand|exp[eé]dition|prescription|rx|receta|rezept|ordonnance|ricetta|виагр|сиалис|левитр|камагр|дженерик|трамадол|сибутрамин|редуксин|ксанакс|фенибут|модафинил|стероид|силденафил|тадалафил|анонимн|рецепт|处方|處方|发货|發貨|包装|包裝|伟哥|偉哥|威而|万艾可|萬艾可|希爱力|犀利士|必利劲|壮阳|壯陽|春药|春藥|迷药|迷藥|催情|仿制药/,
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
  ],
  context: {
    // Without a prescription is what an offer promises; a reader reports it ("antibiotics are sold
    // without prescription in kiosks") without buying words.
    when: /buy|order|shop|ship|deliver|cheap|pharmacy|pills|comprar|kaufen|bestell|env[ií]o|versand|купи|закаж|заказ|достав|дешев|недорог|正品|出售|购买|購買|包邮|批发|代购|下单|微信|加我|私聊|价格|價格/,
    patterns: [
      NO_RX,
      `${B}без\\s+рецепт\\p{L}*`,
      '伟哥|偉哥|威而钢|威而鋼|万艾可|萬艾可|希爱力|犀利士|必利劲|壮阳药|壯陽藥|春药|春藥|迷药|迷藥|催情药|印度仿制药',
    ],
  },
};

const GAMBLING_CONTEXT =
  /casino|slot|roulette|blackjack|poker|\bbet(?:s|ting| now)?\b|bet365|xbet|tiradas|tours gratuits|bookmaker|sportsbook|jackpot|gambl|wager|spins|freispiele|apuesta|scommess|paris sportifs|giros|казино|слот|автомат|ставк|букмекер|рулетк|покер|джекпот|вулкан|беттинг|азартн|фриспин|赌场|賭場|博彩|娱乐城|娛樂城|百家乐|百家樂|老虎机|老虎機|真人视讯|时时彩|時時彩|六合彩|投注|棋牌|捕鱼|电子游|下注|彩票/;

export const GAMBLING: OfferFamily = {
  guard: GAMBLING_CONTEXT,
  patterns: [
    // Free spins and bets offered: counted ("200 free spins", "claim your free spins"), not named
    // ("my son sees 'free bet' offers on football shirts").
    `\\b\\d+\\s*(?:free|bonus|extra)\\s+(?:spins?|bets?)\\b|\\b(?:get|claim|grab|win|receive|enjoy|plus|and)\\s+(?:your\\s+|a\\s+)?(?:free|bonus|extra)\\s+(?:spins?|bets?)\\b|freispiele|giros gratis|tiradas gratis|tours gratuits`,
    `${B}(?:фриспин|фри спин)\\p{L}*|${B}бездепозитн\\p{L}*|${B}бесплатн\\p{L}*\\s+вращени\\p{L}*`,
    '注册(?:即)?送|註冊(?:即)?送|首存|首充|彩金|返水|存送|体验金|體驗金|提款秒到|救援金|百家乐|百家樂|时时彩|時時彩|娱乐城|娛樂城|真人视讯|真人視訊',
  ],
  context: {
    when: GAMBLING_CONTEXT,
    patterns: [
      // "500% welcome bonus", "100% deposit bonus up to $500", "bonus codes"
      `\\b\\d+\\s*%\\s+(?:[a-z]+\\s+){0,2}?(?:bonus|match)\\b`,
      // ("welcome bonus offers" names a kind of advert, as a reader complaining about them does)
      `\\b(?:welcome|deposit|sign[- ]?up|registration|no[- ]deposit|match|reload|cashback|exclusive)\\s+bonus(?:es)?\\b(?!\\s+(?:offers?|ads|adverts?|advertising|schemes?|rules?)\\b)`,
      `\\bbonus\\s+(?:codes?|up to|ohne einzahlung|sin dep[oó]sito|sofort|sans d[eé]p[oô]t)\\b`,
      `\\b(?:ohne einzahlung|sin dep[oó]sito|without deposit|sans d[eé]p[oô]t)\\b`,
      `\\b(?:bet|play|spin|wager)\\s+(?:now|today)\\b|\\bwin\\s+(?:big|real money)\\b|\\b(?:best|top|trusted|licensed)\\s+(?:online\\s+(?:casinos?|slots?|sportsbooks?|bookmakers?)|(?:betting|casino|slots?|gambling)\\s+sites?|casinos?\\s+online)\\b|casino en l[ií]nea|online[- ]casino\\s+(?:deutschland|österreich|schweiz|\\d{4})`,
      // Russian: "бонус 200% на первый депозит", "за регистрацию", "на деньги"
      `${B}бонус\\p{L}*|\\d+\\s*%\\s+(?:на|к)\\s+(?:перв\\p{L}*\\s+)?депозит\\p{L}*|${B}(?:за\\s+регистраци\\p{L}*|на\\s+деньги|промокод\\p{L}*)`,
    ],
  },
};

const ESSAY_WORDS =
  'essay|paper|assignment|dissertation|thesis|coursework|homework|term paper|research paper';

export const ESSAY: OfferFamily = {
  guard:
    /essay|paper|assignment|dissertation|thesis|coursework|homework|plagiar|take my|to write|to do|do your|write your|курсов|диплом|реферат|диссертац|контрольн|эссе|отч[её]т|сочинени|антиплагиат|студент|代写|代寫|代考|代做|降重|包过|包過|枪手|作业代|作業代/,
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
export const INVESTMENT: OfferFamily = {
  guard:
    /manager|trader|expert|mentor|coach|guru|specialist|broker|invested|investing|trading|deposited|made|earn|make|got|received|withdrew|profit|return|thanks to|changed my life|эксперт|наставник|трейдер|брокер|аналитик|менеджер|специалист|куратор|заработал|получил|вывел|вложил|инвестировал|投资|投資|带单|帶單|跟单|跟單|炒币|炒幣|导师|導師|收益|稳赚|穩賺|赚了/,
  patterns: [
    `\\b(?:account manager|trading expert|investment (?:manager|expert|adviser|advisor|coach|mentor)|(?:forex|crypto|bitcoin|binary|options|stock) (?:trader|expert|mentor|coach|manager|specialist|guru|broker)|expert (?:forex |crypto )?trader|trading (?:mentor|coach|guru|specialist))\\b`,
    `\\b(?:i|we)\\s+(?:[a-z]+\\s+)?(?:invested|started investing|started trading|deposited)\\b`,
    `\\b(?:made|earned|earn|earning|make|making|got|received|withdrew|profit of|returns? of)\\s+(?:a\\s+)?(?:profit\\s+of\\s+|total\\s+of\\s+|over\\s+)?[$€£]?\\d[\\d,.]*\\s*(?:k|usd|dollars|btc|euros?|pounds?|\\$)?\\s*(?:[a-z]+\\s+){0,2}?(?:every|each|per|in|within|weekly|daily|after|back)\\b`,
    `\\bthanks to (?:my|mr|mrs|ms|dr)\\b|changed my life`,
    `${B}(?:эксперт|наставник|трейдер|брокер|аналитик|менеджер|специалист|куратор)\\p{L}*\\s+по\\s+(?:трейдинг|инвестиц|криптовалют|форекс|бирж|торговл)\\p{L}*`,
    `${B}(?:заработал|заработала|заработали|получил|получила|вывел|вывела)\\s+(?:\\p{L}+\\s+)?\\d[\\d\\s]*\\s*(?:руб|₽|\\$|долл|тыс|млн|евро)`,
    `${B}(?:благодаря|спасибо)\\s+(?:моему\\s+|моей\\s+)?(?:эксперт|наставник|трейдер|брокер|куратор|аналитик)\\p{L}*|${B}(?:вложил|вложила|инвестировал|инвестировала)${E}`,
    '投资导师|投資導師|带单老师|帶單老師|带单|帶單|跟单|跟單|炒币|炒幣|导师带|導師帶|收益翻倍|稳赚不赔|穩賺不賠|一(?:个月|周|週|天)赚了|赚了\\d+',
  ],
};

// A way to reach someone besides e-mail, phone and link: a handle, "contact him", "加他微信".
export const CONTACT =
  /@[a-z0-9_]{3,}|(?:contact|message|text|email|e-mail|write to|reach|dm|whatsapp|telegram)\s+(?:him|her|them|me|us)\b|(?:пиш|обращ|звон)[а-яё]*\s+(?:ему|ей|им|мне|нам)|加(?:他|她|我)|(?:微信号?|vx|wx|qq)\s*:/;

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

export const DATING: OfferFamily = {
  guard:
    /singles|girls|women|ladies|milf|moms|babes|wives|adult|casual|sex|hook|discreet|fuck|bed partner|escort|webcam|cam |nude|naked|private|intimate|photos|pics|videos|proposal|proposition|offer for you|mail|email|e-mail|\uE001|personal|whatsapp|telegram|know you|your profile|your contact|your email|your photo|знакомств|индивидуалк|проститутк|путан|шлюх|интим|эскорт|досуг|девушк|предложени|напиш|познакомить|约炮|約炮|一夜情|同城|美女上|小姐上|外围|外圍|援交|楼凤|樓鳳|裸聊|交友|单身美女|單身美女|特殊服|福利/,
  patterns: [
    `\\b(?:hot|sexy|lonely|horny|beautiful|single|local|naughty|real|russian|asian)\\s+(?:singles|girls|women|ladies|milfs?|moms|babes|wives)\\s+(?:in|near|from|are|want|waiting|looking|online|nearby|tonight)\\b`,
    `\\b(?:adult|casual|sex|hookup|hook-up|discreet)\\s+(?:dating|chat|contacts?|meetings?|encounters?|hookups?)\\b|\\bhook ?ups? tonight\\b|\\b(?:sex|fuck|bed)\\s+partners?\\b`,
    `\\bescorts?\\s+(?:service|services|agency|girls?|in)\\b|\\b(?:webcam|cam)\\s+(?:girls|models|sex|chat)\\b|\\b(?:nude|naked|private|intimate|sexy|hot)\\s+(?:photos|pics|videos)\\b|\\bfor my photos\\b|\\bsee my (?:photos|pics|profile)\\b`,
    // "I have a proposal for you", "write to me at <e-mail>", "I saw your profile"
    `\\bi\\s+(?:have|got)\\s+(?:an?\\s+)?(?:[a-z]+\\s+)?(?:proposal|proposition|offer)\\s+for\\s+you\\b`,
    `\\b(?:write|email|e-mail|mail|contact|reach|text|message)\\s+(?:to\\s+)?me\\s+(?:at|on|via|to)\\s+(?:my\\s+)?(?:e-?mail|mail|private|personal|\\uE001|whatsapp|telegram)`,
    `\\b(?:would like|want|love) to (?:know|get to know) you(?: better)?\\b|\\bi (?:saw|found|came across|noticed) your (?:profile|contact|email|photos?)\\b`,
    `${B}знакомств\\p{L}*\\s+(?:для\\s+(?:взрослых|секса|интима)|без\\s+регистрации|с\\s+(?:девушк|женщин)\\p{L}*)`,
    `${B}(?:индивидуалк|проститутк|путан|шлюх)\\p{L}*|${B}интим\\p{L}*(?:\\s*[- ]\\s*|\\s+)(?:досуг|услуг|встреч|знакомств)\\p{L}*|${B}эскорт\\p{L}*|${B}досуг\\p{L}*\\s+для\\s+мужчин|${B}девушк\\p{L}*\\s+(?:из\\s+)?(?:твоего|вашего)\\s+город\\p{L}*`,
    `${B}у\\s+меня\\s+(?:есть\\s+)?(?:для\\s+(?:вас|тебя)\\s+)?(?:\\p{L}+\\s+)?предложени\\p{L}*|${B}напиш\\p{L}*\\s+мне\\s+(?:на\\s+(?:почту|email|e-mail|мейл|ватсап|вотсап|телеграм)|в\\s+(?:личк|телеграм|вотсап|ватсап|лс))\\p{L}*|${B}(?:хочу|хотела\\s+бы)\\s+(?:с\\s+(?:вами|тобой)\\s+)?познакомиться`,
    '约炮|約炮|一夜情|同城约|同城約|同城交友|美女上门|美女上門|小姐上门|外围女|外圍女|援交|楼凤|樓鳳|裸聊|交友软件|交友軟件|单身美女|單身美女|特殊服务|特殊服務|私聊送福利',
  ],
};

const MESSENGERS = 'whatsapp|telegram|wechat|signal|viber|kik|skype|snapchat|imessage|tg|wa';

export const MESSENGER: OfferFamily = {
  guard:
    /whatsapp|telegram|wechat|signal|viber|kik|skype|snapchat|imessage|instagram|\btg\b|\bwa\b|телеграм|тг|вотсап|ватсап|вайбер|личк|лс|директ|微信|薇信|威信|vx|v信|wx|qq|扣扣|电报|電報|加v|line/,
  patterns: [
    `\\b(?:add|contact|message|msg|text|dm|write|reach|ping|chat with|hit|call|find)\\s+(?:me|us|him|her|them)(?:\\s+up)?\\s+(?:on|via|at|through|in)\\s+(?:${MESSENGERS})\\b`,
    `\\b(?:whatsapp|telegram|wechat|viber|kik|skype|tg|wa|signal)\\s*(?:me|him|her|us|number|no\\.?|id|handle|contact)?\\s*:?\\s*(?:@[a-z0-9_]{3,}|\\uE002|\\+\\d)`,
    `@[a-z0-9_]{4,}\\s+(?:on|via|in)\\s+(?:telegram|instagram|whatsapp|wechat|snapchat)\\b`,
    `${B}(?:пиши|пишите|напиши|напишите|обращайтесь|добавляй|добавляйтесь|добавьте|стучите|стучи|звоните|жду)\\s+(?:меня\\s+|мне\\s+|ему\\s+|ей\\s+|нам\\s+)?(?:в|на)\\s+(?:телеграм|тг|telegram|whatsapp|вотсап|ватсап|вайбер|viber|личк|лс|директ)\\p{L}*`,
    `${B}(?:телеграм\\p{L}*|тг|вотсап|ватсап|вайбер)\\s*:?\\s*(?:@[a-z0-9_]{3,}|\\uE002|\\+\\d)`,
    '加(?:我|他|她)?(?:的)?(?:微信|薇信|威信|vx|v信|wx|qq|扣扣|电报|電報|telegram|tg|line)|加v(?=[:\\s\\d])|(?:微信号|微信|vx|wx|v信|qq号?|电报|電報)\\s*:\\s*[a-z0-9_@+\\uE002]',
  ],
};
