// The offer families of illicit trades (offers.ts reads them with those of offer-patterns.ts):
// forged documents, invoice selling, SEO services, fixed matches, game-currency generators and
// cracked software, in English, Russian and Chinese. As in offer-patterns.ts, every pattern needs
// the seller's words, never a bare noun: a reader on a diploma mill, VAT invoices, match fixing,
// V-Bucks prices or piracy names the thing without selling it.
import { B, type OfferFamily } from './offer-patterns.ts';
import { FIXED_GUARD_MORE, FIXED_MORE, FIXED_UNLESS } from './money-offer-patterns.ts';
import { DOCUMENT_SERVICE, DOCUMENT_SERVICE_GUARD, DOCUMENT_WARNING } from './document-service.ts';
import { GIVEAWAY_CLAIM, GIVEAWAY_GUARD } from '../scams/giveaway-claim.ts';

// Fake documents (issue 15): "buy real registered passports", "IELTS certificate without the
// exam", "we produce genuine diplomas", «купить диплом», «права без экзамена», 办证刻章, 代办文凭.
// A report on a diploma mill or a question about a passport renewal names the document without
// the seller's words (buy or produce with real, registered, fake, novelty; without the exam).
const DOCS =
  "passports?|driver(?:'|’)?s?\\s+licen[cs]es?|driving\\s+licen[cs]es?|id\\s+cards?|residence\\s+permits?|diplomas?|degrees?|transcripts?|(?:ielts|toefl|pte|gmat|celpip|oet)(?:\\s+certificates?)?|birth\\s+certificates?|visas?|green\\s+cards?|ssn|documents?";

// The seller's side of a document offer: a contact (the link, e-mail and phone placeholders, a
// messenger), a price, delivery, or the pitch's own words (cheap, fast, discreet, 保真, 一条龙).
const DOCUMENT_SELLER =
  /\uE000|\uE001|\uE002|whatsapp|telegram|wechat|\bsignal\b|\bcall\b|\btext\b|\bemail\b|\bcontact\b|\bdm\b|\border\b|\bprices?\b|\bcheap|\bdeliver|\bshipping|\bdiscreet|\bfast\b|\bwe\s+(?:make|sell|offer|produce|provide)|联系|聯繫|联络|電話|电话|微信|薇信|qq|扣扣|vx|价格|價格|优惠|優惠|加急|包过|包過|保真|质量|質量|快速|一条龙|一條龍/;

export const DOCUMENT: OfferFamily = {
  guard: new RegExp(
    `passport|driver|driving|licen|id card|residence|diploma|degree|transcript|ielts|toefl|pte|gmat|celpip|oet|birth|visa|green card|ssn|document|novelty|camouflage|registered|verifiable|any university|any college|any school|any country|any state|any institution|certificat|look|pass|fake|replica|forged|counterfeit|диплом|аттестат|паспорт|права|водительск|справк|медкнижк|сертификат|свидетельств|удостоверени|документ|занесени|внесени|办证|辦證|证件|證件|代办|代辦|可查|学历认证|學歷認證|学信网|學信網|驾照|駕照|免考|办理|辦理|办各|辦各|办全|辦全|办国|辦國|制作|製作|出售|仿真|仿制|仿製|假证|假證|毕业证|畢業證|学位证|學位證|文凭|文憑|身份证|身份證|证书|證書|保真|一条龙|一條龍|职称|職稱|资格证|資格證|拿证|拿證|一站式|${DOCUMENT_SERVICE_GUARD.source}`,
  ),
  patterns: [
    // (not reported: "the university was selling fake degrees", "arrested for making fake IDs")
    `(?<!\\b(?:was|were|been|is|are|caught|for|of|accused|admitted|denied|stopped|started)\\s)\\b(?:buy|order|purchase|get|sell|selling|produce|producing|make|making|offer|offering|provide|providing)\\s+(?:an?\\s+|your\\s+|our\\s+)?(?:(?:real|genuine|fake|registered|original|authentic|novelty|legit|verifiable|camouflage|high[- ]quality)\\s+)+(?:[a-z]+\\s+)?(?:${DOCS})\\b`,
    `\\b(?:${DOCS})\\s+(?:for sale|without\\s+(?:the\\s+|an?\\s+|taking\\s+the\\s+|sitting\\s+the\\s+|writing\\s+the\\s+)?(?:exams?|tests?|attending))\\b|\\bnovelty\\s+(?:documents?|passports?|id)\\b|\\bcamouflage\\s+passports?\\b`,
    `(?<![\\p{L}\\p{N}«"“„'])(?:продам|продаю|продаж\\p{L}*|изготовлени\\p{L}*|изготовим|изготовить)\\s+(?:\\p{L}+\\s+){0,2}?(?:диплом|аттестат|паспорт|права|водительск\\p{L}*\\s+удостоверени|справк|медкнижк|сертификат|свидетельств|удостоверени|документ)\\p{L}*`,
    `${B}права\\s+без\\s+(?:экзамен|сдачи|обучени)\\p{L}*|${B}(?:диплом|аттестат|сертификат|удостоверени)\\p{L}*\\s+без\\s+(?:экзамен|обучени|сдачи)\\p{L}*|${B}с\\s+(?:занесением|внесением)\\s+в\\s+(?:реестр|базу)`,
  ],
  context: [
    {
      // The agency's own words, counted anywhere but in a warning (有人加我微信说能代办学历认证，学信网
      // 可查，这肯定是骗子吧？: a reader asking; 2026-12-07, third session, document-service.ts).
      when: /[\u3400-\u9fff]/,
      unless: DOCUMENT_WARNING,
      patterns: [
        '办证刻章|辦證刻章|专业办证|專業辦證|办证电话|辦證電話|各类证件|各類證件|出售\\S{0,4}证件|出售\\S{0,4}證件|代办(?:文凭|文憑|学历|學歷|证件|證件|毕业证|畢業證|驾照|駕照)|代辦(?:文憑|學歷|證件|畢業證|駕照)|可查可认证|可查可認證|学信网可查|學信網可查|免考(?:驾照|駕照|拿证|拿證)|驾照包过|駕照包過',
      ],
    },
    DOCUMENT_SERVICE, // 代办文凭认证，学信网可查，加微 …; «легализация диплома за 3 дня, @…» (document-service.ts)
    {
      // The seller's pitch (issue 15): "fake diplomas from any university", "looks real", 办理各类
      // 证件, 毕业证制作, 全国可查. A report on a diploma mill says "fake diploma" too, and a reader asks
      // where to get a passport (办理护照) or calls the consulate: the pitch counts only next to a
      // contact, a price or the seller's own words, and plain "办理" (to apply for) never counts.
      when: DOCUMENT_SELLER,
      unless: DOCUMENT_WARNING, // (a reader asking or warning: 2026-12-07, third session)
      patterns: [
        `\\b(?:fake|novelty|replica|forged|counterfeit)\\s+(?:college\\s+|university\\s+|high\\s+school\\s+|school\\s+)?(?:diplomas?|degrees?|transcripts?|certificates?|id\\s+cards?|ids|passports?|driver(?:'|’)?s?\\s+licen[cs]es?|driving\\s+licen[cs]es?)\\b`,
        `\\b(?:diplomas?|degrees?|transcripts?|certificates?|passports?|id\\s+cards?|licen[cs]es?)\\s+(?:from|of|for)\\s+any\\s+(?:university|college|school|country|state|institution)\\b`,
        `\\b(?:looks?|looking)\\s+(?:100\\s*%\\s+)?(?:real|genuine|authentic|original)\\b|\\bpass(?:es)?\\s+(?:any|every)\\s+(?:check|verification|scanner)\\b`,
        '(?:可)?上网可查|(?:可)?上網可查|快速出证|快速出證|(?:办理|辦理)(?:护照|護照|驾照|駕照|身份证|身份證|签证|簽證)[、，,/](?:护照|護照|驾照|駕照|身份证|身份證|毕业证|畢業證)',
        '(?:办理|辦理|办|辦)(?:各类|各類|各种|各種|国内外|國內外|全国|全國)\\S{0,4}?(?:证件|證件|证书|證書|文凭|文憑|毕业证|畢業證|学位证|學位證|驾照|駕照|驾驶证|駕駛證|身份证|身份證)|(?:证件|證件|毕业证|畢業證|学位证|學位證|文凭|文憑|驾照|駕照|身份证|身份證|证书|證書)(?:书|書)?(?:代办|代辦|制作|製作|出售)|(?:制作|製作|出售|仿真|仿制|仿製)\\S{0,2}?(?:证件|證件|毕业证|畢業證|学位证|學位證|文凭|文憑|驾照|駕照|身份证|身份證|证书|證書)|(?:全国|全國|学信网|學信網|网上|網上|终身|終身)可查|保真可查|一条龙服务|一條龍服務|假(?:证|證)(?:办理|辦理|制作|製作|出售)',
        // professional titles and qualifications without the exam, and the agency's one stop (2026-12-07 audit)
        '(?:职称|職稱|资格|資格)(?:证|證)(?:书|書)?\\S{0,2}?(?:代办|代辦|包过|包過)|(?:代办|代辦)(?:职称|職稱|资格证|資格證)|(?:不用|无需|無需|免)(?:考试|考試)\\S{0,2}?拿(?:证|證)|(?:包|直接)拿(?:证|證)|(?:文凭|文憑|学历|學歷|留服)认证\\S{0,6}?(?:一站式|代办|代辦|包过|包過)|(?:文憑|學歷|留服)認證\\S{0,6}?(?:一站式|代辦|包過)',
      ],
    },
    {
      // «купить диплом» is also what a reader says of the trade ("купить диплом сегодня проще…"):
      // counted next to the seller's words (delivery, price, registry, "write to us", a contact).
      when: /passport|licen|diploma|degree|ielts|toefl|certificat|document|\bid\b|доставк|недорог|дешев|реестр|гарант|пишите|напишите|звоните|цен[аыу]|заказ|оригинал|настоящ|гознак|бланк|телеграм|\uE000|\uE001|\uE002/,
      patterns: [
        `(?<![\\p{L}\\p{N}«"“„'])(?:купить|куплю|купите)\\s+(?:\\p{L}+\\s+){0,2}?(?:диплом|аттестат|паспорт|права|водительск\\p{L}*\\s+удостоверени|справк|медкнижк|сертификат|свидетельств|удостоверени|документ)\\p{L}*`,
        `\\b100\\s*%\\s+(?:verifiable|registered|genuine|original|legit)\\b|\\bregistered\\s+(?:in|into|on)\\s+(?:the\\s+)?(?:database|system|registry)\\b`,
      ],
    },
  ],
};

// SEO service offers (issue 15): "guest posts on high DA sites", "quality backlinks", "rank your
// site on the first page of Google", "increase your website traffic", «прогон по базам», «вывод в
// топ», 快速排名, 外链代发. A reader asking whether backlinks still matter, or an article about
// «продвижение сайтов» or 网站优化, names the trade without offering it.
export const SEO_SERVICE: OfferFamily = {
  guard:
    /high|top|do-?follow|quality|cheap|permanent|niche|edu|gov|pbn|contextual|guest|sponsored|paid|link insertion|in return|in exchange|软文|軟文|外鏈|友情链接|友情鏈接|求购|求購|高权重|高權重|付费|付費|rank|first|page|increase|boost|improve|double|skyrocket|seo|link building|backlink|webmaster|site owner|website owner|blog owner|прогон|вечн|вывод|выведем|вывести|продвижени|продвинем|продвинуть|поднимем|закупк|покупк|продаж|увеличени|рост|под ключ|快速排名|上首页|上首頁|百度首页|百度首頁|外链|外鏈|不上不收费|不上不收費|关键词排名|關鍵詞排名|整站优化|整站優化|网站优化|網站優化|收录快|收錄快|包收录|包收錄|霸屏|全网营销|全網營銷|新闻稿|新聞稿|新闻源|新聞源/,
  patterns: [
    `\\b(?:high|top)[- ](?:da|dr|pa|authority|quality|traffic)\\s+(?:sites?|backlinks?|links?|blogs?|guest posts?|websites?)\\b|\\bdo-?follow\\s+(?:backlinks?|links?)\\b|\\b(?:quality|cheap|permanent|niche|edu|gov|pbn|contextual|\\d+)\\s+backlinks?\\b|\\bguest\\s+post(?:s|ing)?\\s+(?:service|services|on|at|for sale|available|packages?)\\b`,
    `\\b(?:rank|get|put|bring|take)\\s+(?:your\\s+)?(?:site|website|web ?page|page|business|blog|you|it)\\s+(?:on|to|in|at)\\s+(?:the\\s+)?(?:first|1st|top|page (?:1|one)|#1)\\b`,
    `\\b(?:increase|boost|improve|double|skyrocket)\\s+your\\s+(?:website\\s+|site\\s+|blog\\s+|organic\\s+|web\\s+|search\\s+)?(?:traffic|rankings?|visitors|domain authority|da|seo)\\b`,
    `\\b(?:hello|hi|dear)\\s+(?:webmaster|site owner|website owner|blog owner)\\b`,
    `${B}прогон\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:по\\s+(?:базам|каталогам|форумам|профилям|закладкам|трастовым)|хрумер\\p{L}*|xrumer)|${B}вечн\\p{L}*\\s+ссылк\\p{L}*|${B}(?:закупк|покупк|продаж)\\p{L}*\\s+(?:вечных\\s+|трастовых\\s+)?ссылок`,
    `${B}(?:вывод|выведем|вывести|продвижени\\p{L}*|продвинем|продвинуть)\\s+(?:\\p{L}+\\s+){0,2}?в\\s+топ(?:[- ]?\\d+)?|${B}поднимем\\s+(?:икс|тиц|позици\\p{L}*|трафик)`,
    '快速排名|排名上首页|排名上首頁|包上首页|包上首頁|七天上首页|七天上首頁|百度首页|百度首頁|外链代发|外鏈代發|代发外链|代發外鏈|高质量外链|高質量外鏈|外链(?:出售|购买|套餐)|不上不收费|不上不收費|整站优化|整站優化|专业网站优化|專業網站優化|网站优化(?:服务|公司|外包)|收录快|收錄快|seo(?:优化)?服务|seo(?:優化)?服務',
  ],
  context: [
    {
      // Guest-post and sponsored-link requests (issue 15, sixth round): "do you accept guest
      // posts … with one do-follow link", "buy a sponsored post on your website", "link
      // insertions", "in return I only ask for a backlink", 软文 … 外链, 求购友情链接, 高权重网站.
      // A reader asking to write a column, or on sponsored posts being unlabelled, names no link,
      // price or contact.
      when: /backlink|do-?follow|\blinks?\b|price|rate|\bpay|cost|contact|e-?mail|whatsapp|telegram|\uE000|\uE001|\uE002|外链|外鏈|链接|鏈接|收费|收費|价格|價格|联系|聯繫|微信|邮箱|郵箱|qq|vx|电话|電話/,
      patterns: [
        `\\b(?:accept|publish|post|contribute|place|buy|sell|offer|write)\\s+(?:an?\\s+|your\\s+|some\\s+|one\\s+)?(?:guest|sponsored|paid)\\s+(?:posts?|articles?|blog\\s+posts?|content)\\b|\\blink\\s+insertions?\\b|\\bniche\\s+edits?\\b`,
        `\\bin\\s+(?:return|exchange)\\s+(?:i\\s+|we\\s+)?(?:only\\s+)?(?:ask|want|need|request)\\s+(?:for\\s+)?(?:a\\s+|one\\s+)?(?:do-?follow\\s+)?(?:back)?links?\\b`,
        '(?:发布|發佈|发|發|投放)\\S{0,6}?(?:软文|軟文)|(?:软文|軟文)(?:发布|發佈|推广|推廣|投放|代发|代發)|带(?:一个|一條|一条)?外链|帶(?:一個)?外鏈|(?:求购|求購|出售|交换|交換)\\S{0,6}?(?:友情链接|友情鏈接|外链|外鏈)|高权重(?:网站|站点|外链|友链)|高權重(?:網站|站點|外鏈)|付费(?:文章|发文|发布)|付費(?:文章|發文|發佈)',
        // (2026-12-07 audit) links sold, indexing promised, a keyword's whole first page
        '(?:发|發|代发|代發)外(?:链|鏈)|包(?:收录|收錄)|(?:百度|全网|全網)?霸屏|(?:关键词|關鍵詞)(?:排名|优化|優化)(?:推广|推廣)?|全网营销|全網營銷|新闻稿代发|新聞稿代發|高权重新闻源|高權重新聞源|新闻源(?:发布|發佈|发稿|發稿)',
      ],
    },
    {
      when: /\b(?:we|our|i|me|us|contact|offer|cheap|affordable|prices?)\b|сайт|seo|сео/,
      patterns: [
        `\\b(?:seo|link building|backlinks?)\\s+(?:services?|packages?|experts?|agency|team|company|specialists?)\\b`,
        `${B}под\\s+ключ|${B}(?:увеличени\\p{L}*|рост)\\s+(?:посещаемост|трафик)\\p{L}*`,
      ],
    },
  ],
};

// Sports-betting "fixed matches" (issue 15): "fixed matches available this weekend", "100% sure
// odds", "pay after win", «договорные матчи с гарантией», «100% проход», 假球内幕, 必中, 包赢. A
// reader on a match-fixing scandal writes "fixed matches" or «договорные матчи» or 假球 without
// selling one: the bare words count nothing.
const FIXED_GUARD =
  /fixed|sure|pay after|guaranteed|ht|odds|inside|no loss|договорн|инсайд|проход|стопроцентн|проигрыш|коэффициент|假球|内幕|內幕|必中|包赢|包贏|包中|稳胆|穩膽|准确率|準確率|百分百命中|命中率/;

export const FIXED_MATCH: OfferFamily = {
  guard: new RegExp(`${FIXED_GUARD.source}|${FIXED_GUARD_MORE.source}`),
  patterns: [
    '假球内幕|假球內幕|假球资料|假球資料|假球推荐|假球推薦|内幕推荐|內幕推薦|内幕资料|內幕資料|必中比分|包赢|包贏|稳胆|穩膽|准确率100|準確率100|百分百命中',
  ],
  context: [
    {
      // (2026-12-07, late: the loan and betting audit) the English and Russian offers count nothing in a
      // warning or a report quoting them ("these 'fixed matches available' posts are a scam").
      when: new RegExp(`${FIXED_GUARD.source}|${FIXED_GUARD_MORE.source}`),
      unless: FIXED_UNLESS,
      patterns: [
        `\\b(?:sure|real|genuine|legit|guaranteed|reliable|vip|correct)\\s+fixed\\s+(?:matches|match|games?|odds|tips?)\\b|\\bfixed\\s+(?:matches|match|games?|odds|tips?)\\s+(?:available|today|tonight|for\\s+(?:today|tonight|this\\s+weekend|sale)|this\\s+weekend|ht\\s*/\\s*ft)\\b`,
        `\\b(?:100\\s*%|guaranteed)\\s+(?:sure\\s+)?(?:odds|wins?|tips?|predictions?|bets?)\\b|\\bsure\\s+(?:odds|tips|wins?|bets?)\\b|\\bpay\\s+after\\s+(?:the\\s+)?(?:win|match|game|result)\\b`,
        `(?<![\\p{L}\\p{N}])(?:продаю|продам|продажа|купить|куплю|предлагаю|инсайд\\p{L}*\\s+(?:на|по|о))\\s+(?:\\p{L}+\\s+){0,2}?договорн\\p{L}*\\s+(?:матч|игр)\\p{L}*|${B}договорн\\p{L}*\\s+(?:матч|игр)\\p{L}*\\s+(?:с\\s+гаранти|на\\s+сегодня|на\\s+выходн|в\\s+продаже)\\p{L}*|${B}инсайд\\p{L}*\\s+(?:на|по|о)\\s+(?:\\p{L}+\\s+)?(?:матч|игр|футбол|ставк)\\p{L}*|(?:100\\s*%|${B}стопроцентн\\p{L}*)\\s+проход\\p{L}*`,
        ...FIXED_MORE,
      ],
    },
    {
      when: /fixed|odds|bet|match|game|матч|ставк|игр|球|比分|赛|賽|彩|推荐|推薦|赔率|賠率/,
      unless: FIXED_UNLESS,
      patterns: [
        `\\bht\\s*/\\s*ft\\b|\\bbig\\s+odds\\b|\\bodds\\s+\\d+\\s*\\+|\\binside\\s+information\\b|\\bno\\s+loss\\b`,
        `${B}без\\s+проигрыш\\p{L}*|${B}коэффициент\\p{L}*\\s+(?:от|до)\\s+\\d`,
        '内幕消息|內幕消息|命中率',
      ],
    },
  ],
};

// Invoice and receipt selling (issue 15): 代开发票, 出售发票, 真票可查, 点数优惠; «продам чеки для
// отчётности», «счета-фактуры на любые суммы», «обнал под 5%»; "receipts for any amount", "we sell
// VAT invoices", "buy fake receipts". A reader on VAT invoices for cross-border trade, an accountant
// who issues invoices, or a report on a fake-invoice fraud names the documents without selling them:
// every pattern needs the seller's words (any amount or company, for sale, buy or sell with fake,
// the rate of a cash-out, 代开).
export const INVOICE: OfferFamily = {
  guard:
    /invoice|receipt|bill|payslip|pay slip|bank statement|tax return|чек|счет|счёт|фактур|накладн|обнал|закрывающ|справк|ндфл|发票|發票|开票|開票|票点|票點|点数|點數|真票/,
  patterns: [
    `\\b(?:invoices?|receipts?|bills?|pay ?slips?|bank statements?)\\s+(?:for|of|with)\\s+any\\s+(?:amount|sum|company|business|store|shop|date|name)s?\\b|\\b(?:invoices?|receipts?|pay ?slips?)\\s+(?:for sale|on sale|available for purchase)\\b`,
    `\\b(?:buy|order|sell|selling|purchase|get|make|making|print|printing|provide|providing|offer|offering|issue|issuing|supply|supplying)\\s+(?:\\w+\\s+){0,2}?(?:fake|forged|novelty|backdated|real|genuine)\\s+(?:\\w+\\s+)?(?:invoices?|receipts?|pay ?slips?|bank statements?|tax returns?)\\b`,
    `\\b(?:sell|selling|we\\s+sell|buy|for sale)\\s+(?:\\w+\\s+)?(?:vat|gst|tax)\\s+invoices?\\b|\\b(?:vat|gst|tax)\\s+invoices?\\s+for\\s+sale\\b`,
    `${B}(?:продам|продаю|продаём|продаем|продажа|куплю|предлагаем|оформим|сделаем|изготовим|выпишем|нарисуем)\\s+(?:\\p{L}+\\s+){0,2}?(?:чек|счет|счёт|счета-фактур|накладн|закрывающ\\p{L}*\\s+документ|авансов\\p{L}*\\s+отч|справк\\p{L}*\\s+2-?ндфл)\\p{L}*`,
    `${B}(?:кассов\\p{L}*\\s+|товарн\\p{L}*\\s+)?чек\\p{L}*\\s+(?:\\p{L}+\\s+)?для\\s+(?:отч[её]тност|налогов|бухгалтери)\\p{L}*|${B}на\\s+любые\\s+суммы|${B}любы\\p{L}*\\s+(?:сумм\\p{L}*|дат\\p{L}*)\\s+и\\s+(?:дат|сумм|организаци)\\p{L}*|${B}обнал\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:под|от)\\s+\\d+(?:[.,]\\d+)?\\s*%`,
    '代开\\S{0,8}?发票|代開\\S{0,8}?發票|发票代开|發票代開|出售\\S{0,4}?发票|出售\\S{0,4}?發票|(?:真票|发票|發票)\\S{0,2}?(?:可查验|可查驗|可验证|可驗證|可上网查|可上網查)|验证后付款|驗證後付款|先验后付|先驗後付|(?:开票|開票)?(?:点数|點數)(?:优惠|優惠|低|从优|從優)|票点(?:低|优惠)|票點(?:低|優惠)|各(?:类|類|地|行业|行業)发票|各(?:類|地|行業)發票|(?:增值税|增值稅)\\S{0,4}?(?:发票|發票)(?:代开|代開|出售)',
  ],
  context: {
    // The seller's terms next to the documents: "any date", "best rates".
    when: /invoice|receipt|pay ?slip/,
    patterns: ['\\bany\\s+(?:amount|sum|date|company\\s+name)s?\\b|\\bbest\\s+(?:rates|prices)\\b'],
  },
};

// Game-currency generators (issue 15): "free V-Bucks generator", "Robux generator 2026", "unlimited
// gems", «бесплатные робуксы», «генератор алмазов», 无限金币, 免费领皮肤. A gamer discussing V-Bucks
// prices, a store's gift of coins or a warning about such generators names the currency without the
// giveaway: the free currency counts only outside a warning.
const CURRENCY =
  'robux|v-?bucks|vbucks|gems|coins|diamonds|minecoins|primogems|genesis crystals|uc|cod points|riot points|fifa coins|fc points|fortnite skins?|skins';

export const GAME_CURRENCY: OfferFamily = {
  guard: new RegExp(
    `${GIVEAWAY_GUARD.source}|` +
      /robux|bucks|vbucks|gems|coins|diamond|minecoin|primogem|genesis|\buc\b|cod points|riot points|fifa|fc points|skin|unlimited|бесплат|халяв|робукс|вбакс|в-бакс|алмаз|гем|донат|юси|генератор|накрут|金币|金幣|钻石|鑽石|点券|點券|点卷|皮肤|皮膚|元宝|元寶|q币|q幣|无限|無限|刷钻|刷鑽|刷金|免费领|免費領|免费送|免費送|免费刷|免費刷|免费获|免費獲/
        .source,
  ),
  patterns: [
    `\\b(?:robux|v-?bucks|vbucks|gems|coins|diamonds|minecoins|primogems|uc|cod points|riot points|fifa coins|fc points|skins?)\\s+(?:generator|gen|adder|hack|glitch|hacks)\\b`,
    `\\bunlimited\\s+(?:gems|coins|money|diamonds|lives|gold|cash|robux|v-?bucks|vbucks|energy|uc|primogems|skins)\\b`,
    `${B}(?:генератор|накрутк)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:робукс|вбакс|в-бакс|алмаз|гем|монет|донат|юси|uc|скин)\\p{L}*`,
    '(?:金币|金幣|钻石|鑽石|点券|點券|点卷|皮肤|皮膚|元宝|元寶|q币|q幣)(?:生成器|刷取器|修改器|免费领|免費領|免费送|免費送|无限刷|無限刷)|(?:生成器|刷取器)\\S{0,4}?(?:金币|金幣|钻石|鑽石|点券|點券|皮肤|皮膚)|无限(?:金币|钻石|点券|元宝)|無限(?:金幣|鑽石|點券|元寶)|刷钻|刷鑽|刷金币|刷金幣|(?:修改器|生成器|刷取器)(?:下载|下載)',
  ],
  context: [
    {
      when: /free|бесплат|халяв|免费|免費/,
      // A warning about the generators ("free V-Bucks sites are scams") names the giveaway too.
      unless:
        /scam|fake|phishing|beware|warn|don'?t\s+(?:fall|trust|click)|never\s+(?:works?|trust)|steal|stolen|мошен|развод|обман|не\s+ведитесь|осторожн|诈骗|詐騙|骗|騙|小心|警惕/,
      patterns: [
        `\\bfree\\s+(?:${CURRENCY})\\b(?!\\s+(?:for\\s+(?:everyone|all\\s+players|compensation)|as\\s+(?:an?\\s+)?(?:apology|compensation|gift)))`,
        `\\b(?:robux|v-?bucks|vbucks|minecoins|primogems)\\s+(?:for\\s+)?free\\b`,
        // the generator itself, named apart from the currency ("with our generator")
        `\\b(?:our|this|my|a|the|working|new|online)\\s+(?:\\w+\\s+)?generator\\b|\\bno\\s+(?:password|login|human\\s+verification|verification|survey)\\s+(?:needed|required)\\b`,
        `${B}без\\s+(?:проверки|верификации|опросов|пароля|доната)`,
        `${B}(?:бесплатн|халявн)\\p{L}*\\s+(?:робукс|вбакс|в-бакс|алмаз|гем|донат|юси|uc|скин|голос)\\p{L}*|${B}(?:робукс|вбакс)\\p{L}*\\s+(?:бесплатно|на\\s+халяву)`,
        '(?:免费|免費)(?:领取|領取|获得|獲得|送|刷|领|領)\\S{0,4}?(?:金币|金幣|钻石|鑽石|点券|點券|皮肤|皮膚|q币|q幣|元宝|元寶|原石)',
      ],
    },
    GIVEAWAY_CLAIM, // the prize claimed and vouched for, "got a free $100 Steam gift card, it works" (giveaway-claim.ts)
  ],
};

// Cracked and pirated software (issue 15): "cracked Photoshop 2026", "Office 2024 crack", "keygen",
// "Windows activator", "nulled plugins", «крякнутый фотошоп», «активатор Windows», «ключи
// активации бесплатно», 破解版, 注册机, 永久激活. A reader on piracy, "the hackers cracked the
// encryption" or "Kaspersky cracked down" names none of the downloads.
const SOFTWARE =
  'photoshop|illustrator|premiere(?: pro)?|after effects|lightroom|acrobat|adobe|ms office|microsoft office|office|windows|autocad|sketchup|fl studio|ableton|vegas pro|camtasia|coreldraw|corel|idm|internet download manager|winrar|avast|kaspersky|eset|3ds max|maya|solidworks|matlab|filmora|wondershare|davinci resolve|revit|archicad|cubase|logic pro|final cut(?: pro)?|nero|malwarebytes|bandicam|cyberlink';

export const CRACKED_SOFTWARE: OfferFamily = {
  guard:
    /crack|keygen|activator|activat|pre-activ|preactiv|repack|nulled|warez|kmspico|serial|licen|product key|registration|full version|кряк|крэк|кейген|взломан|активатор|активаци|репак|破解|注册机|註冊機|激活|注册码|註冊碼|序列号|序列號|绿色版|綠色版/,
  patterns: [
    `\\b(?:crack(?:ed)?|keygen)\\s+(?:version|download|free|full|\\+|activation|serial|license|licence|key|keys|patch|apk|only)\\b|\\bkeygen\\b|\\bkmspico\\b|\\bwarez\\b`,
    `\\b(?:cracked|pre-?activated|preactivated|repacked|nulled)\\s+(?:version\\s+of\\s+)?(?:${SOFTWARE})\\b|\\b(?:${SOFTWARE})\\s+(?:\\w+\\s+){0,3}?(?:crack|keygen|activator|pre-?activated|preactivated|repack|cracked(?!\\s+(?:the|down|a|an|it|its|their|open|into|by|on)\\b))\\b`,
    `\\b(?:kms|windows|office)\\s+activators?\\b|\\bnulled\\s+(?:plugins?|themes?|scripts?|wordpress|version|premium)\\b`,
    `\\b(?:serial|license|licence|activation|product|registration)\\s+(?:key|code|number)s?\\s+(?:free|generator|crack|download|for\\s+free|2\\d{3})\\b|\\b(?:free\\s+)?full\\s+version\\s+(?:free|download|crack)\\b|\\bfree\\s+full\\s+version\\b`,
    `${B}(?:кряк|крэк|кейген|репак)\\p{L}*|${B}взломанн\\p{L}*\\s+(?:верси|программ|фотошоп|офис|виндовс|игр)\\p{L}*|${B}активатор\\p{L}*\\s+(?:windows|office|виндовс|офис|kms)|${B}ключ\\p{L}*\\s+(?:активации|продукта|лицензии)\\s+(?:\\p{L}+\\s+)?(?:бесплатно|даром|windows|office|виндовс|офис|\\d{4})|${B}(?:вечн|пожизненн)\\p{L}*\\s+активаци\\p{L}*`,
    '破解版|破解下载|破解下載|破解补丁|破解補丁|注册机|註冊機|激活工具|永久激活|免激活|绿色破解|綠色破解|(?:激活码|激活碼|注册码|註冊碼|序列号|序列號)(?:免费|免費|大全|分享|生成|永久)',
  ],
};
