// Browser security headers on every response (CSP, referrer policy, HSTS on https, nosniff, …):
// helmet's, computed once at start. (@fastify/helmet rebuilt helmet's middleware, parsing the
// whole policy again, on every request; then the middleware built once still ran its eleven
// steps and set each header on the raw response every time, which also sent Node's writeHead
// down its slow path of one setHeader per header Fastify adds.) Every header helmet sets here is
// the same for every request (no nonces), so its values are read once from a response it writes
// to, and each request gets them as Fastify reply headers that a route can still override.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/** The middleware of helmet with the site's policy. */
export function helmetMiddleware(https: boolean): ReturnType<typeof helmet> {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: https ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * The headers helmet's middleware sets (lower-case names), read once from a response it writes
 * to. Helmet also removes X-Powered-By, which neither Node nor Fastify sends.
 */
export function securityHeaders(https: boolean): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  let finished = false;
  const recorder = {
    setHeader(name: string, value: unknown) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmetMiddleware(https)({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err instanceof Error ? err : new Error(String(err));
    finished = true;
  });
  // Helmet's middleware is synchronous; if a version were not, the headers read would be partial.
  if (!finished) throw new Error('helmet did not set its headers synchronously');
  return Object.freeze(headers);
}

/** Registers the headers for every route of `app`; `https` adds HSTS and upgrade-insecure-requests. */
export function installSecurityHeaders(app: FastifyInstance, https: boolean): void {
  const headers = securityHeaders(https);
  app.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(headers);
    done();
  });
}
