// What `silkpress backup` and `silkpress restore` run (registered in backup.ts, loaded when one runs).
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

/** `backup FILE`: the database and the media folder in one archive, while the site serves. */
export async function backupSite(config: () => Promise<Config>, file: string): Promise<void> {
  const c = await config();
  const manifest = await createBackup(
    { databaseUrl: c.databaseUrl, mediaDir: c.mediaDir },
    file,
    new Date(),
  ).catch(fail);
  const db = manifest.database === 'sqlite' ? 'SQLite database' : 'PostgreSQL database (pg_dump)';
  console.log(`Backed up the ${db} and ${manifest.mediaFiles} media files to ${file}.`);
}

/** `restore FILE`: a backup restored into this (stopped) site. */
export async function restoreSite(
  config: () => Promise<Config>,
  file: string,
  opts: { force?: boolean },
): Promise<void> {
  const c = await config();
  const manifest = await restoreBackup({ databaseUrl: c.databaseUrl, mediaDir: c.mediaDir }, file, {
    force: opts.force === true,
  }).catch(fail);
  console.log(
    `Restored the backup of ${manifest.createdAt} (${manifest.mediaFiles} media files). ` +
      '`silkpress start` applies any newer migrations.',
  );
}
