// The TubeSpam per-video protocol with the three-way outcome (three-way.ts), on CSV text: the
// video's 70/30 split from tubespam-split-2015.csv, `--base none`; thresholds chosen by 5-fold
// cross-validation on the training rows only; the model trained on all training rows scores the
// test rows once. The caller reads the files (scripts/spam-tubespam.ts, test/spam-eval.test.ts).
import { parseDataset, splitByIndex } from './dataset.ts';
import { analyzeExamples, type AnalyzedExample } from './evaluate.ts';
import { linearScore, sigmoid, type SpamModel } from '../classifier/model.ts';
import {
  chooseThresholds,
  outOfFoldScores,
  threeWay,
  type ThreeWayMetrics,
} from '../classifier/three-way.ts';
import { trainAnalyzed } from '../classifier/train.ts';

/** The dataset authors' best per-video MCC (TubeSpam, 2015): the issue's bar. */
export const PUBLISHED_BEST_MCC: Readonly<Record<string, number>> = {
  'Youtube01-Psy': 0.925,
  'Youtube02-KatyPerry': 0.893,
  'Youtube03-LMFAO': 0.955,
  'Youtube04-Eminem': 0.955,
  'Youtube05-Shakira': 0.931,
};

/**
 * Runs the protocol for one video (`csv` its file, `splitCsv` the split index).
 *
 * With a `prior` (the built-in recipe trained without this video, so it never saw any of its
 * comments) the score is a site that starts from the built-in model: the site-trained model's
 * log-odds plus the prior's, the built-in model being what the site knew before its moderators'
 * decisions. The prior's scores of the training rows are out-of-sample by construction, so the
 * thresholds are still chosen on training rows only (cross-validation with the prior added).
 */
export function tubespamThreeWay(
  csv: string,
  splitCsv: string,
  video: string,
  prior: SpamModel | null = null,
): ThreeWayMetrics {
  const { train, test } = splitByIndex(parseDataset(csv), splitCsv, video);
  const trainRows = analyzeExamples(train);
  const offset = (e: AnalyzedExample): number => (prior ? linearScore(prior, e.comment).logit : 0);
  const thresholds = chooseThresholds(outOfFoldScores(trainRows, 5, { seed: 1 }, offset));
  const model = trainAnalyzed(trainRows);
  const scored = analyzeExamples(test).map((e) => ({
    spam: e.y === 1,
    probability: sigmoid(linearScore(model, e.comment).logit + offset(e)),
  }));
  return threeWay(scored, thresholds.spamThreshold, thresholds.holdThreshold);
}
