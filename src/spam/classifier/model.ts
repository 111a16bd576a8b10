// The spam model: logistic regression over hashed text features plus the signal vector. Plain
// numbers only, so it serialises to JSON without any text from the data it learned from.
import type { AnalyzedComment } from '../analyze.ts';
import { SIGNAL_CODES, SIGNAL_INFO } from '../signals/signals.ts';

/** A loaded model: one weight per hashed feature bucket, one per signal, and a bias. */
export interface SpamModel {
  /** log2 of the number of text feature buckets. */
  bits: number;
  bias: number;
  weights: Float32Array;
  /** One weight per signal, in SIGNAL_CODES order. */
  signalWeights: Float64Array;
  /**
   * What moderators' decisions added to each text weight (the site model minus the built-in
   * one), when this is a site model: the verdict says how much of a score comes from it.
   */
  learned?: Float32Array;
}

/** The serialised model: numbers only (sparse, delta-encoded indices, quantised weights). */
export interface SpamModelJson {
  /** Format version of this JSON. */
  v: 1;
  bits: number;
  bias: number;
  signals: number[];
  /** Gaps between successive non-zero bucket indices (first one is the index itself). */
  index: number[];
  /** Weights of those buckets as integers; the real weight is value × scale. */
  weight: number[];
  scale: number;
}

/** Default number of feature bits (2^18 buckets, 1 MiB of weights). */
export const DEFAULT_BITS = 18;

/** The prior signal weights, in SIGNAL_CODES order. */
export function priorSignalWeights(): Float64Array {
  return Float64Array.from(SIGNAL_CODES.map((code) => SIGNAL_INFO[code].prior));
}

/** A model that knows nothing yet: zero text weights, prior signal weights. */
export function createModel(bits = DEFAULT_BITS, bias = 0): SpamModel {
  return { bits, bias, weights: new Float32Array(1 << bits), signalWeights: priorSignalWeights() };
}

/** A deep copy, so updates never change a model someone else holds. */
export function cloneModel(model: SpamModel): SpamModel {
  return {
    ...model,
    weights: model.weights.slice(),
    signalWeights: model.signalWeights.slice(),
    ...(model.learned ? { learned: model.learned.slice() } : {}),
  };
}

/**
 * The weighted sum of models over the same buckets (weights, signal weights and bias each summed
 * with the same coefficients): an ensemble of linear models is one linear model, so it scores as
 * fast and weighs as little as one.
 */
export function blendModels(parts: readonly { model: SpamModel; share: number }[]): SpamModel {
  const first = parts[0]?.model;
  if (!first) throw new RangeError('blendModels: no model');
  const out = createModel(first.bits, 0);
  out.signalWeights.fill(0);
  for (const { model, share } of parts) {
    if (model.bits !== first.bits) throw new RangeError('blendModels: models of different bits');
    for (let i = 0; i < out.weights.length; i++)
      out.weights[i] = (out.weights[i] ?? 0) + share * (model.weights[i] ?? 0);
    for (let i = 0; i < out.signalWeights.length; i++)
      out.signalWeights[i] = (out.signalWeights[i] ?? 0) + share * (model.signalWeights[i] ?? 0);
    out.bias += share * model.bias;
  }
  return out;
}

/** The score parts of one comment: text and signal contributions in log-odds. */
export interface LinearScore {
  text: number;
  signals: number;
  logit: number;
  probability: number;
}

/** Logistic function. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Scores an analysed comment (features must have been hashed with the model's bits). */
export function linearScore(
  model: SpamModel,
  comment: { features: Pick<AnalyzedComment['features'], 'indices' | 'value'>; signals: Float64Array },
): LinearScore {
  const { indices, value } = comment.features;
  const w = model.weights;
  let text = 0;
  for (let i = 0; i < indices.length; i++) text += w[indices[i] ?? 0] ?? 0;
  text *= value;
  let signals = 0;
  const s = comment.signals;
  for (let i = 0; i < s.length; i++) signals += (s[i] ?? 0) * (model.signalWeights[i] ?? 0);
  const logit = model.bias + text + signals;
  return { text, signals, logit, probability: sigmoid(logit) };
}

/** Serialises a model to numbers-only JSON; weights smaller than `prune` are dropped. */
export function serializeModel(model: SpamModel, prune = 0): SpamModelJson {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 32767;
  const index: number[] = [];
  const weight: number[] = [];
  let last = 0;
  model.weights.forEach((w, i) => {
    const q = Math.round(w / scale);
    if (q === 0 || Math.abs(w) < prune) return;
    index.push(i - last);
    weight.push(q);
    last = i;
  });
  const round = (x: number): number => Math.round(x * 1e6) / 1e6;
  return {
    v: 1,
    bits: model.bits,
    bias: round(model.bias),
    signals: Array.from(model.signalWeights, round),
    index,
    weight,
    scale,
  };
}

function isNumberArray(x: unknown): x is number[] {
  return Array.isArray(x) && x.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** Loads a model from JSON (parsed or as text); throws a RangeError on anything malformed. */
export function deserializeModel(json: unknown): SpamModel {
  const data: unknown = typeof json === 'string' ? JSON.parse(json) : json;
  if (typeof data !== 'object' || data === null) throw new RangeError('spam model: not an object');
  const m = data as Partial<Record<keyof SpamModelJson, unknown>>;
  if (m.v !== 1) throw new RangeError('spam model: unknown version');
  const bits = m.bits;
  if (typeof bits !== 'number' || !Number.isInteger(bits) || bits < 8 || bits > 24)
    throw new RangeError('spam model: bad bits');
  if (
    typeof m.bias !== 'number' ||
    typeof m.scale !== 'number' ||
    !isNumberArray(m.index) ||
    !isNumberArray(m.weight)
  )
    throw new RangeError('spam model: bad fields');
  if (m.index.length !== m.weight.length) throw new RangeError('spam model: index and weight lengths differ');
  if (!isNumberArray(m.signals)) throw new RangeError('spam model: bad signals');
  const model = createModel(bits, m.bias);
  // Older models may know fewer signals; those keep their prior weights. Hand-set (fixed) weights
  // always come from the code, whatever a stored model says.
  m.signals.slice(0, SIGNAL_CODES.length).forEach((w, i) => {
    if (SIGNAL_INFO[SIGNAL_CODES[i] as (typeof SIGNAL_CODES)[number]].fixed !== true)
      model.signalWeights[i] = w;
  });
  let at = 0;
  for (let k = 0; k < m.index.length; k++) {
    at += m.index[k] ?? 0;
    if (at < 0 || at >= model.weights.length) throw new RangeError('spam model: index out of range');
    model.weights[at] = (m.weight[k] ?? 0) * m.scale;
  }
  return model;
}
