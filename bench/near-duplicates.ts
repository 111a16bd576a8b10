// CPU cost of near-duplicate detection per checked comment: computing the MinHash fingerprint
// (against the SimHash it replaced), comparing it with the 100 recent ones, and looking it up
// among 2,000 moderated spam fingerprints (the LSH index). Real comments from
// ../shared/data/spam when present (read-only), else generated ones. Run:
// node --import tsx bench/near-duplicates.ts
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCorpus } from '../scripts/near-duplicates/corpus.ts';
import { simhashNormalized } from '../scripts/near-duplicates/simhash-before.ts';
import { isNearDuplicate, minhashNormalized } from '../src/spam/context/minhash.ts';
import { NearDuplicateIndex } from '../src/spam/context/near-duplicate-index.ts';
import { normalizeText } from '../src/spam/text/normalize.ts';
import { seededRandom } from '../src/spam/classifier/random.ts';

const dataDir = resolve(import.meta.dirname, '../../shared/data/spam');

function comments(): string[] {
  if (existsSync(dataDir))
    return loadCorpus(dataDir)
      .docs.slice(0, 2000)
      .map((d) => d.text);
  const words = 'trade rail port customs market city council budget river bridge train road'.split(' ');
  const random = seededRandom(3);
  return Array.from(
    { length: 2000 },
    () =>
      normalizeText(
        Array.from({ length: 8 + Math.floor(random() * 30) }, () => words[Math.floor(random() * 12)]).join(
          ' ',
        ),
      ).text,
  );
}

/** Microseconds of CPU per call of `f` over `n` calls. */
function cpuMicros(n: number, f: () => void): number {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / n;
}

const texts = comments();
const prints = texts.map((t) => minhashNormalized(t));
const index = new NearDuplicateIndex(20_000);
prints.forEach((p, id) => index.add(id, p));
let sink = 0;
const ROUNDS = 10;
const n = ROUNDS * texts.length;
for (let run = 1; run <= 3; run++) {
  const simhash = cpuMicros(n, () => {
    for (let r = 0; r < ROUNDS; r++) for (const t of texts) sink += simhashNormalized(t)[0];
  });
  const minhash = cpuMicros(n, () => {
    for (let r = 0; r < ROUNDS; r++) for (const t of texts) sink += minhashNormalized(t)[0] ?? 0;
  });
  const recent = cpuMicros(n, () => {
    for (let r = 0; r < ROUNDS; r++)
      for (let i = 0; i < prints.length; i++)
        for (let j = 1; j <= 100; j++)
          if (isNearDuplicate(prints[i]!, prints[(i + j) % prints.length]!)) sink++;
  });
  const lookup = cpuMicros(n, () => {
    for (let r = 0; r < ROUNDS; r++) for (const p of prints) sink += index.countSimilar(p);
  });
  process.stdout.write(
    `[near-duplicates] run ${run}, ${texts.length} comments (${existsSync(dataDir) ? 'spam data' : 'generated'}), ` +
      `µs of CPU per comment: SimHash (before) ${simhash.toFixed(1)}, MinHash ${minhash.toFixed(1)}, ` +
      `100 recent compared ${recent.toFixed(1)}, looked up among ${prints.length} moderated ${lookup.toFixed(1)}\n`,
  );
}
if (sink === -1) process.stdout.write('');
