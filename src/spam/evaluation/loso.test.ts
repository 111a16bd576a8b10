import { describe, expect, it } from 'vitest';
import type { SourcedExample } from '../classifier/calibrate.ts';
import {
  CEILING_HAM,
  chooseShift,
  heldOutTable,
  leaveOneSourceOut,
  nestedLeaveOneSourceOut,
  spamEvidence,
  type HeldOutSource,
} from './loso.ts';
import type { SpamModel } from '../classifier/model.ts';
import { SIGNAL_CODES, type SignalCode } from '../signals/signals.ts';
import { analyzeExamples } from './evaluate.ts';
import { trainAnalyzed } from '../classifier/train.ts';

const held = (source: string, spam: number[], ham: number[], testOnly = false): HeldOutSource => ({
  source,
  testOnly,
  spam,
  ham,
});

describe('chooseShift', () => {
  it('is 0 when held-out ham already scores below the threshold', () => {
    expect(chooseShift([held('a', [2], [-3, -1]), held('b', [1], [-2])], 0.01)).toBe(0);
  });

  it('is the smallest shift whose mean false positive rate over sources is within the target', () => {
    // a: one ham of 4 at logit 2 (25%); b: 4 ham all below 0. Mean FPR at shift 0 is 12.5%; at a
    // shift just above 2 it is 0. With a 15% target no shift is needed.
    const sources = [held('a', [3], [2, -1, -2, -3]), held('b', [3], [-1, -2, -3, -4])];
    expect(chooseShift(sources, 0.01)).toBeCloseTo(2, 5);
    expect(chooseShift(sources, 0.15)).toBe(0);
  });

  it('counts each source once, whatever its size', () => {
    // 1 of 100 in a big source and 1 of 2 in a small one: the mean is 25.5%, not 2% as pooled;
    // lowering the small source's false positive below 0 (shift 0.5) brings it to 0.5%.
    const big = held('big', [9], [1, ...Array.from({ length: 99 }, () => -5)]);
    const small = held('small', [9], [0.5, -5]);
    expect(chooseShift([big, small], 0.1)).toBeCloseTo(0.5, 5);
  });

  it('takes a source of ham alone as a ceiling of its own, not as a term of the mean', () => {
    // a: 1 of 4 ham at logit 2 (25%); b: 1 of 4 at logit 1; news: ham only, 1 of 100 at logit 3.
    // In the mean of a and b a 20% target needs a shift just above 1 (12.5%); news alone is at
    // 1% ≤ 20% there, so it changes nothing; with a 0.5% target news needs a shift above 3.
    const a = held('a', [4], [2, -1, -2, -3]);
    const b = held('b', [4], [1, -1, -2, -3]);
    const news = held('news', [], [3, ...Array.from({ length: 99 }, () => -5)]);
    expect(chooseShift([a, b, news], 0.2)).toBeCloseTo(1, 5);
    expect(chooseShift([a, b, news], 0.005)).toBeCloseTo(3, 5);
    // As a term of the mean, news would have let a and b stay unshifted ((25 + 25 + 1) / 3 = 17%).
    expect(chooseShift([a, b], 0.2)).toBeCloseTo(1, 5);
  });

  it('holds a source with CEILING_HAM or more ham to the target on its own, and still averages it', () => {
    // big: spam and 1,000 ham, 20 of them at logit 1 (2%); a, b: 4 ham each, all below 0. The
    // mean of the three is 0.7% at shift 0, within a 1% target, but big alone is at 2%: the shift
    // must pass its ham at logit 1. A source just under the size is only averaged.
    const ham = (n: number, high: number): number[] => [
      ...Array.from({ length: high }, () => 1),
      ...Array.from({ length: n - high }, () => -5),
    ];
    const a = held('a', [4], [-1, -2, -3, -4]);
    const b = held('b', [4], [-1, -2, -3, -4]);
    expect(chooseShift([held('big', [9], ham(CEILING_HAM, 20)), a, b], 0.01)).toBeCloseTo(1, 5);
    expect(chooseShift([held('under', [9], ham(CEILING_HAM - 1, 20)), a, b], 0.01)).toBe(0);
  });

  it('ignores test-only sources without ham', () => {
    expect(chooseShift([held('ru', [5, 6], [], true), held('a', [1], [-1])], 0.01)).toBe(0);
  });
});

describe('heldOutTable', () => {
  it('counts caught, held and false positives at a shift and a hold band', () => {
    // Shifted by 1: spam 2, −0.5, −1.5, −4 and ham 0, −1.5, −5; spam at ≥ 0, hold at ≥ −2.
    const [row] = heldOutTable([held('a', [3, 0.5, -0.5, -3], [1, -0.5, -4])], 1, 0, -2);
    expect(row).toMatchObject({ caught: 1, spamHeld: 2, falsePositives: 1, hamHeld: 1, recall: 0.25 });
    expect(row?.fpr).toBeCloseTo(1 / 3);
  });

  it("holds spam verdicts by the words alone below the rule's bar, not those with a signal", () => {
    // Shifted by 1: spam 5, 2, 1.5, −0.5 (evidence 0, 0, 1, 0) and ham 3, 0.5 (evidence 0, 0.1).
    const source: HeldOutSource = {
      ...held('a', [6, 3, 2.5, 0.5], [4, 1.5]),
      spamEvidence: [0, 0, 1, 0],
      hamEvidence: [0, 0.1],
    };
    const [today] = heldOutTable([source], 1, 0, -2);
    expect(today).toMatchObject({
      caught: 3,
      falsePositives: 2,
      spamWordsAloneHeld: 0,
      hamWordsAloneHeld: 0,
    });
    // Never by words alone: only the spam with evidence 1 stays spam; the rest are held.
    const [never] = heldOutTable([source], 1, 0, -2, { bound: 0.25, spamLogit: Infinity });
    expect(never).toMatchObject({ caught: 1, spamHeld: 3, spamWordsAloneHeld: 2, falsePositives: 0 });
    expect(never).toMatchObject({ hamHeld: 2, hamWordsAloneHeld: 2 });
    // A higher bar (logit 2.5): words alone at 5 and 3 still go to spam, at 2 and 0.5 are held.
    const [bar] = heldOutTable([source], 1, 0, -2, { bound: 0.25, spamLogit: 2.5 });
    expect(bar).toMatchObject({ caught: 2, spamWordsAloneHeld: 1, falsePositives: 1, hamWordsAloneHeld: 1 });
  });
});

describe('spamEvidence', () => {
  it('sums the positive signals that may send to spam, not words, ham signals or hold-only ones', () => {
    const model = { signalWeights: new Float64Array(SIGNAL_CODES.length).fill(1) } as SpamModel;
    const at = (code: SignalCode): number => SIGNAL_CODES.indexOf(code);
    const signals = new Float64Array(SIGNAL_CODES.length);
    expect(spamEvidence(model, { signals })).toBe(0);
    signals[at('links')] = 2;
    signals[at('own-channel')] = 0.5;
    signals[at('disposable-email')] = 3; // may only hold
    signals[at('cited-source')] = -4; // towards ham
    expect(spamEvidence(model, { signals })).toBe(2.5);
  });
});

describe('leaveOneSourceOut', () => {
  it('scores each source with a model that never saw it, and test-only sources once', () => {
    const rows = [
      ...['win cash prize now', 'free prize claim now'].map((content) => ({
        content,
        spam: true,
        source: 'a',
      })),
      ...['the council met today', 'the vote was close'].map((content) => ({
        content,
        spam: false,
        source: 'a',
      })),
      ...['claim your cash prize', 'win free cash'].map((content) => ({ content, spam: true, source: 'b' })),
      ...['the mayor met the council', 'a close vote today'].map((content) => ({
        content,
        spam: false,
        source: 'b',
      })),
    ];
    const sourced = analyzeExamples(
      rows.map((r) => ({ input: { content: r.content }, spam: r.spam })),
      12,
    ).map((e, i) => ({ ...e, source: rows[i]?.source ?? '' }));
    const only = analyzeExamples([{ input: { content: 'cash prize' }, spam: true }], 12).map((e) => ({
      ...e,
      source: 'spam-only',
    }));
    const out = leaveOneSourceOut(sourced, only, { bits: 12 });
    expect(out.map((s) => [s.source, s.testOnly, s.spam.length, s.ham.length])).toEqual([
      ['a', false, 2, 2],
      ['b', false, 2, 2],
      ['spam-only', true, 1, 0],
    ]);
    // Held-out spam of b scores above its held-out ham: the model learned from a alone.
    const b = out[1]!;
    expect(Math.min(...b.spam)).toBeGreaterThan(Math.max(...b.ham));
  });
});

describe('nestedLeaveOneSourceOut', () => {
  // Three sources of the same two kinds of text; c's ham borrows spam words, so the shift matters.
  const rows = [
    ...['a', 'b', 'c'].flatMap((source) => [
      { content: `win cash prize now ${source}`, spam: true, source },
      { content: `free prize claim today ${source}`, spam: true, source },
      { content: `the council met today ${source}`, spam: false, source },
      { content: `the vote was close ${source}`, spam: false, source },
    ]),
    { content: 'a free prize for the school', spam: false, source: 'c' },
  ];
  const sourced: SourcedExample[] = analyzeExamples(
    rows.map((r) => ({ input: { content: r.content }, spam: r.spam })),
    12,
  ).map((e, i) => ({ ...e, source: rows[i]?.source ?? '' }));

  it('judges each source at a shift chosen without it, by models that never saw it', () => {
    const seen: string[][] = [];
    const recipe = (examples: readonly SourcedExample[]) => {
      seen.push([...new Set(examples.map((e) => e.source))].sort());
      return trainAnalyzed(examples, { bits: 12 });
    };
    const outer = leaveOneSourceOut(sourced, [], recipe);
    seen.length = 0;
    const rows = nestedLeaveOneSourceOut(sourced, outer, recipe, 0.01);
    expect(rows.map((r) => r.source)).toEqual(['a', 'b', 'c']);
    // For each judged source, two inner models (each lacking one of the other two sources).
    expect(seen).toEqual([['c'], ['b'], ['c'], ['a'], ['b'], ['a']]);
    for (const row of rows) {
      const inner = leaveOneSourceOut(
        sourced.filter((e) => e.source !== row.source),
        [],
        { bits: 12 },
      );
      expect(row.shift).toBe(chooseShift(inner, 0.01));
      const held = outer.find((h) => h.source === row.source)!;
      expect(row).toMatchObject(heldOutTable([held], row.shift)[0]!);
    }
  });

  it('skips test-only sources and sources without ham', () => {
    const outer: HeldOutSource[] = [
      { source: 'ru', testOnly: true, spam: [1], ham: [] },
      { source: 'x', testOnly: false, spam: [1], ham: [] },
    ];
    expect(nestedLeaveOneSourceOut(sourced, outer, { bits: 12 }, 0.01)).toEqual([]);
  });
});
