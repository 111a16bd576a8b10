// The shipped built-in model is reproducible: retraining it from ../shared/data/spam with the
// recipe in src/spam/classifier/builtin.ts gives the committed src/spam/classifier/builtin-model.json byte for byte
// (the check `npm run spam:verify-model` makes, see docs/spam.md "How the shipped model is made
// and checked"). About 15 s of training. Skipped, like the other tests on the shared data, when
// ../shared/data is absent (a failure under SILKPRESS_REQUIRE_ALL=1, as for those tests).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainBuiltin } from '../src/spam/classifier/builtin.ts';
import { readSources } from '../scripts/spam-data.ts';
import { builtinModelPath, modelFileText, sha256 } from '../scripts/spam-model-file.ts';
import { requirement, sharedDataDir } from './support/requirements.ts';

const shared = sharedDataDir();
const available = requirement(
  shared !== null && existsSync(join(shared, 'spam')),
  '../shared/data (spam data sets)',
);

describe.runIf(available)('the shipped built-in spam model', () => {
  it('is what npm run spam:train makes from ../shared/data/spam, byte for byte', async () => {
    const sources = readSources();
    expect(sources).not.toBeNull();
    const { youtube, sms, newsHam } = sources ?? { youtube: [], sms: null, newsHam: [] };
    const { text, weights } = await modelFileText(trainBuiltin({ youtube, sms, newsHam }).model);
    const committed = readFileSync(builtinModelPath, 'utf8');
    // Numbers first (a clearer failure when the recipe or data changed), then the bytes.
    expect(JSON.parse(text)).toEqual(JSON.parse(committed));
    expect(sha256(text)).toBe(sha256(committed));
    console.log(
      `built-in model: ${weights} weights, ${Buffer.byteLength(text)} bytes, sha256 ${sha256(text)}`,
    );
  }, 300_000);
});
