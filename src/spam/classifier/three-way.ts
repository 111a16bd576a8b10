// Three-way outcome (approve / hold / spam) for evaluation, and thresholds chosen by
// cross-validation on training rows only. A false positive is a genuine comment sent to spam; a
// held comment waits for a moderator, who then decides it, so the outcome after moderation has
// only two kinds of error: spam published (below the hold threshold) and ham sent to spam.
import type { AnalyzedExample } from '../evaluation/evaluate.ts';
import { computeMetrics, type Metrics } from '../evaluation/metrics.ts';
import { linearScore, sigmoid } from './model.ts';
import { seededRandom, shuffled } from './random.ts';
import { trainAnalyzed, type TrainOptions } from './train.ts';

/** A scored, labelled comment. */
export interface Scored {
  spam: boolean;
  probability: number;
}

/** Three-way results at a spam and a hold threshold. */
export interface ThreeWayMetrics {
  spamThreshold: number;
  holdThreshold: number;
  /** Spam against the rest (held comments count as not spam): the filter alone. */
  binary: Metrics;
  /** After a moderator decides the held comments: errors are spam published and ham to spam. */
  moderated: Metrics;
  spamHeld: number;
  hamHeld: number;
  /** Share of all comments held for a moderator. */
  holdRate: number;
  /** Genuine comments sent to spam, as a share of genuine comments. */
  fpr: number;
}

/** Evaluates scored comments with a spam threshold and a hold threshold (≤ spam threshold). */
export function threeWay(
  scored: readonly Scored[],
  spamThreshold: number,
  holdThreshold: number,
): ThreeWayMetrics {
  const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
  let spamHeld = 0;
  let hamHeld = 0;
  for (const { spam, probability } of scored) {
    const isSpam = probability >= spamThreshold;
    const held = !isSpam && probability >= holdThreshold;
    if (spam && isSpam) c.tp++;
    else if (spam) c.fn++;
    else if (isSpam) c.fp++;
    else c.tn++;
    if (held && spam) spamHeld++;
    if (held && !spam) hamHeld++;
  }
  const binary = computeMetrics(c);
  // A moderator approves held ham (already counted as tn) and marks held spam (fn → tp).
  const moderated = computeMetrics({ ...c, tp: c.tp + spamHeld, fn: c.fn - spamHeld });
  return {
    spamThreshold,
    holdThreshold,
    binary,
    moderated,
    spamHeld,
    hamHeld,
    holdRate: scored.length === 0 ? 0 : (spamHeld + hamHeld) / scored.length,
    fpr: binary.fpr,
  };
}

/** What the thresholds aim at on cross-validated training scores. */
export interface ThresholdTargets {
  /** Largest share of genuine comments sent to spam (default 0: none of the training ham). */
  maxFpr?: number;
  /** Largest share of spam published (below the hold threshold) (default 0.02). */
  maxSpamPublished?: number;
  /** Never hold more than this share of comments (default 0.2). */
  maxHoldRate?: number;
  /** The spam threshold never goes below this (default 0.5). */
  minSpamThreshold?: number;
  /**
   * Log-odds added to the spam threshold found on out-of-fold scores (default 2). The final model
   * is trained on all training rows and is more confident than the fold models the threshold was
   * read from. Chosen by nested cross-validation on the TubeSpam training rows (test rows never
   * scored): margins 0, 0.5, 1 and 2 gave 5, 2, 2 and 0 genuine comments sent to spam of 385.
   */
  spamMargin?: number;
}

/**
 * Chooses thresholds from out-of-fold scores of training rows (never test rows): the spam threshold
 * is the lowest at which at most `maxFpr` of the ham would be sent to spam (and not below
 * `minSpamThreshold`); the hold threshold is the highest at which at most `maxSpamPublished` of
 * the spam would be published, unless that holds more than `maxHoldRate` of all comments.
 */
export function chooseThresholds(
  scored: readonly Scored[],
  targets: ThresholdTargets = {},
): { spamThreshold: number; holdThreshold: number } {
  const {
    maxFpr = 0,
    maxSpamPublished = 0.02,
    maxHoldRate = 0.2,
    minSpamThreshold = 0.5,
    spamMargin = 2,
  } = targets;
  const ham = scored.filter((s) => !s.spam).map((s) => s.probability);
  const spam = scored.filter((s) => s.spam).map((s) => s.probability);
  ham.sort((a, b) => b - a);
  spam.sort((a, b) => a - b);
  // Spam threshold: just above the (k+1)-th highest ham, k = allowed false positives.
  const allowed = Math.floor(maxFpr * ham.length);
  const above = ham[allowed];
  const found = Math.max(minSpamThreshold, above === undefined ? 0 : nextUp(above));
  const spamThreshold = Math.min(0.9999, 1 / (1 + Math.exp(-(Math.log(found / (1 - found)) + spamMargin))));
  // Hold threshold: at the k-th lowest spam score, k = allowed published spam.
  const published = Math.floor(maxSpamPublished * spam.length);
  let holdThreshold = Math.min(spamThreshold, spam[published] ?? spamThreshold);
  const holdRate = (t: number): number =>
    scored.filter((s) => s.probability >= t && s.probability < spamThreshold).length /
    Math.max(1, scored.length);
  // Raise the hold threshold while it holds too much.
  const candidates = scored
    .map((s) => s.probability)
    .filter((p) => p > holdThreshold && p < spamThreshold)
    .sort((a, b) => a - b);
  for (const p of candidates) {
    if (holdRate(holdThreshold) <= maxHoldRate) break;
    holdThreshold = p;
  }
  return { spamThreshold, holdThreshold };
}

function nextUp(p: number): number {
  return p + Math.max(1e-9, p * 1e-9);
}

/**
 * Out-of-fold probabilities of labelled, analysed examples (stratified k-fold, seeded): each
 * example is scored by a model trained on the other folds. For choosing thresholds on training
 * rows without touching test rows.
 */
export function outOfFoldScores(
  examples: readonly AnalyzedExample[],
  folds: number,
  options: TrainOptions = {},
  /** Log-odds added to each example's score (a prior model's logit, see tubespam.ts); 0 if absent. */
  offset?: (example: AnalyzedExample) => number,
): Scored[] {
  const random = seededRandom(options.seed ?? 1);
  const fold = new Map<AnalyzedExample, number>();
  for (const y of [0, 1]) {
    shuffled(
      examples.filter((e) => e.y === y),
      random,
    ).forEach((e, i) => fold.set(e, i % folds));
  }
  const scores = new Map<AnalyzedExample, number>();
  for (let k = 0; k < folds; k++) {
    const model = trainAnalyzed(
      examples.filter((e) => fold.get(e) !== k),
      { ...options, onEpoch: undefined },
    );
    for (const e of examples)
      if (fold.get(e) === k) scores.set(e, sigmoid(linearScore(model, e.comment).logit + (offset?.(e) ?? 0)));
  }
  return examples.map((e) => ({ spam: e.y === 1, probability: scores.get(e) ?? 0 }));
}
