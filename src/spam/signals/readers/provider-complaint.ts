// A reader complaining about their internet provider and quoting its support number (issue 15, "stop
// flagging real readers", 2026-12-07, late; real-reader-examples.ts): "My internet provider has been
// down for three days, I called their support at 8 800 … and they just keep saying wait" was held
// (0.27), "The provider's support number is 0800 … and they hung up on me twice, no internet since
// Monday" sent to spam (0.90), «Интернета нет уже неделю, на горячей линии провайдера 8 800 … только
// музыка играет» to spam (0.59), 网断了一周了，客服电话400 …一直占线 to spam (0.52). support-reader.ts
// and brand-complaint.ts clear a reader's own case only with "I called" or a reported answer and,
// for the first, a named line; an outage complaint often has neither ("their number … just plays
// music", "the hotline says there is no outage").
//
// A complaint here: the provider or the connection named (ISP, broadband, a home-internet operator,
// «провайдер», 宽带, 运营商),
// the outage said (down, out, cut, no internet, «нет интернета», «отключил», 断了, 掉线), it went wrong
// (brand-complaint.ts's words, or music on the line, busy, «не отвечает», 占线, 打不通) and not
// right (fixed, «помогли», 解决了), the reader's own (first person, "I called", a reported answer, or
// a Chinese report in 了); one phone number, one brand and one line phrase at most, no link, e-mail or
// messenger, no pitch ("call now", "our technicians", «звоните», 请拨打, 24小时). Read on the text
// without its questions, so a scam's "Internet down? Slow connection?" is no outage reported.
// commercial.ts then reads it as a reader's own case (support-reader.ts's): the line words give the
// number no support context, and `public-body-number` gives the number back once under its guards.
import { cheapLetters } from '../../text/letter-class.ts';
import { CALLED, FIRST_PERSON, isQuietCase, WENT_WRONG } from './brand-complaint.ts';
import { REPORTED } from './support-reader.ts';

const PROVIDER = cheapLetters(
  /\b(?:internet|isp|broadband|provider|connection|wi-?fi|router|modem|fib(?:re|er)|cable|comcast|xfinity|spectrum|kazakhtelecom|beeline|rostelecom)\b|провайдер|интернет|казахтелеком|ростелеком|билайн|电信|電信|联通|聯通|роутер|модем|(?<!\p{L})связ[ьи](?!\p{L})|宽带|寬帶|网络|網絡|运营商|運營商|光猫|光貓|路由器|网速|網速|断网|斷網|网断|網斷/u,
);

const OUTAGE = cheapLetters(
  /\b(?:down|outage|outages|cut|cuts|dropping|drops|dropped|slow|offline|disconnected|no\s+(?:internet|connection|signal|service))\b|\b(?:is|was|been|went|are|were|goes)\s+(?:\w+\s+)?out\b|\bnot\s+working\b|(?<!\p{L})(?:нет\s+(?:интернет|связ)\p{L}*|(?:интернет|связ)\p{L}*\s+нет|отключ\p{L}*|не\s+работа\p{L}*|пропа\p{L}*|обрыв\p{L}*|медленн\p{L}*|тормоз\p{L}*)|断了|斷了|断网|斷網|网断|網斷|掉线|掉線|没网|沒網|连不上|連不上|上不了网|网速慢|網速慢/u,
);

// What else went wrong on the line: music, busy, no answer.
const LINE_WRONG = cheapLetters(
  /\b(?:music|busy|engaged|no\s+answer|keeps?\s+(?:saying|telling|promising)|says?\s+there\s+is\s+no)\b|(?<!\p{L})(?:музык\p{L}*|занят\p{L}*|не\s+отвеча\p{L}*|не\s+берут)|占线|佔線|打不通|没人接|沒人接|没人管|沒人管/u,
);

// The reader's own report without a pronoun: a call after a colon or a comma ("Fed up with X:
// called …"), how long it has lasted ("since Monday", "all week", «уже неделю», «второй день»), or
// in Chinese a completed change (断了, 一周了).
const OWN_REPORT = cheapLetters(
  /(?:^|[:;,.!?]\s*)(?:called|rang|phoned|dialled|dialed)\b|\bsince\s+(?:yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|last)\b|\bfor\s+(?:a|an|two|three|four|five|\d+)\s+(?:hours?|days?|weeks?)\b|\ball\s+(?:day|week|night|evening|weekend)\b|(?<!\p{L})(?:уже\s+(?:\p{L}+\s+)?(?:недел|дн|сут|час|месяц)\p{L}*|(?:второй|третий|который)\s+день|с\s+утра|со\s+вчера\p{L}*)|了/u,
);

/**
 * Whether a normalised text without its questions (`unasked`) is a reader's complaint about their
 * internet provider with its number: provider and outage named, went wrong and not right, the reader's
 * own, one phone number (`phones`), one brand and one line phrase at most, nothing else to reach
 * (`others`: links and e-mail addresses), no messenger and no pitch.
 */
export function isProviderComplaint(
  unasked: string,
  lines: number,
  brands: number,
  phones: number,
  others: number,
): boolean {
  return (
    phones === 1 &&
    PROVIDER.test(unasked) &&
    OUTAGE.test(unasked) &&
    (WENT_WRONG.test(unasked) || LINE_WRONG.test(unasked)) &&
    (FIRST_PERSON.test(unasked) ||
      CALLED.test(unasked) ||
      REPORTED.test(unasked) ||
      OWN_REPORT.test(unasked)) &&
    isQuietCase(unasked, lines, brands, others)
  );
}
