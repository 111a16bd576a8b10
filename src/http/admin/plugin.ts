// The admin surface: ONE Fastify plugin registered at /admin (DESIGN.md §3.5). Its hooks —
// session lookup, first-run redirect, login requirement, CSRF — are registered here, so
// encapsulation scopes them to the admin and to every route module registered inside it.
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  type AdminMessageKey,
  adminTranslatorFor,
  isAdminMessageKey,
  SOURCE_LOCALE,
} from '../../i18n/index.ts';
import { AccountError } from '../../users/account-error.ts';
import { resolveSession } from '../../users/login.ts';
import { accountErrorText } from '../../views/admin/problem-text.ts';
import { shouldTouch } from '../../users/session.ts';
import { adminCss } from '../../views/admin/assets.ts';
import { adminErrorMain, notSavedMain, sessionEndedMain } from '../../views/admin/auth-pages.ts';
import { storageFailure } from '../../db/storage-errors.ts';
import { toAppError } from '../errors.ts';
import { AppError } from '../../kernel/app-error.ts';
import type { AdminT } from '../../views/admin/types.ts';
import { fingerprint, type SiteViewProvider } from '../site-view.ts';
import type { AdminDeps, AdminShell, AdminState } from './context.ts';
import { clearSessionCookie, LOGIN_CSRF_COOKIE, SESSION_COOKIE } from './cookies.ts';
import { assertCsrfToken, assertSameOrigin, isStateChanging, submittedCsrfToken } from './csrf.ts';
import { sendAdminPage } from './render.ts';
import { adminRouteModules } from './routes/index.ts';
import { wantsJson } from '../shared/wants-json.ts';

/** Options of the admin plugin. */
export interface AdminPluginOptions {
  deps: AdminDeps;
  site: SiteViewProvider;
}

/** Registers the admin; call with `{ prefix: '/admin' }`. */
export async function adminPlugin(app: FastifyInstance, { deps, site }: AdminPluginOptions): Promise<void> {
  await app.register(cookie);
  const css = fingerprint('admin', 'css', adminCss, 'text/css; charset=utf-8');
  let ownerExists = false;
  const shell: AdminShell = {
    site,
    deps,
    adminCssPath: `/admin${css.path}`,
    secure: deps.siteUrl.startsWith('https:'),
    async setupNeeded() {
      if (!ownerExists) ownerExists = (await deps.accounts.users.countActiveOwners()) > 0;
      return !ownerExists;
    },
    setupDone: () => {
      ownerExists = true;
    },
  };

  app.decorateRequest('admin', null as unknown as AdminState);

  // Who is this? Runs before body parsing; sets request.admin for every later hook and handler.
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('Cache-Control', 'no-store');
    const siteLanguage = (await site.settings()).language;
    const state: AdminState = {
      user: null,
      session: null,
      csrfToken: '',
      ended: null,
      shell,
      ui: adminTranslatorFor(siteLanguage),
    };
    request.admin = state;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const found = await resolveSession(deps.accounts, token);
      if (found.ok) {
        state.user = found.user;
        if (found.user.adminLanguage) state.ui = adminTranslatorFor(found.user.adminLanguage);
        state.session = found.session;
        state.csrfToken = found.session.csrfToken;
        const now = deps.accounts.now();
        // Bookkeeping only: when the database cannot store it, the request goes on, so a form
        // sent then still reaches its handler (which keeps what was typed) instead of failing here.
        if (shouldTouch(found.session, now, deps.accounts.sessionPolicy))
          await deps.accounts.sessions.touch(found.session.id, now).catch((err: unknown) => {
            if (!storageFailure(err)) throw err;
            request.log.warn({ err }, 'session activity not recorded: the database cannot store anything');
          });
      } else {
        state.ended = found.reason;
        clearSessionCookie(reply, shell.secure);
      }
    }
    if (!state.session) state.csrfToken = request.cookies[LOGIN_CSRF_COOKIE] ?? '';
  });

  // First run, then login, then CSRF: an anonymous or forged request is turned away before
  // any handler can change anything.
  app.addHook('preHandler', async (request, reply) => {
    const config = request.routeOptions.config ?? {};
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/admin/assets/') && path !== '/admin/setup' && (await shell.setupNeeded()))
      return reply.redirect('/admin/setup', 303);
    const changing = isStateChanging(request.method);
    if (changing) assertSameOrigin(request, deps.siteUrl);
    if (!config.adminPublic && !request.admin.user) return refuseAnonymous(request, reply);
    if (changing && config.csrf !== 'manual') assertCsrfToken(request, submittedCsrfToken(request));
  });

  app.setErrorHandler(async (error, request, reply) => {
    const e = toAppError(error);
    if (e.status >= 500) request.log.error({ err: error }, 'admin request failed');
    if (e.retryAfterSeconds !== null) void reply.header('Retry-After', String(e.retryAfterSeconds));
    // A form the database could not store: show what was typed, as after an ended session.
    const kept = request.method === 'POST' && request.admin?.user ? typedFields(request.body) : [];
    if (e.code === 'STORAGE_UNAVAILABLE' && kept.length > 0 && !wantsJson(request)) {
      void reply.header('Cache-Control', 'no-store');
      return sendAdminPage(request, reply, {
        title: request.admin.ui.t('kept.notSavedTitle'),
        section: null,
        status: e.status,
        main: notSavedMain({
          ui: request.admin.ui,
          message: adminErrorMessage(request.admin.ui, e),
          fields: kept,
        }),
      }).catch(() => sendAdminError(request, reply, e));
    }
    return sendAdminError(request, reply, e);
  });
  app.setNotFoundHandler(async (request, reply) =>
    sendAdminError(request, reply, new AppError('NOT_FOUND', 'There is no admin page at this address.')),
  );

  app.get(css.path, { config: { adminPublic: true } }, async (_request, reply) =>
    reply.type(css.contentType).header('Cache-Control', 'public, max-age=31536000, immutable').send(css.body),
  );

  for (const routes of adminRouteModules) await app.register(routes, { deps, site });
}

const endedNotices: Record<string, AdminMessageKey> = {
  deactivated: 'auth.ended.deactivated',
  idle: 'auth.ended.idle',
  expired: 'auth.ended.expired',
};

/**
 * An error's sentence for the admin page: an account refusal said from its problem in the
 * admin's language; otherwise, in English the error's own message (it names what went wrong),
 * in other languages the sentence for its code (those messages are English).
 */
function adminErrorMessage(ui: AdminT, e: AppError): string {
  if (e.cause instanceof AccountError) return accountErrorText(ui, e.cause);
  return ui.locale === SOURCE_LOCALE ? e.message : ui.t(`error.code.${e.code}`);
}

/** The heading of an admin error page for `status`. */
function adminErrorHeading(ui: AdminT, status: number): string {
  const key = `error.heading.${status}`;
  return isAdminMessageKey(key) ? ui.t(key) : ui.t('error.heading.other');
}

/** Text fields of a form body worth keeping (never passwords or the CSRF token). */
function typedFields(body: unknown): { name: string; value: string }[] {
  if (!body || typeof body !== 'object') return [];
  return Object.entries(body as Record<string, unknown>)
    .filter(
      ([name, v]) =>
        typeof v === 'string' &&
        v.trim() !== '' &&
        name !== '_csrf' &&
        !/password|^current$|^next$|^confirm$/i.test(name),
    )
    .map(([name, v]) => ({ name, value: v as string }));
}

async function refuseAnonymous(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  if (wantsJson(request))
    return reply.code(401).send({ error: { code: 'UNAUTHORIZED', message: 'Please log in.' } });
  // A form sent after the session ended (a long article, say) must not lose what was typed.
  const kept = request.method === 'POST' ? typedFields(request.body) : [];
  if (kept.length > 0) {
    const { ui } = request.admin;
    const notice = ui.t(endedNotices[request.admin.ended ?? ''] ?? 'auth.ended.other');
    return sendAdminPage(request, reply, {
      title: ui.t('kept.reloginTitle'),
      section: null,
      status: 401,
      main: sessionEndedMain({ ui, notice, fields: kept }),
    });
  }
  const params = new URLSearchParams();
  if (request.method === 'GET' && request.url !== '/admin' && request.url !== '/admin/')
    params.set('next', request.url);
  if (request.admin.ended) params.set('notice', request.admin.ended);
  const query = params.toString();
  return reply.redirect(`/admin/login${query ? `?${query}` : ''}`, 303);
}

async function sendAdminError(
  request: FastifyRequest,
  reply: FastifyReply,
  e: AppError,
): Promise<FastifyReply> {
  const { status, code, message } = e;
  void reply.header('Cache-Control', 'no-store');
  if (wantsJson(request) || !request.admin) return reply.code(status).send({ error: { code, message } });
  const { ui } = request.admin;
  const heading = adminErrorHeading(ui, status);
  try {
    return await sendAdminPage(request, reply, {
      title: heading,
      section: null,
      status,
      main: adminErrorMain({ ui, status, heading, message: adminErrorMessage(ui, e) }),
    });
  } catch (renderError) {
    request.log.error({ err: renderError }, 'admin error page could not be rendered');
    return reply.code(status).type('text/plain; charset=utf-8').send(`Error ${status}: ${message}`);
  }
}
