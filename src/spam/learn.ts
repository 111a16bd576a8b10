// Online learning from moderator decisions, safe against poisoning. Each decision is a
// passive-aggressive step: the smallest change that puts this comment on the right side with a
// margin, capped by a per-source budget that halves every few updates the same source (IP /24 or
// /64, see network.ts) already contributed. One source can therefore move the model only by a
// bounded total, however many comments it floods in.
import { type AnalyzedComment, analyzeComment, type CommentInput } from './analyze.ts';
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
  /** Share of the step applied to signal weights (they are shared by every comment). */
  signalRate?: number;
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
}

/** The passive-aggressive step for a decision (step 0: nothing to learn). */
function stepFor(
  model: SpamModel,
  comment: LearnableComment,
  decision: ModeratorDecision,
  options: LearnOptions,
): Step {
  const { maxStep = 4, halfLife = 5, maxSourceUpdates = 50, margin = 2, signalRate = 0.1 } = options;
  const budget = sourceBudget(options.sourceUpdates ?? 0, halfLife, maxSourceUpdates);
  const y = decision === 'spam' ? 1 : -1;
  const multiplicity = new Map<number, number>();
  const loss = margin - y * linearScore(model, comment).logit;
  if (loss <= 0 || budget === 0) return { step: 0, budget, y, multiplicity };
  const { indices, value } = comment.features;
  for (const i of indices) multiplicity.set(i, (multiplicity.get(i) ?? 0) + 1);
  let norm2 = 0;
  for (const m of multiplicity.values()) norm2 += (m * value) ** 2;
  for (const s of comment.signals) norm2 += signalRate * s * s;
  if (norm2 === 0) return { step: 0, budget, y, multiplicity };
  return { step: Math.min(maxStep * budget, loss / norm2), budget, y, multiplicity };
}

function applyStep(target: SpamModel, comment: LearnableComment, s: Step, signalRate: number): void {
  const value = comment.features.value;
  for (const [i, m] of s.multiplicity)
    target.weights[i] = (target.weights[i] ?? 0) + s.step * s.y * m * value;
  comment.signals.forEach((x, i) => {
    target.signalWeights[i] = (target.signalWeights[i] ?? 0) + signalRate * s.step * s.y * x;
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
  applyStep(next, comment, s, options.signalRate ?? 0.1);
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
  if (s.step > 0) applyStep(model, comment, s, options.signalRate ?? 0.1);
  return { step: s.step, budget: s.budget };
}
