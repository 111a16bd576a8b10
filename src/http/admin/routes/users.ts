// Users (owner only): list, add, change role, deactivate/reactivate, reset password.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  changeRole,
  createUser,
  deactivateUser,
  reactivateUser,
  resetPassword,
} from '../../../users/accounts.ts';
import { ROLES } from '../../../users/user.ts';
import type { FieldErrors } from '../../../views/admin/form.ts';
import { oneTimePasswordMain, usersMain } from '../../../views/admin/users-page.ts';
import { parseRecordId } from '../../../kernel/record-id.ts';
import { AccountError } from '../../../users/account-error.ts';
import type { AdminDeps, AdminRouteModule } from '../context.ts';
import {
  accountAppError,
  accountErrorMessage,
  accountErrorToFields,
  formString,
  parseForm,
  rethrowAccountError,
} from '../forms.ts';
import { actingUserOf, requirePermission } from '../guards.ts';
import { redirectAfterPost, sendAdminPage, setFlash } from '../render.ts';

const roleSchema = z.enum(ROLES as [string, ...string[]], { message: 'validation.chooseRole' });

const newUserSchema = z.object({
  name: z.string().trim().min(1, 'validation.enterAName').max(100, 'validation.max100'),
  email: z.email('validation.email').max(320),
  role: roleSchema,
});

/** The user id in the path; one that cannot be an id is no such user, as one that is not there. */
const idParam = (request: FastifyRequest): number => {
  const id = parseRecordId((request.params as { id?: string }).id);
  if (id === null) throw accountAppError(new AccountError('NOT_FOUND', 'noSuchUser'));
  return id;
};

async function showUsers(
  deps: AdminDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  form = { name: '', email: '', role: 'author' },
  errors: FieldErrors = {},
  status = 200,
) {
  return sendAdminPage(request, reply, {
    title: request.admin.ui.t('users.title'),
    section: 'users',
    status,
    main: usersMain({
      ui: request.admin.ui,
      users: await deps.accounts.users.list(),
      currentUserId: request.admin.user!.id,
      csrfToken: request.admin.csrfToken,
      form,
      errors,
    }),
  });
}

/** Registers /admin/users and its actions. */
export const userRoutes: AdminRouteModule = async (app, { deps }) => {
  const accounts = deps.accounts;
  app.addHook('preHandler', requirePermission('users.manage'));

  app.get('/users', async (request, reply) => showUsers(deps, request, reply));

  app.post('/users', async (request, reply) => {
    const typed = {
      name: formString(request.body, 'name'),
      email: formString(request.body, 'email'),
      role: formString(request.body, 'role'),
    };
    const form = parseForm(newUserSchema, request.body, request.admin.ui);
    if (!form.ok) return showUsers(deps, request, reply, typed, form.errors, 422);
    try {
      const { user, generatedPassword } = await createUser(accounts, actingUserOf(request), {
        ...form.value,
        role: form.value.role as (typeof ROLES)[number],
      });
      return sendAdminPage(request, reply, {
        title: request.admin.ui.t('users.added'),
        section: 'users',
        main: oneTimePasswordMain({
          ui: request.admin.ui,
          heading: request.admin.ui.t('users.wasAdded', { name: user.name }),
          user,
          password: generatedPassword!,
        }),
      });
    } catch (err) {
      return showUsers(
        deps,
        request,
        reply,
        typed,
        accountErrorToFields(err, request.admin.ui, 'email'),
        422,
      );
    }
  });

  app.post('/users/:id/role', async (request, reply) => {
    const role = roleSchema.safeParse(formString(request.body, 'role'));
    // Said like the rules' refusals of a role change: above the list, in the admin's language.
    if (!role.success) {
      await setFlash(request, 'error', request.admin.ui.t('validation.chooseRole'));
      return redirectAfterPost(reply, '/admin/users');
    }
    try {
      const user = await changeRole(
        accounts,
        actingUserOf(request),
        idParam(request),
        role.data as (typeof ROLES)[number],
      );
      await setFlash(
        request,
        'success',
        request.admin.ui.t('users.nowRole', { name: user.name, role: user.role }),
      );
    } catch (err) {
      await setFlash(request, 'error', accountErrorMessage(err, request.admin.ui));
    }
    return redirectAfterPost(reply, '/admin/users');
  });

  for (const [path, action, done] of [
    ['deactivate', deactivateUser, 'users.wasDeactivated'],
    ['reactivate', reactivateUser, 'users.canLogInAgain'],
  ] as const) {
    app.post(`/users/:id/${path}`, async (request, reply) => {
      try {
        const user = await action(accounts, actingUserOf(request), idParam(request));
        await setFlash(request, 'success', request.admin.ui.t(done, { name: user.name }));
      } catch (err) {
        await setFlash(request, 'error', accountErrorMessage(err, request.admin.ui));
      }
      return redirectAfterPost(reply, '/admin/users');
    });
  }

  app.post('/users/:id/reset-password', async (request, reply) => {
    const { user, password } = await resetPassword(accounts, actingUserOf(request), idParam(request)).catch(
      rethrowAccountError,
    );
    return sendAdminPage(request, reply, {
      title: request.admin.ui.t('users.newPassword'),
      section: 'users',
      main: oneTimePasswordMain({
        ui: request.admin.ui,
        heading: request.admin.ui.t('users.newPasswordFor', { name: user.name }),
        user,
        password,
      }),
    });
  });
};
