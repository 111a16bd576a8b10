// Account management: first-run setup, creating users, roles, deactivation and passwords. Each
// function checks the rule, writes, and records the action in the audit log.
import { randomBytes } from 'node:crypto';
import { slugFromTitle, uniqueSlug } from '../kernel/slug.ts';
import type { AccountDeps, ActingUser } from './account-deps.ts';
import { AccountError, type AccountProblem } from './account-error.ts';
import { forgetLoginFailures, normalizeEmail } from './login.ts';
import {
  checkPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordProblem,
} from './password-policy.ts';
import { can } from './permissions.ts';
import type { Role, User } from './user.ts';

/** A new account's details; without a password one is generated and returned once. */
export interface NewAccount {
  name: string;
  email: string;
  role: Role;
  password?: string;
  bio?: string;
}

/** A random password that passes the rules (shown once to whoever created it). */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

/** Throws when `password` breaks the rules for this person. */
export function assertPasswordAcceptable(
  deps: Pick<AccountDeps, 'commonPasswords'>,
  password: string,
  who: { email?: string; name?: string },
  field = 'password',
): void {
  const [problem] = checkPassword(password, deps.commonPasswords, who);
  if (problem) {
    const [reason, values] = PASSWORD_ERRORS[problem];
    throw new AccountError('VALIDATION_FAILED', reason, { field, values });
  }
}

// Each password problem as the account problem people read, with the numbers its sentence names.
const PASSWORD_ERRORS: Record<PasswordProblem, [AccountProblem, Record<string, number>]> = {
  'too-short': ['passwordTooShort', { min: PASSWORD_MIN_LENGTH }],
  'too-long': ['passwordTooLong', { max: PASSWORD_MAX_LENGTH }],
  common: ['passwordCommon', {}],
  personal: ['passwordPersonal', {}],
};

function requireUsersManage(actor: ActingUser): void {
  if (!can(actor, 'users.manage')) throw new AccountError('FORBIDDEN', 'ownerOnly');
}

async function audit(
  deps: AccountDeps,
  actor: ActingUser | null,
  action: string,
  target: User,
  details: Record<string, unknown> = {},
  ip = actor?.ip ?? '',
): Promise<void> {
  await deps.audit.record(
    {
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? 'command line',
      action,
      target: `user:${target.id} ${target.email}`,
      details,
      ip,
    },
    deps.now(),
  );
}

/** Creates an account (any role) without permission checks: first-run setup and the CLI. */
export async function createAccount(
  deps: AccountDeps,
  input: NewAccount,
  actor: ActingUser | null,
): Promise<{ user: User; generatedPassword: string | null }> {
  const email = normalizeEmail(input.email);
  const name = input.name.trim() || email.split('@')[0]!;
  if (await deps.users.emailTaken(email))
    throw new AccountError('CONFLICT', 'emailTaken', { field: 'email' });
  const generated = input.password ? null : generatePassword();
  const password = input.password ?? generated!;
  assertPasswordAcceptable(deps, password, { email, name });
  const slug = await uniqueSlug(slugFromTitle(name), (s) => deps.users.slugTaken(s));
  const id = await deps.users.create(
    {
      email,
      name,
      slug,
      bio: input.bio ?? '',
      role: input.role,
      passwordHash: await deps.hasher.hash(password),
    },
    deps.now(),
  );
  const user = (await deps.users.findById(id))!;
  await audit(deps, actor, 'user.created', user, { role: user.role, generatedPassword: generated !== null });
  return { user, generatedPassword: generated };
}

/** First-run setup: creates the owner, only while no owner can log in. */
export async function setUpOwner(
  deps: AccountDeps,
  input: { name: string; email: string; password: string },
  ip: string,
): Promise<User> {
  if ((await deps.users.countActiveOwners()) > 0) throw new AccountError('NOT_FOUND', 'alreadySetUp');
  const { user } = await createAccount(deps, { ...input, role: 'owner' }, null);
  await deps.audit.record(
    { actorId: user.id, actorName: user.name, action: 'setup.completed', target: `user:${user.id}`, ip },
    deps.now(),
  );
  return user;
}

/** The owner creates an account from the admin. */
export async function createUser(
  deps: AccountDeps,
  actor: ActingUser,
  input: NewAccount,
): Promise<{ user: User; generatedPassword: string | null }> {
  requireUsersManage(actor);
  return createAccount(deps, input, actor);
}

async function target(deps: AccountDeps, id: number): Promise<User> {
  const user = await deps.users.findById(id);
  if (!user) throw new AccountError('NOT_FOUND', 'noSuchUser');
  return user;
}

// The site must always keep one owner who can log in.
async function assertNotLastOwner(
  deps: AccountDeps,
  user: User,
  problem: 'lastOwnerRole' | 'lastOwnerDeactivation',
): Promise<void> {
  if (user.role === 'owner' && user.status === 'active' && (await deps.users.countActiveOwners()) <= 1)
    throw new AccountError('CONFLICT', problem);
}

/** Changes someone else's role. */
export async function changeRole(
  deps: AccountDeps,
  actor: ActingUser,
  userId: number,
  role: Role,
): Promise<User> {
  requireUsersManage(actor);
  const user = await target(deps, userId);
  if (user.id === actor.id) throw new AccountError('CONFLICT', 'ownRole', { field: 'role' });
  if (user.role === role) return user;
  if (role !== 'owner') await assertNotLastOwner(deps, user, 'lastOwnerRole');
  await deps.users.setRole(user.id, role, deps.now());
  await audit(deps, actor, 'user.role_changed', user, { from: user.role, to: role });
  return { ...user, role };
}

/** Deactivates an account: it can no longer log in and its sessions end at once. */
export async function deactivateUser(deps: AccountDeps, actor: ActingUser, userId: number): Promise<User> {
  requireUsersManage(actor);
  const user = await target(deps, userId);
  if (user.id === actor.id) throw new AccountError('CONFLICT', 'ownDeactivation');
  if (user.status === 'inactive') return user;
  await assertNotLastOwner(deps, user, 'lastOwnerDeactivation');
  const now = deps.now();
  await deps.users.setDeactivated(user.id, now, now);
  const ended = await deps.sessions.endAllForUser(user.id, 'deactivated');
  await audit(deps, actor, 'user.deactivated', user, { sessionsEnded: ended });
  return { ...user, status: 'inactive', deactivatedAt: now.toISOString() };
}

/** Lets a deactivated account log in again. */
export async function reactivateUser(deps: AccountDeps, actor: ActingUser, userId: number): Promise<User> {
  requireUsersManage(actor);
  const user = await target(deps, userId);
  if (user.status === 'active') return user;
  await deps.users.setDeactivated(user.id, null, deps.now());
  await audit(deps, actor, 'user.reactivated', user);
  return { ...user, status: 'active', deactivatedAt: null };
}

/** Sets a new random password for someone (shown once to the owner); their sessions end. */
export async function resetPassword(
  deps: AccountDeps,
  actor: ActingUser,
  userId: number,
): Promise<{ user: User; password: string }> {
  requireUsersManage(actor);
  const user = await target(deps, userId);
  const password = generatePassword();
  await deps.users.setPasswordHash(user.id, await deps.hasher.hash(password), deps.now());
  const ended = await deps.sessions.endAllForUser(user.id, 'password-changed');
  await audit(deps, actor, 'user.password_reset', user, { sessionsEnded: ended });
  return { user, password };
}

/** Sets a password chosen by an operator at the command line (e.g. a locked-out owner). */
export async function setPasswordFromCli(deps: AccountDeps, email: string, password: string): Promise<User> {
  const found = await deps.users.findByEmail(normalizeEmail(email));
  if (!found) throw new AccountError('NOT_FOUND', 'noAccountWithEmail', { values: { email } });
  assertPasswordAcceptable(deps, password, found);
  const now = deps.now();
  await deps.users.setPasswordHash(found.id, await deps.hasher.hash(password), now);
  await forgetLoginFailures(deps, found.email);
  const ended = await deps.sessions.endAllForUser(found.id, 'password-changed');
  await audit(deps, null, 'user.password_reset', found, { sessionsEnded: ended, via: 'cli' });
  return found;
}

/** Deactivates an account from the command line. */
export async function deactivateFromCli(deps: AccountDeps, email: string): Promise<User> {
  const found = await deps.users.findByEmail(normalizeEmail(email));
  if (!found) throw new AccountError('NOT_FOUND', 'noAccountWithEmail', { values: { email } });
  await assertNotLastOwner(deps, found, 'lastOwnerDeactivation');
  const now = deps.now();
  await deps.users.setDeactivated(found.id, now, now);
  const ended = await deps.sessions.endAllForUser(found.id, 'deactivated');
  await audit(deps, null, 'user.deactivated', found, { sessionsEnded: ended, via: 'cli' });
  return found;
}
