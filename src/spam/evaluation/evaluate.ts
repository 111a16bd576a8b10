// Evaluation helpers: score labelled examples, cross-validate, split reproducibly.
import { analyzeComment, type AnalyzedComment } from '../analyze.ts';
import { addConfusion, computeMetrics, confusionMatrix, type Confusion, type Metrics } from './metrics.ts';
import { DEFAULT_BITS, linearScore, type SpamModel } from '../classifier/model.ts';
import { seededRandom, shuffled } from '../classifier/random.ts';
import { trainAnalyzed, type TrainingExample, type TrainOptions } from '../classifier/train.ts';
import { DEFAULT_SPAM_SETTINGS, type SpamSettings } from '../verdict.ts';

/** An example analysed once, reusable across folds. */
export interface AnalyzedExample {
  comment: AnalyzedComment;
  y: number;
}

/** Analyses examples for a model with the given bits. */
export function analyzeExamples(
  examples: readonly TrainingExample[],
  bits = DEFAULT_BITS,
): AnalyzedExample[] {
  return examples.map((e) => ({ comment: analyzeComment(e.input, bits), y: e.spam ? 1 : 0 }));
}

/** Confusion matrix of a model on analysed examples: positive = spam or discard. */
export function evaluateModel(
  model: SpamModel,
  examples: readonly AnalyzedExample[],
  settings: SpamSettings = DEFAULT_SPAM_SETTINGS,
): Confusion {
  return confusionMatrix(
    examples.map((e) => ({
      actual: e.y === 1,
      predicted: linearScore(model, e.comment).probability >= settings.spamThreshold,
    })),
  );
}

/** Stratified k-fold cross-validation with a seeded shuffle; returns the summed metrics. */
export function crossValidate(
  examples: readonly AnalyzedExample[],
  folds: number,
  options: TrainOptions & { settings?: SpamSettings } = {},
): Metrics {
  const random = seededRandom(options.seed ?? 1);
  const assign = new Map<AnalyzedExample, number>();
  for (const y of [0, 1]) {
    shuffled(
      examples.filter((e) => e.y === y),
      random,
    ).forEach((e, i) => assign.set(e, i % folds));
  }
  let total: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (let fold = 0; fold < folds; fold++) {
    const train = examples.filter((e) => assign.get(e) !== fold);
    const test = examples.filter((e) => assign.get(e) === fold);
    const model = trainAnalyzed(train, options);
    total = addConfusion(total, evaluateModel(model, test, options.settings));
  }
  return computeMetrics(total);
}
