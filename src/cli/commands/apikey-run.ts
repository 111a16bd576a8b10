// What `silkpress apikey …` runs (registered in apikey.ts, loaded when one runs).
import { openApiKeys } from '../../compose/database-only.ts';
import type { Config } from '../../config.ts';
import { systemClock } from '../../kernel/clock.ts';
import type { ApiKeyRepo } from '../../spam/network/api-key-repo.ts';
import { createApiKey, listApiKeys } from '../../spam/network/api-key-service.ts';

/** The keys' table only: the command never loads the spam feature or the site (compose/database-only.ts). */
async function withSpam<T>(
  config: () => Promise<Config>,
  work: (spam: { apiKeys: ApiKeyRepo }, now: Date) => Promise<T>,
): Promise<T> {
  const opened = await openApiKeys(await config());
  try {
    return await work({ apiKeys: opened.apiKeys }, systemClock.now());
  } finally {
    await opened.close();
  }
}

/** `apikey create`: a new key, printed once. */
export async function createKey(
  config: () => Promise<Config>,
  flags: { label: string; site?: string; rateLimit: string; trusted?: boolean },
): Promise<void> {
  return withSpam(config, async (spam, now) => {
    const { key, record } = await createApiKey(
      spam.apiKeys,
      {
        label: flags.label,
        siteUrl: flags.site ?? null,
        rateLimit: Number(flags.rateLimit),
        trusted: flags.trusted === true,
      },
      now,
    );
    console.log(
      `Key #${record.id} "${record.label}" (${record.rateLimit} requests/minute${record.trusted ? ', trusted' : ''})`,
    );
    console.log(`API key (shown once; store it somewhere safe): ${key}`);
  });
}

/** `apikey list`: every key with its usage. */
export async function listKeys(config: () => Promise<Config>): Promise<void> {
  return withSpam(config, async (spam, now) => {
    const keys = await listApiKeys(spam.apiKeys, now);
    if (keys.length === 0) console.log('No API keys.');
    for (const k of keys)
      console.log(
        [
          `#${k.id}`,
          `${k.keyPrefix}…`,
          k.label,
          k.siteUrl ?? '-',
          `${k.rateLimit}/min`,
          ...(k.trusted ? ['trusted'] : []),
          `${k.callsThisMonth} calls this month, ${k.callsTotal} total`,
          k.revokedAt ? `revoked ${k.revokedAt}` : 'active',
        ].join('  '),
      );
  });
}

/** `apikey revoke`: the key stops working. */
export async function revokeKey(config: () => Promise<Config>, id: string): Promise<void> {
  return withSpam(config, async (spam, now) => {
    if (!(await spam.apiKeys.revoke(Number(id), now))) {
      console.error(`No active key #${id}.`);
      process.exitCode = 1;
      return;
    }
    console.log(`Key #${id} revoked.`);
  });
}
