// The built-in model's file, as `npm run spam:train` writes it and `npm run spam:verify-model`
// checks it: numbers only (serializeModel), laid out in the repository's Prettier style so that
// `npm run format:check` passes unchanged. The style is always read from the repository's own
// configuration, never from the folder of the file being written: `spam:train --out /tmp/x.json`
// once picked up Prettier's defaults there (80 columns instead of 110) and gave the same numbers
// in different bytes (728,386 instead of 717,766), which looked like a model that does not
// reproduce.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { serializeModel, type SpamModel } from '../src/spam/index.ts';
import { root } from './spam-data.ts';

/** The committed built-in model, src/spam/classifier/builtin-model.json. */
export const builtinModelPath = join(root, 'src/spam/classifier/builtin-model.json');

/** The file's text for `model`, byte for byte what is committed when the model is the same. */
export async function modelFileText(model: SpamModel): Promise<{ text: string; weights: number }> {
  const style = await resolveConfig(builtinModelPath);
  if (style === null)
    throw new Error(`spam model file: no Prettier configuration found for ${builtinModelPath}`);
  const json = serializeModel(model);
  const text = await format(JSON.stringify(json), { ...style, filepath: builtinModelPath });
  return { text, weights: json.index.length };
}

/** SHA-256 of a text (UTF-8), in hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
