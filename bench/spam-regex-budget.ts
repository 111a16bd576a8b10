// Where V8's budget for regex code runs out while scoring the real comments (run: `node --import tsx
// bench/spam-regex-budget.ts`). V8 compiles a new regex without its optimisations once the process
// has generated over 1 MB of regex code and holds over 16 MB of executable memory (docs/spam.md,
// "Scoring speed", fifth and seventh sessions). This scores the real texts (shuffled as
// bench/spam-score.ts shuffles them) once, and every STEP comments prints the committed code space
// (code space and large code objects, the figure the 16 MB is compared with) and the cost of a probe:
// a fifteen-word alternation compiled afresh at that point and run over 300 texts. The probe's cost
// jumps (several times) at the comment where the budget is spent; every regex a verdict first
// reaches after it is compiled unoptimised. Then two warm passes, and the code space after them.
// Bounded: about 15 seconds on a quiet machine. BENCH_BUDGET_STEP [100], BENCH_BUDGET_UPTO [1500].
import { getHeapSpaceStatistics } from 'node:v8';
import type { CommentInput } from '../src/spam/analyze.ts';
import { builtinExamples, builtinModel, spamOnlyExamples } from '../src/spam/classifier/builtin.ts';
import { seededRandom } from '../src/spam/classifier/random.ts';
import { scoreComment } from '../src/spam/score.ts';
import { readSources } from '../scripts/spam-data.ts';

const STEP = Number(process.env.BENCH_BUDGET_STEP ?? 100);
const UPTO = Number(process.env.BENCH_BUDGET_UPTO ?? 1500);

const sources = readSources();
if (sources === null) {
  console.log('real comments: skipped (../shared/data/spam is absent)');
  process.exit(0);
}
const model = builtinModel();
const real: CommentInput[] = [...builtinExamples(sources), ...spamOnlyExamples(sources)].map((e) => ({
  content: e.input.content,
}));
const shuffle = seededRandom(7);
for (let i = real.length - 1; i > 0; i--) {
  const j = Math.floor(shuffle() * (i + 1));
  [real[i], real[j]] = [real[j] as CommentInput, real[i] as CommentInput];
}
const sample = real.slice(0, 300).map((c) => c.content.toLowerCase());

/** Committed code space and large code objects, MB. */
function codeMb(): number {
  const spaces = getHeapSpaceStatistics();
  const size = (name: string): number => spaces.find((s) => s.space_name === name)?.space_size ?? 0;
  return (size('code_space') + size('code_large_object_space')) / 2 ** 20;
}

/** µs per text of a regex compiled now (a new source each time, so V8 compiles it afresh). */
function probe(k: number): number {
  const re = new RegExp(
    `shock|sensation|talking|believe|furious|hiding|want\\s+you|secret${k}x|impressed|inspired|paid|customi|aware|alert|google`,
  );
  for (const t of sample) re.test(t);
  for (const t of sample) re.test(t);
  // (the least of three timings: a busy machine only adds time)
  let least = Infinity;
  for (let j = 0; j < 3; j++) {
    const start = performance.now();
    for (const t of sample) re.test(t);
    least = Math.min(least, performance.now() - start);
  }
  return (least * 1000) / sample.length;
}

let probes = 0;
const first = probe(probes++);
const costs: [number, number][] = [];
console.log(`real comments: ${real.length}; probe before scoring ${first.toFixed(2)} µs a text`);
for (let i = 0; i < real.length; i++) {
  if (i % STEP === 0 && i <= UPTO) {
    const cost = probe(probes++);
    costs.push([i, cost]);
    console.log(
      `${String(i).padStart(5)}: code ${codeMb().toFixed(1)} MB, fresh probe ${cost.toFixed(2)} µs a text`,
    );
  }
  scoreComment(real[i] as CommentInput, model);
}
// The budget is spent after the last probe that cost under four times the first.
const lastCheap = costs.findLastIndex(([, cost]) => cost < 4 * first);
const spent =
  lastCheap === costs.length - 1
    ? `after comment ${UPTO}`
    : `between comments ${costs[lastCheap]?.[0] ?? 0} and ${costs[lastCheap + 1]?.[0] ?? 0}`;
const cpu = process.cpuUsage();
for (let k = 0; k < 2; k++) for (const c of real) scoreComment(c, model);
const used = process.cpuUsage(cpu);
console.log(
  `budget spent ${spent}; after three passes code ${codeMb().toFixed(1)} MB, fresh probe ${probe(probes++).toFixed(2)} µs a text; warm ${Math.round((2 * real.length) / ((used.user + used.system) / 1e6)).toLocaleString('en-US')} verdicts per CPU second`,
);
