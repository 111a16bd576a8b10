// The shape of an offer family (offer-patterns.ts and the files of further families): in a file of
// its own, so a family's file need not import offer-patterns.ts, which imports some of them.

/**
 * One family: a guard of literal stems (no pattern of the family matches without one of them; a
 * plain alternation, cheap to test), its patterns, and patterns that count only in its context.
 */
export interface OfferFamily {
  guard: RegExp;
  patterns: readonly string[];
  context?: OfferContext | readonly OfferContext[];
}

/** Patterns that count only when `when` holds and `unless` does not (a family may have several). */
export interface OfferContext {
  when: RegExp;
  unless?: RegExp;
  patterns: readonly string[];
  /** The patterns whose one-pass test (offers.ts) stands for all of `patterns`, when each of the
   * others holds a match of one of them (a claim beside a way in holds the claim): the test says
   * yes on the same texts, with less to try at each position. Every pattern still counts. */
  pretest?: readonly string[];
}
