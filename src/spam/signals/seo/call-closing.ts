// An SEO story that ends with a business's call (issue 15, 2026-12-07; docs/spam.md, "Signal
// groups, tg recruitment, cracked downloads, SEO stories ending in a call"): "Our pipe burst at
// night and we fixed the leak in an hour. Best plumbers in Almaty — call today!", «… Лучшие
// сантехники Алматы — звоните сегодня!», 乌鲁木齐最好的水管维修，今天就打电话！ The story reads as a
// reader's and names no link or number, so the service pitch (service-pitch.ts), which wants a
// way to buy, counted nothing; the closing is the seller's voice twice over: a superlative for a
// trade and a call to the reader, as the comment's last words.
//
// Readers write each half: "the best plumbers in Almaty all left", "call 109 today, the akimat
// hotline answers", «звоните в акимат». So both must stand in the closing (the last sentence, or
// the last two when the call stands alone), the call as the last words, and not in a question.
// Two phrases, as service-pitch counts them: with the story's own words that is spam.
import { cheapLetters } from '../../text/letter-class.ts';

// Cheap literal stems of the call, looked for in the last characters only.
const CALL_GUARD =
  /call|contact|book|order|ring|phone|звон|обращ|заказ|电话|電話|来电|來電|致电|致電|联系|聯繫|预约|預約/;

// The call as the last words: "call today!", "call us now", "book now!", «звоните сегодня!», 今天就打电话！
const CALL_END = cheapLetters(
  /(?:\b(?:call|contact|book|order|ring|phone)(?:\s+us)?(?:\s+(?:today|now|right now|anytime|24\/7))+|\bcall\s+us|(?<!\p{L})(?:звоните|звони|обращайтесь|заказывайте)(?:\s+(?:нам|сегодня|сейчас|прямо|уже))*|(?:今天|现在|現在|马上|馬上|赶快|趕快|赶紧|趕緊)?就?(?:打电话|打電話|来电|來電|致电|致電|联系我们|聯繫我們|预约|預約)吧?)[\s!.！。]*$/u,
);

// A superlative for a trade: "best plumbers in Almaty", "top cleaning company in Bishkek",
// "fastest tow trucks in town", «лучшие сантехники Алматы», «лучшая служба», 最好的水管维修.
const SUPERLATIVE = cheapLetters(
  /\b(?:best|top|#1|no\.?\s?1|number one|fastest|cheapest|most reliable|most trusted|leading)\s+(?:[a-z&'-]+\s+){0,3}?(?:in|of|near|across)\s+(?:the\s+)?(?:town|city|[a-z]+)|(?<!\p{L})(?:лучш|самы\p{L}*\s+(?:над[её]жн|быстр|дешёв|дешев))\p{L}*\s+(?:\p{L}+\s+){0,2}?\p{L}+|最好的|最专业的|最專業的|最靠谱的|最靠譜的|最便宜的|第一(?:家|品牌)/u,
);

// Where the closing starts: after the sentence before the last (or the last two when the last
// one is only the call).
const SENTENCE_END = /[.!?。！？](?=\s|$)|[。！？]/g;

/** The comment's closing: its last sentence, or its last two when the last is short. */
function closing(text: string): string {
  const trimmed = text.replace(/[\s!.！。]+$/u, '');
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(trimmed); m !== null; m = SENTENCE_END.exec(trimmed)) ends.push(m.index + 1);
  const last = ends.at(-1) ?? 0;
  const start = trimmed.length - last < 25 ? (ends.at(-2) ?? 0) : last;
  return text.slice(start);
}

/** 2 when a normalised (lower-cased) comment ends with a superlative for a trade and a call to the
 * reader; else 0. */
export function countCallClosing(text: string): number {
  const tail = text.slice(-80);
  if (!CALL_GUARD.test(tail) || !CALL_END.test(tail)) return 0;
  const end = closing(text);
  if (end.includes('?') || end.includes('？')) return 0;
  return SUPERLATIVE.test(end) ? 2 : 0;
}
