// `silkpress export wxr [--out FILE] [--site-url URL]`: the whole site as a WordPress export
// file, streamed. Links are absolute, so the site's public address must be known: --site-url,
// SITE_URL, or the address a running server stored in the settings; never a localhost guess.
import type { Command } from 'commander';
import type { Config } from '../../config.ts';

/** The module the command runs, loaded when it runs. */
const run = () => import('./export-run.ts');

/** Adds `export wxr` to the program. */
export function registerExportCommand(program: Command, config: () => Promise<Config>): void {
  const group = program.command('export').description('Export content for another system.');
  group
    .command('wxr')
    .description('Write posts, pages, authors, tags and comments as a WordPress export file (WXR 1.2).')
    .option('--out <file>', 'write to this file instead of standard output')
    .option(
      '--site-url <url>',
      "the site's public address for the links (default: SITE_URL, or the one the server stored)",
    )
    .action(async (opts: { out?: string; siteUrl?: string }) => (await run()).exportWxr(config, opts));
}
