// Language-neutral text segmentation for full-text search. Both databases index the same
// pre-segmented text: words for space-separated scripts (English, Russian…) and overlapping
// character bigrams for Chinese/Japanese, which have no spaces between words (the approach of
// Lucene's CJK analyzer). Queries are segmented the same way and every token matches as a prefix.

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const RUN = /[\p{L}\p{N}\p{M}]+/gu;
const MAX_TOKEN = 60;

// eslint-disable-next-line no-control-regex -- ASCII is the range from U+0000
const ASCII = /^[\x00-\x7f]*$/;

function fold(text: string): string {
  // ASCII text is its own NFKC/NFKD form and has no combining marks.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKC').toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');
}

function* splitScripts(run: string): Generator<{ cjk: boolean; text: string }> {
  let current = '';
  let currentCjk = false;
  for (const ch of run) {
    const cjk = CJK_CHAR.test(ch);
    if (current && cjk !== currentCjk) {
      yield { cjk: currentCjk, text: current };
      current = '';
    }
    currentCjk = cjk;
    current += ch;
  }
  if (current) yield { cjk: currentCjk, text: current };
}

/** Appends the tokens of `text` to `out`. */
function collectTokens(text: string, out: string[]): void {
  const folded = fold(text);
  RUN.lastIndex = 0;
  for (let match = RUN.exec(folded); match !== null; match = RUN.exec(folded)) {
    const run = match[0];
    // Most runs hold no CJK character: one token, no per-character split.
    if (!CJK_CHAR.test(run)) {
      out.push(run.length > MAX_TOKEN ? run.slice(0, MAX_TOKEN) : run);
      continue;
    }
    for (const part of splitScripts(run)) {
      if (!part.cjk) {
        out.push(part.text.slice(0, MAX_TOKEN));
        continue;
      }
      const chars = [...part.text];
      if (chars.length === 1) out.push(chars[0] as string);
      for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
    }
  }
}

function tokens(text: string): string[] {
  const out: string[] = [];
  collectTokens(text, out);
  return out;
}

/** Text as the index stores it: tokens separated by spaces. */
export function segmentForIndex(text: string): string {
  return tokens(text).join(' ');
}

/** Distinct query tokens (at most 12), each meant to match as a prefix. */
export function searchTokens(query: string): string[] {
  return [...new Set(tokens(query))].slice(0, 12);
}

/** A piece of a snippet; `hit` marks text matching the query. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Terms to highlight: whole words and whole CJK runs of the query (not bigrams). */
function highlightTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const match of query.normalize('NFKC').matchAll(RUN)) {
    for (const part of splitScripts(match[0])) if (part.text.length > 0) terms.add(part.text);
  }
  return [...terms].sort((a, b) => b.length - a.length);
}

/**
 * A window of `plainText` around the first match of `query`, split into highlighted and plain
 * parts. Falls back to the start of the text when nothing matches literally.
 */
export function buildSnippet(plainText: string, query: string, maxLength = 240): SnippetPart[] {
  const text = plainText.replace(/\s+/g, ' ').trim();
  const terms = highlightTerms(query);
  if (terms.length === 0) return [{ text: text.slice(0, maxLength), hit: false }];
  const pattern = new RegExp(terms.map(escapeRegExp).join('|'), 'giu');
  const first = pattern.exec(text);
  pattern.lastIndex = 0;
  let start = first ? Math.max(0, first.index - Math.floor(maxLength / 3)) : 0;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < (first?.index ?? 0)) start = space + 1;
  }
  let window = text.slice(start, start + maxLength);
  if (start + maxLength < text.length) window = `${window.replace(/\s+\S*$/u, '')}…`;
  if (start > 0) window = `…${window}`;
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const m of window.matchAll(pattern)) {
    if (m.index > last) parts.push({ text: window.slice(last, m.index), hit: false });
    parts.push({ text: m[0], hit: true });
    last = m.index + m[0].length;
  }
  if (last < window.length) parts.push({ text: window.slice(last), hit: false });
  return parts;
}
