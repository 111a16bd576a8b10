import { describe, expect, it } from 'vitest';
import { createModel, deserializeModel, serializeModel } from './model.ts';
import { trainModel } from './train.ts';
import { SIGNAL_CODES } from './signals.ts';
import { TOY_EXAMPLES } from './toy-examples.ts';

describe('model serialisation', () => {
  it('round-trips to numbers-only JSON within quantisation error', () => {
    const model = trainModel(TOY_EXAMPLES, { bits: 12 });
    const json = serializeModel(model);
    const text = JSON.stringify(json);
    // Only keys are strings: no text of the training data appears.
    expect(text).not.toMatch(/casino|subscribe|article/i);
    const back = deserializeModel(text);
    expect(back.bits).toBe(12);
    expect(back.bias).toBeCloseTo(model.bias, 5);
    let maxError = 0;
    model.weights.forEach((w, i) => (maxError = Math.max(maxError, Math.abs(w - (back.weights[i] ?? 0)))));
    expect(maxError).toBeLessThanOrEqual(json.scale);
    expect(Array.from(back.signalWeights)).toHaveLength(SIGNAL_CODES.length);
  });

  it('is deterministic: the same data and seed give the same JSON', () => {
    const a = JSON.stringify(serializeModel(trainModel(TOY_EXAMPLES, { bits: 12, seed: 7 })));
    const b = JSON.stringify(serializeModel(trainModel(TOY_EXAMPLES, { bits: 12, seed: 7 })));
    expect(a).toBe(b);
  });

  it.each([
    ['null', null],
    ['wrong version', { ...serializeModel(createModel(10)), v: 2 }],
    ['bad bits', { ...serializeModel(createModel(10)), bits: 40 }],
    ['index out of range', { ...serializeModel(createModel(10)), index: [5000], weight: [1] }],
    ['length mismatch', { ...serializeModel(createModel(10)), index: [1], weight: [] }],
    ['non-numbers', { ...serializeModel(createModel(10)), signals: ['x'] }],
  ])('rejects %s', (_name, json) => {
    expect(() => deserializeModel(json)).toThrow(RangeError);
  });
});
