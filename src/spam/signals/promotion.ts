// Self-promotion: the commenter advertising their own channel, page or work, or asking readers
// to go somewhere, subscribe or follow. It is the commonest kind of comment spam that carries no
// link ("check out my channel", "if I get 100 subscribers…", "подпишитесь на мой канал"), and the
// phrases vary too much for word features learned from a few hundred comments to cover them: a
// site whose spam said "my channel" should also catch "my playlist". One count over phrase
// families in English, Russian and Chinese; the model learns how much it weighs.

import { withoutQuestions } from './commercial.ts';
import { atWordStarts, countMatches, scriptsOf } from './patterns.ts';
import { withCheapLetters } from '../text/letter-class.ts';

// Things a commenter promotes when they are theirs.
const OWN_THING =
  'channel|chanel|vids?|videos?|playlists?|page|music|songs?|tracks?|mixtapes?|albums?|covers?|raps?|' +
  'blog|site|website|profile|account|insta(?:gram)?|twitter|facebook|fb|soundcloud|stream|shop|store|app|' +
  'game|book|band|art|photos?|pics?|vlogs?';

// ASCII only, so no Unicode flag (the same matches, faster); "\b" said once in front (atWordStarts).
const ENGLISH = new RegExp(
  atWordStarts(
    [
      // "my channel", "our new video", "my own music"
      `\\b(?:my|our)\\s+(?:new\\s+|own\\s+|first\\s+|latest\\s+|little\\s+)?(?:${OWN_THING})\\b`,
      // subscribe / sub4sub / subs / follow me / add me ("subscribed", "subscribers", "subscription"
      // are what readers of a paper say, and "if I get 100 subscribers" is own-channel's; "follow
      // us" is what a newsroom says)
      '\\bsub(?:scribe|scribing|4sub|s)\\b',
      '\\b(?:follow|add)\\s+me\\b',
      // calls to go somewhere: "check out", "check it out", "look up", "come and see", "visit"
      // ("check out the archive's photos" names a thing already known, not the writer's: the
      // writer's own is "my …" above)
      '\\bcheck\\s+(?:it\\s+)?out\\b(?!\\s+the\\b)',
      '\\blook\\s+(?:me\\s+|us\\s+)?up\\b',
      '\\bcome\\s+(?:and\\s+)?(?:see|watch|check|listen|visit)\\b',
      '\\bvisit\\s+(?:my|our)\\b',
    ].join('|'),
  ),
  'g',
);

const RUSSIAN = new RegExp(
  withCheapLetters(
    [
      '(?<![\\p{L}])(?:мой|моё|мое|моя|мои|наш|наша|наше|наши)\\s+(?:канал\\w*|видео|плейлист\\w*|страниц\\w*|блог\\w*|сайт\\w*|групп\\w*|профил\\w*|музык\\w*|песн\\w*)',
      // the call to subscribe: «подписывайтесь», «подпишись», «не забудьте подписаться»; not a
      // reader's own «я подписался», «подпишусь», «оформил подписку», «подписчики» (as "subscribed",
      // "subscription", "subscribers" in English), nor «подпишите петицию»
      '(?<![\\p{L}])(?:подписывай(?:тесь|ся|теся)|подпиш(?:итесь|ись)|подписаться)(?![\\p{L}])',
      '(?<![\\p{L}])(?:заходи|переходи|загляни)\\w*',
    ].join('|'),
  ),
  'gu',
);

// "关注我", not "关注我们" (a newsroom's "follow us") or "关注我国/我市" (our country's, our city's).
// 订阅 only as the call ("欢迎订阅", "请订阅", "订阅我的频道", "订阅一下"), not a reader's own
// "我订阅了你们的新闻通讯" (as "subscribed" in English).
const CHINESE =
  /我的(?:频道|頻道|视频|視頻|主页|主頁|店|博客|网站|網站)|(?:欢迎|歡迎|请|請|记得|記得|点击|點擊|求|快来|快來|大家|麻烦|麻煩|帮忙|幫忙|顺手|順手|一键|一鍵)(?:订阅|訂閱)|(?:订阅|訂閱)(?=一下|吧|我(?!们|們|国|國)|本频道|本頻道)|(?:关注|關注|加)我(?!们|們|国|國|市|省|区|區|县|縣|校)/gu;

/** How many self-promotion phrases a normalised (lower-cased) text contains. */
export function countSelfPromotion(text: string): number {
  // A reader asking ("How do I subscribe to the newsletter?") is not promoting anything: questions
  // are left out, as for support lines (commercial.ts). The hand-set own-channel signal still
  // reads them ("Can you check out my channel?").
  text = withoutQuestions(text);
  // Every Russian phrase has a Cyrillic letter, every Chinese one a CJK character.
  const scripts = scriptsOf(text);
  return (
    countMatches(ENGLISH, text) +
    (scripts.cyrillic ? countMatches(RUSSIAN, text) : 0) +
    (scripts.cjk ? countMatches(CHINESE, text) : 0)
  );
}
