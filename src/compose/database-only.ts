// Smaller doors into the composition root for commands that use one feature's tables and nothing
// else (`silkpress user …`, `silkpress apikey …`): the database opened and migrated as
// openServices opens it, and only that feature's repositories built. openServices also loads and
// builds the spam feature, comments, imports, media and theme, which such a command never touches
// (about 0.5 s of CPU per command start, docs/testing.md).
import type { Config } from '../config.ts';
import { type DatabaseHandle, openDatabase } from '../db/create-db.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { systemClock } from '../kernel/clock.ts';
import { ensureSecretKey } from '../settings/secret-repo.ts';
import { ApiKeyRepo } from '../spam/network/api-key-repo.ts';
import type { AccountDeps } from '../users/account-deps.ts';
import { UserRepo } from '../users/user-repo.ts';
import { createAccountDeps } from './accounts.ts';

/**
 * The database as openServices opens it: migrated, with the site's secret key stored (made on
 * first use). The caller closes it.
 */
async function openMigrated(config: Config): Promise<{ database: DatabaseHandle; secret: string }> {
  const database = openDatabase(config.databaseUrl, undefined, undefined, {
    sqliteCacheBytes: config.sqliteCacheBytes,
  });
  try {
    await migrateToLatest(database.db, database.dialect);
    return { database, secret: await ensureSecretKey(database.db, config.secretKey, systemClock.now()) };
  } catch (err) {
    await database.close();
    throw err;
  }
}

/** The account dependencies openServices builds (same secret key, clock and password hashing). */
export async function openAccounts(
  config: Config,
): Promise<{ accounts: AccountDeps; close(): Promise<void> }> {
  const { database, secret } = await openMigrated(config);
  const accounts = createAccountDeps(database.db, new UserRepo(database.db), systemClock, secret);
  return { accounts, close: () => database.close() };
}

/** The Akismet API keys, as the spam feature stores them. */
export async function openApiKeys(config: Config): Promise<{ apiKeys: ApiKeyRepo; close(): Promise<void> }> {
  const { database } = await openMigrated(config);
  return { apiKeys: new ApiKeyRepo(database.db, database.writeThread), close: () => database.close() };
}
