// Affiliate roundups (issue 15, 2026-12-07, fourth session; docs/spam.md, "Affiliate roundups and
// spun praise tails"): a "best X of 2026, top 10 reviewed" headline, "we compared 14 models here",
// "our buying guide", «рейтинг лучших …», «ТОП-10 … 2026 — сравнение», 十大…排行榜, 亲测推荐, posted
// with a link to the site that earns from the clicks. They are the shop adverts' kin: product-offer-
// patterns.ts counts them in the shop-advert family, beside a link (or an e-mail or a phone) only,
// never in a discussion of tariffs, a law or a scam, and never when every link is a reader's
// (offers.ts). A reader names rankings too ("Kazakhstan is in the top 10 of wheat exporters",
// «рейтинг вузов за 2026 год», 十大贸易伙伴), but not with the roundup's shape: a headline that
// ranks products and says they were reviewed, tested or compared, or the writer's own comparison
// of a number of them pointing to the best.
import type { OfferContext } from './offer-family.ts';
import { B } from './offer-patterns.ts';

// What a roundup says it did: reviewed, tested, compared, ranked, picked.
const REVIEWED =
  "(?:top\\s*\\d+|reviewed|reviews?|tested|compared|comparison|ranked|rated|buyer['’]?s\\s+guide|buying\\s+guide|(?:expert|top|our)\\s+picks)";

const PATTERNS = [
  // "Best robot vacuums for pet hair 2026 – top 8 tested", "the 9 best electric toothbrushes of
  // 2026, reviewed", "best mattress for back pain 2026, ranked and reviewed"
  `\\bbest\\s+(?:[a-z][a-z'’-]*\\s+){1,6}?(?:(?:of|in|for)\\s+)?20\\d\\d\\b[^.!?\\n]{0,30}?\\b${REVIEWED}\\b`,
  // "Top 10 crypto wallets reviewed for 2026", "top 7 VPNs that still work in China (tested in 2026)"
  `\\btop[\\s-]*\\d{1,2}\\s+(?:best\\s+)?(?:[a-z][a-z'’-]*\\s+){0,3}?[a-z]+s\\b[^.!?\\n]{0,40}?\\b(?:reviewed|tested|compared|ranked|rated)\\b`,
  // "we compared 14 models here", "we tested 20 of them, full ranking"
  `\\b(?:we|i|our\\s+(?:team|experts|editors))\\s+(?:have\\s+)?(?:compared|tested|reviewed|ranked)\\s+(?:over\\s+|more\\s+than\\s+|all\\s+)?\\d+\\s+(?:of\\s+them|(?:[a-z-]+\\s+){0,2}?[a-z]+s)\\b[^.!?\\n]{0,60}?\\b(?:best|top|ranking|ranked|picks|winners?|guide|here|full\\s+(?:list|results|review))\\b`,
  // "our buying guide to the best …", "my expert picks"
  `\\b(?:our|my)\\s+(?:[a-z-]+\\s+){0,2}?(?:buying\\s+guide|buyer['’]?s\\s+guide|expert\\s+picks|top\\s+picks|comparison\\s+(?:table|chart))\\b`,
  // «рейтинг лучших онлайн-школ», «ТОП-10 лучших роботов-пылесосов 2026 года — сравнение»,
  // «лучшие кредитные карты 2026: рейтинг», «мы протестировали 12 VPN-сервисов, вот лучшие»
  `${B}рейтинг\\s+(?:\\p{L}+\\s+)?лучших${'(?![\\p{L}])'}`,
  `${B}топ[\\s-]*\\d{1,2}\\s+(?:лучших\\s+)?[\\p{L}-]+[^.!?\\n]{0,40}?(?:20\\d\\d|обзор|сравнени|отзыв|рейтинг|с\\s+бонус)`,
  `${B}лучшие\\s+(?:[\\p{L}-]+\\s+){1,4}?20\\d\\d(?:\\s+года)?\\s*[:—–-]?\\s*(?:рейтинг|обзор|сравнение|топ)`,
  `${B}(?:мы\\s+)?(?:протестировали|сравнили|проверили)\\s+\\d+\\s+[^.!?\\n]{0,60}?(?:лучш|топ|рейтинг|вот|здесь|подробнее)`,
  // 十大扫地机器人品牌排行榜, 十大翻墙VPN推荐, 亲测推荐, 实测好用, 评测对比, 2026最好用的…评测
  '十大\\S{1,15}?(?:品牌|排行榜|排行|推荐)|(?:亲测|实测|親測|實測)\\S{0,4}?(?:推荐|推薦|好用|靠谱|靠譜|有效)',
  '(?:评测|测评|評測|測評)\\S{0,4}?(?:对比|對比|推荐|推薦|排行)|20\\d\\d年?\\S{0,10}?(?:最好用|最佳|最值得买|最值得買)\\S{0,15}?(?:推荐|推薦|评测|測評|测评|排行)',
];

/** The roundup's context: counted where a roundup's stems are, never in a discussion. */
export function roundupContext(unless: RegExp): OfferContext {
  return {
    when: /best|top|compared|tested|reviewed|buying guide|buyer|picks|рейтинг|топ|лучш|протестир|сравнил|проверил|十大|亲测|实测|親測|實測|评测|测评|評測|測評|最好用|最佳|最值得/u,
    unless,
    patterns: PATTERNS,
  };
}
