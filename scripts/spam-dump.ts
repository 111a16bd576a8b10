// Every text the spam work measures, scored by the shipped model, one line each: the exported
// batches of every example and held-out file under src/spam, then the public sets and the news-site
// ham (when ../shared/data is beside the checkout). A change's before/after check (docs/spam.md,
// "The protocol of a signal change"): dump in a checkout of main and in the branch, then compare.
//   npm run spam:dump -- OUT.tsv            write the dump of this checkout
//   npm run spam:dump -- --compare A B      every text whose verdict or score differs
// Lines are `where<TAB>verdict<TAB>score<TAB>text` (the text JSON-quoted, cut at 200 characters).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinExamples, builtinModel, spamOnlyExamples } from '../src/spam/classifier/builtin.ts';
import type { CommentInput } from '../src/spam/analyze.ts';
import { scoreComment } from '../src/spam/score.ts';
import { readSources, root } from './spam-data.ts';

/** The comment inputs of one export of an examples file: strings, inputs, or training examples. */
function inputsOf(value: unknown): CommentInput[] {
  if (!Array.isArray(value)) return [];
  const out: CommentInput[] = [];
  for (const x of value as unknown[]) {
    if (typeof x === 'string') out.push({ content: x });
    else if (x && typeof x === 'object') {
      const o = x as { content?: unknown; input?: { content?: unknown }; text?: unknown };
      if (typeof o.content === 'string') out.push(o as CommentInput);
      else if (o.input && typeof o.input.content === 'string') out.push(o.input as CommentInput);
      else if (typeof o.text === 'string') out.push({ content: o.text });
    }
  }
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function dump(out: string): Promise<void> {
  const model = builtinModel();
  const lines: string[] = [];
  const line = (where: string, input: CommentInput): void => {
    const v = scoreComment(input, model);
    lines.push(
      `${where}\t${v.verdict}\t${v.score.toFixed(4)}\t${JSON.stringify(input.content).slice(0, 200)}`,
    );
  };
  const files = filesUnder(join(root, 'src/spam'))
    .filter((p) => /(examples|heldout)[^/]*\.ts$/.test(p) && !p.endsWith('.test.ts'))
    .sort();
  for (const file of files) {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module))
      for (const input of inputsOf(value)) line(`${relative(root, file)}#${name}`, input);
  }
  const sources = readSources();
  if (sources)
    for (const e of [...builtinExamples(sources), ...spamOnlyExamples(sources)])
      line(`public:${e.source}`, e.input);
  else process.stderr.write('spam:dump: ../shared/data/spam is absent: example files only\n');
  writeFileSync(out, lines.join('\n') + '\n');
  process.stdout.write(`spam:dump: ${lines.length} texts scored -> ${out}\n`);
}

/** Each (where, text) key's verdicts and scores, in file order. */
function load(path: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const l of readFileSync(path, 'utf8').split('\n')) {
    const [where, verdict, score, text] = l.split('\t');
    if (text === undefined) continue;
    const key = `${where}\t${text}`;
    map.set(key, [...(map.get(key) ?? []), `${verdict} ${score}`]);
  }
  return map;
}

function compare(a: string, b: string): void {
  const before = load(a);
  const after = load(b);
  let changed = 0;
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const x = (before.get(key) ?? []).join(', ');
    const y = (after.get(key) ?? []).join(', ');
    if (x === y) continue;
    changed++;
    const [where, text] = key.split('\t');
    process.stdout.write(`${where}: ${x || '-'} -> ${y || '-'}  ${(text ?? '').slice(0, 140)}\n`);
  }
  process.stdout.write(`spam:dump: ${before.size} and ${after.size} keys, ${changed} changed\n`);
}

const args = process.argv.slice(2);
if (args[0] === '--compare' && args[1] && args[2]) compare(args[1], args[2]);
else if (args[0] && !args[0].startsWith('-')) await dump(args[0]);
else {
  process.stderr.write('usage: npm run spam:dump -- OUT.tsv | npm run spam:dump -- --compare A.tsv B.tsv\n');
  process.exitCode = 2;
}
