// A reader asking about a site (2026-12-07, fourth session; newsroom-request-examples.ts): «有人在
// caipiao-zaixian888.com 买过吗？», "anyone bought from tez-dostavka.kz?", «кто-нибудь заказывал на
// poezd-tickets.uz?». Three words and a link are a bare link (own-promotion.ts), the shape of a
// spammer dropping an address; but here the address is inside a question that asks others about it
// (has anyone, legit, a scam, «кто-нибудь», «развод», 有人, 靠谱, 骗). A spammer puts the address
// after the question ("Need a loan? zaim.ru"), or asks nothing; a question about the address
// promotes nothing, so it is no bare link. Every other signal (the words, the links, a trade-named
// address outside the question) still counts: a question is at most held, never credited.
import { PLACEHOLDER } from '../../text/normalize.ts';

// Sentences ending in a question mark (Latin or full-width), as commercial.ts's withoutQuestions.
const QUESTION = /[^.!?。！？\n]*[?？]/g;

// Words asking others about a site: whether anyone used it, whether it is real or a scam.
const ASKS_OTHERS =
  /\b(?:anyone|anybody|someone|legit|legitimate|scam|real|safe|trust\w*|reliable|fake)\b|кто|развод|мошен|надёжн|надежн|настоящ|официальн|有人|谁|誰|靠谱|靠譜|骗|騙|真的|可信|正规|正規|安全/u;

/** Whether every link of a normalised text sits inside a question asking others about it. */
export function asksAboutLink(text: string): boolean {
  if (!text.includes('?') && !text.includes('？')) return false;
  const outside = text.replace(QUESTION, ' ');
  if (outside.includes(PLACEHOLDER.url)) return false;
  const questions = text.match(QUESTION) ?? [];
  return questions.some((q) => q.includes(PLACEHOLDER.url) && ASKS_OTHERS.test(q));
}
