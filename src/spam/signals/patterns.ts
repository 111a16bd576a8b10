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

/**
 * The top-level alternatives of a regex source ("a|b(?:c|d)|e" → a, b(?:c|d), e), and for each
 * position whether it is at depth 0; character classes are skipped whole ("[(|]" is one atom).
 */
function scan(source: string, onTop: (i: number, c: string) => void): number {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source.charAt(i) !== ']'; i++) if (source.charAt(i) === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) onTop(i, c);
    } else if (depth === 0) onTop(i, c);
  }
  return depth;
}

/** The top-level alternatives of a regex source ("a|b(?:c|d)|e" → a, b(?:c|d), e). */
export function alternatives(source: string): string[] {
  const parts: string[] = [];
  let from = 0;
  scan(source, (i, c) => {
    if (c === '|') {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  });
  parts.push(source.slice(from));
  return parts;
}

/** Whether every match of a regex source starts at a word boundary (each alternative opens with \b). */
function startsAtWord(source: string): boolean {
  return alternatives(source).every((a) => {
    if (a.startsWith('\\b')) return true;
    let closes = -1;
    scan(a, (i, c) => {
      if (c === ')' && closes < 0) closes = i;
    });
    // A look-behind takes no characters: "(?<!x)\b…" starts at a word boundary too.
    if (a.startsWith('(?<')) return closes > 0 && a.startsWith('\\b', closes + 1);
    // A group around the whole alternative: its first ")" at depth 0 is the last character.
    return a.startsWith('(?:') && closes === a.length - 1 && startsAtWord(a.slice(3, -1));
  });
}

/**
 * A regex source whose every alternative starts at a word boundary, with "\b" said once in front:
 * the engine then leaves a position inside a word at once instead of trying each alternative
 * there (the same matches). Any other source is returned as it is.
 */
export function atWordStarts(source: string): string {
  return startsAtWord(source) ? `\\b(?:${source})` : source;
}

/**
 * A regex source with its negative look-arounds removed ("(?<![\p{L}\p{N}])", "(?!\d)"), except
 * those inside another negative look-around: every text the source matches, the result matches
 * too, so the result is a sound one-pass pre-test for the source's patterns (it can only say yes
 * more often). It is faster: a look-behind in front of every alternative keeps the engine from
 * skipping ahead by the alternatives' first characters.
 */
export function withoutNegativeLookarounds(source: string): string {
  let out = '';
  // For each open group: whether it is a negative look-around we are removing.
  const removing: boolean[] = [];
  let removedDepth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      if (removedDepth === 0) out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      for (; j < source.length && source.charAt(j) !== ']'; j++) if (source.charAt(j) === '\\') j++;
      if (removedDepth === 0) out += source.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === '(') {
      const negative = source.startsWith('(?!', i) || source.startsWith('(?<!', i);
      const remove = negative && removedDepth === 0;
      removing.push(remove);
      if (remove || removedDepth > 0) removedDepth++;
      else out += c;
      continue;
    }
    if (c === ')') {
      removing.pop();
      if (removedDepth > 0) removedDepth--;
      else out += c;
      continue;
    }
    if (removedDepth === 0) out += c;
  }
  return out;
}
