// Login, logout (here and everywhere) and first-run setup.
import { formatDate } from '../../../views/format-date.ts';
import { siteTimezone } from './editor-support.ts';
import { z } from 'zod';
import { setUpOwner } from '../../../users/accounts.ts';
import { logIn, logOut, logOutEverywhere, openSession, type SessionEndReason } from '../../../users/login.ts';
import { absoluteExpiry } from '../../../users/session.ts';
import { loginMain, setupMain } from '../../../views/admin/auth-pages.ts';
import type { FieldErrors } from '../../../views/admin/form.ts';
import type { AdminMessageKey } from '../../../i18n/index.ts';
import type { AdminT } from '../../../views/admin/types.ts';
import type { AdminRouteModule } from '../context.ts';
import {
  clearSessionCookie,
  DEVICE_COOKIE,
  LOGIN_CSRF_COOKIE,
  loginCsrfToken,
  setDeviceCookie,
  setSessionCookie,
} from '../cookies.ts';
import { accountAppError, accountErrorToFields, formString, parseForm } from '../forms.ts';
import { AccountError } from '../../../users/account-error.ts';
import { currentUser } from '../guards.ts';
import { redirectAfterPost, sendAdminPage } from '../render.ts';

const notices: Record<SessionEndReason | 'logged-out' | 'logged-out-here', AdminMessageKey> = {
  missing: 'auth.notice.missing',
  expired: 'auth.notice.expired',
  idle: 'auth.notice.idle',
  deactivated: 'auth.notice.deactivated',
  'logged-out-everywhere': 'auth.notice.logged-out-everywhere',
  'password-changed': 'auth.notice.password-changed',
  'logged-out': 'auth.notice.logged-out',
  'logged-out-here': 'auth.notice.logged-out-here',
};

/** An /admin path to return to after login; anything else becomes /admin. */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string') return '/admin';
  return /^\/admin(?:[/?][^\\\s]*)?$/.test(next) && !next.startsWith('/admin/login') ? next : '/admin';
}

const setupSchema = z
  .object({
    name: z.string().trim().min(1, 'validation.enterName').max(100, 'validation.nameTooLong'),
    email: z.email('validation.email').max(320),
    password: z.string().min(1, 'validation.choosePassword'),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: 'validation.passwordsDiffer', path: ['confirm'] });

function retryText(ui: AdminT, retryAt: Date, now: Date, timeZone: string): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  // "14:05 UTC", or on the site's clock "19:05 GMT+5".
  const at = formatDate(retryAt.toISOString(), {
    language: 'en-GB',
    timeZone,
    withTime: true,
    style: 'iso',
  }).slice(11);
  return ui.t('auth.login.throttled', { at, minutes });
}

/** Registers /admin/login, /admin/logout, /admin/logout-everywhere and /admin/setup. */
export const authRoutes: AdminRouteModule = async (app, { deps }) => {
  const accounts = deps.accounts;
  const publicRoute = { config: { adminPublic: true } };

  app.get('/login', publicRoute, async (request, reply) => {
    if (request.admin.user) return reply.redirect('/admin', 303);
    const q = (request.query ?? {}) as Record<string, unknown>;
    const noticeKey = typeof q.notice === 'string' ? q.notice : '';
    const notice = Object.hasOwn(notices, noticeKey)
      ? (notices as Record<string, AdminMessageKey>)[noticeKey]
      : undefined;
    const { ui } = request.admin;
    request.admin.csrfToken = loginCsrfToken(request, reply, request.admin.shell.secure);
    return sendAdminPage(request, reply, {
      title: ui.t('auth.login.title'),
      section: null,
      main: loginMain({
        ui,
        csrfToken: request.admin.csrfToken,
        email: '',
        next: safeNext(q.next),
        notice: notice ? ui.t(notice) : undefined,
      }),
    });
  });

  app.post('/login', publicRoute, async (request, reply) => {
    const email = formString(request.body, 'email').slice(0, 320);
    const password = formString(request.body, 'password');
    const next = safeNext(formString(request.body, 'next'));
    const result = await logIn(accounts, {
      email,
      password,
      ip: request.ip,
      userAgent: String(request.headers['user-agent'] ?? ''),
      deviceToken: request.cookies[DEVICE_COOKIE] ?? null,
    });
    if (result.ok) {
      setDeviceCookie(reply, result.deviceToken, request.admin.shell.secure);
      const now = accounts.now();
      setSessionCookie(
        reply,
        result.token,
        absoluteExpiry(now, accounts.sessionPolicy),
        request.admin.shell.secure,
      );
      void reply.clearCookie(LOGIN_CSRF_COOKIE, { path: '/admin' });
      return redirectAfterPost(reply, next);
    }
    const { ui } = request.admin;
    let status = 401;
    let error = ui.t('auth.login.failed');
    if (result.reason === 'throttled') {
      status = 429;
      error = retryText(ui, result.retryAt, accounts.now(), await siteTimezone(deps));
      void reply.header(
        'Retry-After',
        String(Math.max(1, Math.ceil((result.retryAt.getTime() - accounts.now().getTime()) / 1000))),
      );
    } else if (result.reason === 'deactivated') {
      status = 403;
      error = ui.t('auth.login.deactivated');
    }
    request.admin.csrfToken = loginCsrfToken(request, reply, request.admin.shell.secure);
    return sendAdminPage(request, reply, {
      title: ui.t('auth.login.title'),
      section: null,
      status,
      main: loginMain({ ui, csrfToken: request.admin.csrfToken, email, next, error }),
    });
  });

  app.post('/logout', async (request, reply) => {
    const user = currentUser(request);
    await logOut(accounts, request.admin.session!, user, request.ip);
    clearSessionCookie(reply, request.admin.shell.secure);
    return redirectAfterPost(reply, '/admin/login?notice=logged-out');
  });

  app.post('/logout-everywhere', async (request, reply) => {
    const user = currentUser(request);
    await logOutEverywhere(accounts, request.admin.session!, user, request.ip);
    clearSessionCookie(reply, request.admin.shell.secure);
    return redirectAfterPost(reply, '/admin/login?notice=logged-out-here');
  });

  const renderSetup = async (
    request: Parameters<typeof sendAdminPage>[0],
    reply: Parameters<typeof sendAdminPage>[1],
    values: { name: string; email: string },
    errors: FieldErrors,
    status = 200,
  ) => {
    const { ui } = request.admin;
    request.admin.csrfToken = loginCsrfToken(request, reply, request.admin.shell.secure);
    return sendAdminPage(request, reply, {
      title: ui.t('auth.setup.title'),
      section: null,
      status,
      main: setupMain({ ui, csrfToken: request.admin.csrfToken, ...values, errors }),
    });
  };

  app.get('/setup', publicRoute, async (request, reply) => {
    if (!(await request.admin.shell.setupNeeded()))
      throw accountAppError(new AccountError('NOT_FOUND', 'alreadySetUp'));
    return renderSetup(request, reply, { name: '', email: '' }, {});
  });

  app.post('/setup', publicRoute, async (request, reply) => {
    const shell = request.admin.shell;
    if (!(await shell.setupNeeded())) throw accountAppError(new AccountError('NOT_FOUND', 'alreadySetUp'));
    const values = { name: formString(request.body, 'name'), email: formString(request.body, 'email') };
    const form = parseForm(setupSchema, request.body, request.admin.ui);
    if (!form.ok) return renderSetup(request, reply, values, form.errors, 422);
    let owner;
    try {
      owner = await setUpOwner(accounts, form.value, request.ip);
    } catch (err) {
      return renderSetup(request, reply, values, accountErrorToFields(err, request.admin.ui, 'email'), 422);
    }
    shell.setupDone();
    const session = await openSession(accounts, owner, {
      ip: request.ip,
      userAgent: String(request.headers['user-agent'] ?? ''),
    });
    setSessionCookie(
      reply,
      session.token,
      absoluteExpiry(accounts.now(), accounts.sessionPolicy),
      shell.secure,
    );
    void reply.clearCookie(LOGIN_CSRF_COOKIE, { path: '/admin' });
    await accounts.sessions.setFlash(
      session.sessionId,
      JSON.stringify({
        kind: 'success',
        text: request.admin.ui.t('auth.setup.welcome', { name: owner.name }),
      }),
    );
    return redirectAfterPost(reply, '/admin');
  });
};
