// A site model as a small delta over the built-in one: only the weights moderators' decisions
// changed. This is what the database stores; the built-in model ships with the code.
import { cloneModel, type SpamModel } from './model.ts';

/** The difference between a site model and its base, as numbers-only JSON. */
export interface SpamModelDeltaJson {
  /** Format version of this JSON. */
  v: 1;
  bits: number;
  bias: number;
  /** Signal weight differences, in SIGNAL_CODES order. */
  signals: number[];
  /** Gaps between successive changed bucket indices (first one is the index itself). */
  index: number[];
  /** Weight differences of those buckets. */
  weight: number[];
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The changes from `base` to `site` (both with the same bits). */
export function diffModels(base: SpamModel, site: SpamModel): SpamModelDeltaJson {
  if (base.bits !== site.bits) throw new RangeError('spam model delta: models differ in bits');
  const index: number[] = [];
  const weight: number[] = [];
  let last = 0;
  for (let i = 0; i < site.weights.length; i++) {
    const d = round((site.weights[i] ?? 0) - (base.weights[i] ?? 0));
    if (d === 0) continue;
    index.push(i - last);
    weight.push(d);
    last = i;
  }
  return {
    v: 1,
    bits: site.bits,
    bias: round(site.bias - base.bias),
    signals: Array.from(site.signalWeights, (w, i) => round(w - (base.signalWeights[i] ?? 0))),
    index,
    weight,
  };
}

function numbers(x: unknown): x is number[] {
  return Array.isArray(x) && x.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** Applies a stored delta (parsed JSON or text) to the base model; throws RangeError if malformed. */
export function applyModelDelta(base: SpamModel, delta: unknown): SpamModel {
  const data: unknown = typeof delta === 'string' ? JSON.parse(delta) : delta;
  if (typeof data !== 'object' || data === null) throw new RangeError('spam model delta: not an object');
  const d = data as Partial<Record<keyof SpamModelDeltaJson, unknown>>;
  if (d.v !== 1 || d.bits !== base.bits) throw new RangeError('spam model delta: wrong version or bits');
  if (
    typeof d.bias !== 'number' ||
    !Number.isFinite(d.bias) ||
    !numbers(d.signals) ||
    !numbers(d.index) ||
    !numbers(d.weight)
  )
    throw new RangeError('spam model delta: bad fields');
  if (d.index.length !== d.weight.length)
    throw new RangeError('spam model delta: index and weight lengths differ');
  const model = cloneModel(base);
  const learned = new Float32Array(model.weights.length);
  model.bias += d.bias;
  d.signals.forEach((w, i) => {
    if (i < model.signalWeights.length) model.signalWeights[i] = (model.signalWeights[i] ?? 0) + w;
  });
  let at = 0;
  for (let k = 0; k < d.index.length; k++) {
    at += d.index[k] ?? 0;
    if (at < 0 || at >= model.weights.length) throw new RangeError('spam model delta: index out of range');
    model.weights[at] = (model.weights[at] ?? 0) + (d.weight[k] ?? 0);
    learned[at] = (learned[at] ?? 0) + (d.weight[k] ?? 0);
  }
  model.learned = learned;
  return model;
}
