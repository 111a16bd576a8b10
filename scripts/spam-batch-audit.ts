// Verdicts of the shipped model on an audit's example batches (issue 15): its development batch,
// or with --heldout its held-out batch; --show prints each text's verdict and signals. Each
// audit's script names its batches and calls `auditBatches`.
import { builtinModel } from '../src/spam/classifier/builtin.ts';
import { scoreComment } from '../src/spam/score.ts';

/** Named batches of comment texts. */
export type Batches = readonly [name: string, texts: readonly string[]][];

/** Prints spam / held / ham counts per batch (the held-out ones with --heldout). */
export function auditBatches(development: Batches, heldOut: Batches): void {
  const model = builtinModel();
  const show = process.argv.includes('--show');
  for (const [name, texts] of process.argv.includes('--heldout') ? heldOut : development) {
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
}
