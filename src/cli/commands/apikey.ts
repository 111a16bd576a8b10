// `silkpress apikey create|list|revoke`: keys for the Akismet-compatible API. A new key is
// printed once; only its hash is stored.
import type { Command } from 'commander';
import { openServices } from '../../compose/index.ts';
import type { Config } from '../../config.ts';
import { createApiKey, listApiKeys } from '../../spam/network/api-key-service.ts';
import type { SpamFeature } from '../../compose/spam.ts';

async function withSpam<T>(
  config: () => Config,
  work: (spam: SpamFeature, now: Date) => Promise<T>,
): Promise<T> {
  const services = await openServices(config());
  try {
    return await work(services.deps.spam, services.deps.clock.now());
  } finally {
    await services.close();
  }
}

/** Adds `apikey create|list|revoke` to the program. */
export function registerApiKeyCommand(program: Command, config: () => Config): void {
  const apikey = program.command('apikey').description('Manage keys for the Akismet-compatible API.');
  apikey
    .command('create')
    .description('Create a key (printed once).')
    .requiredOption('--label <label>', 'what the key is for, e.g. "Sister site"')
    .option('--site <url>', 'the site that uses the key')
    .option('--rate-limit <n>', 'requests per minute', '600')
    .option('--trusted', "as a hub: this client's spam reports alone count for every client")
    .action(async (flags: { label: string; site?: string; rateLimit: string; trusted?: boolean }) =>
      withSpam(config, async (spam, now) => {
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
      }),
    );
  apikey
    .command('list')
    .description('List keys with their usage.')
    .action(async () =>
      withSpam(config, async (spam, now) => {
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
      }),
    );
  apikey
    .command('revoke')
    .description('Revoke a key by its number.')
    .argument('<id>', 'the key number shown by `apikey list`')
    .action(async (id: string) =>
      withSpam(config, async (spam, now) => {
        if (!(await spam.apiKeys.revoke(Number(id), now))) {
          console.error(`No active key #${id}.`);
          process.exitCode = 1;
          return;
        }
        console.log(`Key #${id} revoked.`);
      }),
    );
}
