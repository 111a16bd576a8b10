// Leave-one-source-out evaluation: for each source (a YouTube video, the SMS collection, …) a
// model trained on every other source scores the one left out, so every figure is a held-out one.
// Sources that are test-only (spam without ham, e.g. the Russian sample) are never trained on and
// are scored by the model trained on all trainable sources. The shift of the shipped model's bias
// is chosen from these held-out scores (`chooseShift`); in-sample scores never enter.
import type { SourcedExample } from '../classifier/calibrate.ts';
import { linearScore, type SpamModel } from '../classifier/model.ts';
import { trainAnalyzed, type TrainOptions } from '../classifier/train.ts';
import { SIGNAL_CODES, SIGNAL_INFO } from '../signals/signals.ts';

// The signals that may hold but never alone send a comment to spam (verdict.ts, `holdAtMost`).
const HOLD_AT_MOST = SIGNAL_CODES.map((code) => SIGNAL_INFO[code].holdAtMost === true);

/**
 * The spam evidence of a comment beside the text model's words: the positive log-odds of the
 * signals that may send it to spam (those that may only hold, `holdAtMost`, and those pulling
 * towards ham are no part of it). Below a small bound, a spam verdict rests on the words alone
 * (`WordsAloneRule`; docs/spam.md, "Words alone").
 */
export function spamEvidence(model: SpamModel, comment: { signals: Float64Array }): number {
  let sum = 0;
  const s = comment.signals;
  for (let i = 0; i < s.length; i++) {
    if (HOLD_AT_MOST[i]) continue;
    const w = (s[i] ?? 0) * (model.signalWeights[i] ?? 0);
    if (w > 0) sum += w;
  }
  return sum;
}

/** A training recipe: examples in, model out. */
export type Trainer = (examples: readonly SourcedExample[]) => SpamModel;

/** The recipe of `options` (plain `trainAnalyzed`), or the recipe itself. */
function trainerOf(recipe: TrainOptions | Trainer): Trainer {
  return typeof recipe === 'function'
    ? recipe
    : (examples) => trainAnalyzed(examples, { ...recipe, onEpoch: undefined });
}

/** Held-out logits of one source (before any bias shift). */
export interface HeldOutSource {
  source: string;
  /** True when the source was only scored, never trained on. */
  testOnly: boolean;
  spam: number[];
  ham: number[];
  /** Per spam / ham example, the spam evidence beside the words (`spamEvidence`):
   * the positive log-odds of the signals that may send a comment to spam. */
  spamEvidence?: number[];
  hamEvidence?: number[];
}

/** Scores every source with a model that never saw it. */
export function leaveOneSourceOut(
  examples: readonly SourcedExample[],
  testOnly: readonly SourcedExample[],
  recipe: TrainOptions | Trainer = {},
  onSource?: (source: string) => void,
): HeldOutSource[] {
  const train = trainerOf(recipe);
  const out: HeldOutSource[] = [];
  const score = (model: SpamModel, rows: readonly SourcedExample[], source: string, only: boolean): void => {
    const held = {
      source,
      testOnly: only,
      spam: [],
      ham: [],
      spamEvidence: [],
      hamEvidence: [],
    } as Required<HeldOutSource>;
    for (const e of rows) {
      (e.y === 1 ? held.spam : held.ham).push(linearScore(model, e.comment).logit);
      (e.y === 1 ? held.spamEvidence : held.hamEvidence).push(spamEvidence(model, e.comment));
    }
    out.push(held);
  };
  const sources = [...new Set(examples.map((e) => e.source))].sort();
  for (const source of sources) {
    onSource?.(source);
    const model = train(examples.filter((e) => e.source !== source));
    score(
      model,
      examples.filter((e) => e.source === source),
      source,
      false,
    );
  }
  const extra = [...new Set(testOnly.map((e) => e.source))].sort();
  if (extra.length > 0) {
    onSource?.(extra.join(', '));
    const model = train(examples);
    for (const source of extra)
      score(
        model,
        testOnly.filter((e) => e.source === source),
        source,
        true,
      );
  }
  return out;
}

/** Held-out outcome of one source at a given bias shift and hold/spam thresholds (log-odds). */
export interface HeldOutRow {
  source: string;
  testOnly: boolean;
  spam: number;
  ham: number;
  /** Spam at or above the spam threshold. */
  caught: number;
  /** Spam held (between the hold and the spam threshold). */
  spamHeld: number;
  /** Ham at or above the spam threshold: false positives. */
  falsePositives: number;
  /** Ham held for moderation. */
  hamHeld: number;
  /** Of the held spam / ham, those held only by the words-alone rule (`WordsAloneRule`): spam
   * verdicts by their words alone. Zero without a rule. */
  spamWordsAloneHeld: number;
  hamWordsAloneHeld: number;
  recall: number;
  fpr: number;
}

/**
 * A rule for spam verdicts whose evidence is the words alone (the spam evidence beside the words,
 * `spamEvidence`, below `bound` log-odds): such a comment is spam only at a logit of at least
 * `spamLogit` (after the shift; Infinity: never), and held otherwise. Measured
 * by `npm run spam:loso`, not shipped in verdict.ts (docs/spam.md, "Words alone").
 */
export interface WordsAloneRule {
  bound: number;
  spamLogit: number;
}

/** Outcome per source when the bias is lowered by `shift` (spam at logit ≥ spamLogit). */
export function heldOutTable(
  sources: readonly HeldOutSource[],
  shift: number,
  spamLogit = 0,
  holdLogit = spamLogit,
  wordsAlone?: WordsAloneRule,
): HeldOutRow[] {
  return sources.map((s) => {
    const at = (xs: number[], t: number): number => xs.filter((x) => x - shift >= t).length;
    // Spam verdicts the words-alone rule holds: evidence below the bound, logit below its bar.
    const demoted = (xs: number[], evidence: number[] | undefined): number =>
      wordsAlone && evidence
        ? xs.filter(
            (x, i) =>
              x - shift >= spamLogit &&
              x - shift < wordsAlone.spamLogit &&
              (evidence[i] ?? 0) < wordsAlone.bound,
          ).length
        : 0;
    const spamWordsAloneHeld = demoted(s.spam, s.spamEvidence);
    const hamWordsAloneHeld = demoted(s.ham, s.hamEvidence);
    const caught = at(s.spam, spamLogit) - spamWordsAloneHeld;
    const falsePositives = at(s.ham, spamLogit) - hamWordsAloneHeld;
    return {
      source: s.source,
      testOnly: s.testOnly,
      spam: s.spam.length,
      ham: s.ham.length,
      caught,
      spamHeld: at(s.spam, Math.min(holdLogit, spamLogit)) - caught,
      falsePositives,
      hamHeld: at(s.ham, Math.min(holdLogit, spamLogit)) - falsePositives,
      spamWordsAloneHeld,
      hamWordsAloneHeld,
      recall: s.spam.length === 0 ? 0 : caught / s.spam.length,
      fpr: s.ham.length === 0 ? 0 : falsePositives / s.ham.length,
    };
  });
}

/**
 * Sources with at least this many genuine examples are ceilings of the shift as well as terms of the
 * mean: with a thousand or more, a source's held-out false positive rate is measured to a few tenths
 * of a point (SMS: 4,517, one message is 0.02 points), so it must meet the target itself; a video's
 * 173–194 cannot (one comment is 0.5–0.6 points), so those are only averaged.
 */
export const CEILING_HAM = 1000;

/**
 * The smallest bias shift (so the best recall) at which the held-out false positive rate, averaged
 * over the sources that have spam and ham (each source counts once, whatever its size, so SMS's
 * 4,500 ham messages cannot hide a video's), is at most `targetFpr`, and at which every source of
 * ham alone (the news-site ham) and every source with `CEILING_HAM` or more ham (SMS) has a
 * held-out false positive rate of at most `targetFpr` too. A source without spam cannot trade
 * recall for false positives: in the mean, its low rate would only let the other sources' rates
 * rise, so it is a ceiling of its own instead; a big source's rate is measured well enough to be
 * held to the target on its own (before 2026-12-06 the mean alone let SMS sit at 47 of 4,517,
 * 1.04%). Never negative. `ceilingHam` (default `CEILING_HAM`; Infinity: no big source is a
 * ceiling) lets `npm run spam:recipes -- --rules` measure the rule without SMS's ceiling.
 */
export function chooseShift(
  sources: readonly HeldOutSource[],
  targetFpr: number,
  ceilingHam = CEILING_HAM,
): number {
  const mixed = sources.filter((s) => s.ham.length > 0 && s.spam.length > 0);
  const ceilings = sources.filter(
    (s) => s.ham.length > 0 && (s.spam.length === 0 || s.ham.length >= ceilingHam),
  );
  return Math.max(meanFprShift(mixed, targetFpr), ...ceilings.map((s) => meanFprShift([s], targetFpr)));
}

/** The smallest shift at which the mean false positive rate of `withHam` is at most `targetFpr`. */
function meanFprShift(withHam: readonly HeldOutSource[], targetFpr: number): number {
  if (withHam.length === 0) return 0;
  const meanFpr = (shift: number): number =>
    withHam.reduce((sum, s) => sum + s.ham.filter((x) => x - shift >= 0).length / s.ham.length, 0) /
    withHam.length;
  // The mean FPR only changes at a ham logit: try them in increasing order.
  const candidates = [0, ...withHam.flatMap((s) => s.ham.map((x) => x + 1e-6)).filter((x) => x > 0)].sort(
    (a, b) => a - b,
  );
  for (const shift of candidates) if (meanFpr(shift) <= targetFpr) return shift;
  return candidates[candidates.length - 1] ?? 0;
}

/** A held-out row judged at a shift chosen without its source. */
export interface NestedRow extends HeldOutRow {
  /** The shift chosen by leave-one-source-out among the other sources only. */
  shift: number;
}

/**
 * Nested leave-one-source-out: the shift that judges a source is itself chosen without it. For
 * each source with ham, leave-one-source-out is run on the other sources alone (models that
 * never saw this source either) and `chooseShift` picks the shift from those scores; the source's
 * held-out scores (`heldOut`, from the model trained on all other sources) are judged at it. So
 * neither the weights nor the threshold ever saw the source a figure is reported for.
 */
export function nestedLeaveOneSourceOut(
  examples: readonly SourcedExample[],
  heldOut: readonly HeldOutSource[],
  recipe: TrainOptions | Trainer,
  targetFpr: number,
  onSource?: (source: string) => void,
): NestedRow[] {
  const rows: NestedRow[] = [];
  for (const outer of heldOut) {
    if (outer.testOnly || outer.ham.length === 0) continue;
    onSource?.(outer.source);
    const inner = leaveOneSourceOut(
      examples.filter((e) => e.source !== outer.source),
      [],
      recipe,
    );
    const shift = chooseShift(inner, targetFpr);
    const [row] = heldOutTable([outer], shift);
    if (row) rows.push({ ...row, shift });
  }
  return rows;
}
