// The spam filter's settings and their defaults for a fresh site, in a module that imports
// nothing: the `silkpress` command's help shows a default without loading the filter
// (src/cli/commands/spam.ts). verdict.ts, which applies them, re-exports them.

/** Thresholds and mode, from the site settings. */
export interface SpamSettings {
  /** Probability at or above which a comment is spam (0..1). */
  spamThreshold: number;
  /** Probability at or above which (and below the spam threshold) a comment is held for a
   * moderator instead of published; at or above spamThreshold there is no hold band. */
  holdThreshold?: number;
  /** Probability at or above which a comment is discarded (≥ spamThreshold). */
  discardThreshold: number;
  /** Shadow mode: verdicts are recorded and shown, but the caller blocks nothing. */
  shadow: boolean;
  /** At most this many reasons per verdict. */
  maxReasons?: number;
}

/**
 * Default hold threshold: the built-in model's ambiguous band. From the leave-one-source-out table
 * (`npm run spam:loso`, docs/spam.md): the probability at which the mean held-out share of
 * genuine comments not published (held or spam) is 5%, against 1% sent to spam at 0.5.
 */
export const DEFAULT_HOLD_THRESHOLD = 0.2;

/** Safe defaults for a fresh site. */
export const DEFAULT_SPAM_SETTINGS: SpamSettings = {
  spamThreshold: 0.5,
  holdThreshold: DEFAULT_HOLD_THRESHOLD,
  discardThreshold: 0.995,
  shadow: false,
  maxReasons: 6,
};
