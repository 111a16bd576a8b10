// Online learning from moderator decisions, safe against poisoning. Each decision is a
// passive-aggressive step: the smallest change that puts this comment on the right side with a
// margin, capped by a per-source budget that halves every few updates the same source (IP /24 or
// /64, see network.ts) already contributed. One source can therefore move the model only by a
// bounded total, however many comments it floods in.
//
// Each feature moves at its own rate (`rate`, from rarity.ts): everyday and on-topic words, found
// in much of the site's text, barely move, so the step lands on what is particular to the
// decided comment. Without that, four near-identical spam comments taught "the", "about" and the
// site's city as spam words and pushed an on-topic comment 3.9 log-odds towards spam.
import { type AnalyzedComment, analyzeComment, type CommentInput } from '../analyze.ts';
import { cloneModel, linearScore, type SpamModel } from './model.ts';

/** What a moderator did: approved a comment, marked it spam, or marked a spam verdict not spam. */
export type ModeratorDecision = 'approve' | 'spam' | 'not-spam';

/** Learning settings; `sourceUpdates` comes from the caller's records. */
export interface LearnOptions {
  /** How many updates this comment's source network already contributed (recent window). */
  sourceUpdates?: number;
  /** Largest step of one decision (passive-aggressive C). */
  maxStep?: number;
  /** The source budget halves every this many updates. */
  halfLife?: number;
  /** After this many updates a source no longer teaches anything. */
  maxSourceUpdates?: number;
  /** Log-odds margin the decided comment should reach (2 ≈ 88% sure). */
  margin?: number;
  /**
   * Share of the step applied to signal weights: a hundredth, since every comment shares them (a
   * handful of on-topic spam comments must not teach that being on topic is suspect).
   */
  signalRate?: number;
  /** Learning rate of each feature bucket, 0..1 (see rarity.ts); 1 for every bucket when absent. */
  rate?: (bucket: number) => number;
}

/** The updated model and what the update did. */
export interface LearnResult {
  model: SpamModel;
  /** The step taken (0 when the model already agreed with a margin, or the budget is spent). */
  step: number;
  /** Budget factor applied for this source, 0..1. */
  budget: number;
}

/** Per-source learning budget: 1 for a new source, halving every `halfLife` updates, then 0. */
export function sourceBudget(sourceUpdates: number, halfLife = 5, maxSourceUpdates = 50): number {
  if (sourceUpdates >= maxSourceUpdates) return 0;
  return Math.pow(0.5, Math.max(0, sourceUpdates) / halfLife);
}

/** What learning reads of an analysed comment (so a worker thread can analyse it beforehand). */
export interface LearnableComment {
  features: Pick<AnalyzedComment['features'], 'indices' | 'value'>;
  signals: Float64Array;
}

interface Step {
  step: number;
  budget: number;
  y: number;
  multiplicity: Map<number, number>;
  /** Each bucket's rate (1 when no rate was given). */
  rates: Map<number, number>;
  /**
   * The step of the signal weights: the step the comment would take with every rate at 1, at
   * most. Damped words leave more of the step to the rest, but not to the signal weights, which
   * every comment shares.
   */
  signalStep: number;
}

/** The passive-aggressive step for a decision (step 0: nothing to learn). */
function stepFor(
  model: SpamModel,
  comment: LearnableComment,
  decision: ModeratorDecision,
  options: LearnOptions,
): Step {
  const { maxStep = 4, halfLife = 5, maxSourceUpdates = 50, margin = 2, signalRate = 0.01 } = options;
  const budget = sourceBudget(options.sourceUpdates ?? 0, halfLife, maxSourceUpdates);
  const y = decision === 'spam' ? 1 : -1;
  const multiplicity = new Map<number, number>();
  const rates = new Map<number, number>();
  const loss = margin - y * linearScore(model, comment).logit;
  if (loss <= 0 || budget === 0) return { step: 0, budget, y, multiplicity, rates, signalStep: 0 };
  const { indices, value } = comment.features;
  for (const i of indices) multiplicity.set(i, (multiplicity.get(i) ?? 0) + 1);
  // The step along the rate-scaled direction D·x that reaches the margin: loss / (xᵀ·D·x).
  let norm2 = 0;
  let plain2 = 0;
  for (const [i, m] of multiplicity) {
    const r = options.rate ? Math.min(1, Math.max(0, options.rate(i))) : 1;
    rates.set(i, r);
    norm2 += r * (m * value) ** 2;
    plain2 += (m * value) ** 2;
  }
  let signals2 = 0;
  for (const s of comment.signals) signals2 += signalRate * s * s;
  if (norm2 + signals2 === 0) return { step: 0, budget, y, multiplicity, rates, signalStep: 0 };
  const cap = maxStep * budget;
  const step = Math.min(cap, loss / (norm2 + signals2));
  const signalStep = Math.min(step, cap, loss / (plain2 + signals2));
  return { step, budget, y, multiplicity, rates, signalStep };
}

function applyStep(target: SpamModel, comment: LearnableComment, s: Step, signalRate: number): void {
  const value = comment.features.value;
  const learned = (target.learned ??= new Float32Array(target.weights.length));
  for (const [i, m] of s.multiplicity) {
    const change = s.step * (s.rates.get(i) ?? 1) * m * value;
    target.weights[i] = (target.weights[i] ?? 0) + s.y * change;
    learned[i] = (learned[i] ?? 0) + s.y * change;
  }
  comment.signals.forEach((x, i) => {
    target.signalWeights[i] = (target.signalWeights[i] ?? 0) + signalRate * s.signalStep * s.y * x;
  });
}

/** Learns from one moderator decision; returns a new model (the input model is not changed). */
export function learnFromDecision(
  model: SpamModel,
  input: CommentInput,
  decision: ModeratorDecision,
  options: LearnOptions = {},
): LearnResult {
  const comment = analyzeComment(input, model.bits);
  const s = stepFor(model, comment, decision, options);
  if (s.step === 0) return { model, step: 0, budget: s.budget };
  const next = cloneModel(model);
  applyStep(next, comment, s, options.signalRate ?? 0.01);
  return { model: next, step: s.step, budget: s.budget };
}

/**
 * learnFromDecision for many decisions in a row (an import's history): the same step, applied
 * to `model` itself instead of a copy, on a comment analysed beforehand with the model's bits.
 */
export function learnInPlace(
  model: SpamModel,
  comment: LearnableComment,
  decision: ModeratorDecision,
  options: LearnOptions = {},
): { step: number; budget: number } {
  const s = stepFor(model, comment, decision, options);
  if (s.step > 0) applyStep(model, comment, s, options.signalRate ?? 0.01);
  return { step: s.step, budget: s.budget };
}
