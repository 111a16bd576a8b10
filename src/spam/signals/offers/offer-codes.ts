// The codes of the offer signals, in the model's signal order (offers.ts re-exports them; moved out
// of offers.ts on 2026-12-07 to keep it under 400 lines).

/**
 * Codes of the hand-weighted offer signals of the first rounds, in the model's signal order. Later
 * families go in LATER_OFFER_SIGNAL_CODES, which come after every other signal: a stored model
 * keeps its weights by position (signals.ts).
 */
export const FIRST_OFFER_SIGNAL_CODES = [
  'pharmacy-offer',
  'gambling-offer',
  'essay-mill',
  'investment-pitch',
  'weight-loss-claim',
  'replica-offer',
  'dating-offer',
  'messenger-contact',
  'job-offer',
  'fake-document',
  'seo-service',
  'fixed-match',
] as const;

/** Offer signals added after the signals that follow the first ones (issue 15, 2026-12-06). */
export const LATER_OFFER_SIGNAL_CODES = ['invoice-offer', 'game-currency', 'cracked-software'] as const;

/** Offer signals of the fourth round (issue 15, 2026-12-06), after `public-body-number`. */
export const MARKET_OFFER_SIGNAL_CODES = [
  'earnings-offer',
  'loan-offer',
  'data-selling',
  'account-selling',
  'lottery-tip',
] as const;

/** Offer signals of the sixth round (issue 15, 2026-12-06), after `praise-only`. */
export const SCAM_OFFER_SIGNAL_CODES = ['advance-fee', 'streaming-offer'] as const;

/** Offer signals of the seventh round (issue 15, 2026-12-06), after the sixth's (contact-offer-patterns.ts). */
export const CONTACT_OFFER_SIGNAL_CODES = [
  'service-advert',
  'yield-offer',
  'spell-caster',
  'hacker-for-hire',
] as const;

/** Offer signals of the eighth round (issue 15, 2026-12-07), after `disguised-email` (product-offer-patterns.ts). */
export const PRODUCT_OFFER_SIGNAL_CODES = ['app-advert', 'shop-advert'] as const;

/** Codes of all offer signals, in offerCounts order. */
export const OFFER_SIGNAL_CODES = [
  ...FIRST_OFFER_SIGNAL_CODES,
  ...LATER_OFFER_SIGNAL_CODES,
  ...MARKET_OFFER_SIGNAL_CODES,
  ...SCAM_OFFER_SIGNAL_CODES,
  ...CONTACT_OFFER_SIGNAL_CODES,
  ...PRODUCT_OFFER_SIGNAL_CODES,
] as const;

/** Code of one offer signal. */
export type OfferSignalCode = (typeof OFFER_SIGNAL_CODES)[number];
