// `silkpress migrate`: bring the database schema up to date.
import type { Command } from 'commander';
import type { Config } from '../../config.ts';

/** Adds `migrate` to the program. */
export function registerMigrateCommand(program: Command, config: () => Promise<Config>): void {
  program
    .command('migrate')
    .description('Apply pending database migrations and exit.')
    .action(async () => {
      const { databaseUrl } = await config();
      const [{ openDatabase }, { migrateToLatest }] = await Promise.all([
        import('../../db/create-db.ts'),
        import('../../db/migrate.ts'),
      ]);
      const db = openDatabase(databaseUrl);
      try {
        const applied = await migrateToLatest(db.db, db.dialect);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      } finally {
        await db.close();
      }
    });
}
