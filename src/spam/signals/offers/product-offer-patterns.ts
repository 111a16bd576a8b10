// The offer families of the eighth round (issue 15, 2026-12-07; offers.ts reads them with the
// others): plain product adverts that carry a link and no phone, e-mail or messenger — a shop's
// terms (a discount, a promo code, free shipping, "limited offer", "order now", a cheap flight from a
// price) and software, app and VPN adverts ("free download, full version", "no logs, unlimited
// bandwidth", «обход блокировок», 翻墙梯子, 免费下载), and the free-streaming sites' terms (in HD, no
// registration, 高清无插件). A news site on China–Central Asia trade has readers who quote prices and
// discounts in a discussion of tariffs, name a VPN because the site is blocked, share an official
// link or ask where to buy a ticket, in the same words. So a shop's terms count only beside a link,
// an e-mail or a phone (or another offer family: a forged diploma "delivered all over Russia"), a
// software or VPN seller's terms only beside a link or a price, and never in a comment that
// discusses tariffs, a scam, a law or a block.
import { B, type OfferFamily } from './offer-patterns.ts';
import { withCheapLetters } from '../../text/letter-class.ts';
import { roundupContext } from './roundup-patterns.ts';
import { ESSAY_ASIDE, HARDWARE_SHOP, KEY_SALE } from './quiet-pitch-patterns.ts';

// A reader discussing prices rather than selling: tariffs, duties, inflation, retailers, a scam, a
// fake, a law, a complaint, what they bought.
const DISCUSSION =
  /\b(?:tariffs?|duty|duties|inflation|retailers?|shoppers|consumers|scams?|scammers?|fraud\w*|fakes?|counterfeits?|beware|warn\w*|police|laws?|regulators?|ministry|complain\w*|i bought|we bought|i paid|we paid|ended|cancell?ed|banned|did\s+not\s+work|didn'?t\s+work)\b|пошлин|таможн|инфляц|мошен|подделк|осторожн|закон|регулятор|министерств|жалоб|купил|заплатил|отменил|关税|關稅|诈骗|詐騙|骗子|騙子|投诉|投訴|取消|监管|監管|违法|違法/u;

// A shop's terms (issue 15): a discount, a promo code, free or worldwide shipping, the urgency of a
// limited offer, "order now", the lowest prices, a cheap flight from a price; «скидка 40% по
// промокоду», «бесплатная доставка по всей России», «успейте купить», «только у нас», 全场五折,
// 包邮, 限时特价, 领券, 立减. Counted beside a link, an e-mail or a phone (offers.ts also lets another
// offer family stand for it), never in a discussion of prices, tariffs or a scam: a reader says
// "retailers cut discounts from 50% off to 20%" or «скидки в 50% съедают доставка и налог».
const SHOP_GUARD =
  /off\b|save|free|ship|deliver|limited|offer|today|tonight|hurry|miss|sale|shop|order|buy|book|grab|price|money|promo|moq|samples|just|only|cheapest|warranty|working|verified|valid|coupon|discount|voucher|code|cheap|flight|ticket|fare|deal|скидк|доставк|успе|только|ограничен|акци|распродаж|промокод|купон|заказ|закаж|бронир|покупайте|купите|цен|производител|недорог|дешёв|дешев|горящ|авиабилет|ниже|склад|завод|оптом|проверьте|дешевле|обе стороны|рассрочк|самовывоз|点此|大额|大額|享|买|買|满|滿|新用|新人|天天|仅需|只需|仅售|僅需|僅售|直供|查看|折|半价|半價|包邮|包郵|运费|運費|限时|限時|仅限|僅限|抢|搶|立即|点击|點擊|优惠|優惠|领券|領券|立减|立減|满减|滿減|特价|特價|低至|低价|低價|直销|直銷|赔十|賠十|下单|下單|礼包|禮包/;

export const SHOP_ADVERT: OfferFamily = {
  guard: SHOP_GUARD,
  patterns: [],
  context: [
    {
      // (offers.ts counts these only beside a link, an e-mail, a phone or another offer family)
      when: SHOP_GUARD,
      unless: DISCUSSION,
      patterns: [
        `(?<!\\b(?:has|have|had|gives|gave|give|offers|offered|offering|got|was|were|is|are|at)\\s)\\b(?:up\\s+to\\s+|save\\s+(?:up\\s+to\\s+)?|get\\s+|extra\\s+|flat\\s+)?\\d{1,2}\\s*%\\s+off\\b|\\bsave\\s+(?:up\\s+to\\s+)?\\d{1,2}\\s*%|\\bget\\s+[$€£]\\s?\\d+\\s+off\\b`,
        `\\bfree\\s+(?:shipping|delivery|gift)\\b|\\b(?:ships?|shipping|delivery)\\s+worldwide\\b|\\bworldwide\\s+(?:shipping|delivery)\\b|\\bmoney[- ]back\\s+guarantee\\b`,
        `\\blimited[- ]time\\s+(?:offer|deal|only|sale)\\b|\\blimited\\s+(?:offer|stock|seats)\\b|\\boffer\\s+(?:ends|valid)\\s+(?:today|tonight|soon|until)\\b|\\b(?:this\\s+(?:week|month|weekend)|today|tonight|tomorrow)\\s+only\\b|\\bfor\\s+(?:just|only)\\s+[$€£]\\s?\\d|\\bonly\\s+today\\b|\\bwhile\\s+(?:stocks?|supplies)\\s+last\\b|\\bhurry\\s+(?:up\\s+)?(?:and\\s+)?(?:buy|order|book|grab)\\b|\\bdon'?t\\s+miss\\s+(?:out|this)\\b`,
        `\\b(?:flash|clearance|mega|huge|big)\\s+sale\\b|\\b(?:shop|order|buy|book|grab)\\s+(?:yours\\s+|it\\s+|them\\s+)?(?:now|today)\\b|\\bbest\\s+prices?\\s+guaranteed\\b|\\blowest\\s+prices?\\s+(?:online|guaranteed|ever)\\b|\\b(?:unbeatable|factory|wholesale)\\s+prices?\\b|\\bmoq\\b|\\bfree\\s+samples?\\b|\\b(?:up\\s+to\\s+)?\\d+\\s*(?:x|times)\\s+cheaper\\b|\\bdaily\\s+deals\\b|\\bhidden\\s+(?:coupons?|codes|deals)\\b|\\boutlet\\s+prices\\b|\\bexpress\\s+delivery\\b|\\b\\d+-year\\s+warranty\\b|\\bbuy\\s+\\d+\\s+get\\s+\\d+\\s+free\\b`,
        `\\b(?:promo|coupon|discount|voucher)\\s+code\\s+[a-z]*\\d+[a-z\\d]*\\b|\\bwith\\s+code\\s+[a-z]*\\d+[a-z\\d]*\\b|\\b(?:free|exclusive)\\s+(?:[a-z]+\\s+){0,3}?(?:coupons?|promo\\s+codes?|discount\\s+codes?|vouchers?)\\b|\\b(?:coupons?|promo\\s+codes?|discount\\s+codes?)\\s+(?:updated\\s+)?(?:daily|every\\s+day)\\b|\\b\\d+\\s+(?:working|verified|valid)\\s+(?:coupons|codes|promo\\s+codes|vouchers)\\b`,
        `\\bcheap(?:est)?\\s+(?:airline\\s+|air\\s+|plane\\s+)?(?:flights?|tickets|airfares?)\\b|\\b(?:last[- ]minute|flight|travel)\\s+deals?\\b|\\b(?:flights?|tickets?|fares?)\\s+(?:[a-z]+\\s+){0,4}?from\\s+(?:only\\s+|just\\s+)?[$€£]\\s?\\d`,
        `${B}скидк\\p{L}*\\s+до\\s+\\d+\\s*%|${B}скидк\\p{L}*\\s+\\d+\\s*%\\s+(?:по\\s+(?:промокоду|ссылке|купону)|на\\s+(?:всё|все|весь|первый))|${B}со\\s+скидкой\\s+(?:до\\s+)?\\d+\\s*%|${B}промокод\\p{L}*\\s+(?:\\p{L}+\\s+)?[a-z0-9]{3,}|${B}(?:купоны|промокоды)\\s+(?:и\\s+\\p{L}+\\s+)?на\\s+скидк\\p{L}*`,
        `${B}бесплатн\\p{L}*\\s+доставк\\p{L}*|${B}доставк\\p{L}*\\s+(?:и\\s+\\p{L}+\\s+)?бесплатн\\p{L}*|${B}доставк\\p{L}*\\s+по\\s+всей\\s+(?:росси|стран|казахстан|снг)\\p{L}*`,
        `${B}успе(?:йте|й)\\b|${B}успеть\\s+купить|${B}только\\s+(?:сегодня|у\\s+нас)|${B}количество\\s+ограничено|${B}предложение\\s+ограничено|${B}акци\\p{L}*\\s+до\\s+|${B}распродаж\\p{L}*`,
        `${B}(?:заказывайте|закажите|покупайте|купите)${'(?![\\p{L}\\p{N}])'}|${B}бронируйте\\s+сейчас|${B}(?:лучшие|низкие|самые\\s+низкие)\\s+цены|${B}по\\s+низким\\s+ценам|${B}от\\s+производителя|${B}быстро\\s+и\\s+недорого|${B}по\\s+ценам\\s+ниже\\s+(?:рынка|рыночных)|${B}цены\\s+от\\s+(?:склада|завода)|${B}оптом\\s+и\\s+в\\s+розницу|${B}доставка\\s+в\\s+день\\s+заказа|${B}проверьте\\s+цены|${B}только\\s+до\\s+(?:воскресенья|понедельника|пятницы|субботы|конца\\s+\\p{L}+|\\d+)|${B}в\\s+обе\\s+стороны\\s+(?:за|от|всего)\\s+\\d|${B}рассрочк\\p{L}*\\s+0\\s*%|${B}самовывоз\\p{L}*|${B}в\\s+\\d+\\s+раз\\p{L}*\\s+дешевле|${B}дешевле\\s+на\\s+\\d+\\s*%|${B}(?:дешёв|дешев|горящ)\\p{L}*\\s+(?:авиабилет|билет|тур)\\p{L}*|${B}авиабилет\\p{L}*\\s+(?:\\S+\\s+){0,4}?(?:от|всего\\s+за)\\s+\\d`,
        '(?:全场|全場)\\S{0,2}?(?:[一二三四五六七八九]|\\d)折|享\\S{0,2}?[一二三四五六七八九]折|买[一二三\\d]送[一二\\d]|買[一二三\\d]送[一二\\d]|[一二三四五六七八九]折(?:起|优惠|優惠)|半价|半價|全国包邮|全國包郵|包邮|包郵|免运费|免運費',
        '(?:限时|限時)(?:抢购|搶購|特价|特價|优惠|優惠|折扣|秒杀|秒殺)|(?:仅限|僅限)(?:今日|今天)|马上抢|馬上搶|立即(?:抢购|搶購|购买|購買|预订|預訂|下单|下單|领取|領取|查看)|(?:点击|點擊)(?:购买|購買|链接|鏈接|领取|領取)',
        '(?:免费|免費|内部|內部)\\S{0,4}?(?:优惠券|優惠券)|(?:优惠券|優惠券)免费领|领券|領券|(?:优惠码|優惠碼)\\s*[a-z0-9]{3,}|立减|立減|立省\\d|满减|滿減|特价(?:机票|機票|酒店)|低至\\d|低价预订|低價預訂|工厂直销|工廠直銷|厂家直(?:销|供)|廠家直(?:銷|供)|满\\d+减\\d+|滿\\d+減\\d+|新(?:用户|人)专享|新(?:用戶|人)專享|天天领红包|红包天天领|紅包天天領|点此(?:领取|領取|购买|購買|下载|下載|查看)|大额(?:优惠券|红包)|大額(?:優惠券|紅包)|(?:仅需|只需|仅售|僅需|僅售)\\s*\\d+(?:\\.\\d+)?\\s*元|假一赔十|假一賠十|下单即送|下單即送|新人礼包|新人禮包',
      ],
    },
    // Affiliate roundups, the shop adverts' kin (roundup-patterns.ts).
    roundupContext(DISCUSSION),
    // Keys at a price, essay services as an aside, a shop's refurbished servers (quiet-pitch-patterns.ts).
    KEY_SALE,
    ESSAY_ASIDE,
    HARDWARE_SHOP,
  ],
};

// What a software or VPN seller says beside its product: a price, a trial, a discount, a link.
const SELLING =
  /\uE000|\uE001|\uE002|[$€£¥]\s?\d|\d\s*(?:usd|rub|руб|₽|元|块)|\/\s?month|a\s+month|per\s+month|в\s+месяц|月付|年付|包月|\d+\s*%|trial|пробн|скидк|試用|试用|首月|送\d|@[a-z0-9_]{3,}|\b(?:qq|wechat|whatsapp|telegram)\b|微信|телеграм/u;

// A VPN beside a way to buy it (a link, a price, a trial, "free"), for the VPN sellers' generic terms.
const VPN_SOLD =
  /^(?=[\s\S]*(?:vpn|впн|加速器|梯子))(?=[\s\S]*(?:\uE000|\uE001|\uE002|[$€£¥]\s?\d|\d\s*(?:usd|rub|руб|₽|元)|month|в\s+месяц|月付|年付|包月|包年|trial|free|бесплатн|пробн|免费|免費|试用|試用))/u;

// A reader who uses or pays for a VPN ("we pay $8 a month for the office VPN", «я пользуюсь VPN»).
const VPN_USER =
  /\b(?:i|we)\s+(?:use|used|pay|paid|bought|tried|have)\b|\bour\s+(?:company|office|university|school|newsroom)\b|я\s+(?:пользуюсь|плачу|купил|использую)|мы\s+(?:пользуемся|платим)|我(?:们)?(?:公司)?(?:用|买|一直用)/u;

// A free-streaming site's subject and its "free": a stream, a match, a film, premium or VIP
// accounts, beside free, «бесплатно», 免费 (both must be there).
const FREE_STREAM =
  /^(?=[\s\S]*(?:free|бесплатн|免费|免費|破解))(?=[\s\S]*(?:stream|match|games|movie|film|series|channels|premium|netflix|трансляц|матч|фильм|сериал|кино|каналов|премиум|直播|电影|電影|影视|影視|会员|會員|vip|频道|頻道|比赛|比賽))/u;

// A reader on piracy, a block or a law, or on a broadcaster that showed a match free: the streaming
// terms count nothing there.
const PIRACY_TALK =
  /\b(?:piracy|pirated|pirate|illegal|legal|law|blocked|ban|banned|court|police|broadcaster|public\s+channel|state\s+tv|on\s+tv|was\s+shown|were\s+shown)\b|пират|незакон|законн|закон|заблокир|блокир|суд|показывал|показали|телеканал|по\s+телевизору|\bтв\b|盗版|盜版|违法|違法|查封|封禁|合法|央视|央視|电视台|電視台|卫视|衛視/u;

// What only a pirate site promises beside a free stream or film (issue 15): no sign-up, no
// registration, no plug-in, shared VIP accounts, a daily giveaway of premium accounts.
const PIRATE_TERMS = [
  `\\b(?:no|without)\\s+(?:sign-?\\s?up|registration)\\b(?!\\s+(?:fee|fees|needed|required))|\\bno\\s+ads\\b`,
  `${B}без\\s+(?:регистрации|рекламы)|${B}раздач\\p{L}*`,
  '无插件|無插件|无广告|無廣告|账号共享|賬號共享|破解直播',
];

// A free stream or film beside such a promise.
const PIRATE_SITE =
  /^(?=[\s\S]*(?:free|бесплатн|免费|免費|破解))(?=[\s\S]*(?:(?:no|without)\s+(?:sign-?\s?up|registration)|no\s+ads|без\s+(?:регистрации|рекламы)|раздач|无插件|無插件|无广告|無廣告|共享|破解直播))/u;

// Software, app and VPN adverts (issue 15): "free download, full version, no watermark", "download
// our app", "best VPN for China, no logs, unlimited bandwidth, 3000+ servers", «скачать бесплатно
// программу», «скачайте наше приложение», «быстрый VPN без логов, обход блокировок», 免费下载, 扫码
// 下载, 稳定翻墙, 机场节点, 科学上网; beside a link or a price, and never in a comment that reports
// a scam or a law. A reader "can only read the site with a VPN", "had to download the bank app",
// says 只能翻墙看: no seller's terms, no price. The free-streaming sites' terms (in HD, no
// registration, all matches, 高清无插件, 账号共享) count beside a stream or a film and "free", and
// never beside piracy, a block or a law («смотрел трансляцию бесплатно на сайте клуба, это законно»).
export const APP_ADVERT: OfferFamily = {
  guard:
    /download|get our|install|trial|works in|instant setup|geo|unlock|hide your|devices|kill switch|no speed|high speed|high-speed|days free|free for|full version|watermark|registration|no sign|without sign|no ads|vpn|no log|no-log|unlimited|servers|unblock|bypass|firewall|encryption|hd\b|channels|all games|all the games|скача|скачи|установи|загрузи|бесплатн|приложени|полная верси|последняя верси|регистрац|без реклам|впн|никаких лог|без лог|высок|без замедлен|устройств|оплата карт|подключени|безлимит|сервис|работает в|наш vpn|лучший vpn|быстрый vpn|надёжный vpn|надежный vpn|рабочий vpn|стабильный vpn|дешёвый vpn|дешевый vpn|блокиров|трафик|сервер|работает в китае|раздач|все матчи|каналов|下载|下載|一键|一鍵|加速器|回国|回國|不卡|独享|獨享|高速|稳定高速|穩定高速|免费试用|免費試用|包年|包月|月付|年付|正版|安卓|最新版|水印|翻墙|翻牆|梯子|节点|節點|科学上网|科學上網|不限流量|掉线|掉線|秒连|秒連|高清|无插件|無插件|账号共享|賬號共享|无广告|無廣告|破解直播|全部比赛|全部比賽|数千频道|數千頻道/,
  patterns: [],
  context: [
    {
      when: SELLING,
      unless: DISCUSSION,
      patterns: [
        `(?<!\\b(?:is|was|a)\\s)\\bfree\\s+download\\b|\\bdownload\\s+(?:it\\s+|now\\s+)?(?:for\\s+)?free\\b|\\bdownload\\s+now\\b|\\b(?:download|get|install)\\s+our\\s+(?:app|software|program|extension)\\b|\\bfull\\s+version\\b|\\bfree\\s+for\\s+\\d+\\s+days\\b|\\b\\d+[- ]day\\s+free\\s+trial\\b|\\b(?:no|without)\\s+(?:watermark|registration)\\b(?!\\s+(?:fee|fees|needed|required))`,
        `\\b(?:best|fast|fastest|secure|cheap|cheapest|premium|stable|reliable|our)\\s+vpn\\b|\\bvpn\\s+(?:for\\s+china|that\\s+works)\\b|\\bno[- ]logs?\\b|\\bunlimited\\s+(?:bandwidth|traffic|data)\\b|\\b\\d+\\+?\\s+servers\\s+in\\b|\\bunblocks?\\s+(?:netflix|youtube|google|sites|websites|any)\\b|\\bbypass(?:es)?\\s+the\\s+great\\s+firewall\\b|\\bmilitary[- ]grade\\s+encryption\\b`,
        `${B}(?:скача|установи|загрузи)(?:ть|те)\\s+(?:\\p{L}+\\s+){0,2}?(?:бесплатно|приложени\\p{L}*|программ\\p{L}*)|${B}бесплатн\\p{L}*\\s+программ\\p{L}*|${B}первы[ейх]\\s+(?:\\d+\\s+)?(?:сутки|дн\\p{L}*)\\s+бесплатно|${B}скачайте|${B}установите\\s+(?:наше\\s+)?приложени\\p{L}*|${B}(?:полная|последняя)\\s+версия|${B}без\\s+(?:регистрации|рекламы)`,
        `${B}(?:лучший|быстрый|надёжный|надежный|рабочий|стабильный|дешёвый|дешевый)\\s+(?:vpn|впн)|${B}(?:vpn|впн)\\s+(?:без|для\\s+(?:китая|россии|telegram|телеграм|instagram|инстаграм|ютуба|youtube)|всего)|${B}наш\\p{L}*\\s+(?:vpn|впн)|${B}обход\\p{L}*\\s+блокировок|${B}обходим\\s+блокировки|${B}безлимитн\\p{L}*\\s+трафик\\p{L}*|${B}сервер\\p{L}*\\s+в\\s+\\d+\\s+стран\\p{L}*|${B}работает\\s+в\\s+китае`,
        '免费下载|免費下載|下载地址|下載地址|扫码下载|掃碼下載|一键安装|一鍵安裝|一键加速|一鍵加速|立即下载|立即下載|下载安装|下載安裝|官方正版|安卓苹果|安卓蘋果|最新版\\S{0,6}?(?:下载|下載)|无水印|無水印',
        '(?:专用|專用|稳定|穩定)vpn|(?:包年|包月|月付|年付)(?:仅需|只需|仅|只要)?\\d+(?:\\.\\d+)?元|翻墙|翻牆|梯子|机场节点|機場節點|全球\\d+\\+?节点|科学上网|科學上網|不限流量|不掉线|不掉線|秒连|秒連',
      ],
    },
    {
      // A VPN seller's generic terms ("still works in China", "hide your IP", "5 devices", «никаких
      // логов», «высокая скорость», 回国加速器, 不卡顿), beside a VPN and a way to buy it; never from
      // a reader who uses or pays for one.
      when: VPN_SOLD,
      unless: new RegExp(withCheapLetters(`${DISCUSSION.source}|${VPN_USER.source}`), 'u'),
      patterns: [
        `\\b(?:still\\s+)?works\\s+in\\s+(?:china|russia|iran|the\\s+uae)\\b|\\binstant\\s+setup\\b|\\bgeo-?blocked\\b|\\bunlock\\s+(?:geo|netflix|content|any)|\\bhide\\s+your\\s+ip\\b|\\b\\d+\\s+devices\\b|\\bkill\\s+switch\\b|\\bno\\s+speed\\s+limits?\\b|\\bhigh[- ]speed\\b|\\b\\d+\\s+days\\s+free\\b`,
        `${B}(?:никаких|без)\\s+логов|${B}высок\\p{L}*\\s+скорост\\p{L}*|${B}без\\s+замедлени\\p{L}*|${B}\\d+\\s+устройств\\p{L}*|${B}оплата\\s+картой|${B}подключени\\p{L}*\\s+за\\s+\\d|${B}безлимит\\p{L}*|${B}(?:vpn|впн)-сервис\\p{L}*|${B}работает\\s+в\\s+(?:китае|россии|оаэ)`,
        '加速器|回国|回國|不卡顿|不卡頓|独享ip|獨享ip|高速稳定|稳定高速|穩定高速|免费试用|免費試用',
      ],
    },
    {
      // What only a pirate site promises: no sign-up, no plug-in, shared VIP accounts, a giveaway.
      when: FREE_STREAM,
      unless: PIRACY_TALK,
      patterns: PIRATE_TERMS,
    },
    {
      // The picture and the programme ("in HD", «все матчи», 高清, 全部比赛) only beside such a promise:
      // a broadcaster shows matches free in HD too.
      when: PIRATE_SITE,
      unless: PIRACY_TALK,
      patterns: [
        `\\bin\\s+(?:full\\s+)?hd\\b|\\ball\\s+(?:the\\s+)?games\\b|\\b\\d+[,.]?\\d*\\+?\\s+channels\\b`,
        `${B}в\\s+hd|${B}все\\s+матчи|${B}более\\s+\\d+\\s+каналов`,
        '高清|全部比赛|全部比賽|数千频道|數千頻道',
      ],
    },
  ],
};
