// The TubeSpam per-video protocol with the three-way outcome: for each video, the 70/30 split of
// tubespam-split-2015.csv, `--base none`; the spam and hold thresholds are chosen by 5-fold
// cross-validation on the video's training rows only, the model is trained on all its training
// rows and scores the test rows once. Prints binary and after-moderation MCC, the false positive
// rate (genuine comments sent to spam) and the hold rate. Run: npm run spam:tubespam [-- --json]
// [--prior] (--prior: the site starts from the built-in model that never saw the video).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLISHED_BEST_MCC, tubespamThreeWay } from '../src/spam/evaluation/tubespam.ts';
import { trainBuiltin } from '../src/spam/classifier/builtin.ts';
import { dataDir, readSources } from './spam-data.ts';

function main(): void {
  if (!existsSync(dataDir)) {
    process.stderr.write(`spam:tubespam: ${dataDir} not found; nothing to evaluate.\n`);
    process.exitCode = 1;
    return;
  }
  const dir = join(dataDir, 'youtube-spam-collection');
  const splitCsv = readFileSync(join(dir, 'tubespam-split-2015.csv'), 'utf8');
  const videos = readdirSync(dir)
    .filter((f) => /^Youtube\d+-.*\.csv$/.test(f))
    .map((f) => f.replace(/\.csv$/, ''))
    .sort();
  // --prior: a site that starts from the built-in model, trained (recipe, shift) without the video.
  const withPrior = process.argv.includes('--prior');
  const rows = videos.map((video) => {
    let prior = null;
    if (withPrior) {
      process.stderr.write(`spam:tubespam: built-in recipe without ${video}…\n`);
      const sources = readSources([video]);
      if (sources)
        prior = trainBuiltin({ youtube: sources.youtube, sms: sources.sms, newsHam: sources.newsHam }).model;
    }
    return {
      video,
      m: tubespamThreeWay(readFileSync(join(dir, `${video}.csv`), 'utf8'), splitCsv, video, prior),
    };
  });
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const f = (x: number): string => x.toFixed(3);
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const lines = [
    '| video | test spam/ham | spam ≥ | hold ≥ | to spam (TP/FP) | held (spam/ham) | hold rate | FPR (ham → spam) | MCC binary | MCC after moderation | published best |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...rows.map(({ video, m }) => {
      const spam = m.binary.tp + m.binary.fn;
      const ham = m.binary.fp + m.binary.tn;
      return `| ${video} | ${spam}/${ham} | ${f(m.spamThreshold)} | ${f(m.holdThreshold)} | ${m.binary.tp}/${m.binary.fp} | ${m.spamHeld}/${m.hamHeld} | ${pct(m.holdRate)} | ${pct(m.fpr)} (${m.binary.fp}) | ${f(m.binary.mcc)} | ${f(m.moderated.mcc)} | ${PUBLISHED_BEST_MCC[video]?.toFixed(3) ?? '–'} |`;
    }),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
