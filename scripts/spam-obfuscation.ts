// The obfuscation attack battery against the shipped model: how many disguised forms of spam
// caught in plain form are still caught (spam or discard), per disguise and per family, and what
// the genuine comments with the same surface features get. Run: npm run spam:obfuscation
// [-- --held-out] (the held-out disguises and spam: measure once, at the end) [-- --show NAME].
import { builtinModel } from '../src/spam/classifier/builtin-model.ts';
import {
  OBFUSCATION_GENUINE,
  OBFUSCATION_SPAM,
  type ObfuscationSpam,
} from '../src/spam/examples/obfuscation-examples.ts';
import {
  HELD_OUT_GENUINE,
  HELD_OUT_SPAM,
  HELD_OUT_TRANSFORMS,
} from '../src/spam/examples/obfuscation-heldout.ts';
import { DEV_TRANSFORMS, type Transform } from '../src/spam/examples/obfuscation-transforms.ts';
import { scoreComment } from '../src/spam/score.ts';

const model = builtinModel();
const heldOut = process.argv.includes('--held-out');
const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : '';
const caught = (text: string): boolean => {
  const kind = scoreComment({ content: text }, model).verdict;
  return kind === 'spam' || kind === 'discard';
};
const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(0)}% (${n}/${d})`);

function measure(
  spams: readonly ObfuscationSpam[],
  transforms: readonly Transform[],
  genuine: readonly string[],
): void {
  const plain = spams.filter((s) => caught(s.text));
  const missedPlain = spams.filter((s) => !plain.includes(s));
  console.log(`plain spam caught: ${pct(plain.length, spams.length)}`);
  for (const s of missedPlain) console.log(`  (not caught plain, left out) ${s.text}`);
  const byFamily = new Map<string, [number, number]>();
  let all = 0;
  let allCaught = 0;
  console.log('\n| disguise | caught |\n| --- | ---: |');
  for (const t of transforms) {
    let n = 0;
    let c = 0;
    for (const s of plain) {
      const text = t.apply(s);
      if (text === null) continue;
      const ok = caught(text);
      n++;
      if (ok) c++;
      const f = byFamily.get(s.family) ?? [0, 0];
      byFamily.set(s.family, [f[0] + (ok ? 1 : 0), f[1] + 1]);
      if (show === t.name || show === 'all')
        console.log(`  ${ok ? 'caught' : 'MISSED'} ${JSON.stringify(text)}`);
    }
    all += n;
    allCaught += c;
    console.log(`| ${t.name} | ${pct(c, n)} |`);
  }
  console.log(`| **all** | ${pct(allCaught, all)} |`);
  console.log('\n| family | caught |\n| --- | ---: |');
  for (const [family, [c, n]] of [...byFamily].sort()) console.log(`| ${family} | ${pct(c, n)} |`);
  const kinds = new Map<string, number>();
  for (const g of genuine) {
    const v = scoreComment({ content: g }, model);
    kinds.set(v.verdict, (kinds.get(v.verdict) ?? 0) + 1);
    if (v.verdict !== 'ham') console.log(`  genuine ${v.verdict} ${v.score.toFixed(2)} ${g}`);
  }
  console.log(`\ngenuine (${genuine.length}): ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
}

if (heldOut) {
  console.log('## held-out disguises on the development spam');
  measure(OBFUSCATION_SPAM, HELD_OUT_TRANSFORMS, []);
  console.log('\n## every disguise on the held-out spam');
  measure(HELD_OUT_SPAM, [...DEV_TRANSFORMS, ...HELD_OUT_TRANSFORMS], HELD_OUT_GENUINE);
} else {
  measure(OBFUSCATION_SPAM, DEV_TRANSFORMS, OBFUSCATION_GENUINE);
}
