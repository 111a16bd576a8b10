// The giveaway testimonial (issue 15, 2026-12-07, third session; docs/spam.md, "Recovery
// testimonials, giveaways, title loans, relief questions"): "I got a free $100 Steam gift card from
// this site, it actually works: <link>", "I won a free iPhone 15 from this giveaway, they shipped it
// already", "got a $500 Amazon gift card for free, it is real", «раздают бесплатные iPhone, я уже
// получил, проверено», 亲测有效！免费领取100元京东卡. The game-currency family (illicit-offer-patterns.ts)
// knew the generator's advert ("free Robux generator"); this is the prize claimed by a "player"
// and vouched for, read as one more context of that family (the same +2.5 signal, no new one).
//
// Readers name gift cards they bought, and warn that such comments are bots. So the claim counts
// only with the scam's proof beside it (it actually works, legit, no survey, took 2 minutes, from
// this site, «реально работает», «проверено», 亲测, 已到账), and never beside a warning (scam,
// bots, phishing, never click, «развод» but for «не развод», «мошенники», 骗, 小心).
import type { OfferContext } from '../offers/offer-family.ts';

const B = '(?<![\\p{L}\\p{N}])';

const BRAND =
  '(?:steam|amazon|google\\s+play|itunes|apple|xbox|psn|playstation|roblox|walmart|target|visa|paypal|ebay|netflix|spotify|fortnite|nintendo|sephora|starbucks)';
const PRIZE =
  '(?:gift\\s*cards?|giftcards?|cards?|codes?|vouchers?|iphones?(?:\\s+\\d+)?(?:\\s+pro)?(?:\\s+max)?|ps5s?|playstation\\s+5|airpods|macbook|robux|v-?bucks|vbucks|skins?)';
const AMOUNT = '(?:[$€£]\\s?\\d[\\d,.]*\\s+|\\d[\\d,.]*\\s*(?:usd|dollars?|euros?)?\\s+)';
const PLACE = '(?:site|website|link|app|page|giveaway|generator|promo)';

// The stems the game-currency guard gains: every phrase below has one of these or a stem it had.
export const GIVEAWAY_GUARD =
  /gift|iphone|giveaway|airpods|ps5|playstation|voucher|google play|айфон|подарочн|сертификат|京东卡|京東卡|礼品卡|禮品卡|购物卡|購物卡|充值卡|亲测|親測/;

/** The prize claimed: "got a free $100 Steam gift card", "this site gave me a free …". */
const PHRASES = [
  // "(I) got / won / claimed a free $100 Steam gift card", "got 2 free $25 xbox gift cards"
  `\\b(?:got|received|won|claimed|redeemed|grabbed|scored)\\s+(?:(?:a|an|my|\\d+|two|three)\\s+)?(?:brand\\s+new\\s+)?free\\s+${AMOUNT}?(?:${BRAND}\\s+)?${PRIZE}\\b`,
  // "got a $500 Amazon gift card for free"
  `\\b(?:got|received|won|claimed|redeemed|grabbed|scored)\\s+(?:(?:a|an|my|\\d+|two|three)\\s+)?${AMOUNT}(?:${BRAND}\\s+)?${PRIZE}\\s+(?:for\\s+)?free\\b`,
  // "this site gave me a free $50 Google Play card", "a free iPhone from this giveaway"
  `\\b(?:this|the)\\s+${PLACE}\\s+(?:gave|sent|gives|sends)\\s+(?:me|us|you)\\s+(?:a\\s+|an\\s+|\\d+\\s+)?free\\b|\\bfree\\s+${AMOUNT}?(?:${BRAND}\\s+)?${PRIZE}\\s+(?:from|on|at|with)\\s+this\\s+${PLACE}\\b`,
  // «получил бесплатно айфон», «раздают бесплатные iPhone», «выиграл подарочный сертификат»
  `${B}(?:получил|получила|выиграл|выиграла|забрал|забрала|раздают|раздаёт|раздает)\\s+(?:\\p{L}+\\s+){0,2}?(?:\\d[\\d\\s]*\\s+)?(?:бесплатн\\p{L}*\\s+)?(?:айфон|iphone|робукс|подарочн|сертификат)\\p{L}*`,
  // 免费领取100元京东卡, 免费领iPhone
  '(?:免费|免費)(?:领取|領取|领|領|获得|獲得|得到|拿到)\\S{0,6}?(?:京东卡|京東卡|购物卡|購物卡|礼品卡|禮品卡|充值卡|话费|話費|iphone|苹果手机|蘋果手機)',
];

/** The giveaway testimonial as a context of the GAME_CURRENCY family. */
export const GIVEAWAY_CLAIM: OfferContext = {
  // the scam's proof: it works, legit, no survey, took two minutes, from this site, shipped
  when: /\b(?:(?:actually|really|totally|still|100%)\s+works?|it\s+works|works\s+100|legit\w*|no\s+(?:survey|joke|scam|human\s+verification)|(?:it|this)\s+is\s+real|it'?s\s+real|took\s+(?:only\s+|just\s+)?\d+\s*(?:min|mins|minutes|seconds|secs?)\b|in\s+\d+\s*(?:min|mins|minutes|seconds)\b|(?:from|on)\s+this\s+(?:site|website|link|giveaway|app)|shipped|instant\w*|try\s+it|link\s+in\s+bio|before\s+it\s+ends)|реально\s+работа|работает|проверено|не\s+развод|уже\s+получил|亲测|親測|已经到账|已經到賬|已到账|已到賬|真的到账/,
  unless:
    /\b(?:scam\w*|fake|phishing|bots?|beware|careful|never\s+(?:click|enter|trust)|don'?t\s+(?:click|fall|trust)|warn\w*|steal\w*|stolen|hacked|lost\s+(?:his|her|my|their)\s+account)\b|(?<!не\s)развод|мошен|обман|осторожн|не\s+ведитесь|угнал|骗|騙|小心|警惕|钓鱼|釣魚/,
  patterns: PHRASES,
};
