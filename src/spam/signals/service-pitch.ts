// A business advertising its own service to the readers (issue 15, item 1, fifth round): a visa
// agency ("visa in 1 day, 100% approval, no personal visit"), a freight forwarder ("door to door,
// customs included"), a tour operator with a discount, a VPN seller for China with a promo code,
// "consulting" to win public tenders, real estate abroad with a guaranteed yield, a USDT scheme
// paying a daily interest (日息, 稳赚不赔). None of these is a word a reader never writes: a reader
// reports a visa scam in the same words, asks which forwarder goes door to door, gives the price
// of a trip. What a reader does not do is speak as the seller — "we offer", «оформим», 我们提供,
// 包过, "100% approval", "guaranteed yield", "promo code" — and give a way to buy it (a link, an
// e-mail, a phone number, a handle, a messenger) or its price. Counted only then, and never in a
// comment that reports, warns or quotes a promise ("beware", "scam", «мошенники», «обещают», 骗,
// 所谓, 说是): a victim quotes the pitch's words, not its voice. A question counts only with a way
// to buy ("which forwarder goes door to door, how much per kg?" names a price, not a contact).
import type { NormalizedText } from '../text/normalize.ts';
import { cheapLetters } from '../text/letter-class.ts';
import { countCallClosing } from './seo/call-closing.ts';
import { withoutQuestions } from './commercial.ts';
import { countRecommendCall } from './seo/recommend-call.ts';

// The seller's voice: a service offered in the first person plural ("we offer", and "we at
// <business name> offer", the business introducing itself by name), a guarantee, a sales term.
const LATIN_SELLER =
  /\bwe\s+(?:(?:here\s+)?at\s+(?!(?:the|home|work|school|my|our|this|that|least|first|times|once|night|last)\b)(?:[\w&'.-]+\s+){1,4}?)?(?:offer|provide|deliver|ship|organi[sz]e|arrange|handle (?:everything|all|customs|shipping|delivery|paperwork|documents|registration)|help (?:companies|clients|you|businesses)|guarantee|bypass|sell|issue visas|speciali[sz]e in)\b|\bour\s+(?:company|agency|team)\s+(?:ships|offers|provides|delivers|organi[sz]es|helps|arranges)\b|\bour\s+(?:servers|experts|lawyers|managers)\b|\bguaranteed\s+(?:approval|result|results|profits?|income|(?:\d+(?:[.,]\d+)?%\s+(?:annual\s+)?)?(?:yield|returns?)|best price|victory|win|visa)\b|\b100%\s+(?:approval|guaranteed|result|success|pass)\b|\bmoney[- ]back\b|\bfree\s+(?:consultation|quote|trial)\b|\bbook now\b|\bpromo ?code\b|\b(?:contact|message|call|text|write to|e-?mail)\s+us\b|\bwithdraw anytime\b|\bdaily interest\b|\binstallment plan\b/g;
// (A question answered at once by a call, «Ищете грузчиков? Звоните …», 哪家好？推荐…, is the
// seller's voice too, since 2026-12-07: a reader asks or answers, not both in one breath.)
const OTHER_SELLER = cheapLetters(
  /(?<!\p{L})мы\s+(?:в\s+(?:компании\s+|агентстве\s+)?(?:[\p{L}\d«»"&.-]+\s+){1,4}?)?(?:предлагаем|предоставляем|оформим|оформляем|доставим|доставляем|поможем|организуем|гарантируем|обходим|продаём|продаем|делаем|возьмём|возьмем)|(?<!\p{L})(?:оформим|доставим|организуем)(?!\p{L})|(?<!\p{L})поможем\s+(?:выиграть|оформить|получить|купить|доставить)|(?<!\p{L})гарантир\p{L}*\s+(?:победу|результат|одобрение|возврат|доходност\p{L}*)|гарантированн\p{L}*\s+доходност\p{L}*|(?<!\p{L})гаранти[яи]\s+(?:результата|возврата|одобрения|аренды|победы)|100\s?%\s+одобрени\p{L}*|(?<!\p{L})(?:пишите|звоните|обращайтесь)\s+(?:к\s+)?нам(?!\p{L})|скидк\p{L}*\s+(?:до\s+)?\d+\s?%|\d+\s?%\s+скидк|промокод|бронируйте|консультаци\p{L}*\s+бесплатн|бесплатн\p{L}*\s+консультаци|обходим\s+блокировки|рассрочк\p{L}*\s+без|вывод\s+в\s+любое\s+время|лучшие\s+цены|горящие\s+туры|(?<!\p{L})(?:ищете|нужен|нужн[аоы])\s[^?]{1,60}\?\s*(?:звоните|обращайтесь|пишите|заказывайте)(?!\p{L})|сопровождение\s+госзакупок|我们提供|我們提供|我们[^，。！？,.!?\s]{0,10}(?:公司|旅行社|团队|物流)(?:专业)?提供|我們[^，。！？,.!?\s]{0,10}(?:公司|旅行社|團隊|物流)(?:專業)?提供|我司|本公司|包过|包過|包中标|包中標|包租|百分百下签|百分百下簽|加急办理|加急辦理|价格优惠|價格優惠|限时特价|限時特價|首月半价|首月半價|哪家(?:好|强|強|靠谱|靠譜)[?？]\s*(?:推荐|推薦|就选|就選|找)|价格实惠|價格實惠|稳赚不赔|穩賺不賠|保本保息|随存随取|隨存隨取|专业代办|專業代辦|欢迎咨询|歡迎諮詢|联系我们|聯繫我們|注册送|註冊送/gu,
);
// What the service includes ("door to door, customs included", «под ключ», 门到门, 双清包税, 一条龙):
// a reader asking which forwarder goes door to door, or telling what their tour's "all inclusive"
// cost, uses the same words, so they count only beside a way to buy (not a price alone) and never
// inside a question.
const DESCRIPTIVE = cheapLetters(
  /\bno personal visit\b|\bdoor[- ]to[- ]door\b|\bcustoms(?: clearance)? included\b|\ball[- ]inclusive\b|без\s+личного\s+(?:присутствия|визита)|(?<!\p{L})под\s+ключ(?!\p{L})|растаможка\s+включена|в[сс][её]\s+включено|不用本人|门到门|門到門|双清包税|雙清包稅|双清|雙清|包税|包稅|一条龙|一條龍|纯玩无购物|純玩無購物/gu,
);
const NON_LATIN = /[\u0400-\u04ff\u3400-\u9fff]/;
// Stems of the seller's phrases, without the Unicode flag: most comments have none, and one pass
// of this is several times cheaper than the patterns above.
const LATIN_GUARD =
  /\bwe |\bour |guarantee|100%|money|free (?:c|q|t)|book now|promo|\bus\b|withdraw|daily interest|installment/;
// The first characters of the Chinese phrases, and the stems of the Russian ones.
const CJK_FIRST = new Set([...'我本包百加价價限首稳穩保随隨专專欢歡联聯注註哪'].map((c) => c.charCodeAt(0)));
const CYRILLIC_GUARD_START = 0x400;

/** Whether the text has Cyrillic letters, and whether it has a first character of a Chinese phrase
 * (one pass over the characters: a regex class of these costs several times more). */
function otherScripts(text: string): { cyrillic: boolean; cjk: boolean } {
  let cyrillic = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < CYRILLIC_GUARD_START) continue;
    if (c <= 0x4ff) cyrillic = true;
    else if (CJK_FIRST.has(c)) return { cyrillic, cjk: true };
  }
  return { cyrillic, cjk: false };
}
const CYRILLIC_GUARD =
  /мы |оформ|достав|организ|помож|гарант|одобрен|скидк|промокод|брониру|консультац|обходим|рассрочк|вывод в|лучшие цен|горящ|госзакуп|пишите|звоните|обращайтесь/;

// A reader reporting, warning or quoting what was promised.
const REPORT =
  /\b(?:beware|scams?|scammers?|scammed|fraud\w*|ponzi|police|regulator|warn\w*|promis(?:e|ed|es|ing)|fake)\b|мошенн|развод|обман|полици|предупрежд|обеща|осторожн|骗|騙|小心|警方|报警|報警|所谓|所謂|号称|號稱|说是|說是|提醒|坑/u;

// A reader complaining that an offer did not work or could not be found ("the promo code from the
// article did not work for me", «я там ничего не нашёл», 我没看到): a customer's voice, not a seller's.
const COMPLAINT = cheapLetters(
  /\b(?:did\s*n[o']?t|does\s*n[o']?t|do\s*n[o']?t|won'?t|would\s*n[o']?t)\s+(?:work|apply|accept)|\b(?:i|we)\s+(?:could\s*n[o']?t|can\s*n[o']?t|cannot)\s+find\b|(?<!\p{L})не\s+(?:сработал\p{L}*|работает|работал\p{L}*|приняли|принял\p{L}*)|ничего\s+не\s+наш|(?<!\p{L})не\s+наш(?:ёл|ел|ла|ли)(?!\p{L})|没看到|沒看到|不能用|用不了|没有用|沒有用/u,
);

// A way to buy besides a link, an e-mail and a phone number (counted by normalisation): a handle,
// a messenger account, "add me".
const CONTACT =
  /@[a-z0-9_]{3,}|\b(?:whatsapp|telegram|wechat|viber)\b|телеграм|вотсап|ватсап|вайбер|(?:微信|薇信|vx|wx|qq|电报|電報)(?:号|號)?\s*[:：]?\s*[a-z0-9]|加(?:我|他|她)|私聊/u;

// A price, a discount or a rate of return.
const PRICE = cheapLetters(
  /[$€£¥₸₽]\s?\d|\d\s?(?:\$|usd|usdt|eur|€|yuan|rmb|₽|₸|元|块)|\d\s?(?:тенге|руб|сом|тыс)|\d\s?%\s*(?:off|discount|скидк|a day|per day|daily|в день|годовых|annual|yield)|(?:скидк|discount)\p{L}*\s+\d|(?:^|\s)(?:from|от)\s+[$€£]?\d|半价|半價|特价|特價|优惠|優惠|日息|年回报|年回報|月付|首付/u,
);

/** Whether the text reports, warns, quotes a promise, or complains that an offer did not work: a
 * reader's or a customer's voice, not a seller's (advert-grammar.ts reads it too). */
export function speaksAsReader(text: string): boolean {
  return REPORT.test(text) || COMPLAINT.test(text);
}

/** How many phrases in the seller's voice a normalised comment has, when it also gives a way to
 * buy or a price and reports nothing; else 0. */
export function countServicePitch(n: NormalizedText): number {
  const text = n.text;
  let count = 0;
  if (LATIN_GUARD.test(text)) {
    LATIN_SELLER.lastIndex = 0;
    while (LATIN_SELLER.exec(text) !== null) count++;
  }
  const other = NON_LATIN.test(text) ? otherScripts(text) : null;
  if (other && (other.cjk || (other.cyrillic && CYRILLIC_GUARD.test(text)))) {
    OTHER_SELLER.lastIndex = 0;
    while (OTHER_SELLER.exec(text) !== null) count++;
  }
  const question = text.includes('?') || text.includes('？');
  const channel = n.urls.length + n.emails + n.phones > 0 || CONTACT.test(text);
  // Descriptive terms count beside a way to buy in the comment's statements: a reader's question
  // ("which forwarder goes door to door?") is no pitch, an advert's opening one ("Need cargo from
  // Urumqi? We handle customs, door to door …") does not hide the statements after it.
  if (channel) {
    const statements = question ? withoutQuestions(text) : text;
    DESCRIPTIVE.lastIndex = 0;
    while (DESCRIPTIVE.exec(statements) !== null) count++;
  }
  // A superlative for a trade and a call as the last words count without a way to buy (call-closing.ts),
  // and so does a business recommended with a superlative and a call after praise (recommend-call.ts).
  const closing = countCallClosing(text) || countRecommendCall(n);
  if (count + closing === 0 || speaksAsReader(text)) return 0;
  if (channel) return count + closing;
  return (!question && PRICE.test(text) ? count : 0) + closing;
}
