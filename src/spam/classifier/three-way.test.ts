import { describe, expect, it } from 'vitest';
import { analyzeExamples } from '../evaluation/evaluate.ts';
import { chooseThresholds, outOfFoldScores, threeWay, type Scored } from './three-way.ts';
import { TOY_EXAMPLES } from '../examples/toy-examples.ts';

const s = (spam: boolean, probability: number): Scored => ({ spam, probability });

describe('threeWay', () => {
  const scored = [s(true, 0.9), s(true, 0.4), s(true, 0.1), s(false, 0.6), s(false, 0.3), s(false, 0.05)];

  it('counts spam, held and published at a spam and a hold threshold', () => {
    const m = threeWay(scored, 0.5, 0.2);
    expect(m.binary).toMatchObject({ tp: 1, fn: 2, fp: 1, tn: 2 });
    expect(m).toMatchObject({ spamHeld: 1, hamHeld: 1, holdRate: 2 / 6, fpr: 1 / 3 });
    // After moderation the held spam is caught and the held ham approved.
    expect(m.moderated).toMatchObject({ tp: 2, fn: 1, fp: 1, tn: 2 });
  });

  it('without a hold band, moderated and binary agree', () => {
    const m = threeWay(scored, 0.5, 0.5);
    expect(m.moderated.mcc).toBe(m.binary.mcc);
    expect(m.holdRate).toBe(0);
  });
});

describe('chooseThresholds', () => {
  const cv = [
    ...[0.99, 0.95, 0.9, 0.8, 0.7, 0.6, 0.3, 0.2, 0.15, 0.1].map((p) => s(true, p)),
    ...[0.65, 0.4, 0.2, 0.1, 0.05, 0.02, 0.01, 0.01, 0.01, 0.01].map((p) => s(false, p)),
  ];

  it('puts the spam threshold above every out-of-fold ham, plus the margin', () => {
    const { spamThreshold } = chooseThresholds(cv, { spamMargin: 0 });
    expect(spamThreshold).toBeGreaterThan(0.65);
    expect(spamThreshold).toBeLessThan(0.66);
    const withMargin = chooseThresholds(cv, { spamMargin: 2 }).spamThreshold;
    expect(
      Math.log(withMargin / (1 - withMargin)) - Math.log(spamThreshold / (1 - spamThreshold)),
    ).toBeCloseTo(2, 5);
  });

  it('holds down to the spam it must not publish, within the hold-rate cap', () => {
    // 2% of 10 spam → none may be published: hold from the lowest spam score (0.1)...
    expect(chooseThresholds(cv, { spamMargin: 0, maxHoldRate: 1 }).holdThreshold).toBe(0.1);
    // ...unless that holds more than a quarter of all comments: then it rises.
    const capped = chooseThresholds(cv, { spamMargin: 0, maxHoldRate: 0.25 });
    expect(capped.holdThreshold).toBeGreaterThan(0.1);
    expect(threeWay(cv, capped.spamThreshold, capped.holdThreshold).holdRate).toBeLessThanOrEqual(0.25);
  });
});

describe('outOfFoldScores', () => {
  it('scores every example once, by a model that did not train on it', () => {
    const examples = analyzeExamples(TOY_EXAMPLES, 12);
    const scores = outOfFoldScores(examples, 3, { bits: 12 });
    expect(scores).toHaveLength(examples.length);
    expect(scores.map((x) => x.spam)).toEqual(examples.map((e) => e.y === 1));
    for (const x of scores) expect(x.probability).toBeGreaterThan(0);
  });

  it("adds a prior's log-odds to every out-of-fold score (a site starting from the built-in model)", () => {
    const examples = analyzeExamples(TOY_EXAMPLES, 12);
    const plain = outOfFoldScores(examples, 3, { bits: 12 });
    // A prior that leans each example by ±1.5 log-odds, different per example.
    const lean = (i: number): number => (i % 2 === 0 ? 1.5 : -1.5);
    const withPrior = outOfFoldScores(examples, 3, { bits: 12 }, (e) => lean(examples.indexOf(e)));
    const logit = (p: number): number => Math.log(p / (1 - p));
    withPrior.forEach((x, i) =>
      expect(logit(x.probability)).toBeCloseTo(logit(plain[i]!.probability) + lean(i), 6),
    );
  });
});
