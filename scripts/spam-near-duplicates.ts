// Measures how near-duplicate detection separates real near-duplicates from unrelated comments
// on the public spam data (../shared/data/spam, read-only): for each similarity measure, the
// distribution of scores of texts one, two and three words apart (found in the data), of one-word
// variants made from real comments, and of unrelated pairs of the same source; then the threshold
// that keeps false matches on unrelated pairs under the target, and what it catches.
// Run: node --import tsx scripts/spam-near-duplicates.ts [--pairs N] [--seed N]
// Its output is quoted in docs/spam.md ("Near-duplicates").
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './near-duplicates/corpus.ts';
import { METHODS, type Method } from './near-duplicates/methods.ts';
import { naturalVariants, oneWordVariants, type Pair, unrelatedPairs } from './near-duplicates/pairs.ts';
import { printReport } from './near-duplicates/report.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(root, '../shared/data/spam');

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

function scores(method: Method<unknown>, pairs: Pair[]): Float64Array {
  const memo = new Map<string, unknown>();
  const sig = (t: string) => {
    let s = memo.get(t);
    if (s === undefined) memo.set(t, (s = method.signature(t)));
    return s;
  };
  return Float64Array.from(pairs, (p) => method.score(sig(p.a), sig(p.b)));
}

function main(): void {
  if (!existsSync(dataDir)) {
    process.stderr.write(`spam-near-duplicates: ${dataDir} not found; nothing to measure.\n`);
    process.exitCode = 1;
    return;
  }
  const seed = option('--seed', 1);
  const unrelatedCount = option('--pairs', 1_000_000);
  const minWords = 5;
  const { docs, exactDuplicates } = loadCorpus(dataDir);
  const natural = naturalVariants(docs, minWords);
  const classes: Array<{ name: string; pairs: Pair[]; positive: boolean }> = [
    { name: 'real, 1 word apart', pairs: natural.get(1)!, positive: true },
    { name: 'real, 2 words apart', pairs: natural.get(2)!, positive: true },
    { name: 'real, 3 words apart', pairs: natural.get(3)!, positive: true },
    // Made from texts one word longer than the minimum, so a removed word leaves enough.
    { name: 'made, 1 word changed', pairs: oneWordVariants(docs, minWords + 1, 6000, seed), positive: true },
    {
      name: 'unrelated, same source',
      pairs: unrelatedPairs(docs, unrelatedCount, seed + 1),
      positive: false,
    },
    {
      name: 'unrelated, both ham',
      pairs: unrelatedPairs(
        docs.filter((d) => !d.spam),
        unrelatedCount,
        seed + 2,
      ),
      positive: false,
    },
  ];
  printReport({
    corpus: { docs: docs.length, exactDuplicates, minWords, seed },
    classes,
    methods: METHODS.map((m) => ({ method: m, scores: classes.map((c) => scores(m, c.pairs)) })),
  });
}

main();
