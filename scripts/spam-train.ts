// Trains the built-in spam model from ../shared/data/spam and writes src/spam/classifier/builtin-model.json
// (numbers only: hashed feature weights, no text). Reproducible: same data, same seed, same
// bytes. Run: npm run spam:train
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { trainBuiltin } from '../src/spam/classifier/builtin.ts';
import { dataDir, readSources } from './spam-data.ts';
import { builtinModelPath, modelFileText, sha256 } from './spam-model-file.ts';

/** `--exclude NAME` (repeatable) leaves a source out; `--out FILE` writes elsewhere (for held-out tests). */
function parseArgs(argv: string[]): { exclude: string[]; output: string } {
  const exclude: string[] = [];
  let output = builtinModelPath;
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
  const { youtube, sms, newsHam } = sources;
  process.stderr.write(
    `spam:train: sources: ${youtube.map((y) => y.name).join(', ')}${sms ? ', SMS' : ''}${newsHam?.length ? ', news-site ham' : ''}\n`,
  );
  process.stderr.write('spam:train: calibrating on held-out sources (leave one source out)…\n');
  const started = performance.now();
  const { model, shift, examples } = trainBuiltin({ youtube, sms, newsHam }, (epoch, epochs) =>
    process.stderr.write(`\rspam:train: final model, epoch ${epoch}/${epochs}`),
  );
  // Always in the repository's Prettier style, wherever --out points (spam-model-file.ts).
  const { text, weights } = await modelFileText(model);
  writeFileSync(output, text);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `\nspam:train: ${examples} examples, bias shift ${shift.toFixed(2)}; wrote ${output} (${weights} weights, ${Buffer.byteLength(text)} bytes, sha256 ${sha256(text)}, ${seconds} s)\n`,
  );
}

await main();
