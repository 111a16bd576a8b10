// What `silkpress user …` runs (registered in user.ts, loaded when one of them runs).
import { openAccounts } from '../../compose/database-only.ts';
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
  config: () => Promise<Config>,
  work: (accounts: AccountDeps) => Promise<T>,
): Promise<T> {
  // The accounts' tables only: the command never loads the rest of the site (compose/database-only.ts).
  const opened = await openAccounts(await config());
  try {
    return await work(opened.accounts);
  } finally {
    await opened.close();
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

/** `user create`: an account, with a typed or generated password. */
export async function createUser(
  config: () => Promise<Config>,
  opts: { email: string; role: string; name?: string },
): Promise<void> {
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
}

/** `user list`: every account with its role and status. */
export async function listUsers(config: () => Promise<Config>): Promise<void> {
  await withAccounts(config, async (accounts) => {
    const users = await accounts.users.list();
    for (const u of users) {
      const status = u.status !== 'active' ? 'deactivated' : u.hasPassword ? 'active' : 'no password';
      console.log(`${u.email}\t${u.role}\t${status}\t${u.name}`);
    }
    if (users.length === 0)
      console.log('No accounts yet. Create the owner with: silkpress user create --role owner --email …');
  });
}

/** `user deactivate`: the account can no longer log in; its sessions end. */
export async function deactivateUser(config: () => Promise<Config>, opts: { email: string }): Promise<void> {
  await withAccounts(config, async (accounts) => {
    const u = await deactivateFromCli(accounts, opts.email);
    console.log(`Deactivated ${u.name} <${u.email}>; their sessions have ended.`);
  });
}

/** `user set-password`: a typed or generated password; the sessions end. */
export async function setUserPassword(config: () => Promise<Config>, opts: { email: string }): Promise<void> {
  await withAccounts(config, async (accounts) => {
    const existing = await accounts.users.findByEmail(opts.email);
    if (!existing) throw new Error(`No account with the email ${opts.email}.`);
    const typed = await askPassword(accounts, existing);
    const password = typed ?? generatePassword();
    const u = await setPasswordFromCli(accounts, opts.email, password);
    console.log(`Password set for ${u.name} <${u.email}>.`);
    if (!typed) printGenerated(password);
  });
}
