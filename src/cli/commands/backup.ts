// `silkpress backup FILE` and `silkpress restore FILE`: the whole site (database and media) in
// one archive, taken while the site serves, restored into a stopped site.
import type { Command } from 'commander';
import type { Config } from '../../config.ts';
import { BackupError } from '../../db/backup.ts';
import { createBackup, restoreBackup } from '../backup-archive.ts';

function fail(err: unknown): never {
  if (err instanceof BackupError) {
    console.error(`silkpress: ${err.message}`);
    process.exit(err.code === 'SITE_NOT_EMPTY' || err.code === 'SITE_RUNNING' ? 3 : 1);
  }
  throw err;
}

/** Adds `backup` and `restore` to the program. */
export function registerBackupCommands(program: Command, config: () => Config): void {
  program
    .command('backup <file>')
    .description(
      'Write the database and the media folder to FILE (a .tar.gz), while the site keeps serving. ' +
        'SQLite: online backup; PostgreSQL: pg_dump (client tools needed).',
    )
    .action(async (file: string) => {
      const c = config();
      const manifest = await createBackup(
        { databaseUrl: c.databaseUrl, mediaDir: c.mediaDir },
        file,
        new Date(),
      ).catch(fail);
      const db = manifest.database === 'sqlite' ? 'SQLite database' : 'PostgreSQL database (pg_dump)';
      console.log(`Backed up the ${db} and ${manifest.mediaFiles} media files to ${file}.`);
    });
  program
    .command('restore <file>')
    .description('Restore a backup made by `silkpress backup` into this site (stop the site first).')
    .option('--force', 'replace the database and media this site already has')
    .action(async (file: string, opts: { force?: boolean }) => {
      const c = config();
      const manifest = await restoreBackup({ databaseUrl: c.databaseUrl, mediaDir: c.mediaDir }, file, {
        force: opts.force === true,
      }).catch(fail);
      console.log(
        `Restored the backup of ${manifest.createdAt} (${manifest.mediaFiles} media files). ` +
          '`silkpress start` applies any newer migrations.',
      );
    });
}
