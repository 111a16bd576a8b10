// A Silkpress backup: one gzip-compressed tar holding a manifest, a consistent copy of the
// database (SQLite's online backup, or pg_dump's custom format) and the media folder. Taken while
// the site serves: the database first, then the media, whose files are named by their content and
// never change, so every image the copied database names is in the archive.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink, writeFile, cp } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import * as tar from 'tar';
import {
  BackupError,
  copyDatabase,
  copyFormatOf,
  type DatabaseCopyFormat,
  isEmptyDatabase,
  restoreDatabase,
} from '../db/backup.ts';

const MANIFEST = 'silkpress-backup.json';

/** What a backup says about itself. */
export interface BackupManifest {
  format: 1;
  createdAt: string;
  database: DatabaseCopyFormat;
  mediaFiles: number;
}

/** Where the site keeps its data. */
export interface SiteData {
  databaseUrl: string;
  mediaDir: string;
}

const databaseEntry = (format: DatabaseCopyFormat) =>
  format === 'sqlite' ? 'database.sqlite' : 'database.pgdump';

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) n++;
  return n;
}

/** Writes a backup of the site to `file`. */
export async function createBackup(site: SiteData, file: string, now: Date): Promise<BackupManifest> {
  const target = resolve(file);
  const work = await mkdtemp(join(dirname(target), '.silkpress-backup-'));
  try {
    const mediaDir = resolve(site.mediaDir);
    const database = await copyDatabase(
      site.databaseUrl,
      join(work, databaseEntry(copyFormatOf(site.databaseUrl))),
    );
    const manifest: BackupManifest = {
      format: 1,
      createdAt: now.toISOString(),
      database,
      mediaFiles: countFiles(mediaDir),
    };
    await writeFile(join(work, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    const entries = [MANIFEST, databaseEntry(database)];
    if (existsSync(mediaDir)) {
      // The media folder goes in as `media/` through a link followed while packing.
      await symlink(mediaDir, join(work, 'media'), 'dir');
      entries.push('media');
    }
    await tar.create({ gzip: true, file: target, cwd: work, follow: true, portable: true }, entries);
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function readManifest(dir: string): Promise<BackupManifest> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as BackupManifest;
    if (manifest.format !== 1 || !['sqlite', 'pg_dump'].includes(manifest.database))
      throw new Error('unknown');
    return manifest;
  } catch {
    throw new BackupError('BAD_BACKUP', `This is not a Silkpress backup (no readable ${MANIFEST}).`);
  }
}

/**
 * Restores a backup into a stopped site. A site that already has a database or media is refused
 * unless `force`, which replaces both.
 */
export async function restoreBackup(
  site: SiteData,
  file: string,
  options: { force: boolean },
): Promise<BackupManifest> {
  const mediaDir = resolve(site.mediaDir);
  const hasMedia = existsSync(mediaDir) && readdirSync(mediaDir).length > 0;
  if (!options.force && (hasMedia || !(await isEmptyDatabase(site.databaseUrl))))
    throw new BackupError(
      'SITE_NOT_EMPTY',
      'This site already has a database or media. Restoring replaces them: stop the site, then run again with --force.',
    );
  mkdirSync(dirname(mediaDir), { recursive: true });
  const work = await mkdtemp(join(dirname(mediaDir), '.silkpress-restore-'));
  try {
    try {
      await tar.extract({ file: resolve(file), cwd: work, strict: true });
    } catch (err) {
      throw new BackupError('BAD_BACKUP', `The backup cannot be read: ${(err as Error).message}`);
    }
    const manifest = await readManifest(work);
    await restoreDatabase(
      site.databaseUrl,
      join(work, databaseEntry(manifest.database)),
      manifest.database,
      options,
    );
    await rm(mediaDir, { recursive: true, force: true });
    if (existsSync(join(work, 'media'))) await cp(join(work, 'media'), mediaDir, { recursive: true });
    else mkdirSync(mediaDir, { recursive: true });
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
