// Helpers for the hand-written phrase families (support.ts, seo.ts, site-promotion.ts): count
// matches, and tell which scripts a text has, so the Cyrillic and CJK families (which need the
// slower Unicode regex mode) only run on texts that can match them.

/** Which families of patterns can match a text. */
export interface TextScripts {
  cyrillic: boolean;
  cjk: boolean;
}

const CYRILLIC = /[\u0400-\u04ff]/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/** The scripts of a text that have their own pattern families. */
export function scriptsOf(text: string): TextScripts {
  return { cyrillic: CYRILLIC.test(text), cjk: CJK.test(text) };
}

/** How many times a global regex matches a text. */
export function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** Counts over families, each run only when its guard allows (null: no guard). */
export function countFamilies(families: readonly RegExp[], text: string): number {
  let n = 0;
  for (const re of families) n += countMatches(re, text);
  return n;
}
