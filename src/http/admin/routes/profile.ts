// The signed-in user's own profile and password.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { changeOwnPassword, updateOwnProfile } from '../../../users/profile.ts';
import type { NotificationPrefs } from '../../../users/user.ts';
import type { FieldErrors } from '../../../views/admin/form.ts';
import { profileMain } from '../../../views/admin/profile-page.ts';
import type { AdminRouteModule } from '../context.ts';
import { accountErrorToFields, formString, parseForm } from '../forms.ts';
import { actingUserOf, currentUser } from '../guards.ts';
import { redirectAfterPost, sendAdminPage, setFlash } from '../render.ts';

const profileSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name.').max(100, 'Use at most 100 characters.'),
  bio: z.string().max(1000, 'Use at most 1000 characters for your bio.').default(''),
});

const passwordSchema = z
  .object({
    current: z.string().min(1, 'Enter your current password.'),
    next: z.string().min(1, 'Choose a new password.'),
    confirm: z.string(),
  })
  .refine((v) => v.next === v.confirm, { message: 'The two new passwords do not match.', path: ['confirm'] });

const checked = (body: unknown, name: string): boolean => formString(body, name) === '1';

async function showProfile(
  request: FastifyRequest,
  reply: FastifyReply,
  opts: {
    profile?: { name: string; bio: string; notifications: NotificationPrefs };
    profileErrors?: FieldErrors;
    passwordErrors?: FieldErrors;
    status?: number;
  } = {},
) {
  const user = currentUser(request);
  return sendAdminPage(request, reply, {
    title: 'Profile',
    section: 'profile',
    status: opts.status,
    main: profileMain({
      csrfToken: request.admin.csrfToken,
      email: user.email,
      role: user.role,
      profile: opts.profile ?? { name: user.name, bio: user.bio, notifications: user.notifications },
      profileErrors: opts.profileErrors ?? {},
      passwordErrors: opts.passwordErrors ?? {},
    }),
  });
}

/** Registers /admin/profile and /admin/profile/password. */
export const profileRoutes: AdminRouteModule = async (app, { deps }) => {
  app.get('/profile', async (request, reply) => showProfile(request, reply));

  app.post('/profile', async (request, reply) => {
    const typed = {
      name: formString(request.body, 'name'),
      bio: formString(request.body, 'bio'),
      notifications: {
        commentHeld: checked(request.body, 'commentHeld'),
        commentApprovedOnMyPost: checked(request.body, 'commentApprovedOnMyPost'),
      },
    };
    const form = parseForm(profileSchema, request.body);
    if (!form.ok)
      return showProfile(request, reply, { profile: typed, profileErrors: form.errors, status: 422 });
    await updateOwnProfile(deps.accounts, actingUserOf(request), {
      ...form.value,
      notifications: typed.notifications,
    });
    await setFlash(request, 'success', 'Your profile was saved.');
    return redirectAfterPost(reply, '/admin/profile');
  });

  app.post('/profile/password', async (request, reply) => {
    const form = parseForm(passwordSchema, request.body);
    if (!form.ok) return showProfile(request, reply, { passwordErrors: form.errors, status: 422 });
    try {
      const { otherSessionsEnded } = await changeOwnPassword(deps.accounts, actingUserOf(request), {
        current: form.value.current,
        next: form.value.next,
        keepSessionId: request.admin.session!.id,
      });
      const others = otherSessionsEnded ? ` ${otherSessionsEnded} other session(s) were logged out.` : '';
      await setFlash(request, 'success', `Your password was changed.${others}`);
    } catch (err) {
      return showProfile(request, reply, { passwordErrors: accountErrorToFields(err, 'next'), status: 422 });
    }
    return redirectAfterPost(reply, '/admin/profile');
  });
};
