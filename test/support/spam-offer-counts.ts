// What the offer families and the recovery-scam signal count in one raw comment, for the family
// tests of src/spam/ (their known answers). Test support only, like spam-verdicts.ts.
import { normalizeText } from '../../src/spam/text/normalize.ts';
import {
  OFFER_SIGNAL_CODES,
  type OfferSignalCode,
  offerCounts,
} from '../../src/spam/signals/offers/offers.ts';
import { countRecoveryScam } from '../../src/spam/signals/scams/recovery.ts';

/** How many phrases of one offer family a raw comment has. */
export function offerCount(raw: string, code: OfferSignalCode): number {
  return offerCounts(normalizeText(raw))[OFFER_SIGNAL_CODES.indexOf(code)] ?? 0;
}

/** The recovery-scam count of a raw comment (with its contacts, as analyze.ts passes them). */
export function recoveryCount(raw: string): number {
  const n = normalizeText(raw);
  return countRecoveryScam(n.text, n.emails + n.phones + n.urls.length);
}
