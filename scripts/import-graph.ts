// `npm run import-graph`: checks that src/ is layered as docs/architecture.md says. Prints every
// circle (file and folder level), every import running back up the layers, every import into
// another feature's internals or between HTTP surfaces, every import from a pure folder (WXR
// parse/convert/export) of something that may do I/O; exits 1 when it finds any.
// `--json` prints the report as JSON instead.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGraph } from './import-graph/check.ts';
import { readImportGraph } from './import-graph/graph.ts';
import { PURE_FOLDERS } from './import-graph/rules.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const graph = readImportGraph(join(root, 'src'));
const report = checkGraph(graph);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const lines: string[] = [];
  lines.push(`${graph.files.length} modules, ${graph.edges.length} imports`);
  lines.push(`file circles: ${report.fileCircles.length}`);
  for (const c of report.fileCircles) lines.push(`  ${c.join(' ⇄ ')}`);
  lines.push(`folder circles: ${report.folderCircles.length}`);
  for (const c of report.folderCircles) lines.push(`  ${c.join(' ⇄ ')}`);
  lines.push(`imports running back up: ${report.upward.length}`);
  for (const e of report.upward) lines.push(`  ${e.from} → ${e.to}`);
  lines.push(`imports beside (another feature's internals, another surface): ${report.beside.length}`);
  for (const e of report.beside) lines.push(`  ${e.from} → ${e.to}`);
  lines.push(`impure imports from pure folders (${PURE_FOLDERS.join(', ')}): ${report.impure.length}`);
  for (const e of report.impure) lines.push(`  ${e.from} → ${e.to}`);
  if (report.unplaced.length > 0)
    lines.push(`parts the layering does not know: ${report.unplaced.join(', ')}`);
  console.log(lines.join('\n'));
}

const failures =
  report.fileCircles.length +
  report.folderCircles.length +
  report.upward.length +
  report.beside.length +
  report.unplaced.length +
  report.impure.length;
process.exitCode = failures > 0 ? 1 : 0;
