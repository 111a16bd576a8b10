// Product pitches without the usual spam vocabulary, found published on a technical blog (issue
// 15, 2026-12-07, seventh session; tech-reader-examples.ts): software keys and licences at a price
// with instant delivery ("Genuine Windows 11 Pro keys for just $12, instant delivery … keyzone dot
// com", «ключи Windows от 390 рублей, моментальная доставка», 激活码只要69元，秒发货), an essay or
// thesis service offered as a helpful aside ("if you're a student …, X helped me with my thesis",
// «мне дипломную написали на …», 论文写不完可以找 …) and refurbished servers from "our shop" («у нас в
// магазине восстановленные серверы», 我们店出售二手服务器). They are the shop advert's contexts
// (product-offer-patterns.ts): counted only beside a link, an e-mail or a phone (offers.ts), never
// in a reader's warning, question about a scam or account of what they bought.
import { B, type OfferContext } from './offer-patterns.ts';

// A reader warning about such sellers, or telling what they bought.
const WARNING =
  /\b(?:scams?|scammers?|scammed|fraud\w*|beware|warn\w*|avoid|illegal|don'?t buy|do not buy|never buy|revoked|blocked|i bought|we bought|misconduct)\b|мошен|осторожн|не ведитесь|не покупайте|развод|обман|купил|骗|騙|提醒|别买|別買|不要买|不要買|小心/u;

/** Keys and licences sold at a price with instant delivery, beside a link. */
export const KEY_SALE: OfferContext = {
  when: /keys?\b|licen[cs]e|activat|ключ|лицензи|激活|密钥|密鑰|序列号/,
  unless: WARNING,
  patterns: [
    `\\b(?:keys?|licen[cs]es?)\\s+(?:(?:for|from|at|only|just)\\s+){0,2}[$€£]\\s?\\d|\\b(?:legit|genuine|original)\\s+retail\\s+keys\\b|\\b(?:all|100\\s*%)\\s+(?:keys|licen[cs]es)\\s+work\\b`,
    `\\binstant\\s+(?:e-?mail\\s+|digital\\s+)?delivery\\b|\\bactivates?\\s+online\\b|\\bactivated\\s+in\\s+(?:\\d+\\s+|a\\s+few\\s+)?minutes\\b|\\blifetime\\s+(?:licen[cs]es?|activation)\\b`,
    `${B}ключ\\p{L}*\\s+(?:\\S+\\s+){0,4}?(?:от|за|всего)\\s+\\d+\\s*(?:руб|р\\.|₽)|${B}лицензи\\p{L}*\\s+(?:\\S+\\s+){0,4}?всего\\s+\\d+\\s*(?:руб|р\\.|₽)|${B}моментальн\\p{L}*\\s+(?:доставк|выдач|отправк)\\p{L}*|${B}ключ\\s+сразу\\s+после\\s+оплаты`,
    '(?:激活码|激活碼|密钥|密鑰|序列号|序列號)\\S{0,4}?(?:只要|仅需|僅需|只需|仅|僅)\\s*\\d+\\s*元|秒发货|秒發貨',
  ],
};

/** An essay, thesis or homework service offered to students as an aside, beside a link. */
export const ESSAY_ASIDE: OfferContext = {
  when: /essay|thesis|dissertation|assignment|homework|coursework|paper|report|курсов|диплом|реферат|диссертац|论文|論文|作业|作業/,
  unless: WARNING,
  patterns: [
    `\\b(?:if\\s+you'?re|if\\s+you\\s+are|for\\s+any|any|fellow)\\s+(?:a\\s+)?students?\\b|\\bstudents\\s+(?:reading\\s+this|here|out\\s+there)\\b|\\bstudents\\s*:`,
    `\\bhelped\\s+(?:me|us)\\s+(?:with|write|finish)\\s+my\\s+(?:\\w+\\s+)?(?:essay|thesis|dissertation|assignment|homework|coursework|paper|report)s?\\b|(?:\\b(?:they|it|which|who)|\uE000)\\s+(?:wrote|did|finished|completed|solved)\\s+my\\s+(?:\\w+\\s+){0,2}?(?:essay|thesis|dissertation|assignment|homework|coursework|paper|report)s?\\b`,
    `${B}студентам${'(?!\\p{L})'}|${B}(?:мне|нам)\\s+(?:\\p{L}+\\s+){0,3}?(?:написали|сделали)${'(?!\\p{L})'}`,
    '学生党|學生黨|(?:他们|他們)(?:帮|幫)(?:忙|我)|写不完|寫不完',
  ],
};

/** Refurbished or used hardware sold by the writer's own shop, beside a link. */
export const HARDWARE_SHOP: OfferContext = {
  when: /refurb|used|second-hand|renewed|pre-owned|server|восстановлен|б\/у|сервер|二手|服务器|伺服器/,
  unless: WARNING,
  patterns: [
    `\\b(?:we|our\\s+(?:shop|store|company|team))\\s+(?:also\\s+)?(?:sells?|stocks?|offers?|has|have|supplies|carr(?:y|ies))\\s+(?:\\w+\\s+){0,3}?(?:refurbished|used|second-hand|renewed|pre-owned)\\b`,
    `${B}(?:у\\s+нас\\s+в\\s+магазине|в\\s+нашем\\s+магазине|продаём|продаем)${'(?!\\p{L})'}|${B}доставк\\p{L}*\\s+по\\s+(?:рф|россии|снг)${'(?!\\p{L})'}`,
    '(?:我们|我們|本)(?:店|公司|店铺|店鋪)(?:专业|專業)?(?:出售|销售|銷售|批发|批發|供应|供應)',
  ],
};
