// What the hand-set signal tables (signals.ts, commercial.ts, offers.ts) share: the shape of a
// fixed signal's entry and the counted noun its English message starts with.

/** A hand-set signal: its fixed weight (log-odds per unit of value) and its English message. */
export interface FixedSignalInfo {
  prior: number;
  fixed: true;
  message: (count: number) => string;
}

/** The prior weight (log-odds per unit of value) and message of one signal. */
export interface SignalInfo {
  prior: number;
  fixed?: boolean;
  /**
   * A fixed signal's weight in the training logit when it differs from its weight when scoring
   * (`prior`): the words of the training comments it fires on still learn their share, and the
   * signal adds the rest when scoring a site's comments, whose words are others.
   */
  trainingWeight?: number;
  /** This signal may hold a comment for a moderator but never, by itself, send it to spam. */
  holdAtMost?: boolean;
  message: (count: number) => string;
}

/** "1 phone number", "3 phone numbers". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
