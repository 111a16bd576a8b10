// The offer families of the sixth round (issue 15, item 1, 2026-12-06; offers.ts reads them with
// the others): inheritance, donation and "widow" letters (advance-fee fraud), and IPTV and
// streaming subscriptions sold in comments; in English, Russian and Chinese. A news site's readers
// name both when they report the letter they received, ask about inheritance tax or complain about
// streaming prices and piracy blocks, so every pattern needs the writer's own offer, and each
// family counts nothing in a comment that reports, warns or cites a law.
import { B, type OfferFamily } from './offer-patterns.ts';
import { cheapLetters } from '../../text/letter-class.ts';

const ADVANCE_FEE_GUARD =
  /widow|inherit|beneficiar|unclaimed|dormant|next of kin|late husband|deceased|bequeath|donate|less privileged|cancer|terminal|surname|last name|trustworthy|god-?fearing|compensation|consignment|orphan|charity|trusted|reliable|full name|вдов|наследств|наследник|невостребованн|покойн|пожертв|завещ|родственник|честн|компенсац|сбережени|накоплени|надёжн|надежн|порядочн|детей нет|寡妇|寡婦|遗孀|遺孀|遗产|遺產|受益人|认领|認領|已故|癌症|同姓|捐赠|捐贈|赔偿|賠償|补偿|補償|慈善|子女|可信|可靠/;

// The letter asks for an answer: a reply, an address, a messenger, "kindly", "urgently".
const ADVANCE_FEE_REPLY =
  /\b(?:reply|respond|contact|write|e-?mail|whatsapp|telegram|kindly|urgent\w*|private\w*|confidential)\b|\uE001|\uE002|напиш|свяжитесь|ответьте|почт|пишите|телеграм|срочно|联系|聯繫|回复|回覆|邮箱|郵箱|微信|私信/u;

// A reader on the letter they received or on inheritance law, not a letter.
const ADVANCE_FEE_REPORT = cheapLetters(
  /\b(?:scams?|scammers?|fraud\w*|phishing|spam|got an? (?:e-?mail|letter|message)|received an? (?:e-?mail|letter|message)|deleted|classic|police|tax|notary|court)\b|мошен|развод|обман|пришл\p{L}* письм|получил\p{L}* письм|удалил|налог|нотариус|суд[аеуы ]|诈骗|詐騙|骗|騙|收到一封|公证|公證|税/u,
);

// Inheritance, donation and "widow" letters (advance-fee fraud): "I am a widow suffering from
// cancer and wish to donate my late husband's fund", "the beneficiary of an unclaimed inheritance",
// "a dormant account … 40% is yours", «я вдова … пожертвовать наследство», «наследник
// невостребованного наследства», 寡妇 … 遗产捐赠, 无人认领的遗产, 同姓 … 受益人. Counted only when
// the letter asks for an answer and does not report one.
export const ADVANCE_FEE: OfferFamily = {
  guard: ADVANCE_FEE_GUARD,
  patterns: [],
  context: [
    {
      // The letters whose only ask is an e-mail address (issue 15, seventh round): a fortune for "a
      // God-fearing person" or "for the orphans", a "compensation fund" for scam victims, a
      // "consignment box", «передать сбережения через надёжного человека», «без наследников»,
      // 赔偿基金, 捐给慈善, 没有子女. Counted only beside an address (the e-mail placeholder,
      // disguised ones included). A compensation letter names the scam victims it pays, so the
      // report it must not be is a reader's: a letter got, deleted, reported, "do not reply".
      when: /\uE001/,
      unless: cheapLetters(
        /\b(?:scam|fraud|phishing|spam)\b(?!\s+victims)|\b(?:got|received|get)\s+(?:an?\s+|such\s+an?\s+|the\s+same\s+)?(?:e-?mail|letter|message)|\b(?:deleted?|reported|police|does not|doesn'?t|never|don'?t reply|do not reply)\b|пришл\p{L}*\s+письм|получил\p{L}*\s+(?:\p{L}+\s+)?письм|не\s+отвечайте|это\s+(?:мошен|развод|обман)|удалил|收到|不要回复|不要回覆|明显是|明顯是|诈骗|詐騙/u,
      ),
      patterns: [
        `\\b(?:compensation|relief|palliative|victims?)\\s+(?:fund|payment|package|grant)s?\\b|\\bconsignment\\s+(?:box|package|trunk)\\b|\\b(?:send|forward|provide)\\s+(?:me\\s+|us\\s+)?(?:with\\s+)?(?:your\\s+)?full\\s+names?\\b`,
        `\\b(?:give|donate|leave|transfer|move|entrust|hand\\s+over)\\s+(?:[\\w.$,]+\\s+){0,6}?(?:to|with|through)\\s+(?:a\\s+|an\\s+)?(?:god-?fearing|trusted|trustworthy|reliable|honest|sincere)\\s+(?:person|partner|individual|man|woman|foreigner)\\b|\\bfor\\s+(?:the\\s+)?(?:orphans?|orphanages?|motherless)\\b|\\bwrite\\s+to\\s+(?:me\\s+(?:at|on)\\s+)?my\\s+(?:private|personal)\\s+(?:e-?mail|address)\\b`,
        `${B}компенсаци\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?(?:фонд|оон)\\p{L}*|${B}(?:передать|пожертвовать|оставить|завещать)\\s+(?:\\p{L}+\\s+){0,3}?(?:сбережени|накоплени|деньги|средства|вклад|состояние)\\p{L}*|${B}(?:надёжн|надежн|честн|порядочн|верующ)\\p{L}*\\s+(?:человек|партн[её]р)\\p{L}*|${B}без\\s+наследник\\p{L}*|${B}детей\\s+нет`,
        '(?:赔偿|賠償|补偿|補償)(?:基金|金)|(?:没有|沒有)(?:子女|孩子|继承人|繼承人)|捐给慈善|捐給慈善|(?:可信|可靠|诚实|誠實|信得过|信得過)的人|(?:把|将|將)\\S{0,8}?(?:存款|遗产|遺產|财产|財產|资金|資金)(?:捐|转给|轉給|交给|交給)',
      ],
    },
    {
      when: ADVANCE_FEE_REPLY,
      unless: ADVANCE_FEE_REPORT,
      patterns: [
        `\\bi\\s*(?:am|'m)\\s+(?:a\\s+|an\\s+)?(?:dying\\s+|sick\\s+|old\\s+|lonely\\s+|childless\\s+)?widow\\b`,
        `\\b(?:late|deceased)\\s+(?:husband|wife|client|customer|father)(?:'s|s)?\\s+(?:\\w+\\s+)?(?:fund|funds|money|estate|fortune|deposit|inheritance|wealth)\\b|\\b(?:late|deceased)\\s+(?:husband|wife|client|customer|father)\\s+(?:left|deposited|had)\\s+(?:a|an|the|his|her)\\s+(?:\\w+\\s+)?(?:fund|deposit|sum|estate|fortune)\\b`,
        `\\bbeneficiary\\s+of\\s+(?:an?\\s+|the\\s+|his\\s+|her\\s+)?(?:unclaimed\\s+|dormant\\s+)?(?:inheritance|estate|fund|funds|sum|deposit|legacy|will)\\b|\\bunclaimed\\s+(?:inheritance|estate|funds?|fortune|deposit|legacy)\\b`,
        `\\bdormant\\s+(?:bank\\s+)?(?:account|fund|deposit)s?\\s+(?:of|worth|with|belonging)\\b|\\b(?:without|with\\s+no|has\\s+no|had\\s+no)\\s+(?:a\\s+|any\\s+|known\\s+)?(?:next\\s+of\\s+kin|heirs?|will)\\b|\\b\\d{1,2}\\s*%\\s+(?:of\\s+it\\s+)?(?:is|will\\s+be)\\s+yours\\b`,
        `\\b(?:donate|bequeath|give|entrust|will)\\s+(?:\\w+\\s+){0,5}?(?:to|through)\\s+(?:a\\s+|you\\s+as\\s+a\\s+)?(?:trustworthy|honest|reliable|god-?fearing|sincere)\\b|\\b(?:the\\s+)?less\\s+privileged\\b|\\bmotherless\\s+babies\\b|\\bsuffering\\s+from\\s+(?:cancer|a\\s+terminal|terminal)\\b|\\b(?:same|your|shares?\\s+(?:his|her|your))\\s+(?:surname|last\\s+name)\\b`,
        `${B}я\\s+вдова|${B}(?:покойн|умерш)\\p{L}*\\s+(?:муж|супруг|клиент)\\p{L}*|${B}(?:пожертвовать|завещать|передать|оставить)\\s+(?:\\p{L}+\\s+){0,3}?(?:наследств|средств|деньги|состояни|капитал)\\p{L}*`,
        `${B}невостребованн\\p{L}*\\s+(?:наследств|средств|вклад|сч[её]т)\\p{L}*|${B}(?:назначены|являетесь|стали)\\s+(?:\\p{L}+\\s+)?наследник\\p{L}*|${B}ближайш\\p{L}*\\s+родственник\\p{L}*|\\d+\\s*%\\s+(?:будут\\s+)?ваш\\p{L}*|${B}честн\\p{L}*\\s+(?:человек|партн[её]р)\\p{L}*`,
        '(?:寡妇|寡婦|遗孀|遺孀)\\S{0,12}?(?:遗产|遺產|捐赠|捐贈|美元|资金|資金)|已故(?:丈夫|客户|客戶|先生|父亲|父親)\\S{0,4}?(?:留下|的遗产|的遺產|的资金|的資金)|无人认领的?(?:遗产|资金|存款)|無人認領的?(?:遺產|資金|存款)|(?:遗产|遺產)(?:捐赠|捐贈)|(?:捐赠|捐贈)(?:给|給)\\S{0,6}?(?:可信|诚实|誠實)|作为受益人|作為受益人|与您同姓|與您同姓|身患癌症',
      ],
    },
  ],
};

const STREAMING_GUARD =
  /iptv|m3u|firestick|channels|netflix|disney|spotify|hbo|hulu|prime video|youtube premium|crunchyroll|trial|activation|buffering|подписк|каналов|копейки|нетфликс|кинопоиск|直播源|电视直播|電視直播|会员|會員|频道|頻道|车位|車位|试看|試看/;

// A seller's terms: a price, a trial, a contact, an order, activation.
const STREAMING_SELLER =
  /\b(?:price|prices|only|cheap|trial|order|buy|contact|whatsapp|telegram|activation|warranty|reseller|month|year|\$\d+|\d+\s*(?:usd|\$|eur|€|£))\b|\uE000|\uE001|\uE002|[$€£]\s?\d|пишите|телеграм|заказ|цен[аы]|руб|₽|бесплатн|гаранти|联系|聯繫|微信|qq|低价|低價|售后|售後|年卡|月卡|元/u;

// Piracy in the news: a block, a raid, a law, a fine.
const STREAMING_NEWS =
  /\b(?:pira\w*|crackdown|blocked|illegal|police|arrest\w*|raids?|court|laws?|fined|rights)\b|пират|блокир|закон|суд[аеуы ]|полици|盗版|盜版|查封|违法|違法|警方/u;

// IPTV and streaming subscriptions sold in comments: "best IPTV subscription, 20,000+ channels,
// free 24h trial", "cheap Netflix and Spotify premium accounts, 1 year for $25", «IPTV подписка …
// тестовый период бесплатно», «премиум подписки Netflix за копейки», IPTV直播源, 奈飞会员低价出售,
// 独享车位. Counted beside a seller's terms, and never in a comment on piracy in the news.
export const STREAMING: OfferFamily = {
  guard: STREAMING_GUARD,
  patterns: [],
  context: {
    when: STREAMING_SELLER,
    unless: STREAMING_NEWS,
    patterns: [
      `\\biptv\\s+(?:subscriptions?|services?|providers?|resellers?|panels?|plans?|packages?|trials?|free\\s+trial|box|links?|m3u|smarters)\\b|\\b(?:best|premium|cheap|cheapest|4k|stable|reliable|legit|top|private)\\s+iptv\\b|\\bm3u\\s+(?:links?|playlists?|lists?)\\b|\\bmag\\s+(?:box|support)\\b`,
      `\\b\\d[\\d,.]*\\s*k?\\s*\\+?\\s*(?:live\\s+|hd\\s+|4k\\s+)?(?:tv\\s+)?channels\\b|\\bno\\s+buffering\\b|\\banti[- ]?freeze\\b|\\binstant\\s+activation\\b|\\bfree\\s+(?:24|48)\\s*-?\\s*h(?:ours?|rs?)?\\s+trial\\b`,
      `\\b(?:cheap|premium|shared|private|lifetime)\\s+(?:\\w+\\s+){0,3}?(?:netflix|disney\\+?|spotify|hbo(?:\\s+max)?|youtube\\s+premium|prime\\s+video|hulu|crunchyroll)\\b|\\b(?:netflix|disney\\+?|spotify|hbo|hulu|crunchyroll)\\s+(?:premium\\s+)?(?:accounts?|subscriptions?|profiles?)\\s+(?:for|at)\\s+(?:only\\s+)?[$€£]?\\d`,
      `${B}iptv\\s+подписк\\p{L}*|${B}подписк\\p{L}*\\s+iptv|\\d[\\d\\s]*\\s*(?:тв\\s+|тысяч\\s+)?каналов|${B}тестов\\p{L}*\\s+(?:период|доступ)\\p{L}*|${B}(?:премиум\\s+)?подписк\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:netflix|spotify|youtube|нетфликс|кинопоиск|okko|ivi)|${B}за\\s+копейки`,
      'iptv(?:电视|電視)?(?:直播源|直播|账号|賬號|会员|會員)|(?:电视|電視)直播源|直播源|(?:奈飞|網飛|网飞|netflix|迪士尼|disney|爱奇艺|愛奇藝|腾讯视频|騰訊視頻|优酷|優酷|spotify)\\S{0,3}?(?:会员|會員)\\S{0,8}?(?:出售|低价|低價|年卡|月卡|独享|獨享|共享|车位|車位)|(?:独享|獨享|共享)(?:车位|車位)|免费试看|免費試看|\\d{3,}\\s*\\+?\\s*(?:个|個)?(?:频道|頻道)',
    ],
  },
};
