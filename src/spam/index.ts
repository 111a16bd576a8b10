// Public API of the spam module: score a comment, learn from moderators, train, evaluate, and
// (de)serialise models: pure functions, callers do the I/O. Below them, what the other features
// use of the spam defense.
export { scoreComment } from './score.ts';

export type { AnalyzedComment, CommentInput } from './analyze.ts';
export { analyzeComment } from './analyze.ts';
export type { Confusion, Metrics } from './metrics.ts';
export { addConfusion, computeMetrics, confusionMatrix } from './metrics.ts';
export type { SpamModel, SpamModelJson, LinearScore } from './model.ts';
export {
  DEFAULT_BITS,
  cloneModel,
  createModel,
  deserializeModel,
  linearScore,
  serializeModel,
} from './model.ts';
export type { SpamModelDeltaJson } from './model-delta.ts';
export { applyModelDelta, diffModels } from './model-delta.ts';
export { builtinModel } from './builtin-model.ts';
export type { LearnableComment, LearnOptions, LearnResult, ModeratorDecision } from './learn.ts';
export { learnFromDecision, learnInPlace, sourceBudget } from './learn.ts';
export type { TrainOptions, TrainingExample } from './train.ts';
export { trainModel } from './train.ts';
export type { AnalyzedExample } from './evaluate.ts';
export { analyzeExamples, crossValidate, evaluateModel } from './evaluate.ts';
export type { DatasetOptions, DatasetRow } from './dataset.ts';
export { dedupeRows, parseDataset, parseLabel } from './dataset.ts';
export type { Reason, ReasonCode, SpamSettings, SpamVerdict, VerdictKind } from './verdict.ts';
export { DEFAULT_SPAM_SETTINGS } from './verdict.ts';
export type { ContextEvidence, FormEvidence, SignalCode } from './signals.ts';
export { SHARED_ACTIVITY_SIGNALS, SIGNAL_CODES, SIGNAL_INFO } from './signals.ts';
export type { NormalizedText } from './normalize.ts';
export { normalizeText } from './normalize.ts';
export { foldHomoglyphs } from './homoglyph.ts';
export { networkKey } from './network.ts';
export type { MinHash } from './minhash.ts';
export {
  fingerprintFromHex,
  fingerprintToHex,
  isNearDuplicate,
  minhash,
  minhashSimilarity,
  NEAR_DUPLICATE_SIMILARITY,
} from './minhash.ts';
export { domainOf, isShortener, registrableDomain } from './url.ts';

// Used by the other features (comments, the WXR import): change keys, the model's source keys,
// and the verdict store the bulk import writes the trained model through.
export { API_KEYS_CHANGED, FINGERPRINT_DECIDED } from './change-keys.ts';
export { SPAM_MODEL_CHANGED, sourceKeys } from './spam-service.ts';
export { VerdictRepo } from './verdict-repo.ts';
export type { PublicCurve } from './learning-curve-public.ts';
export { PUBLIC_LEARNING_CURVE } from './learning-curve-public.ts';
