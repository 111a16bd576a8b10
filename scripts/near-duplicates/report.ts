// Prints the near-duplicate measurement as Markdown: per measure, the score distribution of each
// class of pairs, the threshold that keeps false matches on unrelated pairs under each target,
// and the share of every class it catches.
import type { Method } from './methods.ts';
import type { Pair } from './pairs.ts';

interface Input {
  corpus: { docs: number; exactDuplicates: number; minWords: number; seed: number };
  classes: Array<{ name: string; pairs: Pair[]; positive: boolean }>;
  methods: Array<{ method: Method<unknown>; scores: Float64Array[] }>;
}

/** False-match rates per unrelated pair the thresholds are chosen for. */
const TARGETS = [1e-4, 1e-5];

const shown = (m: Method<unknown>, score: number): string =>
  m.unit === 'bits' ? String(-score) : score.toFixed(2);

function quantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] ?? NaN;
}

/** The loosest threshold whose share of unrelated pairs at or above it is at most `target`. */
function thresholdFor(unrelated: Float64Array, target: number): number {
  const sorted = unrelated.slice().sort().reverse();
  const allowed = Math.floor(target * sorted.length);
  // Scores at or above the (allowed+1)-th highest would let one too many through.
  const blocked = sorted[allowed];
  if (blocked === undefined) return -Infinity;
  let t = blocked;
  // The smallest representable step above `blocked` for this measure.
  for (const s of sorted) if (s > blocked) t = s;
  return t > blocked ? t : Infinity;
}

const share = (scores: Float64Array, t: number): number => {
  let n = 0;
  for (const s of scores) if (s >= t) n++;
  return scores.length === 0 ? NaN : n / scores.length;
};

const pct = (x: number): string =>
  Number.isNaN(x) ? '–' : `${(x * 100).toFixed(x < 0.001 && x > 0 ? 4 : 1)}%`;

function distributionTable(m: Method<unknown>, input: Input, scores: Float64Array[]): string[] {
  const qs = [0, 0.05, 0.25, 0.5, 0.75, 0.95, 1];
  // Columns run from the most alike pairs down: the smallest distance, or the highest similarity.
  const head =
    m.unit === 'bits'
      ? 'distance (bits): min | 5% | 25% | median | 75% | 95% | max'
      : 'similarity: max | 95% | 75% | median | 25% | 5% | min';
  const lines = [`| pairs | n | ${head} |`, '| --- | --: | --: | --: | --: | --: | --: | --: | --: |'];
  input.classes.forEach((c, i) => {
    const sorted = scores[i]!.slice().sort();
    // For distances the best match is the largest score: list from the most alike down.
    const values = qs.map((q) => shown(m, quantile(sorted, m.unit === 'bits' ? 1 - q : q)));
    if (m.unit === 'similarity') values.reverse();
    lines.push(`| ${c.name} | ${c.pairs.length} | ${values.join(' | ')} |`);
  });
  return lines;
}

function thresholdTable(m: Method<unknown>, input: Input, scores: Float64Array[]): string[] {
  // Thresholds are chosen on the first class of unrelated pairs (all of them, spam and ham).
  const unrelatedIndex = input.classes.findIndex((c) => !c.positive);
  const unrelated = scores[unrelatedIndex]!;
  const lines = [
    `| false matches ≤ | threshold | ${input.classes.map((c) => c.name).join(' | ')} |`,
    `| --: | --: | ${input.classes.map(() => '--:').join(' | ')} |`,
  ];
  const rows: Array<[string, number]> = TARGETS.map((t) => [t.toExponential(0), thresholdFor(unrelated, t)]);
  if (m.inUse) rows.push([m.inUse.label, m.inUse.score]);
  for (const [label, t] of rows) {
    const th = Number.isFinite(t) ? `${m.unit === 'bits' ? '≤' : '≥'} ${shown(m, t)}` : 'none';
    lines.push(`| ${label} | ${th} | ${scores.map((s) => pct(share(s, t))).join(' | ')} |`);
  }
  return lines;
}

/** Writes the report to standard output. */
export function printReport(input: Input): void {
  const out: string[] = [];
  const c = input.corpus;
  out.push(
    `Corpus: ${c.docs} distinct normalised comments (${c.exactDuplicates} exact repeats within a source left out); ` +
      `pairs of texts of at least ${c.minWords} words; seed ${c.seed}.`,
    '',
  );
  for (const { method, scores } of input.methods) {
    out.push(`### ${method.name}`, '', ...distributionTable(method, input, scores), '');
    out.push(...thresholdTable(method, input, scores), '');
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
