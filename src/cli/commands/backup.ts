// `silkpress backup FILE` and `silkpress restore FILE`: the whole site (database and media) in
// one archive, taken while the site serves, restored into a stopped site.
import type { Command } from 'commander';
import type { Config } from '../../config.ts';

/** The module the commands run, loaded when one runs. */
const run = () => import('./backup-run.ts');

/** Adds `backup` and `restore` to the program. */
export function registerBackupCommands(program: Command, config: () => Promise<Config>): void {
  program
    .command('backup <file>')
    .description(
      'Write the database and the media folder to FILE (a .tar.gz), while the site keeps serving. ' +
        'SQLite: online backup; PostgreSQL: pg_dump (client tools needed).',
    )
    .action(async (file: string) => (await run()).backupSite(config, file));
  program
    .command('restore <file>')
    .description('Restore a backup made by `silkpress backup` into this site (stop the site first).')
    .option('--force', 'replace the database and media this site already has')
    .action(async (file: string, opts: { force?: boolean }) => (await run()).restoreSite(config, file, opts));
}
