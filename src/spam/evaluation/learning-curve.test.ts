import { describe, expect, it } from 'vitest';
import { type CurveExample, learningCurve, recallAtFpr } from './learning-curve.ts';
import { TOY_EXAMPLES } from '../examples/toy-examples.ts';
import { trainModel } from '../classifier/train.ts';

const base = trainModel(TOY_EXAMPLES, { bits: 14 });
const options = { spamThreshold: 0.5, holdThreshold: 0.2, checkpoints: [0, 2, 4, 100] } as const;

// A campaign the toy model has never seen, in variants, and genuine comments on another topic.
const campaign = (n: number): CurveExample => ({
  input: {
    content: `Great deals on garden gnomes at gnomeworld ${['shop', 'store', 'mall', 'depot'][n % 4]}, prices ${['inside', 'listed'][n % 2]}`,
  },
  spam: true,
});
const genuine = (n: number): CurveExample => ({
  input: {
    content: `The ${['council', 'court', 'school board', 'mayor'][n % 4]} meeting on the tram route ran late`,
  },
  spam: false,
});

describe('recallAtFpr', () => {
  it('takes the best threshold that lets at most the allowed share of ham through', () => {
    // 100 ham: 1% allows one ham above the threshold, so the bar is the second highest ham (5).
    const ham = [9, 5, ...Array.from({ length: 98 }, () => 0)];
    expect(recallAtFpr([10, 6, 5, 1], ham, 0.01)).toBe(0.5);
    expect(recallAtFpr([10, 6, 5, 1], ham, 0)).toBe(0.25);
    expect(recallAtFpr([10, 6], [], 0.01)).toBe(1);
    expect(recallAtFpr([], ham, 0.01)).toBe(0);
  });
});

describe('learningCurve', () => {
  const replay = [campaign(0), genuine(0), campaign(1), genuine(1), campaign(2), campaign(3)];
  const test = [campaign(4), campaign(5), genuine(2), genuine(3)];

  it('measures before any decision and catches the campaign once moderators marked it', () => {
    const points = learningCurve(base, replay, test, { ...options, policy: 'every' });
    expect(points.map((p) => p.decisions)).toEqual([0, 2, 4, 6]);
    expect(points[0]?.recall).toBe(0);
    expect(points.at(-1)?.recall).toBe(1);
    expect(points.at(-1)?.fpr).toBe(0);
    expect(points.at(-1)?.spamDecisions).toBe(4);
  });

  it('counts only what a moderator meets when the filter publishes genuine comments', () => {
    const points = learningCurve(base, replay, test, { ...options, policy: 'corrections' });
    // The genuine comments score low: published without a decision.
    expect(points.at(-1)?.decisions).toBe(4);
    expect(points.at(-1)?.spamDecisions).toBe(4);
    expect(points.at(-1)?.recall).toBe(1);
  });

  it('leaves the base model unchanged', () => {
    const before = Array.from(base.weights);
    learningCurve(base, replay, test, { ...options, policy: 'every' });
    expect(Array.from(base.weights)).toEqual(before);
  });
});
