// The learning curve on the public data (src/spam/evaluation/learning-curve.ts): for each YouTube video, the
// built-in recipe trained on every other source (the video unseen, its bias shift chosen from the
// other sources' held-out scores only) meets the video's TubeSpam training rows in time order as
// moderator decisions, and is measured after 0, 10, 25, … decisions on the video's test rows.
// Prints Markdown tables for docs/spam.md. Run: npm run spam:curve [-- --json | --write]
// (--write keeps the curves in src/spam/evaluation/learning-curve-public.json, which the spam dashboard draws).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BUILTIN_TARGET_FPR,
  builtinExamples,
  builtinHeldOut,
  sourced,
  trainBuiltinRecipe,
} from '../src/spam/classifier/builtin.ts';
import { shiftBias } from '../src/spam/classifier/calibrate.ts';
import { parseDataset, splitByIndex } from '../src/spam/evaluation/dataset.ts';
import {
  type CurveExample,
  type CurvePoint,
  type DecisionPolicy,
  learningCurve,
} from '../src/spam/evaluation/learning-curve.ts';
import { chooseShift } from '../src/spam/evaluation/loso.ts';
import { DEFAULT_HOLD_THRESHOLD, DEFAULT_SPAM_SETTINGS } from '../src/spam/verdict.ts';
import { dataDir, readSources } from './spam-data.ts';

const CHECKPOINTS = [0, 10, 25, 50, 100, 200, 300, 1000];
const POLICIES: DecisionPolicy[] = ['corrections', 'every'];

interface VideoCurve {
  video: string;
  policy: DecisionPolicy;
  testSpam: number;
  testHam: number;
  points: CurvePoint[];
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function main(): void {
  const sources = readSources();
  if (sources === null) {
    process.stderr.write(`spam:curve: ${dataDir} not found; nothing to replay.\n`);
    process.exitCode = 1;
    return;
  }
  const started = performance.now();
  const log = (s: string): boolean => process.stderr.write(`spam:curve: ${s}\n`);
  const heldOut = builtinHeldOut(sources, (s) => log(`held-out scores without ${s}…`));
  const all = builtinExamples(sources);
  const splitCsv = readFileSync(join(dataDir, 'youtube-spam-collection/tubespam-split-2015.csv'), 'utf8');
  const curves: VideoCurve[] = [];
  for (const { name: video, csv } of sources.youtube) {
    log(`${video}: training the model that never saw it…`);
    const others = all.filter((e) => e.source !== video);
    const shift = chooseShift(
      heldOut.filter((h) => h.source !== video),
      BUILTIN_TARGET_FPR,
    );
    const base = shiftBias(trainBuiltinRecipe(sourced(others)), shift);
    const { train, test } = splitByIndex(parseDataset(csv), splitCsv, video);
    const date = (r: (typeof train)[number]): string => r.record.DATE || '\uffff';
    const replay: CurveExample[] = [...train].sort((a, b) =>
      date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0,
    );
    for (const policy of POLICIES) {
      log(`${video}: replaying ${replay.length} comments (${policy})…`);
      curves.push({
        video,
        policy,
        testSpam: test.filter((r) => r.spam).length,
        testHam: test.filter((r) => !r.spam).length,
        points: learningCurve(base, replay, test, {
          checkpoints: CHECKPOINTS,
          policy,
          spamThreshold: DEFAULT_SPAM_SETTINGS.spamThreshold,
          holdThreshold: DEFAULT_HOLD_THRESHOLD,
          targetFpr: 0.01,
        }),
      });
    }
  }
  if (process.argv.includes('--write')) {
    const file = new URL('../src/spam/evaluation/learning-curve-public.json', import.meta.url);
    const measured = new Date().toISOString().slice(0, 10);
    writeFileSync(file, `${JSON.stringify({ measured, curves }, null, 2)}\n`);
    log(`wrote ${file.pathname}`);
  } else if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(curves, null, 2)}\n`);
  } else {
    const lines: string[] = [];
    for (const policy of POLICIES) {
      lines.push(
        '',
        `Decisions: ${policy}. Measured on each video's TubeSpam test rows (spam threshold ${DEFAULT_SPAM_SETTINGS.spamThreshold}, hold ${DEFAULT_HOLD_THRESHOLD}).`,
        '',
        '| video (test spam/ham) | decisions (spam) | recall | genuine to spam | held | recall at FPR ≤ 1% |',
        '| --- | --: | --: | --: | --: | --: |',
      );
      for (const c of curves.filter((x) => x.policy === policy))
        for (const p of c.points)
          lines.push(
            `| ${c.video} (${c.testSpam}/${c.testHam}) | ${p.decisions} (${p.spamDecisions}) | ${pct(p.recall)} | ${pct(p.fpr)} | ${pct(p.held)} | ${pct(p.recallAtTargetFpr)} |`,
          );
    }
    process.stdout.write(`${lines.join('\n').trimStart()}\n`);
  }
  log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
