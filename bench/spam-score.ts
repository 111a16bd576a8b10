// Spam scoring speed and model memory. Run: node --import tsx bench/spam-score.ts
// Scores synthetic comments (built from a fixed vocabulary, no data-set text) in-process on one
// core, with and without explanations, then real comments (the public data sets and news-site ham,
// read from ../shared/data when present, never copied), and measures the heap taken by loading the
// built-in model.
// Throughput is given per CPU second (process.cpuUsage) as well as per wall-clock second, so the
// figure stays meaningful on a machine busy with other work. Run with --expose-gc for the memory
// figure to be exact.
import { analyzeComment, type CommentInput } from '../src/spam/analyze.ts';
import { linearScore } from '../src/spam/classifier/model.ts';
import { scoreComment } from '../src/spam/score.ts';
import { seededRandom } from '../src/spam/classifier/random.ts';

const WORDS = (
  'the council vote budget school transport great article thanks agree disagree mayor city check out my ' +
  'channel subscribe free bonus casino win money click link video song love this best amazing report ' +
  'новости город бюджет спасибо статья 城市 新闻 预算 谢谢'
).split(' ');
const EXTRAS = ['', '', '', ' http://bit.ly/abc', ' https://example.com/page', ' !!!', ' call 0800 123 4567'];

function comments(n: number): CommentInput[] {
  const random = seededRandom(42);
  return Array.from({ length: n }, () => {
    const length = 5 + Math.floor(random() * 30);
    const words = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)] ?? '');
    return { content: words.join(' ') + (EXTRAS[Math.floor(random() * EXTRAS.length)] ?? '') };
  });
}

function heapMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function time(
  label: string,
  inputs: CommentInput[],
  fn: (c: CommentInput) => unknown,
  warmUp = inputs.slice(0, 5000),
): void {
  for (const c of warmUp) fn(c);
  const wall = performance.now();
  const cpu = process.cpuUsage();
  for (const c of inputs) fn(c);
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const wallSeconds = (performance.now() - wall) / 1000;
  const fmt = (x: number): string => Math.round(x).toLocaleString('en-US').padStart(9);
  console.log(
    `${label.padEnd(42)} ${fmt(inputs.length / cpuSeconds)} comments per CPU second, ${fmt(inputs.length / wallSeconds)} per wall second`,
  );
}

function memory(): number {
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
}

const before = (heapMb(), memory());
// Imported here, not at the top, so the JSON parse of the model counts in the figure.
const { builtinExamples, builtinModel, spamOnlyExamples } = await import('../src/spam/classifier/builtin.ts');
const model = builtinModel();
const after = (heapMb(), memory());
const rss = process.memoryUsage().rss / 2 ** 20;
const arrays = (model.weights.byteLength + model.signalWeights.byteLength) / 2 ** 20;
console.log(
  `model: 2^${model.bits} buckets, typed arrays ${arrays.toFixed(1)} MB; heap + array buffers after loading the module and the model: +${(after - before).toFixed(1)} MB (target < 50 MB); process RSS ${rss.toFixed(0)} MB`,
);

const inputs = comments(100_000);
const chars = inputs.reduce((sum, c) => sum + c.content.length, 0) / inputs.length;
console.log(`comments: ${inputs.length}, average ${chars.toFixed(0)} characters`);
time('scoreComment (verdict + reasons)', inputs, (c) => scoreComment(c, model));
time('analyze + linear score (no explanation)', inputs, (c) =>
  linearScore(model, analyzeComment(c, model.bits)),
);

// The synthetic comments above repeat a vocabulary of about 40 words, which flatters anything
// that remembers words; real comments (the public data sets and the news-site ham, when
// ../shared/data is beside the checkout) are the figure to trust (docs/spam.md, 2026-12-06).
const { readSources } = await import('../scripts/spam-data.ts');
const sources = readSources();
if (sources === null) {
  console.log('real comments: skipped (../shared/data/spam is absent)');
} else {
  const real = [...builtinExamples(sources), ...spamOnlyExamples(sources)].map((e) => ({
    content: e.input.content,
  }));
  const shuffle = seededRandom(7);
  for (let i = real.length - 1; i > 0; i--) {
    const j = Math.floor(shuffle() * (i + 1));
    [real[i], real[j]] = [real[j] as CommentInput, real[i] as CommentInput];
  }
  const average = real.reduce((sum, c) => sum + c.content.length, 0) / real.length;
  console.log(`real comments: ${real.length} (average ${average.toFixed(0)} characters)`);
  // The first pass pays for compiling each phrase pattern a comment is the first to reach (V8
  // compiles a regex at its first uses): what a worker pays once, in its first minutes. Then the
  // figure a running site sees: every comment scored twice more, after a whole pass.
  time('scoreComment on real comments, first pass', real, (c) => scoreComment(c, model), []);
  time('scoreComment on real comments, warm', [...real, ...real], (c) => scoreComment(c, model), []);
}
console.log('target: ≥ 20,000 comments/s on one core');
