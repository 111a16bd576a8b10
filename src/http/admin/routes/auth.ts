// Login, logout (here and everywhere) and first-run setup.
import { formatDate } from '../../../views/format-date.ts';
import { siteTimezone } from './editor-support.ts';
import { z } from 'zod';
import { setUpOwner } from '../../../users/accounts.ts';
import { logIn, logOut, logOutEverywhere, openSession, type SessionEndReason } from '../../../users/login.ts';
import { absoluteExpiry } from '../../../users/session.ts';
import { loginMain, setupMain } from '../../../views/admin/auth-pages.ts';
import type { FieldErrors } from '../../../views/admin/form.ts';
import { AppError } from '../../../kernel/app-error.ts';
import type { AdminRouteModule } from '../context.ts';
import {
  clearSessionCookie,
  DEVICE_COOKIE,
  LOGIN_CSRF_COOKIE,
  loginCsrfToken,
  setDeviceCookie,
  setSessionCookie,
} from '../cookies.ts';
import { accountErrorToFields, formString, parseForm } from '../forms.ts';
import { currentUser } from '../guards.ts';
import { redirectAfterPost, sendAdminPage } from '../render.ts';

/** The one message for unknown email, wrong password and passwordless accounts alike. */
export const LOGIN_FAILED_MESSAGE = 'Email or password is incorrect.';

const notices: Record<SessionEndReason | 'logged-out' | 'logged-out-here', string> = {
  missing: 'Your session has ended. Please log in again.',
  expired: 'Your session has expired. Please log in again.',
  idle: 'You were logged out after a period of inactivity. Please log in again.',
  deactivated:
    'Your account has been deactivated, so you were logged out. Ask the site owner if you need access again.',
  'logged-out-everywhere': 'You were logged out because your account was logged out on all devices.',
  'password-changed':
    'Your password was changed, so you were logged out. Please log in with the new password.',
  'logged-out': 'You have logged out.',
  'logged-out-here': 'You have logged out on all devices.',
};

/** An /admin path to return to after login; anything else becomes /admin. */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string') return '/admin';
  return /^\/admin(?:[/?][^\\\s]*)?$/.test(next) && !next.startsWith('/admin/login') ? next : '/admin';
}

const setupSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter your name.').max(100, 'Use at most 100 characters for your name.'),
    email: z.email('Enter a valid email address.').max(320),
    password: z.string().min(1, 'Choose a password.'),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: 'The two passwords do not match.', path: ['confirm'] });

function retryText(retryAt: Date, now: Date, timeZone: string): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  // "14:05 UTC", or on the site's clock "19:05 GMT+5".
  const at = formatDate(retryAt.toISOString(), {
    language: 'en-GB',
    timeZone,
    withTime: true,
    style: 'iso',
  }).slice(11);
  return `Too many failed login attempts. Please try again after ${at} (in ${minutes} minute${minutes === 1 ? '' : 's'}).`;
}

/** Registers /admin/login, /admin/logout, /admin/logout-everywhere and /admin/setup. */
export const authRoutes: AdminRouteModule = async (app, { deps }) => {
  const accounts = deps.accounts;
  const publicRoute = { config: { adminPublic: true } };

  app.get('/login', publicRoute, async (request, reply) => {
    if (request.admin.user) return reply.redirect('/admin', 303);
    const q = (request.query ?? {}) as Record<string, unknown>;
    const noticeKey = typeof q.notice === 'string' ? q.notice : '';
    request.admin.csrfToken = loginCsrfToken(request, reply, request.admin.shell.secure);
    return sendAdminPage(request, reply, {
      title: 'Log in',
      section: null,
      main: loginMain({
        csrfToken: request.admin.csrfToken,
        email: '',
        next: safeNext(q.next),
        notice: (notices as Record<string, string>)[noticeKey],
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
    let status = 401;
    let error = LOGIN_FAILED_MESSAGE;
    if (result.reason === 'throttled') {
      status = 429;
      error = retryText(result.retryAt, accounts.now(), await siteTimezone(deps));
      void reply.header(
        'Retry-After',
        String(Math.max(1, Math.ceil((result.retryAt.getTime() - accounts.now().getTime()) / 1000))),
      );
    } else if (result.reason === 'deactivated') {
      status = 403;
      error = 'This account has been deactivated. Ask the site owner if you need access again.';
    }
    request.admin.csrfToken = loginCsrfToken(request, reply, request.admin.shell.secure);
    return sendAdminPage(request, reply, {
      title: 'Log in',
      section: null,
      status,
      main: loginMain({ csrfToken: request.admin.csrfToken, email, next, error }),
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
    request.admin.csrfToken = loginCsrfToken(request, reply, request.admin.shell.secure);
    return sendAdminPage(request, reply, {
      title: 'Set up your site',
      section: null,
      status,
      main: setupMain({ csrfToken: request.admin.csrfToken, ...values, errors }),
    });
  };

  app.get('/setup', publicRoute, async (request, reply) => {
    if (!(await request.admin.shell.setupNeeded()))
      throw new AppError('NOT_FOUND', 'This site is already set up.');
    return renderSetup(request, reply, { name: '', email: '' }, {});
  });

  app.post('/setup', publicRoute, async (request, reply) => {
    const shell = request.admin.shell;
    if (!(await shell.setupNeeded())) throw new AppError('NOT_FOUND', 'This site is already set up.');
    const values = { name: formString(request.body, 'name'), email: formString(request.body, 'email') };
    const form = parseForm(setupSchema, request.body);
    if (!form.ok) return renderSetup(request, reply, values, form.errors, 422);
    let owner;
    try {
      owner = await setUpOwner(accounts, form.value, request.ip);
    } catch (err) {
      return renderSetup(request, reply, values, accountErrorToFields(err, 'email'), 422);
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
      JSON.stringify({ kind: 'success', text: `Welcome, ${owner.name}! Your site is ready.` }),
    );
    return redirectAfterPost(reply, '/admin');
  });
};
