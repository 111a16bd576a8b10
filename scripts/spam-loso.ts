// Leave-one-source-out evaluation of the built-in recipe (src/spam/evaluation/loso.ts): each source is scored
// by a model that never saw it; the Russian sample (spam only) by the model of all trainable
// sources. Prints the held-out table at the shift the recipe ships, at no shift and at the former
// shift, as Markdown for docs/spam.md. Run: npm run spam:loso [-- --json]
import { builtinHeldOut, builtinNested, BUILTIN_TARGET_FPR } from '../src/spam/classifier/builtin.ts';
import {
  CEILING_HAM,
  chooseShift,
  heldOutTable,
  type HeldOutRow,
  type WordsAloneRule,
} from '../src/spam/evaluation/loso.ts';
import { DEFAULT_HOLD_THRESHOLD, DEFAULT_SPAM_SETTINGS } from '../src/spam/verdict.ts';
import { dataDir, readSources } from './spam-data.ts';

/**
 * Spam evidence beside the words (`spamEvidence`) below which a spam verdict rests on the words
 * alone: 0.25 log-odds, the weight below which verdict.ts names no signal among the reasons.
 */
const WORDS_ALONE_BOUND = 0.25;

const logit = (p: number): number => Math.log(p / (1 - p));

/** Rules for spam verdicts by the words alone, measured against today's (issue 15). */
const WORDS_ALONE_RULES: [name: string, rule: WordsAloneRule | undefined][] = [
  ['(c) today: words alone may send to spam', undefined],
  ['(a) words alone never send to spam', { bound: WORDS_ALONE_BOUND, spamLogit: Infinity }],
  [
    `(b) words alone send to spam at ≥ ${DEFAULT_SPAM_SETTINGS.discardThreshold} (discard threshold)`,
    { bound: WORDS_ALONE_BOUND, spamLogit: logit(DEFAULT_SPAM_SETTINGS.discardThreshold) },
  ],
  ['(b) words alone send to spam at ≥ 0.9', { bound: WORDS_ALONE_BOUND, spamLogit: logit(0.9) }],
];

/** The bias shift the built-in model shipped with before this calibration. */
const FORMER_SHIFT = 3.68;

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function cells(r: HeldOutRow): string {
  const recall = r.spam > 0 ? `${pct(r.recall)} (${r.caught}/${r.spam})` : '–';
  const fpr = r.ham > 0 ? `${pct(r.fpr)} (${r.falsePositives}/${r.ham})` : '–';
  return `${recall} | ${fpr}`;
}

function main(): void {
  const json = process.argv.includes('--json');
  const sources = readSources();
  if (sources === null) {
    process.stderr.write(`spam:loso: ${dataDir} not found; nothing to evaluate.\n`);
    process.exitCode = 1;
    return;
  }
  const started = performance.now();
  const heldOut = builtinHeldOut(sources, (s) => process.stderr.write(`spam:loso: holding out ${s}…\n`));
  const shift = chooseShift(heldOut, BUILTIN_TARGET_FPR);
  const at = (s: number): HeldOutRow[] => heldOutTable(heldOut, s);
  const [chosen, none, former] = [at(shift), at(0), at(FORMER_SHIFT)];
  // The hold band: the probability at which the mean held-out share of ham not published (held
  // or spam) is 5%, and the band of the default hold threshold as shipped.
  const holdAt5 = 1 / (1 + Math.exp(-(chooseShift(heldOut, 0.05) - shift)));
  const holdLogit = Math.log(DEFAULT_HOLD_THRESHOLD / (1 - DEFAULT_HOLD_THRESHOLD));
  const hold = heldOutTable(heldOut, shift, 0, holdLogit);
  const wordsAlone = WORDS_ALONE_RULES.map(([name, rule]) => ({
    name,
    rows: heldOutTable(heldOut, shift, 0, holdLogit, rule),
  }));
  // Nested: each source judged at a shift chosen without it (neither weights nor threshold saw it).
  const nested = builtinNested(sources, heldOut, (s) =>
    process.stderr.write(`spam:loso: nested, choosing the shift without ${s}…\n`),
  );
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ shift, holdAt5, chosen, none, former, hold, nested, wordsAlone }, null, 2)}\n`,
    );
    return;
  }
  const lines = [
    `Held-out shift chosen: ${shift.toFixed(2)} log-odds (mean held-out FPR over sources with ham ≤ ${pct(BUILTIN_TARGET_FPR)}, and so is each source of ham alone or of ${CEILING_HAM.toLocaleString('en')} ham or more).`,
    '',
    `| held-out source | spam | ham | recall at ${shift.toFixed(2)} | FPR at ${shift.toFixed(2)} | recall at 0 | FPR at 0 | recall at ${FORMER_SHIFT} | FPR at ${FORMER_SHIFT} |`,
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...chosen.map(
      (r, i) =>
        `| ${r.source}${r.testOnly ? ' (test only)' : ''} | ${r.spam} | ${r.ham} | ${cells(r)} | ${cells(none[i] as HeldOutRow)} | ${cells(former[i] as HeldOutRow)} |`,
    ),
  ];
  lines.push(
    '',
    'Nested (the shift judging each source chosen by leave-one-source-out among the other sources only):',
    '',
    '| held-out source | shift chosen without it | recall | FPR |',
    '| --- | --: | --: | --: |',
    ...nested.map((r) => `| ${r.source} | ${r.shift.toFixed(2)} | ${cells(r)} |`),
  );
  lines.push(
    '',
    `Hold band: mean held-out ham not published ≤ 5% at probability ${holdAt5.toFixed(3)}; shipped hold threshold ${DEFAULT_HOLD_THRESHOLD}.`,
    '',
    `| held-out source | spam caught | spam held | spam published | ham to spam | ham held | ham published |`,
    '| --- | --: | --: | --: | --: | --: | --: |',
    ...hold.map((r) => {
      const share = (n: number, of: number): string => (of > 0 ? `${pct(n / of)} (${n})` : '–');
      return `| ${r.source} | ${share(r.caught, r.spam)} | ${share(r.spamHeld, r.spam)} | ${share(r.spam - r.caught - r.spamHeld, r.spam)} | ${share(r.falsePositives, r.ham)} | ${share(r.hamHeld, r.ham)} | ${share(r.ham - r.falsePositives - r.hamHeld, r.ham)} |`;
    }),
  );
  lines.push(
    '',
    `Words alone (spam verdicts with spam evidence beside the words < ${WORDS_ALONE_BOUND} log-odds), at the shift chosen and the shipped hold threshold; "by the rule" counts the spam verdicts the rule holds instead:`,
    '',
    '| rule | held-out source | recall | FPR | spam held by the rule | ham held by the rule |',
    '| --- | --- | --: | --: | --: | --: |',
    ...wordsAlone.flatMap(({ name, rows }) =>
      rows.map(
        (r) =>
          `| ${name} | ${r.source} | ${cells(r)} | ${r.spam > 0 ? r.spamWordsAloneHeld : '–'} | ${r.ham > 0 ? r.hamWordsAloneHeld : '–'} |`,
      ),
    ),
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  process.stderr.write(`spam:loso: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

main();
