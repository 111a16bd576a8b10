// Trains the built-in spam model from ../shared/data/spam and writes src/spam/builtin-model.json
// (numbers only: hashed feature weights, no text). Reproducible: same data, same seed, same
// bytes. Run: npm run spam:train
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { trainBuiltin } from '../src/spam/builtin.ts';
import { serializeModel } from '../src/spam/index.ts';
import { dataDir, readSources, root } from './spam-data.ts';

/** `--exclude NAME` (repeatable) leaves a source out; `--out FILE` writes elsewhere (for held-out tests). */
function parseArgs(argv: string[]): { exclude: string[]; output: string } {
  const exclude: string[] = [];
  let output = join(root, 'src/spam/builtin-model.json');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--exclude' && argv[i + 1]) exclude.push(argv[++i] ?? '');
    else if (argv[i] === '--out' && argv[i + 1]) output = resolve(argv[++i] ?? '');
    else throw new Error(`spam:train: unknown argument ${argv[i]} (use --exclude NAME, --out FILE)`);
  }
  return { exclude, output };
}

async function main(): Promise<void> {
  const { exclude, output } = parseArgs(process.argv.slice(2));
  const sources = readSources(exclude);
  if (sources === null) {
    process.stderr.write(`spam:train: ${dataDir} not found; nothing to train from.\n`);
    process.exitCode = 1;
    return;
  }
  // The spam-only samples do not move the shift (no ham); the training leaves them out.
  const { youtube, sms } = sources;
  process.stderr.write(
    `spam:train: sources: ${youtube.map((y) => y.name).join(', ')}${sms ? ', SMS' : ''}\n`,
  );
  process.stderr.write('spam:train: calibrating on held-out sources (leave one source out)…\n');
  const started = performance.now();
  const { model, shift, examples } = trainBuiltin({ youtube, sms }, (epoch, epochs) =>
    process.stderr.write(`\rspam:train: final model, epoch ${epoch}/${epochs}`),
  );
  const json = serializeModel(model);
  // Written in the repository's Prettier style so `npm run format:check` passes unchanged.
  const style = (await resolveConfig(output)) ?? {};
  writeFileSync(output, await format(JSON.stringify(json), { ...style, filepath: output }));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `\nspam:train: ${examples} examples, bias shift ${shift.toFixed(2)}; wrote ${output} (${json.index.length} weights, ${seconds} s)\n`,
  );
}

await main();
