// `npm run spam:verify-model`: retrains the built-in model exactly as `npm run spam:train` does,
// from ../shared/data/spam, in memory, and compares it with the committed
// src/spam/classifier/builtin-model.json, byte for byte (SHA-256). Prints the SHA-256 of each training input
// so a different data version is told apart from a different recipe. Exits 0 when equal, 1 when
// not (and says whether the numbers or only the layout differ), 2 when the data is absent.
import { readFileSync } from 'node:fs';
import { trainBuiltin } from '../src/spam/classifier/builtin.ts';
import { dataDir, readSources } from './spam-data.ts';
import { builtinModelPath, modelFileText, sha256 } from './spam-model-file.ts';

async function main(): Promise<void> {
  const sources = readSources();
  if (sources === null) {
    process.stderr.write(`spam:verify-model: ${dataDir} not found; cannot retrain, nothing checked.\n`);
    process.exitCode = 2;
    return;
  }
  const { youtube, sms, newsHam } = sources;
  for (const y of youtube) process.stdout.write(`input ${y.name}.csv sha256 ${sha256(y.csv)}\n`);
  if (sms) process.stdout.write(`input SMSSpamCollection sha256 ${sha256(sms)}\n`);
  for (const f of newsHam ?? [])
    process.stdout.write(`input src/spam/news-ham/${f.name}.txt sha256 ${sha256(f.text)}\n`);
  const started = performance.now();
  const { model } = trainBuiltin({ youtube, sms, newsHam });
  const { text, weights } = await modelFileText(model);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const committed = readFileSync(builtinModelPath, 'utf8');
  const [made, shipped] = [sha256(text), sha256(committed)];
  process.stdout.write(
    `retrained  sha256 ${made} (${weights} weights, ${Buffer.byteLength(text)} bytes, ${seconds} s)\n`,
  );
  process.stdout.write(`committed  sha256 ${shipped} (${Buffer.byteLength(committed)} bytes)\n`);
  if (made === shipped) {
    process.stdout.write('spam:verify-model: the committed model is what the recipe makes from this data.\n');
    return;
  }
  const sameNumbers = JSON.stringify(JSON.parse(text)) === JSON.stringify(JSON.parse(committed));
  process.stdout.write(
    sameNumbers
      ? 'spam:verify-model: DIFFERENT bytes, same numbers: only the layout differs (Prettier version or configuration?).\n'
      : 'spam:verify-model: DIFFERENT model: the recipe, the code or the data changed since the model was committed; run npm run spam:train (docs/spam.md).\n',
  );
  process.exitCode = 1;
}

await main();
