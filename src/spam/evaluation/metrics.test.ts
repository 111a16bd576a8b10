import { describe, expect, it } from 'vitest';
import { addConfusion, computeMetrics, confusionMatrix } from './metrics.ts';

describe('metrics', () => {
  it('builds a confusion matrix', () => {
    const pairs = [
      { actual: true, predicted: true },
      { actual: true, predicted: false },
      { actual: false, predicted: true },
      { actual: false, predicted: false },
      { actual: false, predicted: false },
    ];
    expect(confusionMatrix(pairs)).toEqual({ tp: 1, fn: 1, fp: 1, tn: 2 });
  });

  it('computes known answers (TP48 TN51 FP2 FN5, the TubeSpam Psy NB baseline)', () => {
    const m = computeMetrics({ tp: 48, tn: 51, fp: 2, fn: 5 });
    expect(m.accuracy).toBeCloseTo(0.934, 3);
    expect(m.precision).toBeCloseTo(0.96, 3);
    expect(m.recall).toBeCloseTo(0.9057, 3);
    expect(m.f1).toBeCloseTo(0.932, 3);
    expect(m.mcc).toBeCloseTo(0.869, 3);
    expect(m.fpr).toBeCloseTo(2 / 53, 6);
  });

  it('returns zeros instead of NaN for empty denominators', () => {
    const m = computeMetrics({ tp: 0, tn: 0, fp: 0, fn: 0 });
    expect([m.accuracy, m.precision, m.recall, m.f1, m.mcc, m.fpr]).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('adds confusion matrices', () => {
    expect(addConfusion({ tp: 1, fp: 2, tn: 3, fn: 4 }, { tp: 1, fp: 1, tn: 1, fn: 1 })).toEqual({
      tp: 2,
      fp: 3,
      tn: 4,
      fn: 5,
    });
  });
});
