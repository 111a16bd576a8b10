// `silkpress export wxr [--out FILE]`: the whole site as a WordPress export file, streamed.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { openServices } from '../../compose.ts';
import type { Config } from '../../config.ts';

/** Adds `export wxr` to the program. */
export function registerExportCommand(program: Command, config: () => Config): void {
  const group = program.command('export').description('Export content for another system.');
  group
    .command('wxr')
    .description('Write posts, pages, authors, tags and comments as a WordPress export file (WXR 1.2).')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (opts: { out?: string }) => {
      const services = await openServices(config());
      try {
        const chunks = Readable.from(services.deps.wxr!.exportChunks());
        if (!opts.out) {
          await pipeline(chunks, process.stdout, { end: false });
          return;
        }
        // Written beside the target and renamed, so a failed export never leaves half a file.
        const temp = `${opts.out}.${process.pid}.tmp`;
        try {
          await pipeline(chunks, createWriteStream(temp));
          await rename(temp, opts.out);
        } catch (err) {
          await rm(temp, { force: true });
          throw err;
        }
        console.error(`Exported to ${opts.out}.`);
      } finally {
        await services.close();
      }
    });
}
