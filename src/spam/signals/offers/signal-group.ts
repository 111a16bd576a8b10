// Forex and crypto "signal group" invitations (issue 15, 2026-12-07; docs/spam.md, "Signal groups,
// tg recruitment, cracked downloads, SEO stories ending in a call"): "Join our Telegram for free
// forex signals, 90% accuracy @fx_signals_pro", «Бесплатные сигналы по крипте в нашем канале,
// точность 95%, @…», 免费喊单群，准确率95%，加微信 …. The INVESTMENT family (offer-patterns.ts) knew
// the testimonial and «сигналы по акциям»; this is the channel's own advert, read as one more
// context of that family, so it counts only with a way to reach the channel (offers.ts asks the
// family for a link, an e-mail, a phone or a handle).
//
// Readers write the same words: a trader who says no strategy gives 90% accuracy, a warning that
// such groups promise 95% («это развод»), 所谓免费带单的群都是骗子. So the phrases count only
// beside the word "signal" (or 喊单/带单) and never in a warning, a report or a regulator's notice.
import type { OfferContext } from './offer-family.ts';
import { cheapLetters } from '../../text/letter-class.ts';

const B = '(?<![\\p{L}\\p{N}])';

// The stems the INVESTMENT guard gains: every phrase below has one of these or a stem it had.
export const SIGNAL_GUARD = /signal|喊单|喊單|准确率|準確率/;

const MARKET = '(?:forex|fx|crypto|btc|bitcoin|eth|gold|xauusd|binary|options?|futures|stocks?|trading)';

/** The channel's advert: "free forex signals", "90% accuracy", «сигналы в нашем канале». */
const PHRASES = [
  // "free forex signals", "VIP gold signals", "premium BTC signals", "crypto signals group"
  `\\b(?:free|vip|premium|paid|daily|accurate|profitable|best)\\s+(?:${MARKET}\\s+){0,2}signals?\\b|\\b${MARKET}\\s+signals?\\s+(?:group|channel|chat|community)\\b`,
  // "90% accuracy", "85% win rate", "win rate of 92%", "+340% profit"
  `\\b\\d{2,3}(?:[.,]\\d+)?\\s*%\\s+(?:accuracy|accurate|win(?:ning)?[- ]?rate|success(?: rate)?|hit rate|profit(?:able)?)\\b|\\b(?:accuracy|win(?:ning)?[- ]?rate|success rate|hit rate)\\s+(?:of\\s+|is\\s+|above\\s+|over\\s+)?\\d{2,3}\\s*%|\\+\\d{2,4}\\s*%\\s+(?:profit|gains?|returns?)\\b`,
  // «бесплатные сигналы», «точные сигналы», «VIP сигналы»
  `${B}(?:бесплатн|точн|платн|ежедневн|вип|прибыльн|лучш)\\p{L}*\\s+(?:торгов\\p{L}*\\s+)?сигнал\\p{L}*`,
  // «сигналы по крипте в нашем канале», «сигналы … в телеграм»
  `${B}сигнал\\p{L}*(?:\\s+\\p{L}+){0,3}?\\s+в\\s+(?:нашем\\s+|моём\\s+|моем\\s+)?(?:канал|групп|чат|телеграм|тг)\\p{L}*`,
  // «прибыль до 80%», «доходность 300%» (точность is the family's own pattern)
  `${B}(?:прибыл|доходност|профит)\\p{L}*\\s+(?:сигнал\\p{L}*\\s+)?(?:до\\s+|от\\s+|более\\s+|свыше\\s+)?\\d+\\s*%`,
  // 喊单, 喊单群, 准确率95%, 免费带单
  '喊单|喊單|(?:准确率|準確率)\\d+|免费(?:带单|帶單)|免費(?:带单|帶單)|(?:带单|帶單)群',
];

/** The signal channel's advert as a context of the INVESTMENT family. */
export const SIGNAL_GROUP: OfferContext = {
  when: /signal|сигнал|喊单|喊單|带单|帶單/,
  unless: cheapLetters(
    /\b(?:beware|scam\w*|fraud\w*|fake|avoid|regulator|warn\w*|ponzi|pyramid)\b|lost\s+(?:\$|\d|my|his|her|their|our|everything)|мошен|развод|обман|не\s+ведит|пирамид|заблокир|осторожн|骗|騙|所谓|所謂|别信|別信|千万别|千萬別|小心|警惕|割韭菜|跑路|举报|舉報|报警|報警/u,
  ),
  patterns: PHRASES,
};
