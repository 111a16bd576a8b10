// What `silkpress import wxr` runs (registered in import.ts, loaded when it runs).
import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { openServices } from '../../compose/index.ts';
import type { Config } from '../../config.ts';
import type { AuthorTarget } from '../../importers/wxr/import-people.ts';
import { formatImportReport } from '../import-report-text.ts';
import { createProgress } from '../progress.ts';

const authorsMapSchema = z.record(
  z.string().min(1),
  z.union([
    z.email(),
    z.number().int().positive(),
    z.object({ email: z.email() }),
    z.object({ id: z.number().int().positive() }),
  ]),
);

/** Reads `--authors map.json`: `{ "wp-login": "someone@example.org" | 12, … }`. */
export function readAuthorsMap(path: string): Map<string, AuthorTarget> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(
      `Cannot read the authors map ${path}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const parsed = authorsMapSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `The authors map ${path} must be an object of WordPress login → Silkpress user email or id (${parsed.error.issues[0]?.message ?? 'invalid'}).`,
    );
  }
  return new Map(
    Object.entries(parsed.data).map(([login, t]) => [
      login,
      typeof t === 'string' ? { email: t } : typeof t === 'number' ? { id: t } : t,
    ]),
  );
}

/** The flags of `import wxr` (import.ts declares them). */
export interface ImportWxrFlags {
  dryRun?: boolean;
  authors?: string;
  media?: string;
  trainSpam?: boolean;
  workers?: string;
}

/** `import wxr FILE`: a WordPress export imported, with progress on stderr and a report on stdout. */
export async function importWxr(
  config: () => Promise<Config>,
  file: string,
  opts: ImportWxrFlags,
): Promise<void> {
  const totalBytes = statSync(file).size;
  const workers = opts.workers === undefined ? undefined : Number(opts.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 16)) {
    throw new Error('--workers must be a whole number from 0 to 16.');
  }
  const authors = opts.authors ? readAuthorsMap(opts.authors) : undefined;
  if (opts.media && !statSync(opts.media, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`--media ${opts.media} is not a folder.`);
  }
  const services = await openServices(await config());
  const progress = createProgress({
    totalBytes,
    tty: process.stderr.isTTY === true,
    write: (t) => process.stderr.write(t),
  });
  // The first pass (attachments) reads the file too; the bar follows the second, main pass.
  let pass = 0;
  try {
    const report = await services.deps.wxr.importFile(file, {
      dryRun: opts.dryRun ?? false,
      ...(authors ? { authors } : {}),
      ...(opts.media ? { mediaDir: opts.media } : {}),
      trainSpam: opts.trainSpam ?? false,
      ...(workers !== undefined ? { workers } : {}),
      wrapStream: (stream) => {
        pass++;
        const counted = pass;
        return (async function* () {
          for await (const chunk of stream as AsyncIterable<Uint8Array>) {
            if (counted === 2) progress.bytes(chunk.length);
            yield chunk;
          }
        })();
      },
      onProgress: (done) => progress.items(done),
    });
    progress.finish();
    process.stdout.write(formatImportReport(report));
    if (report.fatal) process.exitCode = 1;
  } finally {
    await services.close();
  }
}
