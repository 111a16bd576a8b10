// Writes the generated results into bench/README.md between markers, leaving the hand-written
// text around them untouched, and the raw results as JSON.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { format, resolveConfig } from 'prettier';

/** Start marker of the generated section. */
export const RESULTS_START = '<!-- results:start -->';
/** End marker of the generated section. */
export const RESULTS_END = '<!-- results:end -->';

/** Replaces the text between the markers (appending the markers if the file lacks them). */
export function replaceBetweenMarkers(document: string, section: string): string {
  const block = `${RESULTS_START}\n${section.trim()}\n${RESULTS_END}`;
  const start = document.indexOf(RESULTS_START);
  const end = document.indexOf(RESULTS_END, start + 1);
  if (start === -1 || end === -1) return `${document.trimEnd()}\n\n${block}\n`;
  return document.slice(0, start) + block + document.slice(end + RESULTS_END.length);
}

/** Updates the README's results section in place (creating the file if needed), Prettier-formatted. */
export async function updateReadme(path: string, section: string): Promise<void> {
  let current = '# Benchmarks\n';
  try {
    current = await readFile(path, 'utf8');
  } catch {
    // first run: start from a bare title
  }
  const options = (await resolveConfig(path)) ?? {};
  await writeFile(
    path,
    await format(replaceBetweenMarkers(current, section), { ...options, filepath: path }),
  );
}

/** Writes `value` as indented JSON, creating the directory. */
export async function writeJson(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
}
