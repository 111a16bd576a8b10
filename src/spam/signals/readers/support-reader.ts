// A reader's own account of a bank, airline or telecom case with its hotline (issue 15, "stop
// flagging real readers", 2026-12-07, late; bank-hotline-examples.ts). «Банк вернул 2 300 рублей
// после жалобы, горячая линия 8 800 … работает круглосуточно» and "my bank refunded the double
// charge after I called …" were read as support-number spam. What separates them from fake
// support spam ("Norton customer service number 1-888-…, call our experts 24/7"):
//
// - the reader speaks in the first person past tense about their own case ("I called", "we rang",
//   "I spent an hour on the phone with",
//   «я позвонил», «позвонила», 我打了), or the other party did something to them ("refunded",
//   "credited", «вернули», 退回) after a complaint;
// - the other party is the reader's bank, card issuer, airline, operator or provider;
// - no impersonated brand (`brands` 0: scams name brands, readers their bank or airline), one
//   support-line phrase at most (scams repeat "<brand> support number");
// - no pitch: "call now", "call our experts", "for all errors", "24/7 for any issue", «звоните»,
//   «наши специалисты», «по любым вопросам», 请拨打, 24小时, 全国统一, 人工客服.
//
// Then the line and service words give the number no support context, as a public body's line
// does (commercial.ts), the seller's-voice phrases («работает круглосуточно») count nothing, and
// the number is given back once as a public body's is (`public-body-number`, analyze.ts) when the
// comment offers, promotes and links nothing else; it still counts as toll-free.
import { cheapLetters } from '../../text/letter-class.ts';

const READER = cheapLetters(
  /\b(?:i|we)\s+(?:called|rang|phoned|complained|contacted|disputed|reported|explained|got|spoke)\b|\b(?:i|we)\s+(?:spent|waited|sat|was|were)\s+(?:[\w']+\s+){0,4}?on\s+(?:the\s+)?(?:phone|hold|line)\b|\b(?:refunded|credited|reversed|rebooked|reimbursed|waived|unblocked|unfroze|froze|gave (?:me|us)|sent (?:me|us))\b|(?<!\p{L})(?:позвонил\p{L}*|звонил\p{L}*|пожаловал\p{L}*|обратил(?:ся|ась|ись)|вернули|вернул(?!\p{L})|разблокировал\p{L}*|отменил\p{L}*|жалоб\p{L}*)|我打了|我打|打过去|打過去|我投诉|我投訴|投诉|投訴|退回|退了|解冻了|解凍了|改签/u,
);

const PARTY =
  /\b(?:bank|card|credit union|airline|flight|operator|carrier|provider|telecom|insurer|isp|broadband|internet|modem|router|vendor|warranty)\b|банк|карт[аыуе]|авиакомпани|рейс|оператор|провайдер|интернет|роутер|модем|银行|信用卡|航空|航班|运营商|運營商|机场|機場|银行卡|宽带|寬帶|寬頻|光猫|光貓|路由器|售后|售後|保修/u;

// What the line told or did to the reader, or the reader's verdict on it (2026-12-07, seventh
// session; tech-reader-examples.ts): "Dell's support line … told me the BIOS update was safe",
// "the first question they ask is …", "is useless", «в поддержке … ответили, что порт закрыт»,
// «горячая линия … сутки не отвечает», 客服…说是光猫问题，让我重启. A reader's account of a call, as
// "I called" is; a scam tells what the line will do for you, and praises it.
export const REPORTED = cheapLetters(
  /(?:^|[.!?;]\s+)(?:called|rang|phoned)\b|\b(?:told|asked)\s+(?:me|us)\b|\bthey\s+(?:said|say|told|claimed|insisted|ask|asked|wanted|reset|read)\b|\bsaid\s+(?:on|that)\b|\b(?:useless|ridiculous|a joke|pointless)\b|(?<!\p{L})(?:сказал|ответил|объяснил|перевел)\p{L}*|(?<!\p{L})не\s+(?:отвечает|отвечают|берут)(?!\p{L})|说是|說是|都说|都說|告诉我|告訴我|让我|讓我|要我|打了|联系了|聯繫了/u,
);

/** A support scam's pitch ("call now", "our experts", «звоните», 请拨打): no reader's case has one. */
export const READER_PITCH = cheapLetters(
  /\bcall\s+(?:now|us|our|today|for|them too)\b|\b(?:our|certified|expert)\s+(?:\w+\s+)?(?:experts?|agents?|technicians?|engineers?|team|specialists?)\b|\b(?:all|any)\s+(?:\w+\s+)?(?:errors?|issues?|problems?|questions?)\b|\bdial\b|\bcontact us\b|(?<!\p{L})(?:звоните|позвоните нам|обращайтесь|пишите)(?!\p{L})|наши\s+(?:\p{L}+\s+)?(?:специалист|оператор|эксперт|мастер)|(?:по\s+)?(?:всем|любым)\s+вопрос|люб\p{L}*\s+проблем|请拨打|請撥打|拨打|撥打|请致电|請致電|24小时|24小時|全国统一|全國統一|人工客服|所有问题|所有問題/u,
);

/** Whether a normalised text is a reader's own case with its hotline: the reader's past-tense
 * account of their bank, airline or operator, no brand, one support-line phrase at most, no pitch. */
export function isReaderSupportCase(text: string, lines: number, brands: number): boolean {
  return (
    brands === 0 &&
    lines <= 1 &&
    PARTY.test(text) &&
    (READER.test(text) || REPORTED.test(text)) &&
    !READER_PITCH.test(text)
  );
}
