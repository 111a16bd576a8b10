// A guard made of plain strings ("buy|cheap|hot ?line|num[eé]ro"), tested by a scan of the text
// instead of a regex alternation: irregexp tries a long alternation of literals at every position
// of the text, a scan looks up each position's first one or two characters in a table and
// compares only the few strings that start with them. Same answer as the regex: true when any of
// the strings occurs anywhere in the text.

/** The strings a guard source stands for: alternatives of literals, [..] classes, "x?" optionals. */
export function literalsOf(source: string): string[] {
  return source.split('|').flatMap(expand);
}

function expand(source: string): string[] {
  if (/[\\().*+{}^$]/.test(source)) throw new Error(`not a literal guard: ${source}`);
  const cls = /\[([^\]]+)\]/.exec(source);
  if (cls) {
    const [before, after] = [source.slice(0, cls.index), source.slice(cls.index + cls[0].length)];
    return [...(cls[1] ?? '')].flatMap((c) => expand(before + c + after));
  }
  const optional = source.indexOf('?');
  if (optional > 0) {
    const [before, after] = [source.slice(0, optional - 1), source.slice(optional + 1)];
    return [...expand(before + source.charAt(optional - 1) + after), ...expand(before + after)];
  }
  return [source];
}

/** Tests whether a text contains any of a set of strings (each at least two UTF-16 units long). */
export class LiteralGuard {
  // Strings whose first two units are ASCII, by the pair (128 × 128 table); others by their first unit.
  private readonly lists: string[][] = [[]];
  private readonly pairs = new Uint16Array(128 * 128);
  private readonly singles = new Uint16Array(65_536);

  constructor(literals: readonly string[]) {
    for (const s of new Set(literals)) {
      if (s.length < 2) throw new Error(`literal too short: ${s}`);
      const [a, b] = [s.charCodeAt(0), s.charCodeAt(1)];
      const [table, key] = a < 128 && b < 128 ? [this.pairs, a * 128 + b] : [this.singles, a];
      if (table[key] === 0) table[key] = this.lists.push([]) - 1;
      this.lists[table[key] ?? 0]?.push(s);
    }
  }

  /** A guard for a regex source of plain strings (literalsOf). */
  static of(re: RegExp): LiteralGuard {
    if (re.flags.replace(/[gu]/g, '') !== '') throw new Error(`flags: ${re.flags}`);
    return new LiteralGuard(literalsOf(re.source));
  }

  test(text: string): boolean {
    const { lists, pairs, singles } = this;
    const end = text.length - 1;
    let b = text.charCodeAt(0);
    for (let i = 0; i < end; i++) {
      const a = b;
      b = text.charCodeAt(i + 1);
      const list = (a | b) < 128 ? pairs[(a << 7) | b] : singles[a];
      if (list === 0 || list === undefined) continue;
      for (const s of lists[list] ?? []) if (text.startsWith(s, i)) return true;
    }
    return false;
  }
}
