// The built-in model's recipe (which data, which options) and its loader. The recipe is shared by
// scripts/spam-train.ts and the evaluation tests, so "train on two videos + SMS, test on the
// third" measures exactly what ships.
import { shiftBias, sourceShift, type SourcedExample } from './calibrate.ts';
import { dedupeRows, parseDataset } from './dataset.ts';
import { analyzeExamples } from './evaluate.ts';
import { deserializeModel, type SpamModel, type SpamModelJson } from './model.ts';
import { trainAnalyzed, type TrainingExample, type TrainOptions } from './train.ts';
import builtinJson from './builtin-model.json' with { type: 'json' };

/** Raw texts of the training sources, as read by the caller. */
export interface BuiltinSources {
  /** YouTube Spam Collection CSV files (header COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS) by name. */
  youtube: readonly { name: string; csv: string }[];
  /** SMS Spam Collection (label TAB text, no header), or null when absent. */
  sms?: string | null;
}

/** Training options of the built-in model. */
export const BUILTIN_TRAIN_OPTIONS: TrainOptions = {
  bits: 18,
  epochs: 12,
  seed: 1,
  hamWeight: 1.5,
  nbAlpha: 1,
};

/** False positive rate the built-in model aims for on a site it has never seen. */
export const BUILTIN_TARGET_FPR = 0.01;

/**
 * The built-in training set, each example tagged with its source: every YouTube comment plus the
 * de-duplicated SMS collection. The Russian spam sample is not used: with no Russian ham it would
 * teach "Cyrillic means spam".
 */
export function builtinExamples(sources: BuiltinSources): (TrainingExample & { source: string })[] {
  const rows: (TrainingExample & { source: string })[] = [];
  for (const { name, csv } of sources.youtube) {
    const parsed = parseDataset(csv, { contentColumn: 'CONTENT', labelColumn: 'CLASS' });
    rows.push(...parsed.map((r) => ({ input: r.input, spam: r.spam, source: name })));
  }
  if (sources.sms) {
    const parsed = parseDataset(sources.sms, { format: 'tsv', columns: ['label', 'content'] });
    rows.push(...parsed.map((r) => ({ input: r.input, spam: r.spam, source: 'sms' })));
  }
  return dedupeRows(rows);
}

/**
 * Trains the built-in model: NB-weighted logistic regression on all sources, then the bias is
 * lowered by the leave-one-source-out shift (calibrate.ts) so that an unseen site sees few false
 * positives.
 */
export function trainBuiltin(
  sources: BuiltinSources,
  onEpoch?: (epoch: number, epochs: number) => void,
): { model: SpamModel; shift: number; examples: number } {
  const examples = builtinExamples(sources);
  const analyzed = analyzeExamples(examples, BUILTIN_TRAIN_OPTIONS.bits);
  const sourced: SourcedExample[] = analyzed.map((a, i) => ({ ...a, source: examples[i]?.source ?? '' }));
  const shift = sourceShift(sourced, BUILTIN_TARGET_FPR, BUILTIN_TRAIN_OPTIONS);
  const model = trainAnalyzed(analyzed, { ...BUILTIN_TRAIN_OPTIONS, onEpoch });
  return { model: shiftBias(model, shift), shift, examples: examples.length };
}

/** Loads the model that ships with Silkpress (parse once at startup and keep it). */
export function builtinModel(): SpamModel {
  return deserializeModel(builtinJson as SpamModelJson);
}
