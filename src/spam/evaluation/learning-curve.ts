// The learning curve: how the filter improves as moderators decide. A source the model never saw
// is split into decisions (replayed in time order through the same online learning step the site
// takes, learn.ts, with the same rarity damping, rarity.ts) and a fixed evaluation set scored after
// every checkpoint. Pure: the caller reads the data and chooses the base model.
import { analyzeComment, type AnalyzedComment, type CommentInput } from '../analyze.ts';
import { learnInPlace, type ModeratorDecision } from '../classifier/learn.ts';
import { cloneModel, linearScore, sigmoid, type SpamModel } from '../classifier/model.ts';
import { normalizeText } from '../text/normalize.ts';
import { type Background, rarityRate } from '../classifier/rarity.ts';
import { extractFeatures } from '../classifier/tokenize.ts';

/** A labelled comment of the replay or the evaluation set. */
export interface CurveExample {
  input: CommentInput;
  spam: boolean;
}

/**
 * Which comments a moderator decides. `every`: each one (a site that holds every comment for
 * review). `corrections`: what a moderator meets on a site that publishes what the filter passes:
 * every spam comment (confirmed in the spam queue, or removed once published) and each genuine
 * comment the filter held or sent to spam (rescued); genuine comments it published go undecided.
 */
export type DecisionPolicy = 'every' | 'corrections';

/** The filter measured on the evaluation set after `decisions` moderator decisions. */
export interface CurvePoint {
  decisions: number;
  /** Of those, how many were spam. */
  spamDecisions: number;
  /** Share of the evaluation spam at or above the spam threshold. */
  recall: number;
  /** Share of the evaluation ham at or above the spam threshold (genuine comments sent to spam). */
  fpr: number;
  /** Share of all evaluation comments in the hold band (to moderation). */
  held: number;
  /** The best recall at a threshold that sends at most `targetFpr` of the evaluation ham to spam. */
  recallAtTargetFpr: number;
}

/** What the replay needs besides the data. */
export interface CurveOptions {
  /** Decision counts at which to measure (0 = before any decision). */
  checkpoints: readonly number[];
  policy: DecisionPolicy;
  spamThreshold: number;
  holdThreshold: number;
  /** False positive rate of `recallAtTargetFpr` (default 1%). */
  targetFpr?: number;
  /** Recent genuine comments that make up the rarity background, as on the site (default 300). */
  backgroundSize?: number;
}

/** Best recall over thresholds whose false positive rate is at most `targetFpr`. */
export function recallAtFpr(
  spamLogits: readonly number[],
  hamLogits: readonly number[],
  targetFpr: number,
): number {
  if (spamLogits.length === 0) return 0;
  const ham = [...hamLogits].sort((a, b) => b - a);
  // At most `allowed` ham may score at or above the threshold: it must sit above ham[allowed].
  const allowed = Math.floor(targetFpr * ham.length + 1e-9);
  const bar = ham[allowed];
  const caught = bar === undefined ? spamLogits.length : spamLogits.filter((s) => s > bar).length;
  return caught / spamLogits.length;
}

/** The rarity background over a sliding window of texts, kept by counts (backgroundOf, windowed). */
class WindowBackground implements Background {
  readonly df = new Map<number, number>();
  private readonly window: Set<number>[] = [];

  constructor(
    private readonly size: number,
    private readonly bits: number,
  ) {}

  get documents(): number {
    return this.window.length;
  }

  add(text: string): void {
    const buckets = new Set(extractFeatures(normalizeText(text.slice(0, 10_000)), this.bits).indices);
    this.window.push(buckets);
    for (const b of buckets) this.df.set(b, (this.df.get(b) ?? 0) + 1);
    if (this.window.length > this.size) {
      for (const b of this.window.shift() ?? []) {
        const n = (this.df.get(b) ?? 0) - 1;
        if (n > 0) this.df.set(b, n);
        else this.df.delete(b);
      }
    }
  }
}

interface Analyzed {
  comment: AnalyzedComment;
  spam: boolean;
  content: string;
}

function measure(
  model: SpamModel,
  test: readonly Analyzed[],
  decisions: number,
  spamDecisions: number,
  o: CurveOptions,
): CurvePoint {
  const spam: number[] = [];
  const ham: number[] = [];
  let held = 0;
  for (const e of test) {
    const logit = linearScore(model, e.comment).logit;
    (e.spam ? spam : ham).push(logit);
    const p = sigmoid(logit);
    if (p >= o.holdThreshold && p < o.spamThreshold) held++;
  }
  const over = (xs: number[]): number =>
    xs.length === 0 ? 0 : xs.filter((x) => sigmoid(x) >= o.spamThreshold).length / xs.length;
  return {
    decisions,
    spamDecisions,
    recall: over(spam),
    fpr: over(ham),
    held: test.length === 0 ? 0 : held / test.length,
    recallAtTargetFpr: recallAtFpr(spam, ham, o.targetFpr ?? 0.01),
  };
}

/**
 * Replays `replay` (oldest first) as moderator decisions on a copy of `base` and measures the
 * filter on `test` at each checkpoint. Checkpoints beyond the decisions taken are measured once,
 * at the end, with the count reached.
 */
export function learningCurve(
  base: SpamModel,
  replay: readonly CurveExample[],
  test: readonly CurveExample[],
  options: CurveOptions,
): CurvePoint[] {
  const analyze = (e: CurveExample): Analyzed => ({
    comment: analyzeComment(e.input, base.bits),
    spam: e.spam,
    content: e.input.content,
  });
  const testSet = test.map(analyze);
  const model = cloneModel(base);
  const wanted = [...new Set(options.checkpoints)].sort((a, b) => a - b);
  const points: CurvePoint[] = [];
  const background = new WindowBackground(options.backgroundSize ?? 300, base.bits);
  let decisions = 0;
  let spamDecisions = 0;
  const record = (): void => {
    while (wanted.length > 0 && (wanted[0] ?? Infinity) <= decisions) {
      wanted.shift();
      if (points.at(-1)?.decisions !== decisions)
        points.push(measure(model, testSet, decisions, spamDecisions, options));
    }
  };
  record();
  for (const example of replay) {
    if (wanted.length === 0) break;
    const e = analyze(example);
    const p = linearScore(model, e.comment).probability;
    const decided = options.policy === 'every' || e.spam || p >= options.holdThreshold;
    if (decided) {
      const decision: ModeratorDecision = e.spam
        ? 'spam'
        : p >= options.spamThreshold
          ? 'not-spam'
          : 'approve';
      learnInPlace(model, e.comment, decision, { rate: (bucket) => rarityRate(background, bucket) });
      decisions++;
      if (e.spam) spamDecisions++;
    }
    // Published genuine comments become the everyday text learning is measured against.
    if (!e.spam) background.add(e.content);
    if (decided) record();
  }
  if (wanted.length > 0 && points.at(-1)?.decisions !== decisions)
    points.push(measure(model, testSet, decisions, spamDecisions, options));
  return points;
}
