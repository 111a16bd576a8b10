// Calibration for unseen sites: a model trained on some sources is over-confident on a new one,
// so the shipped model's bias is lowered by a shift chosen from leave-one-source-out scores
// (loso.ts). This file holds the shared types and the shift itself.
import type { AnalyzedExample } from '../evaluation/evaluate.ts';
import type { SpamModel } from './model.ts';

/** An analysed example tagged with the source (site, data set) it came from. */
export interface SourcedExample extends AnalyzedExample {
  source: string;
}

/** A copy of the model with its bias lowered by `shift` log-odds. */
export function shiftBias(model: SpamModel, shift: number): SpamModel {
  return { ...model, bias: model.bias - shift };
}
