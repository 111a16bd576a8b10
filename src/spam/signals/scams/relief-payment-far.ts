// The call to claim a relief payment with its link further away (issue 15, 2026-12-07; docs/spam.md,
// "Messenger stand-ins, far relief links, inverted earnings pitches"). relief-payment.ts counts the
// call only when the link follows within 40 characters in the same sentence; the scam puts a
// sentence between them ("Apply before Friday, places are limited. Everything is explained here
// <link>", «Получите выплату … . Все подробности на сайте: <link>») or leaves the link for the end,
// after a sign-off ("Good luck to everyone! <link>").
//
// Readers write the same calls beside an article or an official portal ("How do I apply for …?
// This article does not say: <link>"). So the far call counts only when: no question stands
// between the call and the link; the link is presented ("here", "the site", «на сайте», «по
// ссылке», 详情见, 网址), or is the last thing in the comment beside the scam's hurry ("now",
// «торопитесь», 名额有限, 尽快); and, as for the near call,
// relief-payment.ts has found the payment named, no warning or report, and a link that is neither
// a public reference (gov.kz, egov.kz, gov.cn …) nor a reputable host (gosuslugi.ru …).
import { cheapLetters, withCheapLetters } from '../../text/letter-class.ts';

// Up to 160 characters, over sentence ends but never over a question mark or another link.
const FAR = '[^?？\\uE000]{0,160}?';
const FAR_ZH = '[^?？\\uE000]{0,60}?';

// The calls: the claiming verbs of relief-payment.ts, and the Russian «заявку можно подать».
const FAR_CALL = [
  new RegExp(
    `\\b(?:claim|apply|register|sign up|submit your claim|check (?:your |if you are |whether you are )?(?:eligib|qualif)\\w*|see if you (?:qualify|are eligible|are owed)|find out (?:if|whether|how much)|confirm your (?:details|identity|data|bank))\\b${FAR}\\uE000`,
    'g',
  ),
  new RegExp(
    withCheapLetters(
      `(?<![\\p{L}\\p{N}])(?:получ(?:ите|и)\\s+(?:\\p{L}+\\s+)?(?:выплат|компенсаци|деньг|средств|субсиди|пособи)\\p{L}*|оформите|проверьте|узнайте|подайте\\s+заявк\\p{L}*|заявк\\p{L}*\\s+(?:можно\\s+)?подать|заполните\\s+(?:анкет|форм|заявк)\\p{L}*)${FAR}\\uE000`,
    ),
    'gu',
  ),
  new RegExp(
    `(?:点击|點擊|领取|領取|申领|申領|登记|登記|扫码|掃碼|登录|登錄|访问|訪問)${FAR_ZH}\\uE000`,
    'gu',
  ),
];

// The link presented just before it ("here", "the site", «на сайте», «по ссылке», 详情见, 网址), or
// nothing but punctuation, emoji and spaces after it.
const PRESENTED = cheapLetters(
  /(?:\b(?:here|site|website|link|form|page|portal|details|below)\b|сайт\p{L}*|ссылк\p{L}*|подробност\p{L}*|форм\p{L}*|详情|詳情|网址|網址|链接|鏈接|入口|官网|官網)[^\p{L}\p{N}]{0,4}$/u,
);
const NOTHING_AFTER = cheapLetters(/^[^\p{L}\p{N}]*$/u);
// A link left last without being presented counts only beside the scam's hurry: readers end a
// comment with an article's link too.
const HURRY =
  /\b(?:now|today|hurry|limited|deadline|last day|before (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end)|within \d+|expires?)\b|торопит|успейте|спешите|осталось|сегодня|срочно|ограничен|последний день|名额|過期|过期|尽快|盡快|赶紧|趕緊|最后一天|最後一天|今天/u;

// A call that points to an office, not to the link ("apply at the akimat", «подать в ЦОН», 到社区办理),
// or a reader telling their own visit.
const ELSEWHERE = cheapLetters(
  /\b(?:office|akimat|branch|post office|city hall|consulate|embassy|i wrote|i went|my visit|my blog)\b|акимат|цон(?!\p{L})|отделени|мфц|администрац|я\s+(?:ходил|подал|писал)|社区|社區|街道|办事处|辦事處|窗口|居委会/u,
);

// The scam's own rhetorical question between the call and the link ("Why miss out?", "Did you know
// most people never claim it?", «Чего вы ждёте?», 你还在等什么？) is no reader's question: the far call
// reads over it (2026-12-07, third session). A reader's ("How do I apply?", "Is this real?") stops it.
const RHETORICAL = cheapLetters(
  /(?:^|[.!?。！？]\s*)(?:did you know|why (?:wait|miss out|pay|leave|are so many|do so many|not)|what are you waiting for|are you (?:a|an|over|under|one of|still|eligible|owed|entitled)|have you (?:claimed|checked|applied)|want (?:to|free|extra)|ready to|need (?:cash|money|help)|знаете ли вы|вы знали|чего (?:вы )?ждёте|чего (?:вы )?ждете|почему вы (?:ещё|еще) не|你知道吗|你還在等|你还在等|还在等什么|還在等什麼)[^.!?。！？\uE000]{0,120}[?？]/gu,
);

/** The text with the scam's rhetorical questions ended by a full stop (same length). */
function closeRhetorical(text: string): string {
  if (!/[?？]/.test(text)) return text;
  RHETORICAL.lastIndex = 0;
  return text.replace(RHETORICAL, (q) => q.slice(0, -1) + '.');
}

/** How many far calls to claim (the link presented or last) a normalised text has; the caller has
 * found the payment named and a link. */
export function countFarCalls(raw: string): number {
  const text = closeRhetorical(raw);
  let n = 0;
  for (const re of FAR_CALL) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const end = m.index + m[0].length;
      if (ELSEWHERE.test(m[0])) continue;
      const before = text.slice(Math.max(0, end - 1 - 30), end - 1);
      if (PRESENTED.test(before) || (NOTHING_AFTER.test(text.slice(end)) && HURRY.test(text))) n++;
    }
  }
  return n;
}
