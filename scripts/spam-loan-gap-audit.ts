// The loan-gap audit (issue 15, 2026-12-07): verdicts on its development examples
// (loan-gap-examples.ts), or with --heldout on its held-out batch (loan-gap-heldout-examples.ts),
// with the shipped model; --show prints each text's verdict and signals.
import { LOAN_GAP_GENUINE_DEV, LOAN_GAP_SPAM_DEV } from '../src/spam/loan-gap-examples.ts';
import { LOAN_GAP_GENUINE_HELDOUT, LOAN_GAP_SPAM_HELDOUT } from '../src/spam/loan-gap-heldout-examples.ts';
import { builtinModel } from '../src/spam/builtin.ts';
import { scoreComment } from '../src/spam/score.ts';

const model = builtinModel();
const heldout = process.argv.includes('--heldout');
const show = process.argv.includes('--show');
const sets: [string, readonly string[]][] = heldout
  ? [
      ['loan-gap-spam-heldout', LOAN_GAP_SPAM_HELDOUT],
      ['loan-gap-genuine-heldout', LOAN_GAP_GENUINE_HELDOUT],
    ]
  : [
      ['loan-gap-spam-dev', LOAN_GAP_SPAM_DEV],
      ['loan-gap-genuine-dev', LOAN_GAP_GENUINE_DEV],
    ];
for (const [name, texts] of sets) {
  const counts = { spam: 0, hold: 0, ham: 0 };
  for (const content of texts) {
    const v = scoreComment({ content }, model);
    const verdict = v.verdict === 'discard' ? 'spam' : v.verdict;
    counts[verdict]++;
    if (show)
      process.stdout.write(
        `${verdict.padEnd(4)} ${v.score.toFixed(3)} ${content.slice(0, 110)}\n    ${v.reasons.map((r) => `${r.code} ${r.weight.toFixed(2)}`).join(', ')}\n`,
      );
  }
  process.stdout.write(
    `${name}: ${texts.length} comments: spam ${counts.spam}, held ${counts.hold}, ham ${counts.ham}\n`,
  );
}
