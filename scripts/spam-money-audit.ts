// The loan and betting coverage audit (issue 15, 2026-12-07, late): verdicts on its development
// examples (money-examples.ts), or with --heldout on its held-out batch (money-heldout-examples.ts),
// with the shipped model; --show prints each text's verdict and signals.
import { MONEY_BET_SPAM_DEV, MONEY_GENUINE_DEV, MONEY_LOAN_SPAM_DEV } from '../src/spam/money-examples.ts';
import {
  MONEY_BET_SPAM_HELDOUT,
  MONEY_GENUINE_HELDOUT,
  MONEY_LOAN_SPAM_HELDOUT,
} from '../src/spam/money-heldout-examples.ts';
import { builtinModel } from '../src/spam/builtin.ts';
import { scoreComment } from '../src/spam/score.ts';

const model = builtinModel();
const heldout = process.argv.includes('--heldout');
const show = process.argv.includes('--show');
const sets: [string, readonly string[]][] = heldout
  ? [
      ['loan-heldout', MONEY_LOAN_SPAM_HELDOUT],
      ['bet-heldout', MONEY_BET_SPAM_HELDOUT],
      ['genuine-heldout', MONEY_GENUINE_HELDOUT],
    ]
  : [
      ['loan-dev', MONEY_LOAN_SPAM_DEV],
      ['bet-dev', MONEY_BET_SPAM_DEV],
      ['genuine-dev', MONEY_GENUINE_DEV],
    ];
for (const [name, texts] of sets) {
  const counts = { spam: 0, hold: 0, ham: 0 };
  for (const content of texts) {
    const v = scoreComment({ content }, model);
    const verdict = v.verdict === 'discard' ? 'spam' : v.verdict;
    counts[verdict]++;
    if (show)
      process.stdout.write(
        `${verdict.padEnd(4)} ${v.score.toFixed(3)} ${content.slice(0, 100)}\n    ${v.reasons.map((r) => `${r.code} ${r.weight.toFixed(2)}`).join(', ')}\n`,
      );
  }
  process.stdout.write(
    `${name}: ${texts.length} comments: spam ${counts.spam}, held ${counts.hold}, ham ${counts.ham}\n`,
  );
}
