import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../analyze.ts';
import { blendModels, createModel, deserializeModel, linearScore, serializeModel } from './model.ts';
import { trainAnalyzed, trainModel } from './train.ts';
import { SIGNAL_CODES, SIGNAL_INFO } from '../signals/signals.ts';
import { structuralBuckets } from './tokenize.ts';
import { TOY_EXAMPLES } from '../examples/toy-examples.ts';

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

describe('blendModels', () => {
  it('scores every comment at the blend of the parts’ logits', () => {
    const a = trainModel(TOY_EXAMPLES, { bits: 12, seed: 1 });
    const b = trainModel(TOY_EXAMPLES.slice(0, Math.ceil(TOY_EXAMPLES.length / 2)), { bits: 12, seed: 2 });
    const blend = blendModels([
      { model: a, share: 0.7 },
      { model: b, share: 0.3 },
    ]);
    for (const { input } of TOY_EXAMPLES.slice(0, 6)) {
      const c = analyzeComment(input, 12);
      const expected = 0.7 * linearScore(a, c).logit + 0.3 * linearScore(b, c).logit;
      expect(linearScore(blend, c).logit).toBeCloseTo(expected, 4);
    }
    expect(() =>
      blendModels([
        { model: a, share: 1 },
        { model: createModel(13), share: 0 },
      ]),
    ).toThrow(RangeError);
  });
});

describe('training options of the recipes tried', () => {
  const analyzed = TOY_EXAMPLES.map((e) => ({
    comment: analyzeComment(e.input, 12),
    y: e.spam ? 1 : 0,
    source: 'one',
  }));
  const plain = trainAnalyzed(analyzed, { bits: 12 });

  it('per-source class balance and intercepts change nothing with a single source', () => {
    for (const options of [{ classBalancePerSource: true }, { sourceIntercepts: true }]) {
      const m = trainAnalyzed(analyzed, { bits: 12, ...options });
      expect(m.bias).toBeCloseTo(plain.bias, 6);
      expect(Array.from(m.weights)).toEqual(Array.from(plain.weights));
    }
  });

  it('per-source intercepts: the bias is their mean, so the majority source does not set it', () => {
    const two = analyzed.map((e, i) => ({ ...e, source: i % 3 === 0 ? 'small' : 'big' }));
    const m = trainAnalyzed(two, { bits: 12, sourceIntercepts: true });
    expect(m.bias).not.toBeCloseTo(trainAnalyzed(two, { bits: 12 }).bias, 3);
  });

  it('averaging from an epoch after the last is no averaging; from the first it smooths', () => {
    const never = trainAnalyzed(analyzed, { bits: 12, averageFrom: 13 });
    expect(Array.from(never.weights)).toEqual(Array.from(plain.weights));
    const averaged = trainAnalyzed(analyzed, { bits: 12, averageFrom: 1 });
    let plainNorm = 0;
    let averagedNorm = 0;
    for (let i = 0; i < plain.weights.length; i++) {
      plainNorm += (plain.weights[i] ?? 0) ** 2;
      averagedNorm += (averaged.weights[i] ?? 0) ** 2;
    }
    // The average of weights growing from 0 is smaller than the last of them.
    expect(averagedNorm).toBeLessThan(plainNorm);
    expect(averagedNorm).toBeGreaterThan(0);
  });

  it('nbBlend adds that multiple of each bucket’s naive-Bayes log-count ratio', () => {
    const blended = trainAnalyzed(analyzed, { bits: 12, nbBlend: 0.5 });
    // A bucket only spam examples have, in k of the spam documents: ratio log((k+1)/(S+1) / (1/(H+1))).
    const spamDocs = analyzed.filter((e) => e.y === 1);
    const hamDocs = analyzed.filter((e) => e.y === 0);
    const inHam = new Set(hamDocs.flatMap((e) => Array.from(e.comment.features.indices)));
    const bucket = spamDocs
      .flatMap((e) => Array.from(e.comment.features.indices))
      .find((i) => !inHam.has(i))!;
    const k = spamDocs.filter((e) => e.comment.features.indices.includes(bucket)).length;
    const ratio = Math.log((k + 1) / (spamDocs.length + 1) / (1 / (hamDocs.length + 1)));
    expect((blended.weights[bucket] ?? 0) - (plain.weights[bucket] ?? 0)).toBeCloseTo(0.5 * ratio, 4);
  });

  // The bound holds before the NB scale is folded in: plain logistic regression (nbAlpha 0), as built in.
  const lr = { bits: 12, nbAlpha: 0 };
  const plainLr = trainAnalyzed(analyzed, lr);

  it('weightCap bounds every text weight, towards ham by weightCapHam when given', () => {
    const largest = Math.max(...Array.from(plainLr.weights, Math.abs));
    const cap = largest / 2;
    const capped = trainAnalyzed(analyzed, { ...lr, weightCap: cap });
    expect(Math.max(...Array.from(capped.weights, Math.abs))).toBeLessThanOrEqual(cap + 1e-6);
    const spamSide = trainAnalyzed(analyzed, { ...lr, weightCap: cap, weightCapHam: Infinity });
    expect(Math.max(...spamSide.weights)).toBeLessThanOrEqual(cap + 1e-6);
    expect(Math.min(...capped.weights)).toBeGreaterThanOrEqual(-cap - 1e-6);
    // A bound above every weight changes nothing.
    const loose = trainAnalyzed(analyzed, { ...lr, weightCap: largest + 1 });
    expect(Array.from(loose.weights)).toEqual(Array.from(plainLr.weights));
  });

  it('capOnly: words leaves the structural buckets unbounded, structure bounds only them', () => {
    const domains = analyzed.flatMap((e) => e.comment.normalized.domains);
    const structural = structuralBuckets(domains, 12);
    const heaviest = Math.max(...[...structural].map((b) => Math.abs(plainLr.weights[b] ?? 0)));
    expect(heaviest).toBeGreaterThan(0);
    const cap = heaviest / 4;
    const words = trainAnalyzed(analyzed, { ...lr, weightCap: cap, capOnly: 'words' });
    expect(Math.max(...[...structural].map((b) => Math.abs(words.weights[b] ?? 0)))).toBeGreaterThan(cap);
    const structure = trainAnalyzed(analyzed, { ...lr, weightCap: cap, capOnly: 'structure' });
    for (const b of structural) expect(Math.abs(structure.weights[b] ?? 0)).toBeLessThanOrEqual(cap + 1e-6);
    const others = Array.from(structure.weights).filter((_, i) => !structural.has(i));
    expect(Math.max(...others.map(Math.abs))).toBeGreaterThan(cap);
  });

  it('sourceSpread changes nothing with one source and scales buckets seen in fewer sources', () => {
    const one = trainAnalyzed(analyzed, { bits: 12, sourceSpread: 1 });
    expect(Array.from(one.weights)).toEqual(Array.from(plain.weights));
    const two = analyzed.map((e, i) => ({ ...e, source: i % 2 === 0 ? 'even' : 'odd' }));
    const spread = trainAnalyzed(two, { bits: 12, sourceSpread: 1 });
    expect(Array.from(spread.weights)).not.toEqual(Array.from(trainAnalyzed(two, { bits: 12 }).weights));
  });

  it('dropout 0 is no dropout; above 0 it is seeded (the same weights twice) and changes them', () => {
    const none = trainAnalyzed(analyzed, { bits: 12, dropout: 0 });
    expect(Array.from(none.weights)).toEqual(Array.from(plain.weights));
    const a = trainAnalyzed(analyzed, { bits: 12, dropout: 0.5 });
    const b = trainAnalyzed(analyzed, { bits: 12, dropout: 0.5 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(Array.from(a.weights)).not.toEqual(Array.from(plain.weights));
  });

  it('trainingWeights replaces a hand-set signal’s weight in training only', () => {
    const j = SIGNAL_CODES.indexOf('own-channel');
    const asShipped = trainAnalyzed(analyzed, {
      bits: 12,
      trainingWeights: { 'own-channel': SIGNAL_INFO['own-channel'].trainingWeight },
    });
    expect(Array.from(asShipped.weights)).toEqual(Array.from(plain.weights));
    // own-channel fires on two toy spam comments: weighing more in training, it leaves their
    // words less to learn, and its scoring weight stays as written.
    const heavier = trainAnalyzed(analyzed, { bits: 12, trainingWeights: { 'own-channel': 8 } });
    expect(Array.from(heavier.weights)).not.toEqual(Array.from(plain.weights));
    expect(heavier.signalWeights[j]).toBe(plain.signalWeights[j]);
  });
});
