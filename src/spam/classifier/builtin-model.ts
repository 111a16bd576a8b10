// The model that ships with Silkpress (builtin-model.json, written by `npm run spam:train`),
// loaded apart from its training recipe (builtin.ts): a server scoring comments carries neither
// the training code nor the parsed JSON (1.1 MB of number arrays a JSON import would keep for
// the life of the process), only the model's typed arrays.
import { readFileSync } from 'node:fs';
import { deserializeModel, type SpamModel } from './model.ts';

/** Where the built-in model lies, beside this module (src/spam/classifier/ or dist/spam/classifier/). */
const BUILTIN_MODEL_FILE = new URL('./builtin-model.json', import.meta.url);

/** Loads the model that ships with Silkpress (parse once at startup and keep it). */
export function builtinModel(): SpamModel {
  return deserializeModel(readFileSync(BUILTIN_MODEL_FILE, 'utf8'));
}
