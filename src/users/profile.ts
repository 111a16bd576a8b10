// A user's own account: profile fields, notification preferences and password change.
import type { AccountDeps, ActingUser } from './account-deps.ts';
import { AccountError } from './account-error.ts';
import { assertPasswordAcceptable } from './accounts.ts';
import type { NotificationPrefs, User } from './user.ts';

/** Saves name, bio and notification preferences. */
export async function updateOwnProfile(
  deps: AccountDeps,
  actor: ActingUser,
  input: { name: string; bio: string; notifications: NotificationPrefs; adminLanguage?: string | null },
): Promise<void> {
  const name = input.name.trim();
  if (!name) throw new AccountError('VALIDATION_FAILED', 'nameMissing', { field: 'name' });
  await deps.users.updateProfile(
    actor.id,
    {
      name,
      bio: input.bio.trim(),
      notifications: input.notifications,
      adminLanguage: input.adminLanguage,
    },
    deps.now(),
  );
  await deps.audit.record(
    {
      actorId: actor.id,
      actorName: name,
      action: 'user.profile_updated',
      target: `user:${actor.id}`,
      ip: actor.ip,
    },
    deps.now(),
  );
}

/** Changes the actor's password after checking the current one; other sessions end. */
export async function changeOwnPassword(
  deps: AccountDeps,
  actor: ActingUser & { email: string },
  input: { current: string; next: string; keepSessionId: number },
): Promise<{ otherSessionsEnded: number }> {
  const stored = (await deps.users.passwordHashOf(actor.id)) ?? (await deps.hasher.dummyHash());
  if (!(await deps.hasher.verify(input.current, stored)))
    throw new AccountError('VALIDATION_FAILED', 'currentPasswordWrong', { field: 'current' });
  assertPasswordAcceptable(deps, input.next, { email: actor.email, name: actor.name }, 'next');
  if (input.next === input.current)
    throw new AccountError('VALIDATION_FAILED', 'samePassword', { field: 'next' });
  await deps.users.setPasswordHash(actor.id, await deps.hasher.hash(input.next), deps.now());
  const ended = await deps.sessions.endAllForUser(actor.id, 'password-changed', input.keepSessionId);
  await deps.audit.record(
    {
      actorId: actor.id,
      actorName: actor.name,
      action: 'user.password_changed',
      target: `user:${actor.id}`,
      details: { otherSessionsEnded: ended },
      ip: actor.ip,
    },
    deps.now(),
  );
  return { otherSessionsEnded: ended };
}

/** The acting identity of a signed-in user at an address. */
export function actingUser(user: User, ip: string): ActingUser & { email: string } {
  return { id: user.id, name: user.name, role: user.role, ip, email: user.email };
}
