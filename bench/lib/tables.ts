// Plain-text (console) and Markdown tables from rows of cells.

/** A right-aligned column when true. */
export type Alignments = boolean[];

/** A fixed-width text table for the console. */
export function textTable(headers: string[], rows: string[][], numeric: Alignments = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A GitHub-flavoured Markdown table. */
export function markdownTable(headers: string[], rows: string[][], numeric: Alignments = []): string {
  const escape = (c: string) => c.replace(/\|/g, '\\|');
  const line = (cells: string[]) => `| ${cells.map(escape).join(' | ')} |`;
  const rule = `| ${headers.map((_, i) => (numeric[i] ? '---:' : '---')).join(' | ')} |`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}
