// Browser security headers on every response (CSP, referrer policy, HSTS on https, nosniff, …),
// set by helmet's middleware built once at start. (@fastify/helmet rebuilt that middleware,
// parsing the whole policy again, on every request.)
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/** Registers the headers for every route of `app`; `https` adds HSTS and upgrade-insecure-requests. */
export function installSecurityHeaders(app: FastifyInstance, https: boolean): void {
  const apply = helmet({
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
  app.addHook('onRequest', (request, reply, done) => {
    apply(request.raw, reply.raw, (err?: unknown) => done(err instanceof Error ? err : undefined));
  });
}
