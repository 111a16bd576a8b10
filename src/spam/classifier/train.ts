// Deterministic training: NB-weighted logistic regression (features scaled by their naive-Bayes
// log-count ratio, as in NBSVM) fitted by AdaGrad with L2, several epochs over a seeded shuffle.
// The NB scale is folded into the weights at the end, so the model stays a plain linear model.
// Text weights shrink towards 0; signal weights shrink towards their priors, so signals the data
// never shows (honeypot, bursts, …) keep their prior weights. The options that weigh sources,
// average the weights, add naive-Bayes ratios, bound the weights, scale them by how many sources
// share a feature, drop features out or weigh a hand-set signal otherwise in training are measured
// recipes (npm run spam:recipes, docs/spam.md); the built-in model
// uses only the bound (`weightCap` 3, since 2026-12-06).
import { analyzeComment, type AnalyzedComment, type CommentInput } from '../analyze.ts';
import {
  DEFAULT_BITS,
  cloneModel,
  createModel,
  priorSignalWeights,
  sigmoid,
  type SpamModel,
} from './model.ts';
import { seededRandom, shuffled } from './random.ts';
import { SIGNAL_CODES, SIGNAL_INFO } from '../signals/signals.ts';
import { mediumBuckets, structuralBuckets } from './tokenize.ts';

/** One labelled comment. */
export interface TrainingExample {
  input: CommentInput;
  spam: boolean;
}

/** Training settings; the defaults are the ones the built-in model uses. */
export interface TrainOptions {
  bits?: number;
  epochs?: number;
  learningRate?: number;
  /** L2 strength per update on text weights. */
  l2?: number;
  /** L2 strength per update pulling signal weights to their priors. */
  signalL2?: number;
  /** Smoothing of the naive-Bayes feature scaling; 0 turns the scaling off. */
  nbAlpha?: number;
  seed?: number;
  /** Extra weight of ham relative to balanced classes (> 1 trades recall for fewer false positives). */
  hamWeight?: number;
  /**
   * How far sources (an example's `source`: a video, a data set) are evened out in training: an
   * example weighs (mean source size / its source's size) to this power. 0 (default): every
   * example weighs 1, so a big source dominates; 1: every source weighs the same; ½ between.
   */
  sourceBalance?: number;
  /**
   * Balance the classes within each source rather than over the whole set: in every source its
   * spam and its ham weigh the same. Without it a source with more spam (a video) than another
   * (SMS) teaches that its everyday words are spam.
   */
  classBalancePerSource?: boolean;
  /**
   * One intercept per source during training (their mean becomes the model's bias): the text
   * weights learn what separates spam from ham within a source, not which source has more spam.
   */
  sourceIntercepts?: boolean;
  /** Return the average of the weights over all updates of the last epochs (Polyak averaging). */
  averageFrom?: number;
  /**
   * Scales each bucket's input by (sources it occurs in / sources) ^ this power, so a word of one
   * source only (a video's artist, an SMS shorthand) needs a larger weight, which L2 makes costly:
   * the model leans on what several sources share. 0 (default): off.
   */
  sourceSpread?: number;
  /**
   * Text weights are kept at or below this towards spam during training (projected after each
   * update, before any NB or spread scale is folded in; 0 or absent: unbounded), so no single
   * feature can outweigh the rest of a comment: a word one source labels oddly ("comment" in one
   * video's like-bait), the link placeholder or the short-text bucket cannot alone decide another
   * source's comment. A measured recipe (docs/spam.md, "2026-12-06: bounded weights").
   */
  weightCap?: number;
  /** The bound towards ham (negative weights); `weightCap` when absent. */
  weightCapHam?: number;
  /**
   * With `weightCap`, which buckets are bounded: all (absent); only words and their n-grams
   * (`words`); only the structural features of `structuralBuckets` (`structure`: the link, its
   * domain and TLD, e-mail, phone, numbers by length, the text-length bucket); all but the link,
   * e-mail and phone placeholders and the link domains and TLDs (`nonlink`).
   */
  capOnly?: 'words' | 'structure' | 'nonlink';
  /**
   * Leave the features of the medium (`mediumBuckets`: the text-length bucket, and with 'numbers'
   * a number by its length) out of training: their weights stay 0.
   */
  mediumFree?: 'length' | 'numbers';
  /**
   * Hand-set signals' weights in training, in place of their `trainingWeight` (or scoring weight);
   * scoring is unchanged. A measured recipe (docs/spam.md, "ranking on unseen videos").
   */
  trainingWeights?: Readonly<Partial<Record<string, number>>>;
  /** These hand-set signals take no part in training (their weight is added only when scoring). */
  fixedOutside?: readonly string[];
  /**
   * Feature dropout: in each training step every text feature occurrence is left out with this
   * probability (its own seeded generator; the kept ones scaled by 1/(1 − p)), so no comment's
   * label rests on a few words. 0 or absent: off.
   */
  dropout?: number;
  /** Adds this multiple of each bucket's naive-Bayes log-count ratio to the learned weights. */
  nbBlend?: number;
  /** Start from this model instead of an empty one (its bits win; no NB scaling then). */
  base?: SpamModel | null;
  /** Called after each epoch (for progress output). */
  onEpoch?: (epoch: number, epochs: number) => void;
}

/** Trains a model; the same examples and options always give the same weights. */
export function trainModel(examples: readonly TrainingExample[], options: TrainOptions = {}): SpamModel {
  const bits = options.base?.bits ?? options.bits ?? DEFAULT_BITS;
  const analyzed = examples.map((e) => ({ comment: analyzeComment(e.input, bits), y: e.spam ? 1 : 0 }));
  return trainAnalyzed(analyzed, { ...options, bits });
}

/** In how many ham and spam examples each feature bucket occurs, and how many of each there are. */
function documentFrequencies(
  examples: readonly { comment: AnalyzedComment; y: number }[],
  size: number,
): { ham: Float32Array; spam: Float32Array; hamDocs: number; spamDocs: number } {
  const counts = [new Float32Array(size), new Float32Array(size)];
  const docs = [0, 0];
  for (const { comment, y } of examples) {
    docs[y] = (docs[y] ?? 0) + 1;
    const c = counts[y] as Float32Array;
    for (const i of new Set(comment.features.indices)) c[i] = (c[i] ?? 0) + 1;
  }
  const [ham, spam] = counts as [Float32Array, Float32Array];
  return { ham, spam, hamDocs: docs[0] ?? 0, spamDocs: docs[1] ?? 0 };
}

/** Naive-Bayes log-count ratio |log(P(f|spam)/P(f|ham))| per bucket, over document frequencies. */
function nbScale(
  examples: readonly { comment: AnalyzedComment; y: number }[],
  size: number,
  alpha: number,
): Float32Array {
  const scale = new Float32Array(size).fill(1);
  if (alpha <= 0) return scale;
  const { ham, spam, hamDocs: hamCount, spamDocs: spamCount } = documentFrequencies(examples, size);
  const hamDocs = hamCount + alpha;
  const spamDocs = spamCount + alpha;
  for (let i = 0; i < size; i++) {
    const s = spam[i] ?? 0;
    const h = ham[i] ?? 0;
    if (s + h > 0) scale[i] = Math.abs(Math.log((s + alpha) / spamDocs / ((h + alpha) / hamDocs)));
  }
  return scale;
}

/** Signed naive-Bayes log-count ratio log(P(f|spam)/P(f|ham)) per bucket (document frequencies). */
function nbRatio(examples: readonly { comment: AnalyzedComment; y: number }[], size: number): Float32Array {
  const { ham, spam, hamDocs, spamDocs } = documentFrequencies(examples, size);
  const ratio = new Float32Array(size);
  for (let i = 0; i < size; i++) {
    const s = spam[i] ?? 0;
    const h = ham[i] ?? 0;
    if (s + h > 0) ratio[i] = Math.log((s + 1) / (spamDocs + 1) / ((h + 1) / (hamDocs + 1)));
  }
  return ratio;
}

/** Multiplies each bucket's scale by (sources it occurs in / sources) ^ power. */
function spreadScale(
  examples: readonly { comment: AnalyzedComment; source?: string }[],
  scale: Float32Array,
  power: number,
): void {
  const sources = [...new Set(examples.map((e) => e.source ?? ''))];
  if (sources.length < 2) return;
  const spread = new Uint8Array(scale.length);
  for (const source of sources) {
    const seen = new Uint8Array(scale.length);
    for (const e of examples)
      if ((e.source ?? '') === source) for (const i of e.comment.features.indices) seen[i] = 1;
    for (let i = 0; i < scale.length; i++) spread[i] = (spread[i] ?? 0) + (seen[i] ?? 0);
  }
  for (let i = 0; i < scale.length; i++) {
    const k = spread[i] ?? 0;
    if (k > 0) scale[i] = (scale[i] ?? 1) * (k / sources.length) ** power;
  }
}

/** The examples, each weighted by (mean source size / its source's size) ^ power. */
export function balancedBySource<T extends { source?: string; weight?: number }>(
  examples: readonly T[],
  power = 1,
): T[] {
  const size = new Map<string, number>();
  for (const e of examples) size.set(e.source ?? '', (size.get(e.source ?? '') ?? 0) + 1);
  const mean = examples.length / Math.max(1, size.size);
  return examples.map((e) => ({
    ...e,
    weight: (e.weight ?? 1) * (mean / (size.get(e.source ?? '') ?? 1)) ** power,
  }));
}

/** Marks each of `n` occurrences kept (1) or dropped (0) with probability `p`, in `buffer` (grown as needed). */
function dropMask(buffer: Uint8Array, n: number, p: number, random: () => number): Uint8Array {
  const out = n <= buffer.length ? buffer : new Uint8Array(n);
  for (let k = 0; k < n; k++) out[k] = random() < p ? 0 : 1;
  return out;
}

/** Trains on comments already analysed with the model's bits (lets evaluation reuse analysis). */
export function trainAnalyzed(
  given: readonly { comment: AnalyzedComment; y: number; weight?: number; source?: string }[],
  options: TrainOptions = {},
): SpamModel {
  const examples = options.sourceBalance ? balancedBySource(given, options.sourceBalance) : given;
  const {
    epochs = 12,
    learningRate = 0.4,
    l2 = 1e-6,
    signalL2 = 1e-3,
    nbAlpha = 1,
    seed = 1,
    hamWeight = 1.5,
  } = options;
  const model = options.base ? cloneModel(options.base) : createModel(options.bits ?? DEFAULT_BITS);
  const w = model.weights;
  const sw = model.signalWeights;
  const r = nbScale(examples, w.length, options.base ? 0 : nbAlpha);
  if (options.sourceSpread && !options.base) spreadScale(examples, r, options.sourceSpread);
  const priors = priorSignalWeights();
  // Hand-set weights (commercial.ts) stay as written: the training data does not show those signals.
  const fixed = SIGNAL_CODES.map((code) => SIGNAL_INFO[code].fixed === true);
  // Classes are balanced by summed example weight (each example weighs 1 unless given).
  let spamCount = 0;
  let total = 0;
  for (const e of examples) {
    const weight = e.weight ?? 1;
    total += weight;
    if (e.y === 1) spamCount += weight;
  }
  const hamCount = total - spamCount;
  const classWeight = [
    hamCount === 0 ? 1 : (total / (2 * hamCount)) * hamWeight,
    spamCount === 0 ? 1 : total / (2 * spamCount),
  ];
  // Per source: its index, and (classBalancePerSource) the weight of each class within it.
  const sourceIndex = new Map<string, number>();
  for (const e of examples)
    if (!sourceIndex.has(e.source ?? '')) sourceIndex.set(e.source ?? '', sourceIndex.size);
  const perSource = Array.from({ length: sourceIndex.size }, () => [0, 0, 0]);
  for (const e of examples) {
    const c = perSource[sourceIndex.get(e.source ?? '') ?? 0] as number[];
    c[e.y] = (c[e.y] ?? 0) + (e.weight ?? 1);
    c[2] = (c[2] ?? 0) + (e.weight ?? 1);
  }
  const weightOf = (y: number, source: number): number => {
    if (!options.classBalancePerSource) return classWeight[y] ?? 1;
    const c = perSource[source] as number[];
    const n = c[y] ?? 0;
    // A source with one class only keeps the global class weight for it.
    if (n === 0 || (c[1 - y] ?? 0) === 0) return classWeight[y] ?? 1;
    return ((c[2] ?? 0) / (2 * n)) * (y === 0 ? hamWeight : 1);
  };
  const intercepts = new Float64Array(sourceIndex.size);
  const i2 = new Float64Array(sourceIndex.size);
  const g2 = new Float32Array(w.length);
  const s2 = new Float64Array(sw.length);
  let b2 = 0;
  const eps = 1e-8;
  const cap = options.weightCap ?? 0;
  const capHam = options.weightCapHam ?? cap;
  // Buckets the cap leaves alone (capOnly): 1 in this array.
  const uncapped = new Uint8Array(cap > 0 && options.capOnly ? w.length : 0);
  if (options.capOnly === 'structure') uncapped.fill(1);
  if (uncapped.length > 0)
    for (const b of structuralBuckets(
      examples.flatMap((e) => e.comment.normalized.domains),
      model.bits,
      options.capOnly === 'nonlink',
    ))
      uncapped[b] = options.capOnly === 'structure' ? 0 : 1;
  const random = seededRandom(seed);
  // A fixed signal's weight in the training logit, where it differs from its scoring weight
  // (signals.ts, `trainingWeight`); undefined: the model's weight.
  const trainingWeight = SIGNAL_CODES.map((code) =>
    SIGNAL_INFO[code].fixed === true
      ? (options.trainingWeights?.[code] ?? SIGNAL_INFO[code].trainingWeight)
      : undefined,
  );
  const outside = Uint8Array.from(SIGNAL_CODES, (code) =>
    (options.fixedOutside ?? []).includes(code) && SIGNAL_INFO[code].fixed === true ? 1 : 0,
  );
  const frozen = new Uint8Array(options.mediumFree ? w.length : 0);
  if (options.mediumFree)
    for (const b of mediumBuckets(model.bits, options.mediumFree === 'numbers')) frozen[b] = 1;
  // Polyak averaging (averageFrom): u holds Σ step × change, so the mean is w − u / steps.
  const averageFrom = options.averageFrom ?? 0;
  const u = averageFrom > 0 ? new Float64Array(w.length) : null;
  const us = new Float64Array(sw.length);
  let ub = 0;
  let steps = 0;
  const dropout = options.dropout ?? 0;
  const dropRandom = seededRandom((seed ^ 0x5bd1e995) >>> 0);
  const kept = new Uint8Array(dropout > 0 ? 4096 : 0);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const averaging = u !== null && epoch >= averageFrom;
    for (const { comment, y, weight = 1, source } of shuffled(examples, random)) {
      const { indices, value } = comment.features;
      const s = comment.signals;
      const si = sourceIndex.get(source ?? '') ?? 0;
      let logit = 0;
      const keep = dropout > 0 ? dropMask(kept, indices.length, dropout, dropRandom) : null;
      for (let k = 0; k < indices.length; k++) {
        if (keep && keep[k] === 0) continue;
        const i = indices[k] ?? 0;
        logit += (w[i] ?? 0) * (r[i] ?? 1);
      }
      const v = keep ? value / (1 - dropout) : value;
      logit = model.bias + logit * v + (options.sourceIntercepts ? (intercepts[si] ?? 0) : 0);
      for (let i = 0; i < s.length; i++)
        if (outside[i] !== 1) logit += (s[i] ?? 0) * (trainingWeight[i] ?? sw[i] ?? 0);
      const g = (sigmoid(logit) - y) * weightOf(y, si) * weight;
      for (let k = 0; k < indices.length; k++) {
        if (keep && keep[k] === 0) continue;
        const i = indices[k] ?? 0;
        if (frozen.length > 0 && frozen[i] === 1) continue;
        const grad = g * v * (r[i] ?? 1) + l2 * (w[i] ?? 0);
        g2[i] = (g2[i] ?? 0) + grad * grad;
        const change = -(learningRate * grad) / Math.sqrt((g2[i] ?? 0) + eps);
        w[i] = (w[i] ?? 0) + change;
        if (cap > 0 && uncapped[i] !== 1) w[i] = Math.max(-capHam, Math.min(cap, w[i] ?? 0));
        if (averaging && u) u[i] = (u[i] ?? 0) + steps * change;
      }
      for (let i = 0; i < s.length; i++) {
        const grad = g * (s[i] ?? 0) + signalL2 * ((sw[i] ?? 0) - (priors[i] ?? 0));
        if (grad === 0 || fixed[i]) continue;
        s2[i] = (s2[i] ?? 0) + grad * grad;
        const change = -(learningRate * grad) / Math.sqrt((s2[i] ?? 0) + eps);
        sw[i] = (sw[i] ?? 0) + change;
        if (averaging) us[i] = (us[i] ?? 0) + steps * change;
      }
      if (options.sourceIntercepts) {
        i2[si] = (i2[si] ?? 0) + g * g;
        intercepts[si] = (intercepts[si] ?? 0) - (learningRate * g) / Math.sqrt((i2[si] ?? 0) + eps);
      } else {
        b2 += g * g;
        const change = -(learningRate * g) / Math.sqrt(b2 + eps);
        model.bias += change;
        if (averaging) ub += steps * change;
      }
      if (averaging) steps++;
    }
    options.onEpoch?.(epoch, epochs);
  }
  if (u && steps > 0) {
    for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) - (u[i] ?? 0) / steps;
    for (let i = 0; i < sw.length; i++) if (!fixed[i]) sw[i] = (sw[i] ?? 0) - (us[i] ?? 0) / steps;
    model.bias -= ub / steps;
  }
  // With one intercept per source, an unseen source gets their mean (each source once).
  if (options.sourceIntercepts && intercepts.length > 0)
    model.bias += intercepts.reduce((a, b) => a + b, 0) / intercepts.length;
  for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) * (r[i] ?? 1);
  if (options.nbBlend) {
    const ratio = nbRatio(examples, w.length);
    for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) + options.nbBlend * (ratio[i] ?? 0);
  }
  return model;
}
