// The import report as text for the terminal.
import type { ImportReport } from '../importers/wxr/import-types.ts';

const where = (line: number): string => (line > 0 ? `line ${line}: ` : '');

/** The report, one fact per line: counts, failures, unknown shortcodes, warnings, notes. */
export function formatImportReport(r: ImportReport, options: { maxWarnings?: number } = {}): string {
  const out: string[] = [];
  out.push(r.dryRun ? 'Dry run: nothing was written.' : 'Import finished.');
  if (r.fatal) {
    out.push(
      `The file is malformed at line ${r.fatal.line}, column ${r.fatal.column}: ${r.fatal.message}`,
      'Everything before the failing batch was imported; fix the file and run the import again (nothing is imported twice).',
    );
  }
  out.push('', 'kind          imported  skipped  failed');
  for (const [kind, c] of Object.entries(r.counts)) {
    out.push(
      `${kind.padEnd(12)} ${String(c.imported).padStart(9)} ${String(c.skipped).padStart(8)} ${String(c.failed).padStart(7)}`,
    );
  }
  out.push(`${r.items} items in ${r.seconds.toFixed(1)} s`);
  if (r.failures.length > 0) {
    out.push('', 'Failures:');
    for (const f of r.failures) out.push(`  ${where(f.line)}${f.kind} "${f.title}": ${f.reason}`);
  }
  const shortcodes = Object.entries(r.unknownShortcodes);
  if (shortcodes.length > 0) {
    out.push('', 'Unknown shortcodes (left visible in the text for review):');
    for (const [name, n] of shortcodes) out.push(`  [${name}] in ${n} item(s)`);
  }
  if (r.warnings.length > 0) {
    const max = options.maxWarnings ?? 200;
    out.push('', 'Warnings:');
    for (const w of r.warnings.slice(0, max)) out.push(`  ${where(w.line)}${w.message}`);
    if (r.warnings.length > max) out.push(`  … and ${r.warnings.length - max} more`);
  }
  if (r.notes.length > 0) {
    out.push('', 'Notes:');
    for (const n of r.notes) out.push(`  ${n}`);
  }
  return `${out.join('\n')}\n`;
}
