// `silkpress apikey create|list|revoke`: keys for the Akismet-compatible API. A new key is
// printed once; only its hash is stored.
import type { Command } from 'commander';
import type { Config } from '../../config.ts';

/** The module the commands run, loaded when one runs. */
const run = () => import('./apikey-run.ts');

/** Adds `apikey create|list|revoke` to the program. */
export function registerApiKeyCommand(program: Command, config: () => Promise<Config>): void {
  const apikey = program.command('apikey').description('Manage keys for the Akismet-compatible API.');
  apikey
    .command('create')
    .description('Create a key (printed once).')
    .requiredOption('--label <label>', 'what the key is for, e.g. "Sister site"')
    .option('--site <url>', 'the site that uses the key')
    .option('--rate-limit <n>', 'requests per minute', '600')
    .option('--trusted', "as a hub: this client's spam reports alone count for every client")
    .action(async (flags: { label: string; site?: string; rateLimit: string; trusted?: boolean }) =>
      (await run()).createKey(config, flags),
    );
  apikey
    .command('list')
    .description('List keys with their usage.')
    .action(async () => (await run()).listKeys(config));
  apikey
    .command('revoke')
    .description('Revoke a key by its number.')
    .argument('<id>', 'the key number shown by `apikey list`')
    .action(async (id: string) => (await run()).revokeKey(config, id));
}
