// A reader's complaint naming a brand and its real hotline (issue 15, genuine-gaps, 2026-12-07;
// genuine-gap-examples.ts). support-reader.ts clears a reader's own bank or airline line only when
// no impersonated brand is named and the text says "bank", "airline" or "flight"; so "I called
// Aeroflot's customer service number +7 495 223 5555 and they kept me waiting for an hour" (0.94)
// and «Позвонила в службу поддержки Сбербанка по номеру 8 800 …, продержали на линии 40 минут»
// (0.76) went to spam. Fake-support spam told as a story names a brand too, but it praises the
// line ("they unblocked my card in 5 minutes", «всё решили за минуту», 马上解冻) and sells it ("call
// now", «звоните круглосуточно», 请拨打). A complaint is the opposite:
//
// - the reader called, in the first person past tense ("I called / rang / phoned", «позвонил(а)»,
//   «звонил(а)», 我打了, 打了…客服);
// - it went wrong: kept waiting, hung up, refused, blocked, froze, nobody called back, «продержали»,
//   «заблокировали», «отказали», «так и не», «никто», 冻结, 没人接, 拒绝, 不能退;
// - it did not go right: no "fixed / resolved / unblocked / restored / recovered / helped / in
//   minutes", «решили», «разблокировали», «восстановили», «помогли», «за минуту», 解决了, 解冻了, 马上;
// - no pitch (support-reader.ts's), one brand and one line phrase at most, one phone number, and no
//   link, e-mail or messenger.
//
// Then commercial.ts reads it as support-reader.ts's case: the support words give the number no
// context, and the number is given back once (`public-body-number`, whose message names the
// reader's own bank or airline) under that signal's own guards.
import { READER_PITCH, REPORTED } from './support-reader.ts';
import { cheapLetters } from '../../text/letter-class.ts';

/** The reader called, in the first person past tense ("I called", «позвонил», 我打了). */
export const CALLED = cheapLetters(
  /\b(?:i|we)\s+(?:(?:had\s+)?(?:called|rang|phoned|dialled|dialed)|tried\s+(?:calling|to\s+call))\b|(?<!\p{L})(?:позвонил\p{L}*|звонил\p{L}*|дозвонил\p{L}*|дозвонит\p{L}*)|我(?:上周|昨天|今天|前天|刚才|刚)?打了|打了\p{Script=Han}{0,6}(?:客服|热线|電話|电话)|打(?:过|過)/u,
);

/** The call went wrong: kept waiting, hung up, refused, «так и не», 没人接. */
export const WENT_WRONG = cheapLetters(
  /\b(?:kept|left)\s+(?:me|us)\s+(?:waiting|on hold)|\bon hold for\b|\bhung up\b|\brefused\b|\bblocked\b|\bfroze\b|\bfrozen\b|\bcancell?ed\b|\bnever\s+(?:called|rang|got|answered|replied)|\b(?:nobody|no one|no-one)\b|\b(?:didn'?t|did not|couldn'?t|could not|wouldn'?t|would not|won'?t|can'?t|cannot)\b|\bno\s+(?:answer|reply|explanation|reason)\b|\b(?:not|nothing|useless|ridiculous|stuck|still|again|twice|bricked|hang up|end of life)\b|\bwithout\s+(?:telling|explaining|an?\s+explanation|any\s+reason)|\bfor\s+(?:two|three|\d+)\s+(?:hours|days)\b|(?<!\p{L})(?:продержал\p{L}*|заблокировал\p{L}*|заморозил\p{L}*|отказал\p{L}*|отказ(?:ом|ались)|так\s+и\s+не|никто|ничего\s+не|не\s+(?:объяснил|смогл|смог|ответил|перезвонил|вернул|помогл|знает|отвечает|работает)\p{L}*|закрыт\p{L}*|(?:сутки|опять|снова)(?!\p{L})|бросил\p{L}*\s+трубку|без\s+объяснени\p{L}*)|冻结|凍結|没人接|沒人接|拒绝|拒絕|不能退|不给|不給|没解决|沒解決|一直没|一直沒|没改成|沒改成|等了|不说|不說|挂了|掛了|还是|還是|查不到|一直|断断续续|斷斷續續|要我自己|两次|兩次/u,
);

/** The call went right, as a scam's story says: fixed, in minutes, «помогли», 解决了. */
export const WENT_RIGHT = cheapLetters(
  /\b(?:fixed|resolved|sorted|solved|unlocked|unblocked|unfroze|restored|recovered|helped|retrieved|got\s+(?:my|our|the)\s+(?:money|funds|account|card)\s+back|in\s+(?:\d+|a few|two|five|ten)\s+minutes|immediately|instantly|right away|within minutes|highly recommend|recommend)\b|(?<!\p{L})(?:решили|решил(?!\p{L})|разблокировал\p{L}*|восстановил\p{L}*|помогл\p{L}*|помог(?!\p{L})|за\s+(?:минуту|пару\s+минут|\d+\s+минут)|сразу|рекоменд\p{L}*|спасибо)|解决了|解決了|解冻了|解凍了|恢复了|恢復了|马上|馬上|立刻|帮我解决|幫我解決|推荐|推薦|感谢|感謝/u,
);

/** A handle or a messenger named: somewhere else to reach someone. */
export const ELSEWHERE =
  /@[a-z0-9_.]{3,}|\b(?:whatsapp|telegram|viber|wechat)\b|телеграм|вотсап|ватсап|微信/u;

/**
 * What every reader's complaint about a line shares, whatever else it must show: one brand and one
 * line phrase at most, nothing else to reach (`others`: links and e-mail addresses), no messenger
 * or handle, no pitch, and no story of the call going right.
 */
export function isQuietCase(text: string, lines: number, brands: number, others: number): boolean {
  return (
    lines <= 1 &&
    brands <= 1 &&
    others === 0 &&
    !WENT_RIGHT.test(text) &&
    !READER_PITCH.test(text) &&
    !ELSEWHERE.test(text)
  );
}

// A short service number (2026-12-07, third session): "Kaspi Bank customer service number 7111
// blocked my card and nobody could explain why" was held for its line phrase, with no phone number
// for the complaint to be looked for beside. A 3–5 digit number named as the line or called is a
// short code, which only an operator or a bank in the reader's own country holds: no scam can be
// reached on it.
const SHORT_LINE = cheapLetters(
  /\b(?:number|line|hotline|helpline|on|at|dial(?:l?ed)?|rang|called|call)\s+(?:the\s+)?\d{3,5}(?![\d.,-]?\d)|(?<!\p{L})(?:номер\p{L}*|на|по)\s+(?:коротк\p{L}*\s+)?\d{3,5}(?![\d.,-]?\d)|(?:客服|热线|熱線|电话|電話|拨打|撥打|打了)\s*\d{3,5}(?!\d)/u,
);
/** The first person, in each script (I, my, «я», «мой», 我). */
export const FIRST_PERSON = cheapLetters(
  /\b(?:i|me|my|we|us|our)\b|(?<!\p{L})(?:я|мне|меня|мой|моя|мою|мои|мы|нам|нас|наш\p{L}*)(?!\p{L})|我/u,
);

/**
 * Whether a normalised text with a line phrase and no phone number is a reader's complaint quoting
 * a short service number: their own case in the first person, a short number named as the line or
 * called, it went wrong and not right, no pitch, one brand and one line phrase at most, nothing
 * else to reach (`others`: links and e-mail addresses) and no messenger.
 */
export function isShortNumberComplaint(text: string, lines: number, brands: number, others: number): boolean {
  return (
    SHORT_LINE.test(text) &&
    FIRST_PERSON.test(text) &&
    WENT_WRONG.test(text) &&
    isQuietCase(text, lines, brands, others)
  );
}

/**
 * Whether a normalised text with support words is a reader's complaint about a named brand's
 * hotline: called, went wrong, did not go right, no pitch, one brand and one line phrase at most,
 * one phone number at most and nothing else to reach (`others`: links and e-mail addresses).
 */
export function isReaderComplaint(
  text: string,
  lines: number,
  brands: number,
  phones: number,
  others: number,
): boolean {
  return (
    phones <= 1 &&
    (CALLED.test(text) || REPORTED.test(text)) &&
    WENT_WRONG.test(text) &&
    isQuietCase(text, lines, brands, others)
  );
}

// A reader's opinion of brands' support lines (2026-12-07, sixth session; reader-voice-examples.ts):
// "Comcast support, Verizon support and AT&T customer service are all useless in my experience",
// «Техподдержка Ростелекома, поддержка МТС … — везде одно и то же», 联通客服、移动客服…都一样. A list of
// brands' lines is the scam's keyword page only when it judges nothing; a reader judges the lines
// (useless, on hold, the same, never answered, «бесполезно», «не дозвонился», 没用, 推诿) and gives
// no way to reach anyone: no phone number, link, e-mail or messenger, and no pitch.
const JUDGED = cheapLetters(
  /\b(?:useless|pointless|hopeless|terrible|awful|horrible|bad|worse|worst|rude|incompetent|the same|on hold|a script|scripts|never\s+(?:answered|replied|called|fixed|helped)|nothing changes|waste of time|refunded me|in my experience)\b|бесполезн|одно\s+и\s+то\s+же|ужасн|хуже|(?<!\p{L})не\s+(?:помог|дозвон|ответил|отвечает)\p{L}*|так\s+и\s+не|футбол\p{L}*|робот\p{L}*|ожидани\p{L}*|都一样|都一樣|没用|沒用|推诿|推諉|机器人|機器人|投诉|投訴|态度|態度|只会|只會|等了?半小时/u,
);

/**
 * Whether a normalised text naming brands' support lines judges them as a reader does, with no
 * phone number (`phones`), nothing else to reach (`others`: links and e-mail addresses), no
 * messenger and no pitch: then its brand and line phrases count nothing.
 */
export function isBrandOpinion(text: string, phones: number, others: number): boolean {
  return (
    phones === 0 && others === 0 && JUDGED.test(text) && !READER_PITCH.test(text) && !ELSEWHERE.test(text)
  );
}
