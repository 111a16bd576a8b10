// `silkpress user …`: create accounts (the first owner too), list them, deactivate one, or set a
// password for someone locked out. Passwords are prompted without echo on a terminal; otherwise
// a random one is generated and printed once.
import type { Command } from 'commander';
import { openServices } from '../../compose/index.ts';
import type { Config } from '../../config.ts';
import type { AccountDeps } from '../../users/account-deps.ts';
import {
  assertPasswordAcceptable,
  createAccount,
  deactivateFromCli,
  generatePassword,
  setPasswordFromCli,
} from '../../users/accounts.ts';
import { PASSWORD_MIN_LENGTH } from '../../users/password-policy.ts';
import { isRole, ROLES } from '../../users/user.ts';
import { cliErrorText } from '../error-text.ts';
import { promptHidden } from '../prompt-hidden.ts';

async function withAccounts<T>(
  config: () => Config,
  work: (accounts: AccountDeps) => Promise<T>,
): Promise<T> {
  const services = await openServices(config());
  try {
    return await work(services.deps.accounts);
  } finally {
    await services.close();
  }
}

/** A password typed twice at the terminal, or null when stdin is not a terminal. */
async function askPassword(
  accounts: AccountDeps,
  who: { email: string; name?: string },
): Promise<string | null> {
  if (!process.stdin.isTTY) return null;
  for (let tries = 0; tries < 3; tries++) {
    const first = await promptHidden(`Password (at least ${PASSWORD_MIN_LENGTH} characters): `);
    try {
      assertPasswordAcceptable(accounts, first, who);
    } catch (err) {
      console.error(cliErrorText(err));
      continue;
    }
    if ((await promptHidden('Repeat the password: ')) === first) return first;
    console.error('The two passwords do not match.');
  }
  throw new Error('No acceptable password was entered.');
}

function printGenerated(password: string): void {
  console.log(`Generated password (shown once; store it somewhere safe): ${password}`);
}

/** Adds `user create|list|deactivate|set-password` to the program. */
export function registerUserCommand(program: Command, config: () => Config): void {
  const user = program.command('user').description('Manage admin accounts.');

  user
    .command('create')
    .description(
      'Create an account (e.g. the first owner). Prompts for the password on a terminal; otherwise generates one and prints it once.',
    )
    .requiredOption('--email <email>', 'email address (used to log in)')
    .option('--role <role>', `one of: ${ROLES.join(', ')}`, 'author')
    .option('--name <name>', 'display name (defaults to the part of the email before @)')
    .action(async (opts: { email: string; role: string; name?: string }) => {
      if (!isRole(opts.role)) throw new Error(`--role must be one of: ${ROLES.join(', ')}.`);
      const role = opts.role;
      await withAccounts(config, async (accounts) => {
        const password = await askPassword(accounts, { email: opts.email, name: opts.name });
        const { user: created, generatedPassword } = await createAccount(
          accounts,
          { email: opts.email, name: opts.name ?? '', role, ...(password ? { password } : {}) },
          null,
        );
        console.log(`Created ${created.role} ${created.name} <${created.email}>.`);
        if (generatedPassword) printGenerated(generatedPassword);
      });
    });

  user
    .command('list')
    .description('List every account with its role and status.')
    .action(async () => {
      await withAccounts(config, async (accounts) => {
        const users = await accounts.users.list();
        for (const u of users) {
          const status = u.status !== 'active' ? 'deactivated' : u.hasPassword ? 'active' : 'no password';
          console.log(`${u.email}\t${u.role}\t${status}\t${u.name}`);
        }
        if (users.length === 0)
          console.log('No accounts yet. Create the owner with: silkpress user create --role owner --email …');
      });
    });

  user
    .command('deactivate')
    .description('Deactivate an account: it can no longer log in and its sessions end now.')
    .requiredOption('--email <email>', 'the account to deactivate')
    .action(async (opts: { email: string }) => {
      await withAccounts(config, async (accounts) => {
        const u = await deactivateFromCli(accounts, opts.email);
        console.log(`Deactivated ${u.name} <${u.email}>; their sessions have ended.`);
      });
    });

  user
    .command('set-password')
    .description(
      'Set a new password (for a locked-out owner, say). Prompts on a terminal; otherwise generates one and prints it once. Ends the account’s sessions and clears its failed-login count.',
    )
    .requiredOption('--email <email>', 'the account')
    .action(async (opts: { email: string }) => {
      await withAccounts(config, async (accounts) => {
        const existing = await accounts.users.findByEmail(opts.email);
        if (!existing) throw new Error(`No account with the email ${opts.email}.`);
        const typed = await askPassword(accounts, existing);
        const password = typed ?? generatePassword();
        const u = await setPasswordFromCli(accounts, opts.email, password);
        console.log(`Password set for ${u.name} <${u.email}>.`);
        if (!typed) printGenerated(password);
      });
    });
}
