// A reader warning about pills, diet pills, essay mills or cracked software (2026-12-07, seventh
// session; tech-reader-examples.ts): "PSA: the write-my-thesis services in comment sections are
// scams", "the weight loss pills advertised under every post here … look like a scam", «не
// ведитесь на предложения написать курсовую», 评论区里卖“代写论文”的都是骗子. The offer families read
// the advert the reader quotes; with a warning and no way to buy (no link, e-mail or phone) the
// quoted advert counts nothing. "No scam", "not a scam" are the advert's own words, no warning.
import type { NormalizedText } from '../../text/normalize.ts';
import { cheapLetters } from '../../text/letter-class.ts';
import { OFFER_SIGNAL_CODES } from '../offers/offer-codes.ts';

const WARNED = ['pharmacy-offer', 'weight-loss-claim', 'essay-mill', 'cracked-software'].map((c) =>
  OFFER_SIGNAL_CODES.indexOf(c as (typeof OFFER_SIGNAL_CODES)[number]),
);

const WARNING = cheapLetters(
  /(?<!\b(?:no|not|not a|never a)\s)\b(?:scams?|scammers?|fraud|frauds)\b|\b(?:beware|psa|don'?t buy|do not buy|never buy|stay away)\b|(?<!\p{L})(?:мошенник\p{L}*|мошенничеств\p{L}*|осторожно|не ведитесь|не покупайте|развод)(?!\p{L})|骗子|騙子|骗局|騙局|诈骗|詐騙|别信|別信|千万别|千萬別|不要买|不要買|别买|別買|提醒大家/u,
);

/** The offer counts with the warned families' set to 0 in a reader's warning with no way to buy. */
export function withoutWarnedOffers(n: NormalizedText, counts: number[]): number[] {
  if (n.urls.length + n.emails + n.phones > 0) return counts;
  let any = false;
  for (const i of WARNED) if ((counts[i] ?? 0) > 0) any = true;
  if (!any || !WARNING.test(n.text)) return counts;
  for (const i of WARNED) counts[i] = 0;
  return counts;
}
