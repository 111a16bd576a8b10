// Loads the shipped list of refused passwords (src/users/data/common-passwords.txt).
import { readFileSync } from 'node:fs';
import { parseCommonPasswords } from './password-policy.ts';

/** Reads and parses the list; call once in the composition root and pass it down. */
export function loadCommonPasswords(): Set<string> {
  return parseCommonPasswords(readFileSync(new URL('./data/common-passwords.txt', import.meta.url), 'utf8'));
}
