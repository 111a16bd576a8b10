// Free generators and subscription swaps, counted as creator pleas (issue 15, 2026-12-07, evening;
// docs/spam.md, "Free generators and subscription swaps"). The era's video-comment adverts for free
// gift cards, game currency and premium accounts ("free iTunes codes here", "free robux generator
// no survey", «бесплатные робуксы, ссылка в профиле», 免费领Q币，加群) and the subscription swap in
// Russian and Chinese («подпишись в ответ», «взаимная подписка», «подписка на подписку», 互相订阅,
// 互粉, 回关必回; the English "sub4sub" is own-channel's). The game-currency family counts some of
// the words at its trained weight; this is the same writer's plea for a click, fixed when scoring
// and 0 in training, so the model file does not change.
//
// What it is not: a reader's warning ("those free Robux generators steal accounts", «это развод»,
// 都是骗子), a reader's question ("is this giveaway real?", 是真的吗), a reader's gift ("I bought my
// son an iTunes gift card"), the site's own giveaway ("win a $50 gift card in our reader survey":
// no "free … here"), a reader's own subscription («я подписался на рассылку», 我订阅了你们的新闻通讯:
// reader-subscription.ts), «подписка на газету подорожала», two celebrities who 已经互粉了.
import { withCheapLetters } from '../text/letter-class.ts';

// The freebie: "free (Amazon) gift cards", "free $50 psn codes", "free robux", "free minecraft
// premium accounts", "v-bucks generator"; then the seller's word anywhere in the text.
const BRAND =
  '(?:amazon|itunes|steam|psn|xbox|live|google|play|playstation|nintendo|spotify|netflix|minecraft|roblox|fortnite|cs\\s?go|wallet|premium)';
const FREE_EN = new RegExp(
  `\\bfree\\s+(?:\\$?\\d+\\s+)?(?:gift\\s*cards?|giftcards?|gift\\s+codes?|robux|v-?\\s?bucks|paypal\\s+money|(?:${BRAND}\\s+){1,3}(?:gift\\s*cards?|codes?|cards?|skins?|premium(?:\\s+accounts?)?|accounts?|points|coins|robux|v-?\\s?bucks))\\b` +
    '|\\b(?:robux|v-?\\s?bucks|gift\\s*card|psn|xbox|itunes|steam)\\s+(?:code\\s+)?(?:generator|hack)|\\bfree\\s+generator\\b',
);
const SELLER_EN =
  /\bhere\b|generator|\bhack|\bno\s+(?:survey|human|download|credit)|\bworking\b|\blegit|\bit\s+works|\bthis\s+(?:site|link|website|app)|\blink|https?:|www\.|\bclick|\bgo\s+to\b|^(?:get|want|need|claim|grab)\b|\b(?:get|claim|grab)\s+(?:your\s+)?free\b/;
// A reader's warning or question: "steal accounts", "scam", "is this real?", "does … work?".
const READER_EN =
  /\b(?:scam\w*|fake|phishing|bots?|beware|careful|never|don'?t|steal\w*|stolen|hacked|virus|report)\b|\b(?:is|are|does|do|did|anyone|has|can)\b[^.!?\n]{0,60}\?/;

const FREE_OTHER = new RegExp(
  withCheapLetters(
    [
      '(?:бесплатн|халявн)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:робукс|вбакс|в-бакс|скин|премиум|донат|гем|алмаз|ключ|подарочн)|генератор\\p{L}*\\s+(?:робукс|вбакс|в-бакс|алмаз|гем|скин|донат)',
      '(?:(?:免费|免費)(?:领取|領取|领|領|送|刷|拿|获取|獲取)|白嫖)[^，,。！？\\s]{0,4}?(?:q币|q幣|皮肤|皮膚|点券|點券|钻石|鑽石|金币|金幣|礼品卡|禮品卡|充值卡)',
    ].join('|'),
  ),
  'u',
);
const SELLER_OTHER =
  /ссылк|генератор|без\s+(?:опрос|доната|смс)|проверено|тут|здесь|в\s+профил|в\s+описани|пиши|заходи|http|加群|群号|群號|加q|加我|主页|主頁|头像|頭像|点我|點我|私信|不用调查|亲测|親測|链接|鏈接|扫码|戳/;
const READER_OTHER =
  /(?<!не\s)развод|мошен|обман|ворую|ворова|украд|крадут|взлом|угна|осторожн|не\s+ведитесь|вирус|реально\s+ли|правда\s+ли|骗|騙|小心|警惕|钓鱼|釣魚|盗号|盜號|假的|吗|嗎|别点|別點/;

// The swap: «подпишись / подпишусь в ответ», «взаимная подписка», «подписка на / за подписку»,
// «подпишусь на каждого»; 互相订阅, 互粉, 互关, 回关, 回订, 关注必回, 也请订阅我的 (not 已经互粉了, 相互关联, 返回关闭).
const SWAP = new RegExp(
  withCheapLetters(
    [
      '(?<![\\p{L}])подпиш\\p{L}*\\s+(?:на\\s+(?:тебя|вас)\\s+)?в\\s+ответ|(?<![\\p{L}])взаимн\\p{L}*\\s+(?:подписк|подпис)\\p{L}*|(?<![\\p{L}])подписк\\p{L}*\\s+(?:на|за)\\s+подписк|(?<![\\p{L}])подпишусь\\s+на\\s+(?:каждого|всех|любого)',
      '互相(?:订阅|訂閱)|(?<![已相])(?:互粉|互关|互關)(?![了联聯系係])|(?<![返退收撤来來])回(?:关|關|订|訂|粉)(?![单單])(?:必回|我|一下)?|(?:关注|關注|订阅|訂閱)必回|(?:也请|也請|请回|請回|也)(?:订阅|訂閱)我(?![们們])',
    ].join('|'),
  ),
  'gu',
);
const SWAP_GUARD = /подпи|互|订阅我|訂閱我|回关|回關|回订|回訂|回粉|必回/;
// A reader complaining about the swaps (issue 15, late evening): «эти "подписка за подписку" уже
// достали», 评论区全是互粉的，烦死了.
const SWAP_COMPLAINT =
  /спам|достал|надоел|бесит|раздража|задолбал|評論區全是|评论区全是|烦死|煩死|好烦|好煩|讨厌|討厭|spam|annoying/;

/** How many free-generator adverts and subscription swaps a normalised (lower-cased) text has. */
export function countFreebiesAndSwaps(text: string): number {
  let n = 0;
  if (text.includes('free') && FREE_EN.test(text) && SELLER_EN.test(text) && !READER_EN.test(text)) n++;
  if (FREE_OTHER.test(text) && SELLER_OTHER.test(text) && !READER_OTHER.test(text)) n++;
  if (SWAP_GUARD.test(text) && !SWAP_COMPLAINT.test(text)) {
    SWAP.lastIndex = 0;
    while (SWAP.exec(text) !== null) n++;
  }
  return n;
}
