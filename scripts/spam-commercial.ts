// How many of the hand-written commercial spam examples (src/spam/commercial-examples.ts) the
// shipped model sends to spam (or holds), and what it does with the hand-written genuine ones.
// The family sets of 2026-12-06 (pharmacy, casino, essay mills, …) are counted on their own lines.
// Run: npm run spam:commercial [-- --show dev|ham|families-dev|…] (lists the verdicts of one set).
import {
  COMMERCIAL_SPAM_DEV,
  COMMERCIAL_SPAM_SEALED,
  FAMILY_GENUINE_DEV,
  FAMILY_GENUINE_SEALED,
  FAMILY_SPAM_DEV,
  FAMILY_SPAM_SEALED,
  GENUINE_BLOG_COMMENTS,
} from '../src/spam/commercial-examples.ts';
import { builtinModel } from '../src/spam/builtin.ts';
import { scoreComment } from '../src/spam/score.ts';

const model = builtinModel();
const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : '';
const sets = [
  ['dev', COMMERCIAL_SPAM_DEV],
  ['sealed', COMMERCIAL_SPAM_SEALED],
  ['ham', GENUINE_BLOG_COMMENTS],
  ['families-dev', FAMILY_SPAM_DEV],
  ['families-sealed', FAMILY_SPAM_SEALED],
  ['families-ham', FAMILY_GENUINE_DEV],
  ['families-ham-sealed', FAMILY_GENUINE_SEALED],
] as const;
for (const [name, texts] of sets) {
  const counts = { spam: 0, hold: 0, ham: 0 };
  for (const content of texts) {
    const v = scoreComment({ content }, model);
    const verdict = v.verdict === 'discard' ? 'spam' : v.verdict;
    counts[verdict]++;
    if (show === name)
      process.stdout.write(
        `${verdict.padEnd(4)} ${v.score.toFixed(3)} ${content.slice(0, 90).replace(/\n/g, ' ')}\n    ${v.reasons.map((r) => `${r.code} ${r.weight.toFixed(2)}`).join(', ')}\n`,
      );
  }
  process.stdout.write(
    `${name}: ${texts.length} comments: spam ${counts.spam}, held ${counts.hold}, ham ${counts.ham}\n`,
  );
}
