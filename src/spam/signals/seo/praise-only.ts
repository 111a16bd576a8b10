// Praise and nothing else (issue 15): "Thank you for this wonderful article, keep up the good
// work", "Nice one! Really enjoyed it", «Благодарю за статью, было полезно», 写得真好，学习了. Every
// word of such a comment fits any article on any site, which is why SEO comments are made of it;
// a reader's praise usually says what it praises ("the airport link is overdue"). analyze.ts counts
// it only beside an anchor (a keyword author name, a label, a keyword link): readers write bare
// praise too, and under their own name it stays theirs.
import { cheapLetters } from '../../text/letter-class.ts';

// The words generic praise is made of, in English (lower case, apostrophes kept).
const ENGLISH = new Set(
  (
    "thanks thank thx ty you u for this that the a an it it's its is was be been so such very really " +
    'truly quite extremely super much lot lots many great nice good awesome excellent wonderful ' +
    'fantastic amazing informative useful helpful interesting valuable brilliant superb lovely ' +
    'impressive outstanding perfect insightful cool beautiful article articles post posts blog ' +
    'blogs content piece read reading write writing written write-up writeup info information ' +
    "share sharing shared keep up work working job posting coming them i me my i'm i've we us our " +
    'your yours site website page stuff found find bookmark bookmarked bookmarking will be back ' +
    'more forward looking to next again cheers hi hello hey wow admin dear author sir learned ' +
    'learnt learn new something today things from here there well done explained researched ' +
    'topic subject helped help definitely sure friends with just wanted say always come visit ' +
    'regularly glad happy pleased pleasure and or but as have has had do did can could would ' +
    'kudos bravo enjoyed enjoy enjoying loved love like liked appreciate appreciated insight ' +
    'insights style effort efforts time put into one all of in on at by post. tips ideas points ' +
    'thoughts details knowledge same way keep-up please continue also exactly what was were needed ' +
    'searching go-to source colleagues ' +
    // The spun comment's fillers (issue 15, 2026-12-07, fifth session): adverbs of sincerity, the
    // page's parts and its readers, "take care".
    'certainly honestly genuinely absolutely actually surely indeed simply am are most every ' +
    'everyone anyone people fellows fact contents existing hard quality nowadays take care ' +
    'webpage weblog blogger writer writers paragraph paragraphs'
  ).split(' '),
);

// What makes a comment praise at all: a thanks or a praising word.
const ENGLISH_HEAD =
  /^(?:thanks|thank|thx|ty|great|nice|good|awesome|excellent|wonderful|fantastic|amazing|informative|useful|helpful|interesting|valuable|brilliant|superb|lovely|impressive|outstanding|perfect|insightful|kudos|bravo|enjoyed|loved|love|learned|learnt|appreciate|appreciated|cheers)$/;

// The same for Russian.
const RUSSIAN = new Set(
  (
    'спасибо благодарю большое огромное автору автора автор за статью статья статьи материал материалы ' +
    'пост информацию информация полезно полезная полезную полезный полезной интересно интересная ' +
    'интересную интересный отличная отличный отличную отлично хорошая хороший хорошую хорошо ' +
    'классная классный классно очень всё все по делу респект было мне я вам вас ваш ваша вашу ваши ' +
    'блог сайт пишите ещё еще так держать жду продолжения супер круто молодец молодцы узнал узнала ' +
    'много нового для себя и в на с это этот эта прочитал прочитала прочитать удовольствием читаю ' +
    'толково существу понятно доступно написано написана лайк познавательно информативно ' +
    'замечательная замечательный замечательно прекрасная прекрасный прекрасно спс добрый день ' +
    'здравствуйте привет буду читать заходить обязательно полезного нужная нужную нужный ' +
    'качественный качественная тему тема труд пишете пишите следить обновлениями добавил ' +
    'добавила закладки зайду загляну'
  ).split(' '),
);
const RUSSIAN_HEAD =
  /^(?:спасибо|благодарю|спс|полезно|полезная|полезную|полезный|интересно|интересная|интересную|интересный|отличная|отличный|отличную|отлично|хорошая|хороший|хорошую|классная|классный|респект|супер|круто|познавательно|информативно|замечательная|замечательный|прекрасная|прекрасный|молодец)$/;

// Chinese (and Japanese) praise phrases; what is left of a comment after them is its content.
const HAN_PRAISE =
  /感谢|感謝|谢谢|謝謝|多谢|多謝|分享|好文章?|文章|写得|寫得|真好|很好|太好了?|非常|棒|不错|不錯|支持|一下|博主|楼主|樓主|作者|收藏|学习|學習|学到|學到|受益匪浅|受益匪淺|有用|有帮助|有幫助|帮助|幫助|期待|更新|赞|讚|顶|頂|内容|內容|优质|優質|精彩|继续|繼續|加油|辛苦|很多|了|的|啊|呀|吧|哦|呢|真|很|太|好|以后|常来|看看|参考になりました|素晴らしい記事|ありがとう/g;
const HAN_HEAD =
  /感谢|感謝|谢谢|謝謝|多谢|多謝|好文|写得|寫得|真好|很好|太好|棒|不错|不錯|支持|收藏|受益|有用|帮助|幫助|赞|讚|精彩|ありがとう|素晴らしい/;

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORDS = cheapLetters(/[\p{L}\p{N}'’-]+/gu);
const HAN_ONE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CYRILLIC = /[\u0400-\u04ff]/;
// Han, Hiragana and Katakana all lie at U+2E80 or above (the astral ones as surrogates, above
// U+D800): a text with no such unit cannot match HAN_ONE, and this test needs no Unicode flag.
const FROM_CJK_RADICALS = /[\u2e80-\uffff]/;

const TWO_LETTERS_OR_MORE = cheapLetters(/\p{L}{2,}/gu);

/** Longest text analyze.ts gives isPraiseOnly: its thirty words of praise fit in far less. */
export const MAX_PRAISE_ONLY_CHARS = 300;

/** Most words a praise-only comment has: longer texts say something. */
const MAX_WORDS = 30;

/**
 * Whether a normalised (lower-cased) comment is generic praise and nothing else: at least one
 * praising word or thanks, every other word from the praise vocabulary, at most MAX_WORDS words
 * (for Chinese and Japanese: praise phrases and at most two other characters). Link, e-mail and
 * phone placeholders are not words.
 */
export function isPraiseOnly(text: string): boolean {
  if (FROM_CJK_RADICALS.test(text) && HAN_ONE.test(text)) {
    if (!HAN_HEAD.test(text)) return false;
    const rest = text.replace(HAN_PRAISE, '').match(HAN)?.length ?? 0;
    const latin = text.replace(HAN, ' ').match(TWO_LETTERS_OR_MORE)?.length ?? 0;
    return rest <= 2 && latin === 0;
  }
  const cyrillic = CYRILLIC.test(text);
  const vocabulary = cyrillic ? RUSSIAN : ENGLISH;
  const head = cyrillic ? RUSSIAN_HEAD : ENGLISH_HEAD;
  // Word by word, stopping at the first that is not praise: most comments stop at their first
  // few words, and none needs its word list built (this runs on every comment of 300 characters
  // or fewer).
  let count = 0;
  let praised = false;
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(text); m !== null; m = WORDS.exec(text)) {
    const word = m[0].includes('’') ? m[0].replace(/’/g, "'") : m[0];
    if (++count > MAX_WORDS || !vocabulary.has(word)) {
      WORDS.lastIndex = 0;
      return false;
    }
    if (!praised && head.test(word)) praised = true;
  }
  return count > 0 && praised;
}
