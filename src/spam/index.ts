// Public API of the spam module: score a comment, learn from moderators, train, evaluate, and
// (de)serialise models: pure functions, callers do the I/O. Below them, what the other features
// use of the spam defense.
export { scoreComment } from './score.ts';

export type { AnalyzedComment, CommentInput } from './analyze.ts';
export { analyzeComment } from './analyze.ts';
export type { Confusion, Metrics } from './evaluation/metrics.ts';
export { addConfusion, computeMetrics, confusionMatrix } from './evaluation/metrics.ts';
export type { SpamModel, SpamModelJson, LinearScore } from './classifier/model.ts';
export {
  DEFAULT_BITS,
  cloneModel,
  createModel,
  deserializeModel,
  linearScore,
  serializeModel,
} from './classifier/model.ts';
export type { SpamModelDeltaJson } from './classifier/model-delta.ts';
export { applyModelDelta, diffModels } from './classifier/model-delta.ts';
export { builtinModel } from './classifier/builtin-model.ts';
export type { LearnableComment, LearnOptions, LearnResult, ModeratorDecision } from './classifier/learn.ts';
export { learnFromDecision, learnInPlace, sourceBudget } from './classifier/learn.ts';
export type { TrainOptions, TrainingExample } from './classifier/train.ts';
export { trainModel } from './classifier/train.ts';
export type { AnalyzedExample } from './evaluation/evaluate.ts';
export { analyzeExamples, crossValidate, evaluateModel } from './evaluation/evaluate.ts';
export type { DatasetOptions, DatasetRow } from './evaluation/dataset.ts';
export { dedupeRows, parseDataset, parseLabel } from './evaluation/dataset.ts';
export type { Reason, ReasonCode, SpamSettings, SpamVerdict, VerdictKind } from './verdict.ts';
export { DEFAULT_SPAM_SETTINGS } from './verdict.ts';
export type { ContextEvidence, FormEvidence, SignalCode } from './signals/signals.ts';
export { SHARED_ACTIVITY_SIGNALS, SIGNAL_CODES, SIGNAL_INFO } from './signals/signals.ts';
export type { NormalizedText } from './text/normalize.ts';
export { normalizeText } from './text/normalize.ts';
export { foldHomoglyphs } from './text/homoglyph.ts';
export { networkKey } from './context/network.ts';
export type { MinHash } from './context/minhash.ts';
export {
  fingerprintFromHex,
  fingerprintToHex,
  isNearDuplicate,
  minhash,
  minhashSimilarity,
  NEAR_DUPLICATE_SIMILARITY,
} from './context/minhash.ts';
export { domainOf, isShortener, registrableDomain } from './text/url.ts';
export { ASCII_TLDS, IDN_TLDS, isBareDomainLink } from './text/tld.ts';

// Used by the other features (comments, the WXR import): change keys, the model's source keys,
// and the verdict store the bulk import writes the trained model through.
export { API_KEYS_CHANGED, FINGERPRINT_DECIDED } from './service/change-keys.ts';
export { SPAM_MODEL_CHANGED, sourceKeys } from './service/spam-service.ts';
export { VerdictRepo } from './service/verdict-repo.ts';
export type { PublicCurve } from './evaluation/learning-curve-public.ts';
export { PUBLIC_LEARNING_CURVE } from './evaluation/learning-curve-public.ts';
