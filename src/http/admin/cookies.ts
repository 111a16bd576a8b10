// The admin's cookies. Both are scoped to /admin: public pages never receive them, so readers'
// and editors' requests for public pages look the same to the page cache and to CDNs, and a
// private preview link (token in the URL) works in any browser without a session.
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { newCsrfToken } from '../../users/session.ts';

/** Session cookie name. */
export const SESSION_COOKIE = 'silkpress_session';
/** Pre-login CSRF cookie (double-submit for the login and setup forms). */
export const LOGIN_CSRF_COOKIE = 'silkpress_login_csrf';
/** Device cookie: this browser logged in to an account before (users/login-device.ts). */
export const DEVICE_COOKIE = 'silkpress_device';

const base = (secure: boolean) => ({ path: '/admin', httpOnly: true, secure, sameSite: 'lax' as const });

/** Sets the session cookie; it lives as long as the session's absolute expiry. */
export function setSessionCookie(reply: FastifyReply, token: string, expires: Date, secure: boolean): void {
  void reply.setCookie(SESSION_COOKIE, token, { ...base(secure), expires });
}

/** Removes the session cookie. */
export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  void reply.clearCookie(SESSION_COOKIE, base(secure));
}

/** The pre-login CSRF token, issuing a cookie for it when the browser has none. */
export function loginCsrfToken(request: FastifyRequest, reply: FastifyReply, secure: boolean): string {
  const existing = request.cookies[LOGIN_CSRF_COOKIE];
  if (existing && /^[A-Za-z0-9_-]{20,64}$/.test(existing)) return existing;
  const token = newCsrfToken();
  // Strict: a cross-site form post never carries it, on top of the Origin check.
  void reply.setCookie(LOGIN_CSRF_COOKIE, token, { ...base(secure), sameSite: 'strict' });
  request.cookies[LOGIN_CSRF_COOKIE] = token;
  return token;
}

/** Remembers this browser as a trusted device of the account it just logged in to (400 days). */
export function setDeviceCookie(reply: FastifyReply, token: string, secure: boolean): void {
  void reply.setCookie(DEVICE_COOKIE, token, { ...base(secure), sameSite: 'strict', maxAge: 400 * 86_400 });
}
