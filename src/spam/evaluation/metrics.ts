// Evaluation metrics over spam verdicts. "Positive" means marked spam or discard.

/** Counts of a binary confusion matrix. */
export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** Summary metrics; NaN-free (0 where a ratio has no denominator). */
export interface Metrics extends Confusion {
  total: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  mcc: number;
  /** Share of ham marked spam or discard. */
  fpr: number;
}

/** Builds a confusion matrix from (actual, predicted) pairs. */
export function confusionMatrix(pairs: Iterable<{ actual: boolean; predicted: boolean }>): Confusion {
  const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (const { actual, predicted } of pairs) {
    if (actual && predicted) c.tp++;
    else if (actual) c.fn++;
    else if (predicted) c.fp++;
    else c.tn++;
  }
  return c;
}

/** Adds confusion matrices (e.g. the folds of a cross-validation). */
export function addConfusion(a: Confusion, b: Confusion): Confusion {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, tn: a.tn + b.tn, fn: a.fn + b.fn };
}

function ratio(num: number, den: number): number {
  return den === 0 ? 0 : num / den;
}

/** Accuracy, precision, recall, F1, Matthews correlation and false positive rate. */
export function computeMetrics(c: Confusion): Metrics {
  const total = c.tp + c.fp + c.tn + c.fn;
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const den = Math.sqrt((c.tp + c.fp) * (c.tp + c.fn) * (c.tn + c.fp) * (c.tn + c.fn));
  return {
    ...c,
    total,
    accuracy: ratio(c.tp + c.tn, total),
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    mcc: ratio(c.tp * c.tn - c.fp * c.fn, den),
    fpr: ratio(c.fp, c.fp + c.tn),
  };
}
