// The shipped model's verdicts on the exported batches of one examples file (issue 15): spam /
// held / published per export, discard counted as spam; -v prints each text's verdict, score and
// reasons. How a signal change measures its development and held-out files (docs/spam.md).
//   npm run spam:batch -- src/spam/examples/<topic>-heldout-examples.ts [-v]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CommentInput } from '../src/spam/analyze.ts';
import { builtinModel } from '../src/spam/classifier/builtin.ts';
import { scoreComment } from '../src/spam/score.ts';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: npm run spam:batch -- FILE.ts [-v]\n');
  process.exit(2);
}
const verbose = process.argv.includes('-v');
const model = builtinModel();
const module = (await import(pathToFileURL(resolve(file)).href)) as Record<string, unknown>;
for (const [name, value] of Object.entries(module)) {
  if (!Array.isArray(value)) continue;
  const counts = { spam: 0, hold: 0, ham: 0 };
  const lines: string[] = [];
  for (const x of value as (string | CommentInput)[]) {
    const input = typeof x === 'string' ? { content: x } : x;
    if (typeof input?.content !== 'string') continue;
    const v = scoreComment(input, model);
    const verdict = v.verdict === 'discard' ? 'spam' : v.verdict;
    counts[verdict]++;
    lines.push(
      `   ${verdict.padEnd(4)} ${v.score.toFixed(3)} [${v.reasons.map((r) => r.code).join(',')}] ${input.content.slice(0, 100)}`,
    );
  }
  process.stdout.write(`${name}: ${counts.spam}/${counts.hold}/${counts.ham}\n`);
  if (verbose) process.stdout.write(lines.join('\n') + '\n');
}
