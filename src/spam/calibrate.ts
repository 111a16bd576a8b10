// Calibration for unseen sites: a model trained on some sources is over-confident on a new one.
// Leave-one-source-out training estimates how new-site ham scores; the bias is then lowered so
// that at most `targetFpr` of that ham would be marked spam. The held-out data is never used.
import type { AnalyzedExample } from './evaluate.ts';
import { linearScore, type SpamModel } from './model.ts';
import { trainAnalyzed, type TrainOptions } from './train.ts';

/** An analysed example tagged with the source (site, data set) it came from. */
export interface SourcedExample extends AnalyzedExample {
  source: string;
}

/** The value below which `1 - share` of the numbers fall (nearest rank). */
export function upperQuantile(values: readonly number[], share: number): number {
  if (values.length === 0) return -Infinity;
  const sorted = values.slice().sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((1 - share) * sorted.length) - 1));
  return sorted[rank] ?? -Infinity;
}

/**
 * Log-odds shift that keeps the false positive rate on an unseen source under `targetFpr`:
 * for each source, a model trained on the others scores its ham; the shift is the median over
 * sources of the upper quantile of those scores (the median, so that one source unlike all the
 * others cannot dominate), and never negative.
 */
export function sourceShift(
  examples: readonly SourcedExample[],
  targetFpr: number,
  options: TrainOptions = {},
): number {
  const sources = [...new Set(examples.map((e) => e.source))].sort();
  if (sources.length < 2) return 0;
  const perSource: number[] = [];
  for (const source of sources) {
    const model = trainAnalyzed(
      examples.filter((e) => e.source !== source),
      { ...options, onEpoch: undefined },
    );
    const hamLogits = examples
      .filter((e) => e.source === source && e.y === 0)
      .map((e) => linearScore(model, e.comment).logit);
    perSource.push(upperQuantile(hamLogits, targetFpr));
  }
  perSource.sort((a, b) => a - b);
  const mid = perSource.length / 2;
  const median =
    perSource.length % 2
      ? (perSource[Math.floor(mid)] ?? 0)
      : ((perSource[mid - 1] ?? 0) + (perSource[mid] ?? 0)) / 2;
  return Math.max(0, median);
}

/** A copy of the model with its bias lowered by `shift` log-odds. */
export function shiftBias(model: SpamModel, shift: number): SpamModel {
  return { ...model, bias: model.bias - shift };
}
