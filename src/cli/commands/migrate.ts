// `silkpress migrate`: bring the database schema up to date.
import type { Command } from 'commander';
import type { Config } from '../../config.ts';
import { openDatabase } from '../../db/create-db.ts';
import { migrateToLatest } from '../../db/migrate.ts';

/** Adds `migrate` to the program. */
export function registerMigrateCommand(program: Command, config: () => Config): void {
  program
    .command('migrate')
    .description('Apply pending database migrations and exit.')
    .action(async () => {
      const db = openDatabase(config().databaseUrl);
      try {
        const applied = await migrateToLatest(db.db, db.dialect);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      } finally {
        await db.close();
      }
    });
}
