// `silkpress user …`: create accounts (the first owner too), list them, deactivate one, or set a
// password for someone locked out. Passwords are prompted without echo on a terminal; otherwise
// a random one is generated and printed once.
import type { Command } from 'commander';
import type { Config } from '../../config.ts';
import { ROLES } from '../../users/user.ts';

/** The module the commands run, loaded when one runs. */
const run = () => import('./user-run.ts');

/** Adds `user create|list|deactivate|set-password` to the program. */
export function registerUserCommand(program: Command, config: () => Promise<Config>): void {
  const user = program.command('user').description('Manage admin accounts.');

  user
    .command('create')
    .description(
      'Create an account (e.g. the first owner). Prompts for the password on a terminal; otherwise generates one and prints it once.',
    )
    .requiredOption('--email <email>', 'email address (used to log in)')
    .option('--role <role>', `one of: ${ROLES.join(', ')}`, 'author')
    .option('--name <name>', 'display name (defaults to the part of the email before @)')
    .action(async (opts: { email: string; role: string; name?: string }) =>
      (await run()).createUser(config, opts),
    );

  user
    .command('list')
    .description('List every account with its role and status.')
    .action(async () => (await run()).listUsers(config));

  user
    .command('deactivate')
    .description('Deactivate an account: it can no longer log in and its sessions end now.')
    .requiredOption('--email <email>', 'the account to deactivate')
    .action(async (opts: { email: string }) => (await run()).deactivateUser(config, opts));

  user
    .command('set-password')
    .description(
      'Set a new password (for a locked-out owner, say). Prompts on a terminal; otherwise generates one and prints it once. Ends the account’s sessions and clears its failed-login count.',
    )
    .requiredOption('--email <email>', 'the account')
    .action(async (opts: { email: string }) => (await run()).setUserPassword(config, opts));
}
