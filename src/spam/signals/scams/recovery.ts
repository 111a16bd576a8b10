// Fund-recovery scams: "lost your Bitcoin to a scam? contact X, they got all my money back",
// "hack recovery specialist", "восстановление средств", "追回被骗资金". A testimonial or an offer
// to recover lost or stolen money through a hacker or "expert", always with a way to reach them.
// A victim telling their story ("the bank could not recover my money") names no recoverer and
// leaves no contact, so a phrase counts only in a comment with an e-mail address, a phone number,
// a link or a messenger name.

import { isOwnMoneyStory } from '../readers/money-reader.ts';
import { countRecoveryStory } from './recovery-testimonial.ts';
import { cheapLetters, withCheapLetters } from '../../text/letter-class.ts';

const ENGLISH = [
  // "(fund|crypto|hack) recovery expert/specialist/service/hacker"
  '\\b(?:fund|funds|crypto|bitcoin|btc|asset|assets|hack|money|scam|wallet)\\s+recovery\\s+(?:expert|experts|specialist|specialists|service|services|company|agency|hacker|hackers|team|pro|desk|desks|agent|agents)\\b',
  // "helped me recover", "got (all) my money back", "recovered my lost bitcoin"
  '\\bhelped\\s+(?:me|us)\\s+(?:to\\s+)?(?:recover|retrieve|get\\s+back)\\b',
  '\\b(?:got|get|getting|recovered|retrieved)\\s+(?:all\\s+)?(?:of\\s+)?(?:my|your|our|their)\\s+(?:lost\\s+|stolen\\s+)?(?:money|funds|bitcoins?|btc|crypto|coins|savings|investment|usdt|eth|ethereum|[$€£]\\s?\\d[\\d,.]*k?)\\s+back\\b',
  '\\b(?:recover|retrieve)\\s+(?:your|all\\s+your)\\s+(?:lost\\s+|stolen\\s+)?(?:money|funds|bitcoins?|btc|crypto|coins|investment)\\b',
  '\\b(?:lost|stolen)\\s+(?:your\\s+)?(?:money|funds|bitcoins?|btc|crypto)\\s+to\\s+(?:a\\s+)?(?:scam|scammers?|fake|fraud)',
  // "a certified recovery expert", "Apex Asset Retrieval", "a wizard hacker" (issue 15, sixth round)
  '(?<!\\b(?:fund|funds|crypto|bitcoin|btc|asset|assets|hack|money|scam|wallet)\\s)\\b(?:recovery|retrieval)\\s+(?:expert|experts|specialist|specialists|hacker|hackers|agent|agents|agency|company|firm|team|service|services|pro|desk|desks)\\b|\\basset\\s+retrieval\\b',
  '\\b(?:wizard|ethical|genuine|legit|certified|professional)\\s+(?:crypto\\s+|bitcoin\\s+|recovery\\s+)?hackers?\\b',
  '\\brecovered\\s+(?:the\\s+|my\\s+|our\\s+)?(?:whole|entire|full|total)\\s+(?:amount|sum|funds|money|investment)\\b|\\bgot\\s+back\\s+(?:every|each)\\s+(?:coin|cent|penny|dollar)\\b',
];
const OTHER = [
  '(?<![\\p{L}])(?:возврат\\p{L}*|восстановлени\\p{L}*|верн\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:средств|денег|деньги|криптовалют\\p{L}*|биткоин\\p{L}*|криптоактив\\p{L}*|usdt)',
  // the recoverer's own pledge, «вернём ваши криптоактивы», «поможем вернуть средства» (issue 15,
  // "spam a fresh site actually receives", 2026-12-07, late evening): a victim says «вернул», «вернули»
  '(?<![\\p{L}])(?:верн[её]м|возвращаем|поможем\\s+вернуть)\\s+(?:\\p{L}+\\s+){0,2}?(?:деньги|средства|криптоактив\\p{L}*|криптовалют\\p{L}*|активы|сбережени\\p{L}*|биткоин\\p{L}*|usdt)(?![\\p{L}])',
  // «агент … всё вернул», «вернул всю сумму» (2026-12-07 late)
  '(?<![\\p{L}])(?:вс[её]|все\\s+деньги|все\\s+средства|всю\\s+сумму)\\s+вернул\\p{L}*|(?<![\\p{L}])вернул\\p{L}*\\s+(?:мне\\s+)?(?:вс[её]|всю\\s+сумму|все\\s+деньги)(?![\\p{L}])',
  '(?<![\\p{L}])(?:специалист|эксперт|хакер|юрист|агент)\\p{L}*\\s+по\\s+(?:возврат|восстановлени)\\p{L}*',
  '追回|挽回损失|被骗资金|被騙資金',
  '(?:找回|找回了|追回了)(?:被盗|被骗|丢失|被盜|被騙|丟失)?的?(?:比特币|比特幣|资金|資金|钱|錢|usdt|加密货币|加密貨幣|币|幣)|黑客(?:团队|團隊)|追款(?:专家|專家|团队|團隊|公司)',
  // the "出黑" teams of gambling and investment platforms that "won't pay out" (2026-12-07 audit)
  // a "recovery team" that "got it back for me" (2026-12-07 late, testimonial-examples.ts)
  '(?:恢复|恢復)(?:团队|團隊|专家|專家|公司)|(?:帮我|幫我)(?:拿回|要回|找回)',
  '(?:全部|全额|全額|成功)追回|出黑(?:团队|團隊|工作室)?|(?:网赌|網賭)被黑|(?:不给|不給)出款|(?:帮你|幫你)出款|先追回后收费|先追回後收費',
];
const FAMILIES = [
  ...ENGLISH.map((s) => new RegExp(s, 'g')),
  ...OTHER.map((s) => new RegExp(withCheapLetters(s), 'gu')),
];
const GUARD =
  /recover|retriev|back|lost|stolen|hacker|return|restored|возврат|восстанов|верн|追回|挽回|被骗|被騙|找回|黑客|追款|出黑|被黑|出款|恢复|恢復|拿回|要回/;
// A reader warning about the "recovery experts" (who take a second fee from the victims) names
// them and often where they lurk: such a comment counts nothing.
const WARNING = cheapLetters(
  /\b(?:took another|another scam|second scam|scammed (?:again|twice)|beware|be careful|(?:is|are) (?:a |also )?scams?|running a (?:second )?scam|don'?t trust|do not trust|no (?:private )?(?:firm|company|one) can|warning|scam alert|(?:are|is) (?:all )?(?:scammers|fake)|fake (?:testimonials?|reviews?|comments?)|(?:don'?t|do not|never) (?:write|contact|reply|message))\b|будьте осторожн|осторожно|ещё и|тоже мошенник|обманул\p{L}* (?:ещё|снова)|не ведитесь|вторая волна|二次诈骗|二次詐騙|千万小心|千萬小心|又被|所谓|所謂|小心/u,
);
const MESSENGER =
  /whatsapp|telegram|signal|wechat|viber|телеграм|вотсап|微信|qq|vx|wx|飞机|飛機|电报|電報|@[a-z0-9_]{4,}/;

/**
 * How many fund-recovery phrases a normalised text contains, or 0 when it gives no way to reach
 * anyone (`contacts`: e-mail addresses, phone numbers and links in it).
 */
export function countRecoveryScam(text: string, contacts: number): number {
  if (!GUARD.test(text) || (contacts === 0 && !MESSENGER.test(text)) || WARNING.test(text)) return 0;
  let n = 0;
  for (const re of FAMILIES) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) n++;
  }
  // the story told in the third person: "until I contacted X. They got everything back"
  n += countRecoveryStory(text);
  // a refund from the reader's bank, card issuer or airline names no recoverer (money-reader.ts)
  return n > 0 && isOwnMoneyStory(text) ? 0 : n;
}
