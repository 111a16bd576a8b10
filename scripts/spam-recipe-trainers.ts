// The training recipes of scripts/spam-recipes.ts: the shipped options with one change each, a
// blend with a comments-only model, a hand-set signal weighed otherwise in training or scoring,
// near-duplicates weighed down, several seeds averaged (docs/spam.md).
import { BUILTIN_TRAIN_OPTIONS } from '../src/spam/classifier/builtin.ts';
import type { SourcedExample } from '../src/spam/classifier/calibrate.ts';
import type { Trainer } from '../src/spam/evaluation/loso.ts';
import { isNearDuplicate, minhashNormalized } from '../src/spam/context/minhash.ts';
import { blendModels } from '../src/spam/classifier/model.ts';
import { SIGNAL_CODES, SIGNAL_INFO, type SignalCode } from '../src/spam/signals/signals.ts';
import { trainAnalyzed, type TrainOptions } from '../src/spam/classifier/train.ts';

/** A recipe of `trainAnalyzed` options, optionally blended with a comments-only model. */
export function recipe(
  options: TrainOptions,
  commentShare = 0,
  commentOptions: TrainOptions = {},
  withSmsHam = false,
): Trainer {
  const o = { ...BUILTIN_TRAIN_OPTIONS, ...options };
  return (examples) => {
    const all = trainAnalyzed(examples, o);
    if (commentShare === 0) return all;
    const comments = examples.filter((e) => e.source !== 'sms' || (withSmsHam && e.y === 0));
    return blendModels([
      { model: all, share: 1 - commentShare },
      { model: trainAnalyzed(comments, { ...o, ...commentOptions }), share: commentShare },
    ]);
  };
}

// Near-duplicate counts (MinHash, minhash.ts) of each analysed comment within its source and
// class, computed once per comment for every recipe that asks.
const nearDuplicates = new WeakMap<object, number>();

function countNearDuplicates(examples: readonly SourcedExample[]): void {
  const groups = new Map<string, SourcedExample[]>();
  for (const e of examples) {
    if (nearDuplicates.has(e.comment)) continue;
    const key = `${e.source}\u0000${e.y}`;
    const group = groups.get(key) ?? [];
    group.push(e);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const prints = group.map((e) => minhashNormalized(e.comment.normalized.text));
    const near = new Array<number>(group.length).fill(0);
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [prints[i], prints[j]];
        if (a && b && isNearDuplicate(a, b)) {
          near[i] = (near[i] ?? 0) + 1;
          near[j] = (near[j] ?? 0) + 1;
        }
      }
    group.forEach((e, i) => nearDuplicates.set(e.comment, near[i] ?? 0));
  }
}

/**
 * The recipe of `options` with each comment weighing 1 / (1 + its near-duplicates in its source and
 * class)^power, so a campaign posted thirty times teaches about as much as one message.
 */
export function dedupWeighted(power: number, options: TrainOptions = {}): Trainer {
  const train = recipe(options);
  return (examples) => {
    countNearDuplicates(examples);
    return train(
      examples.map((e) => ({ ...e, weight: 1 / (1 + (nearDuplicates.get(e.comment) ?? 0)) ** power })),
    );
  };
}

/** The shipped recipe with a hand-set signal weighing `weight` in training only (scoring unchanged). */
export function trainedAt(code: SignalCode, weight: number): Trainer {
  return recipe({ trainingWeights: { [code]: weight } });
}

/** The shipped recipe with every hand-set signal towards spam weighing `share` of its training weight. */
export function handSetScaled(share: number): Trainer {
  const weights: Record<string, number> = {};
  for (const code of SIGNAL_CODES) {
    const info = SIGNAL_INFO[code];
    const w = info.trainingWeight ?? info.prior;
    if (info.fixed === true && w > 0) weights[code] = w * share;
  }
  return recipe({ trainingWeights: weights });
}

/** The shipped recipe trained with each seed (shuffle order), the models averaged. */
export function seedsAveraged(seeds: readonly number[]): Trainer {
  return (examples) =>
    blendModels(seeds.map((seed) => ({ model: recipe({ seed })(examples), share: 1 / seeds.length })));
}

/** A recipe whose hand-set signal weighs `weight` when scoring (its training weight unchanged). */
export function scoredAt(code: SignalCode, weight: number): Trainer {
  const train = recipe({});
  const j = SIGNAL_CODES.indexOf(code);
  return (examples) => {
    const model = train(examples);
    model.signalWeights[j] = weight;
    return model;
  };
}
