// Keyword tails in Russian and Chinese (issue 15, 2026-12-07, sixth session): after generic praise,
// a last sentence that is only a trade's keywords, «Спасибо за статью. Натяжные потолки Караганда
// недорого», 好文章！北京代理记账, 谢谢分享。上海搬家公司 价格实惠: the SEO comment's anchor text
// without its link, as seo.ts reads it in English. The trades are business-name.ts's lists (those
// an author's name is read with). A reader's last sentence is a sentence (a verb, a pronoun, a
// remark's adverb), quotes a headline («…», 《…》, “…”), or names an institution or public works
// («Министерство транспорта», «Ремонт дорог», 国家铁路局, 北京市卫生健康委员会): none is a tail.
import {
  CHINESE_OFFERS,
  CHINESE_QUALIFIER,
  CHINESE_TRADES,
  RUSSIAN_STEMS,
  RUSSIAN_TRADES,
} from './business-name.ts';
import { withCheapLetters } from '../../text/letter-class.ts';

// A seller's qualifiers are no trade by themselves («Спасибо. Цены на хлеб»).
const RU_QUALIFIERS = new Set([
  'под ключ',
  'на дом',
  'круглосуточн\\p{L}*',
  'срочн\\p{L}*',
  'официальн\\p{L}*',
  'цены',
]);
const RU_TRADE_ONLY = [RUSSIAN_STEMS, RUSSIAN_TRADES]
  .join('|')
  .split('|')
  .filter((t) => !RU_QUALIFIERS.has(t))
  .join('|');
const RU_TRADE = new RegExp(withCheapLetters(`(?<![\\p{L}])(?:${RU_TRADE_ONLY})(?![\\p{L}])`), 'u');
// A word that is a trade or a qualifier, whatever its ending (кредит, адвокат are no verbs).
const RU_KEYWORD = new RegExp(
  withCheapLetters(`^(?:${RUSSIAN_STEMS}|${RUSSIAN_TRADES}|круглосуточно|недорого|дёшево|дешево)$`),
  'u',
);
// A verb's endings (infinitive, present, past, reflexive): a sentence, not keywords.
const RU_VERB = /(?:ть|ти|тся|ться|ет|ёт|ют|ут|ит|ят|ат|ешь|ишь|ете|ите|ал|ял|ил|ел|ла|ли|ло|сь|ся)$/u;
// Pronouns, a remark's adverbs and particles, words about the text or its topic.
const RU_NOT_A_TAIL = new RegExp(
  withCheapLetters(
    '(?<![\\p{L}])(?:я|мы|ты|вы|он|она|оно|они|мо[йяеёи]\\p{L}*|наш\\p{L}*|ваш\\p{L}*|тво\\p{L}+|его|её|ее|их|мне|меня|нас|нам|это|этот|эта|эти|тот|та|те|там|тут|здесь|у|уже|ещё|еще|опять|снова|тоже|также|только|до сих пор|всё|все|даже|же|ли|бы|не|нет|ни|очень|так|как|теперь|сейчас|наконец|почему|когда|что|где|кто|зачем|тема|вопрос|статья|новость|заголовок)(?![\\p{L}])',
  ),
  'u',
);
// An institution or public works the reader names: «Министерство транспорта Казахстана»,
// «Агентство по делам госслужбы», «Национальный банк», «Ремонт дорог в Оше».
const RU_INSTITUTION = new RegExp(
  withCheapLetters(
    '(?<![\\p{L}])(?:министерств|минист|ведомств|комитет|департамент|управлени|акимат|мэри[ияю]|администраци|правительств|государств|госслужб|госорган|госпошлин|национальн|республиканск|посольств|консульств|инспекци|прокуратур|полици|суд|таможн|казначейств|фонд|университет|институт|академи|банк|служб|палат|совет|дум[аыею]|парламент|мажилис|кенеш|дорог|трасс|мост|улиц|проспект|школ|больниц|поликлиник|теплотрасс|водопровод|канализаци|аэропорт|вокзал|тоннел|метро|железн|снег|гололёд|гололед|город\\p{L}*|тротуар|подъезд|остановк)',
  ),
  'u',
);
const CYRILLIC_LETTER = /[\u0400-\u04ff]/;
const RU_GUARD_MARKS = /[«»"“”„:;()—–]/;

/** Whether a Russian last sentence (lower case) is a keyword tail. */
export function isRussianTail(tail: string): boolean {
  if (RU_GUARD_MARKS.test(tail) || !RU_TRADE.test(tail)) return false;
  const words = tail.split(/[\s,]+/).filter((w) => w !== '');
  if (words.length < 2 || words.length > 8) return false;
  if (RU_NOT_A_TAIL.test(tail) || RU_INSTITUTION.test(tail)) return false;
  // Every word Cyrillic (a city, a trade, a preposition) and none a verb.
  for (const w of words) {
    if (!CYRILLIC_LETTER.test(w) && !/^\d+$/.test(w)) return false;
    if (w.length > 2 && RU_VERB.test(w) && !RU_KEYWORD.test(w)) return false;
  }
  return true;
}

// Chinese: a last sentence of Han characters (and "24小时"-style digits, spaces), after a sentence
// mark that needs no space ("好文章!北京代理记账": normalisation makes ！ a "!").
const HAN_SENTENCE_END = new Set([0x3002, 33, 63, 0xff01, 0xff1f, 59, 0xff1b, 0x2026]);
const HAN_TAIL = /^[\p{Script=Han}\p{N}a-z\s]{4,24}$/u;
const HAN_LETTER = /\p{Script=Han}/gu;
// A sentence's words: pronouns, verbs, particles, degree adverbs, words about the text.
const ZH_NOT_A_TAIL =
  /[我你他她它咱您们是了吗呢吧啊呀在说要被把将已还也就这那么为让给没不很更又再才却但而想觉认知涨跌难篇]|(?<!成)都|太(?!原)|会(?!计)|有(?!限)|看|文章|报道|新闻|标题|消息|如果|因为|所以/u;
// An institution: 国家铁路局, 交通运输部, 北京市卫生健康委员会, 中国人民银行.
const ZH_INSTITUTION =
  /国家|国务院|中央|政府|人民|法院|检察院|公安|海关|税务|委员会|局|部$|部门|大学|学院|学校|银行|协会|研究院|研究所|大使馆|领事馆|办公室|市(?!场)/u;
// A seller's qualifiers beyond CHINESE_QUALIFIER's: 哪家好, 实惠, 推荐 …
const ZH_SELLER =
  /专业|專業|官方|正规|正規|24小时|24小時|上门|上門|低价|低價|优惠|優惠|价格|價格|电话|電話|热线|熱線|哪家好|推荐|实惠|便宜|快速|靠谱|报价|收费|免费|一站式/u;

/** Whether a Chinese last sentence is a keyword tail: a trade with a city, a seller's qualifier or
 * a second trade (as an author's name is read: author-name.ts). */
export function isChineseTail(tail: string): boolean {
  if (!HAN_TAIL.test(tail) || (tail.match(HAN_LETTER)?.length ?? 0) < 4) return false;
  if (ZH_NOT_A_TAIL.test(tail)) return false;
  const trades = (tail.match(CHINESE_TRADES)?.length ?? 0) + (tail.match(CHINESE_OFFERS)?.length ?? 0);
  if (trades === 0) return false;
  const seller = ZH_SELLER.test(tail);
  // A hospital named with its city is an institution ("北京医院"); a clinic's advert sells.
  if (ZH_INSTITUTION.test(tail) || (!seller && tail.includes('医院'))) return false;
  return trades >= 2 || seller || CHINESE_QUALIFIER.test(tail);
}

/**
 * The Chinese last sentence of a lower-cased comment, with the index of the mark before it: after
 * the last 。, "!", "?" or ";" once trailing marks and spaces are cut; null when the comment ends
 * in a question or has no such mark.
 */
export function hanLastSentence(lower: string): { start: number; tail: string } | null {
  let end = lower.length;
  for (let c = lower.charCodeAt(end - 1); end > 0 && (c === 0x3002 || c === 46 || c === 33 || c <= 32);)
    c = lower.charCodeAt(--end - 1);
  let start = end;
  // (a tail is at most 24 characters: the scan stops well before a long comment's start)
  const limit = Math.max(0, end - 40);
  for (; start > limit; start--) if (HAN_SENTENCE_END.has(lower.charCodeAt(start - 1))) break;
  if (start <= 1 || start === end || !HAN_SENTENCE_END.has(lower.charCodeAt(start - 1))) return null;
  return { start: start - 1, tail: lower.slice(start, end).trim() };
}

/** Whether the comment's last letter is Han (from U+2E80) or Cyrillic: the only comments the
 * readers above are tried on. */
export function lastLetterScript(lower: string): 'han' | 'cyrillic' | null {
  for (let i = lower.length - 1; i >= 0 && i >= lower.length - 12; i--) {
    const c = lower.charCodeAt(i);
    if (c >= 0x2e80 && c < 0xe000) return 'han';
    if (c >= 0x400 && c <= 0x4ff) return 'cyrillic';
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return null;
  }
  return null;
}
