// `silkpress import wxr FILE`: move a WordPress site in (posts, pages, authors, tags, comments,
// media with --media), with progress on stderr and a report on stdout.
import type { Command } from 'commander';
import type { Config } from '../../config.ts';
import type { ImportWxrFlags } from './import-run.ts';

/** The module the command runs, loaded when it runs. */
const run = () => import('./import-run.ts');

/** Adds `import wxr` to the program. */
export function registerImportCommand(program: Command, config: () => Promise<Config>): void {
  const group = program.command('import').description('Import content from another system.');
  group
    .command('wxr')
    .description(
      'Import a WordPress export (Tools → Export → All content). Safe to run again: nothing is imported twice.',
    )
    .argument('<file>', 'the WXR file WordPress produced')
    .option('--dry-run', 'read everything and report, write nothing')
    .option('--authors <map.json>', 'JSON object: WordPress login → Silkpress user email or id')
    .option('--media <dir>', 'a copy of wp-content/uploads: import the files and rewrite links to them')
    .option(
      '--workers <n>',
      'conversion threads (default 1; 0 converts on the main thread, 2 helps markup-heavy posts)',
    )
    .option(
      '--train-spam',
      'teach the site spam model from the imported comments: spam ones as spam, approved ones as not spam',
    )
    .action(async (file: string, opts: ImportWxrFlags) => (await run()).importWxr(config, file, opts));
}
