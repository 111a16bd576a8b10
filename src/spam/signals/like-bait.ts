// Like-bait: a comment asking readers to like the comment itself ("like this comment if you …",
// "please like my comment", "don't like this comment if …", «лайкните этот комментарий»,
// 给这条评论点赞). Its point is to climb the comment list, whatever it says; what it says is
// usually a dare, a year or a fan's remark, in words any reader uses, so the text model reads it
// as ham. Hand-set (hand-set-signal-info.ts): three videos' labels hold it in one video only.
//
// What it is not: a reader agreeing with another comment ("I like this comment", "I don't like
// this comment at all", "people like this comment because …"), "thumbs up if you watched it in
// 2011" (a reader's own thumbs up, which the videos' genuine comments say too), or asking for
// likes on a video or an article. The ask must be an imperative: at the start of a sentence,
// after nothing but words of address or pleading ("please", "guys", "everyone", "do not").
import { cheapLetters } from '../text/letter-class.ts';

// "like this comment", "like my comment", "like dis coment"
const ASK = /\blike\s+(?:this|my|dis|ma)\s+comm?ents?\b/g;

// Words that may come before an imperative "like this comment" in its sentence.
const LEAD = new Set([
  'please',
  'pls',
  'plz',
  'plzz',
  'plez',
  'pleas',
  'guys',
  'everyone',
  'everybody',
  'hey',
  'yo',
  'ok',
  'okay',
  'so',
  'and',
  'now',
  'go',
  'just',
  'do',
  'not',
  "don't",
  'dont',
  'lol',
  'omg',
]);

// "give this comment a like", "give my comment a thumbs up"
const WORD_OR_APOSTROPHE = cheapLetters(/[\p{L}']+/gu);
const GIVE = /\bgive\s+(?:this|my)\s+comm?ent\s+a\s+(?:like|thumbs?\s*up)\b/;

// Russian: «лайкни(те) этот/мой коммент(арий)», «поставьте лайк этому/моему комментарию»;
// Chinese: 给这条/我的评论点赞, 点赞这条/我的评论.
const OTHER = cheapLetters(
  /(?<![\p{L}])(?:лайкни|лайкните)\s+(?:этот|мой)\s+коммент|(?<![\p{L}])(?:поставьте|ставьте|поставь|ставь)\s+лайк\s+(?:этому|моему)\s+коммент|给(?:这条|这个|我的|我这条)评论点赞|点赞(?:这条|我的)评论/u,
);

/** Whether a normalised (lower-cased) text asks readers to like the comment itself. */
export function isLikeBait(text: string): boolean {
  if (text.includes('like')) {
    if (GIVE.test(text)) return true;
    ASK.lastIndex = 0;
    for (let m = ASK.exec(text); m !== null; m = ASK.exec(text)) {
      const before = text.slice(0, m.index);
      const sentence = before.slice(
        Math.max(
          before.lastIndexOf('.'),
          before.lastIndexOf('!'),
          before.lastIndexOf('?'),
          before.lastIndexOf('\n'),
        ) + 1,
      );
      const words = sentence.toLowerCase().match(WORD_OR_APOSTROPHE) ?? [];
      if (words.every((w) => LEAD.has(w))) return true;
    }
  }
  // Substring tests first: most comments have neither word, and `includes` costs far less than a
  // regular expression's scan.
  return (text.includes('лайк') || text.includes('点赞')) && OTHER.test(text);
}
