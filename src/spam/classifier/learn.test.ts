import { describe, expect, it } from 'vitest';
import { DEFAULT_SPAM_SETTINGS, scoreComment } from '../index.ts';
import { learnFromDecision, learnInPlace, sourceBudget } from './learn.ts';
import { trainModel } from './train.ts';
import { TOY_EXAMPLES } from '../examples/toy-examples.ts';

const base = trainModel(TOY_EXAMPLES, { bits: 14 });
// These tests are about spam against not spam: no hold band between them.
const BINARY = { ...DEFAULT_SPAM_SETTINGS, holdThreshold: DEFAULT_SPAM_SETTINGS.spamThreshold };

describe('learning loop', () => {
  it('mark spam → the next similar comment is caught', () => {
    const first = { content: 'Great deals on garden gnomes at gnomeworld shop, prices inside' };
    const next = { content: 'Great deals on garden gnomes at gnomeworld store, prices listed' };
    expect(scoreComment(next, base, BINARY).verdict).toBe('ham');
    const { model, step } = learnFromDecision(base, first, 'spam');
    expect(step).toBeGreaterThan(0);
    expect(scoreComment(first, model, BINARY).verdict).not.toBe('ham');
    expect(scoreComment(next, model, BINARY).verdict).not.toBe('ham');
    // The input model is unchanged (updates return a new model).
    expect(scoreComment(next, base, BINARY).verdict).toBe('ham');
  });

  it('mark not spam → it passes, and so does a similar one', () => {
    const first = { content: 'Free bonus tickets for the casino night charity fundraiser at the town hall' };
    const next = { content: 'Free bonus tickets for the casino night charity fundraiser at our town hall' };
    expect(scoreComment(first, base, BINARY).verdict).not.toBe('ham');
    const { model } = learnFromDecision(base, first, 'not-spam');
    expect(scoreComment(first, model, BINARY).verdict).toBe('ham');
    expect(scoreComment(next, model, BINARY).verdict).toBe('ham');
  });

  it('does nothing when a confident verdict is confirmed', () => {
    const sure = learnFromDecision(base, { content: 'Free bonus casino, click now' }, 'spam').model;
    const again = learnFromDecision(sure, { content: 'Free bonus casino, click now' }, 'spam');
    expect(again.step).toBe(0);
    expect(again.model).toBe(sure);
  });
});

describe('poisoning safety', () => {
  it.each([
    [0, 1],
    [5, 0.5],
    [10, 0.25],
    [50, 0],
  ])('sourceBudget(%d) = %d', (n, b) => expect(sourceBudget(n)).toBeCloseTo(b));

  it('bounds how far one source can push spam towards ham', () => {
    const spam = { content: 'Win a free casino bonus now, sign up today' };
    let model = base;
    for (let n = 0; n < 200; n++)
      model = learnFromDecision(model, spam, 'approve', { sourceUpdates: n, maxStep: 0.05 }).model;
    // Flooding "approve" from one network cannot flip a clear spam comment...
    expect(scoreComment(spam, model, BINARY).verdict).not.toBe('ham');
    // ...while the same number of decisions from distinct sources can.
    let open = base;
    for (let n = 0; n < 200; n++)
      open = learnFromDecision(open, spam, 'approve', { sourceUpdates: 0, maxStep: 0.05 }).model;
    expect(scoreComment(spam, open, BINARY).verdict).toBe('ham');
  });
});

describe('site model persistence as a delta', () => {
  it('stores only what learning changed and restores the same verdicts', async () => {
    const { applyModelDelta, diffModels } = await import('./model-delta.ts');
    const spam = { content: 'Great deals on garden gnomes at gnomeworld shop, prices inside' };
    const { model } = learnFromDecision(base, spam, 'spam');
    const delta = diffModels(base, model);
    expect(delta.index.length).toBeGreaterThan(0);
    expect(delta.index.length).toBeLessThan(200);
    const restored = applyModelDelta(base, JSON.stringify(delta));
    expect(scoreComment(spam, restored).score).toBeCloseTo(scoreComment(spam, model).score, 4);
    expect(() => applyModelDelta(base, { ...delta, bits: 3 })).toThrow(RangeError);
    expect(() => applyModelDelta(base, { ...delta, index: [1 << 20], weight: [1] })).toThrow(RangeError);
  });

  it('learnInPlace takes the same steps as learnFromDecision, on the model itself', async () => {
    const { analyzeComment } = await import('../analyze.ts');
    const { cloneModel } = await import('./model.ts');
    const decisions: Array<[{ content: string; ip?: string }, 'spam' | 'approve' | 'not-spam']> = [
      [
        { content: 'Great deals on garden gnomes at gnomeworld shop, prices inside', ip: '203.0.113.9' },
        'spam',
      ],
      [{ content: 'Thanks for the ferry timetable, very useful for the market day' }, 'approve'],
      [{ content: 'Free bonus tickets for the casino night charity fundraiser' }, 'not-spam'],
      [{ content: 'Great deals on garden gnomes at gnomeworld shop, prices inside' }, 'spam'],
    ];
    let copied = base;
    const inPlace = cloneModel(base);
    decisions.forEach(([input, decision], n) => {
      const a = learnFromDecision(copied, input, decision, { sourceUpdates: n });
      copied = a.model;
      const b = learnInPlace(inPlace, analyzeComment(input, inPlace.bits), decision, { sourceUpdates: n });
      expect(b.step).toBeCloseTo(a.step, 12);
    });
    expect(Array.from(inPlace.weights)).toEqual(Array.from(copied.weights));
    expect(Array.from(inPlace.signalWeights)).toEqual(Array.from(copied.signalWeights));
  });
});
