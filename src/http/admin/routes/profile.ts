// The signed-in user's own profile and password.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { changeOwnPassword, updateOwnProfile } from '../../../users/profile.ts';
import type { NotificationPrefs } from '../../../users/user.ts';
import type { FieldErrors } from '../../../views/admin/form.ts';
import { profileMain } from '../../../views/admin/profile-page.ts';
import { adminLocales, adminTranslatorFor } from '../../../i18n/index.ts';
import type { AdminRouteModule } from '../context.ts';
import { accountErrorToFields, formString, parseForm } from '../forms.ts';
import { actingUserOf, currentUser } from '../guards.ts';
import { redirectAfterPost, sendAdminPage, setFlash } from '../render.ts';

// Messages are admin catalog keys, worded in the user's language by parseForm.
const profileSchema = z.object({
  name: z.string().trim().min(1, 'validation.enterName').max(100, 'validation.nameTooLong'),
  bio: z.string().max(1000, 'validation.bioTooLong').default(''),
});

const passwordSchema = z
  .object({
    current: z.string().min(1, 'validation.enterCurrentPassword'),
    next: z.string().min(1, 'validation.chooseNewPassword'),
    confirm: z.string(),
  })
  .refine((v) => v.next === v.confirm, { message: 'validation.newPasswordsDiffer', path: ['confirm'] });

/** The admin language a form asked for: one of the admin catalogs', or null for the site's. */
function chosenLanguage(body: unknown): string | null {
  const wanted = formString(body, 'adminLanguage');
  return adminLocales().includes(wanted) ? wanted : null;
}

type ProfileFields = { name: string; bio: string; notifications: NotificationPrefs; adminLanguage: string };

const checked = (body: unknown, name: string): boolean => formString(body, name) === '1';

async function showProfile(
  request: FastifyRequest,
  reply: FastifyReply,
  opts: {
    profile?: ProfileFields;
    profileErrors?: FieldErrors;
    passwordErrors?: FieldErrors;
    status?: number;
  } = {},
) {
  const user = currentUser(request);
  const { ui } = request.admin;
  return sendAdminPage(request, reply, {
    title: ui.t('profile.title'),
    section: 'profile',
    status: opts.status,
    main: profileMain({
      ui,
      csrfToken: request.admin.csrfToken,
      email: user.email,
      role: user.role,
      adminLanguages: adminLocales(),
      siteLanguage: (await request.admin.shell.site.settings()).language,
      profile: opts.profile ?? {
        name: user.name,
        bio: user.bio,
        notifications: user.notifications,
        adminLanguage: user.adminLanguage ?? '',
      },
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
      adminLanguage: chosenLanguage(request.body) ?? '',
    };
    const form = parseForm(profileSchema, request.body, request.admin.ui);
    if (!form.ok)
      return showProfile(request, reply, { profile: typed, profileErrors: form.errors, status: 422 });
    await updateOwnProfile(deps.accounts, actingUserOf(request), {
      ...form.value,
      notifications: typed.notifications,
      adminLanguage: typed.adminLanguage || null,
    });
    // Said in the language just chosen: the next page is in it.
    const ui = typed.adminLanguage
      ? adminTranslatorFor(typed.adminLanguage)
      : adminTranslatorFor((await request.admin.shell.site.settings()).language);
    await setFlash(request, 'success', ui.t('profile.saved'));
    return redirectAfterPost(reply, '/admin/profile');
  });

  app.post('/profile/password', async (request, reply) => {
    const { ui } = request.admin;
    const form = parseForm(passwordSchema, request.body, ui);
    if (!form.ok) return showProfile(request, reply, { passwordErrors: form.errors, status: 422 });
    try {
      const { otherSessionsEnded } = await changeOwnPassword(deps.accounts, actingUserOf(request), {
        current: form.value.current,
        next: form.value.next,
        keepSessionId: request.admin.session!.id,
      });
      await setFlash(
        request,
        'success',
        otherSessionsEnded
          ? ui.t('profile.otherSessionsEnded', { count: otherSessionsEnded })
          : ui.t('profile.passwordChanged'),
      );
    } catch (err) {
      return showProfile(request, reply, {
        passwordErrors: accountErrorToFields(err, ui, 'next'),
        status: 422,
      });
    }
    return redirectAfterPost(reply, '/admin/profile');
  });
};
