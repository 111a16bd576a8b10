// CSRF defence for every state-changing admin request: the request must come from our own
// origin (Sec-Fetch-Site / Origin) AND carry the session's token (form field `_csrf` or header
// `X-CSRF-Token`). A failure is a 403 before any handler runs, so nothing changes.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../kernel/app-error.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True for methods that may change state. */
export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/** The origins we accept: SITE_URL's, and the one the request itself was addressed to. */
function allowedOrigins(request: FastifyRequest, siteUrl: string): Set<string> {
  const out = new Set<string>([new URL(siteUrl).origin]);
  const host = request.headers.host;
  if (host) out.add(`${request.protocol}://${host}`);
  return out;
}

/** Throws FORBIDDEN when the browser says the request comes from another site. */
export function assertSameOrigin(request: FastifyRequest, siteUrl: string): void {
  const fetchSite = request.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string' && fetchSite !== 'same-origin' && fetchSite !== 'none') throw forbidden();
  const origin = request.headers.origin;
  if (typeof origin === 'string' && !allowedOrigins(request, siteUrl).has(origin)) throw forbidden();
}

function forbidden(): AppError {
  return new AppError(
    'FORBIDDEN',
    'This form has expired or was sent from another site, so nothing was changed. Go back, reload the page and try again.',
  );
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** The token the client sent: `_csrf` in a form body, or the `X-CSRF-Token` header. */
export function submittedCsrfToken(request: FastifyRequest): string {
  const header = request.headers['x-csrf-token'];
  if (typeof header === 'string') return header;
  const body = request.body as Record<string, unknown> | null | undefined;
  const field = body && typeof body === 'object' ? body._csrf : undefined;
  return typeof field === 'string' ? field : '';
}

/** Throws FORBIDDEN unless `submitted` equals the token expected for this request. */
export function assertCsrfToken(request: FastifyRequest, submitted: string): void {
  if (!sameToken(submitted, request.admin.csrfToken)) throw forbidden();
}
